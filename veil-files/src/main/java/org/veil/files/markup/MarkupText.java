package org.veil.files.markup;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.veil.files.RefusedException;

/** Markup is handled as UTF-8 text (type detection only admits valid UTF-8), decoded strictly. */
final class MarkupText {
    private MarkupText() {
    }

    static String decode(byte[] content) throws RefusedException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new RefusedException("the file is not valid UTF-8 text");
        }
    }

    static byte[] encode(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A value short enough for one line of {@code scrub show}. */
    static String excerpt(String value) {
        String v = value.strip().replaceAll("\\s+", " ");
        return v.length() <= 80 ? v : v.substring(0, 77) + "...";
    }

    /** 1-based line of an offset, for error messages. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}

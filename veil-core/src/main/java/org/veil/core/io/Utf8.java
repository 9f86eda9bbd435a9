package org.veil.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.veil.core.io.InputRejected.Reason;

/** Strict UTF-8 decoding with errors that point at the offending byte. */
final class Utf8 {
    private Utf8() {
    }

    /** 3 when the bytes start with the UTF-8 byte order mark EF BB BF, else 0. */
    static int bomLength(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    static boolean looksLikeUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    /** Decodes {@code bytes[from..]}; any malformed or unmappable sequence is an {@link InputRejected}. */
    static String decodeStrict(byte[] bytes, int from, String name) throws InputRejected {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        // UTF-8 never needs more UTF-16 units than bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length - from);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw invalid(bytes, in.position(), name);
        }
        out.flip();
        return out.toString();
    }

    private static InputRejected invalid(byte[] bytes, int offset, String name) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String at = offset < bytes.length
                ? String.format("byte 0x%02X at byte offset %d (line %d)", bytes[offset] & 0xFF, offset, line)
                : "a truncated character at the end (byte offset " + offset + ")";
        return new InputRejected(Reason.INVALID_ENCODING, name, name + " is not valid UTF-8: " + at + "."
                + " It may be in another encoding such as Windows-1251 (Cyrillic) or Latin-1 (ISO-8859-1);"
                + " convert it to UTF-8 first, e.g. iconv -f WINDOWS-1251 -t UTF-8 " + name + " > "
                + "converted.txt");
    }
}

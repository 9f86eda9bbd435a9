package org.veil.documents.markup;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.veil.documents.DocumentRefused;
import org.veil.documents.TextPieces;

/**
 * A text-based document (HTML, Markdown, plain text) read as its source: pieces are stretches of the source,
 * and rewriting replaces only the stretches whose text changed, so every other byte (markup, spacing, line
 * ends) is kept exactly.
 */
final class SourceText {
    private final String source;
    private final boolean byteOrderMark;
    private final TextPieces pieces = new TextPieces();
    /** Source start → (end, new source text) for the stretches written. */
    private final Map<Integer, Written> written = new TreeMap<>();

    private record Written(int end, String text) {
    }

    SourceText(byte[] content) throws DocumentRefused {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentRefused("the file is not valid UTF-8 text; nothing was written");
        }
        byteOrderMark = s.startsWith("\uFEFF");
        source = byteOrderMark ? s.substring(1) : s;
    }

    String source() {
        return source;
    }

    TextPieces pieces() {
        return pieces;
    }

    /** Source chars {@code [start, end)} read as {@code text}; a new text is written back through {@code encode}. */
    void piece(int start, int end, String text, UnaryOperator<String> encode) {
        pieces.piece(text, s -> written.put(start, new Written(end, encode.apply(s))));
    }

    /** Source chars {@code [start, end)} as they are. */
    void piece(int start, int end) {
        piece(start, end, source.substring(start, end), UnaryOperator.identity());
    }

    byte[] rebuilt() {
        StringBuilder out = new StringBuilder(source.length() + 64);
        if (byteOrderMark) {
            out.append('\uFEFF');
        }
        int copied = 0;
        for (Map.Entry<Integer, Written> w : written.entrySet()) {
            out.append(source, copied, w.getKey()).append(w.getValue().text());
            copied = w.getValue().end();
        }
        out.append(source, copied, source.length());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}

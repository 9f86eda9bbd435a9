package org.veil.documents.markup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiPredicate;
import org.veil.documents.DocumentFormat;
import org.veil.documents.DocumentRefused;
import org.veil.documents.ParsedDocument;
import org.veil.documents.TextEdit;
import org.veil.files.FileType;

/** A text-based family: a reader that marks the pieces of the source, and an independent re-read. */
final class SourceFormat implements DocumentFormat {
    @FunctionalInterface
    interface Reader {
        void read(SourceText source) throws DocumentRefused;
    }

    @FunctionalInterface
    interface ReRead {
        String everyText(String output);
    }

    private final String name;
    private final BiPredicate<FileType, String> handles;
    private final Reader reader;
    private final ReRead reRead;

    SourceFormat(String name, BiPredicate<FileType, String> handles, Reader reader, ReRead reRead) {
        this.name = name;
        this.handles = handles;
        this.reader = reader;
        this.reRead = reRead;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean handles(FileType type) {
        return handles.test(type, "");
    }

    @Override
    public boolean handles(FileType type, String fileName) {
        return handles.test(type, fileName);
    }

    @Override
    public ParsedDocument parse(byte[] content) throws DocumentRefused {
        SourceText first = read(content);
        String text = first.pieces().text();
        return new ParsedDocument() {
            @Override
            public String text() {
                return text;
            }

            @Override
            public byte[] rewrite(List<TextEdit> edits) throws DocumentRefused {
                SourceText fresh = read(content);
                fresh.pieces().apply(edits);
                return fresh.rebuilt();
            }
        };
    }

    private SourceText read(byte[] content) throws DocumentRefused {
        SourceText source = new SourceText(content);
        reader.read(source);
        return source;
    }

    @Override
    public String everyText(byte[] output) {
        return reRead.everyText(new String(output, StandardCharsets.UTF_8));
    }
}

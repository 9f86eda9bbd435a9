package org.veil.documents.xml;

import java.util.List;
import java.util.Map;
import org.veil.documents.DocumentFormat;
import org.veil.documents.DocumentRefused;
import org.veil.documents.EmbeddedImages;
import org.veil.documents.ParsedDocument;
import org.veil.documents.TextEdit;
import org.veil.files.FileType;

/**
 * A ZIP-of-XML document family (DOCX, ODT): its reader finds the text, and the independent re-read is every
 * XML text node and attribute value of every part ({@link XmlText}).
 */
public final class PackageFormat implements DocumentFormat {
    /** One read package: its text, and the means to write the edits back. */
    public interface Package {
        String text();

        byte[] rewrite(List<TextEdit> edits, EmbeddedImages images) throws DocumentRefused;
    }

    /** Reads and checks a package. */
    @FunctionalInterface
    public interface Reader {
        Package read(byte[] content) throws DocumentRefused;
    }

    private final String name;
    private final FileType type;
    private final String what;
    private final Reader reader;
    private final EmbeddedImages images;

    /** @param what the document's kind in messages ("Word document") */
    public PackageFormat(String name, FileType type, String what, Reader reader, EmbeddedImages images) {
        this.name = name;
        this.type = type;
        this.what = what;
        this.reader = reader;
        this.images = images;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean handles(FileType t) {
        return t == type;
    }

    @Override
    public ParsedDocument parse(byte[] content) throws DocumentRefused {
        String text = reader.read(content).text();
        return new ParsedDocument() {
            @Override
            public String text() {
                return text;
            }

            @Override
            public byte[] rewrite(List<TextEdit> edits) throws DocumentRefused {
                // Read afresh, so that rewriting twice never edits an already edited tree.
                return reader.read(content).rewrite(edits, images);
            }
        };
    }

    @Override
    public String everyText(byte[] output) throws DocumentRefused {
        return String.join("\n\n", textByPlace(output).values());
    }

    @Override
    public Map<String, String> textByPlace(byte[] output) throws DocumentRefused {
        return XmlText.byPart(output, what);
    }
}

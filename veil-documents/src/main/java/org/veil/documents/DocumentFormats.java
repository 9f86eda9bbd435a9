package org.veil.documents;

import java.util.List;
import java.util.Optional;
import org.veil.documents.markup.TextFormats;
import org.veil.documents.odf.OdtFormat;
import org.veil.documents.office.DocxFormat;
import org.veil.documents.pdf.PdfFormat;
import org.veil.files.FileType;

/** The one place listing the document families Veil anonymizes inside; the first that handles a file wins. */
public final class DocumentFormats {
    private final List<DocumentFormat> formats;

    public DocumentFormats(List<DocumentFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Every family Veil ships; pictures inside documents go through {@code images}. */
    public static DocumentFormats standard(EmbeddedImages images) {
        // FAMILIES: one line per family. Markdown before plain text: both are TEXT by content.
        return new DocumentFormats(List.of(
                DocxFormat.create(images),
                OdtFormat.create(images),
                new PdfFormat(images),
                TextFormats.html(),
                TextFormats.markdown(),
                TextFormats.plainText()));
    }

    /** The family for content detected as {@code type} and named {@code name}. */
    public Optional<DocumentFormat> forType(FileType type, String name) {
        return formats.stream().filter(f -> f.handles(type, name)).findFirst();
    }

    public List<DocumentFormat> all() {
        return formats;
    }
}

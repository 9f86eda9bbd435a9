package org.veil.documents.office;

import org.veil.documents.DocumentFormat;
import org.veil.documents.EmbeddedImages;
import org.veil.documents.xml.PackageFormat;
import org.veil.files.FileType;

/** Word documents (.docx); see {@link Docx} for what is read and written. */
public final class DocxFormat {
    private DocxFormat() {
    }

    public static DocumentFormat create(EmbeddedImages images) {
        return new PackageFormat("DOCX", FileType.DOCX, "Word document", Docx::read, images);
    }
}

package org.veil.documents.odf;

import org.veil.documents.DocumentFormat;
import org.veil.documents.EmbeddedImages;
import org.veil.documents.xml.PackageFormat;
import org.veil.files.FileType;

/** OpenDocument texts (.odt); see {@link Odt} for what is read and written. */
public final class OdtFormat {
    private OdtFormat() {
    }

    public static DocumentFormat create(EmbeddedImages images) {
        return new PackageFormat("ODT", FileType.ODT, "OpenDocument text", Odt::read, images);
    }
}

package org.veil.documents;

import org.veil.faces.FaceRedactor;
import org.veil.faces.StandardFaceDetectors;
import org.veil.files.Ascii;
import org.veil.files.RefusedException;

/**
 * Pictures inside documents go through {@code veil faces}: every face found is covered with the default
 * options. Only JPEG and PNG are read; any other picture (GIF, EMF, WMF, SVG...) refuses the document, since
 * its faces could not be checked. The detector is loaded on the first picture, so documents without pictures
 * cost nothing.
 */
public final class FaceCovering implements EmbeddedImages {
    private FaceRedactor redactor;

    @Override
    public synchronized byte[] cover(String name, byte[] data) throws DocumentRefused {
        boolean jpeg = data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8;
        boolean png = data.length > 8 && Ascii.at(data, 1, "PNG");
        if (!jpeg && !png) {
            throw new DocumentRefused("the picture '" + name + "' is neither JPEG nor PNG, so its faces cannot be "
                    + "checked; replace it with a JPEG or PNG; nothing was written");
        }
        if (redactor == null) {
            redactor = new FaceRedactor(StandardFaceDetectors.create(), FaceRedactor.limits());
        }
        try {
            byte[] covered = redactor.redact(data, name, FaceRedactor.Options.defaults(), false).output();
            // The package names the picture by its extension: keep the type it had.
            boolean coveredPng = covered.length > 8 && Ascii.at(covered, 1, "PNG");
            if (coveredPng != png) {
                throw new DocumentRefused("the picture '" + name + "' changed type when its faces were covered; "
                        + "nothing was written");
            }
            return covered;
        } catch (RefusedException e) {
            throw new DocumentRefused("the picture '" + name + "' cannot be checked for faces: " + e.getMessage());
        }
    }
}

package org.veil.files.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.veil.files.RefusedException;

/**
 * Writes a document as one fresh file: a single body, xref and %%EOF holding only the objects reachable from
 * the catalog, so replaced objects of earlier revisions are gone. The trailer keeps only the catalog and a
 * random file ID (PDFBox would otherwise derive one from the time and the Info values).
 */
final class PdfFreshWriter {
    private static final SecureRandom RANDOM = new SecureRandom();

    private PdfFreshWriter() {
    }

    static byte[] write(PDDocument doc) throws RefusedException {
        COSDictionary trailer = doc.getDocument().getTrailer();
        for (COSName key : new ArrayList<>(trailer.keySet())) {
            if (!key.equals(COSName.ROOT)) {
                trailer.removeItem(key);   // Info, the old ID, /Prev of the update chain, checksums
            }
        }
        COSString id = new COSString(randomBytes());
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        trailer.setItem(COSName.ID, ids);
        // Objects are renumbered from 1; otherwise free entries up to the old highest number tell how big it was.
        doc.getDocument().setHighestXRefObjectNumber(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // Full save (never saveIncremental), without object streams so every object stays plain and checkable.
            doc.save(out, CompressParameters.NO_COMPRESSION);
        } catch (IOException e) {
            throw new RefusedException("the cleaned PDF could not be written: " + e.getMessage(), e);
        }
        byte[] bytes = out.toByteArray();
        if (PdfLoader.countEofMarkers(bytes) != 1) {
            throw new RefusedException("the cleaned PDF did not come out as a single revision; refused");
        }
        return bytes;
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }
}

package org.veil.files.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.veil.files.CleanContext;
import org.veil.files.RefusedException;

/**
 * A JPEG image in a PDF is the JPEG file itself, EXIF, GPS and camera serial included. Each one goes through
 * the JPEG cleaner of the context and goes back raw, with DCTDecode as its only filter, so the pixels are not
 * re-encoded.
 */
final class EmbeddedJpegs {
    private EmbeddedJpegs() {
    }

    static void clean(List<COSStream> jpegs, CleanContext context) throws RefusedException {
        int n = 0;
        for (COSStream stream : jpegs) {
            n++;
            String name = "pdf-image-" + n + ".jpg";
            try {
                byte[] cleaned = context.cleanEmbedded(jpegBytes(stream), name);
                COSBase dctParms = dctDecodeParms(stream);
                try (OutputStream out = stream.createRawOutputStream()) {
                    out.write(cleaned);
                }
                stream.setItem(COSName.FILTER, COSName.DCT_DECODE);
                stream.removeItem(COSName.DP);
                stream.setItem(COSName.DECODE_PARMS, dctParms);
            } catch (IOException e) {
                throw new RefusedException("JPEG image " + n + " in the PDF could not be read: " + e.getMessage(), e);
            } catch (RefusedException e) {
                throw new RefusedException("an image in the PDF could not be cleaned: " + e.getMessage(), e);
            }
        }
    }

    /** The JPEG file: the raw stream, or what is left after undoing the filters in front of DCTDecode. */
    static byte[] jpegBytes(COSStream stream) throws IOException, RefusedException {
        List<String> filters = PdfFilters.of(stream);
        int dct = dctIndex(filters);
        if (dct != filters.size() - 1) {
            throw new RefusedException("a JPEG image in the PDF has filters after DCTDecode, which Veil does not read");
        }
        if (filters.size() == 1) {
            try (InputStream in = stream.createRawInputStream()) {
                return in.readAllBytes();
            }
        }
        try (InputStream in = new PDStream(stream).createInputStream(List.of(filters.get(dct)))) {
            return in.readAllBytes();
        }
    }

    private static int dctIndex(List<String> filters) {
        int i = filters.indexOf("DCTDecode");
        return i >= 0 ? i : filters.indexOf("DCT");
    }

    /** The decode parameters that belong to DCTDecode (a colour transform), or null. */
    private static COSBase dctDecodeParms(COSStream stream) {
        COSBase parms = stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
        if (parms instanceof COSArray array) {
            int i = dctIndex(PdfFilters.of(stream));
            parms = i < array.size() ? array.getObject(i) : null;
        }
        return parms instanceof COSDictionary ? parms : null;
    }
}

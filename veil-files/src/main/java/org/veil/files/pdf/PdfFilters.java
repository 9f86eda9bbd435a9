package org.veil.files.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/** The names in a stream's /Filter entry, which may be one name or an array of them. */
final class PdfFilters {
    private PdfFilters() {
    }

    static List<String> of(COSStream stream) {
        COSBase f = stream.getFilters();
        List<String> names = new ArrayList<>();
        if (f instanceof COSName n) {
            names.add(n.getName());
        } else if (f instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName n) {
                    names.add(n.getName());
                }
            }
        }
        return names;
    }

    static boolean isJpeg(List<String> filters) {
        return filters.contains("DCTDecode") || filters.contains("DCT");
    }
}

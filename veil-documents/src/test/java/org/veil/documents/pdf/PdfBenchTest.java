package org.veil.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class PdfBenchTest {
    @Test
    void samplePdfHasItsPagesAndEveryNameIsRedacted() throws Exception {
        byte[] pdf = PdfBench.samplePdf(3);
        assertEquals(3, PdfProbe.pages(pdf));
        var parsed = new PdfFormat().parse(pdf);
        byte[] out = parsed.rewrite(PdfBench.editsFor(parsed.text()));
        String text = PdfProbe.text(out);
        for (String name : PdfBench.NAMES) {
            assertFalse(text.contains(name), name);
        }
        assertEquals(3, PdfProbe.pages(out));
    }
}

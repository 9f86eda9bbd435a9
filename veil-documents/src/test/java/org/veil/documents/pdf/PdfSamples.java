package org.veil.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs made with PDFBox for the tests. */
final class PdfSamples {
    private PdfSamples() {
    }

    static PDFont helvetica() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        doc.close();
        return out.toByteArray();
    }

    /** Lines of text at 12 pt from the top-left, one page per array. */
    static byte[] lines(PDFont font, String[]... pages) throws IOException {
        PDDocument doc = new PDDocument();
        PDFont f = font == null ? helvetica() : font;
        for (String[] lines : pages) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(f, 12);
                cs.setLeading(16);
                cs.newLineAtOffset(72, 700);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
        }
        return save(doc);
    }

    /** A page whose content stream is {@code content} verbatim, with Helvetica as /F1. */
    static byte[] rawPage(String content) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), helvetica());
        page.setResources(resources);
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        page.setContents(stream);
        doc.addPage(page);
        return save(doc);
    }
}

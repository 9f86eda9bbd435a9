package org.veil.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.veil.documents.DocumentRefused;
import org.veil.documents.EmbeddedImages;
import org.veil.documents.ParsedDocument;
import org.veil.documents.TextEdit;

/** Pictures in a PDF are handed to the face covering like pictures in DOCX and ODT, never passed on unchecked. */
class PdfPicturesTest {
    private static final String LINE = "Photo of Anna Keller at the border.";

    /** One page: a line of text and a 60 × 40 white picture. */
    private static byte[] pdfWithPicture() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage white = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = white.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 60, 40);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, white);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(60, 700);
                cs.showText(LINE);
                cs.endText();
                cs.drawImage(image, 60, 500, 120, 80);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] redact(byte[] pdf, EmbeddedImages images) throws DocumentRefused {
        ParsedDocument parsed = new PdfFormat(images).parse(pdf);
        int at = parsed.text().indexOf("Anna Keller");
        return parsed.rewrite(List.of(new TextEdit(at, at + "Anna Keller".length(), "[PERSON A]")));
    }

    private static BufferedImage onlyPicture(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            List<COSName> names = new ArrayList<>();
            resources.getXObjectNames().forEach(names::add);
            assertEquals(1, names.size());
            return ((PDImageXObject) resources.getXObject(names.get(0))).getImage();
        }
    }

    @Test
    void aPictureWithAFaceComesBackCovered() throws Exception {
        List<String> handed = new ArrayList<>();
        EmbeddedImages blackCorner = (name, data) -> {
            handed.add(name);
            try {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(data));
                Graphics2D g = img.createGraphics();
                g.setColor(Color.BLACK);
                g.fillRect(0, 0, 20, 20); // the "face"
                g.dispose();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(img, "png", out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new DocumentRefused("test", e);
            }
        };
        BufferedImage after = onlyPicture(redact(pdfWithPicture(), blackCorner));
        assertEquals(1, handed.size(), handed.toString());
        assertEquals(0x000000, after.getRGB(5, 5) & 0xFFFFFF, "covered where the face was");
        assertEquals(0xFFFFFF, after.getRGB(50, 30) & 0xFFFFFF, "untouched elsewhere");
    }

    @Test
    void aPictureWithoutAFaceIsKeptAsItWas() throws Exception {
        byte[] input = pdfWithPicture();
        byte[] output = redact(input, (name, data) -> data);
        try (PDDocument in = Loader.loadPDF(input); PDDocument out = Loader.loadPDF(output)) {
            PDImageXObject a = (PDImageXObject) in.getPage(0).getResources().getXObject(COSName.getPDFName("Im1"));
            PDImageXObject b = (PDImageXObject) out.getPage(0).getResources().getXObject(COSName.getPDFName("Im1"));
            assertArrayEquals(a.getStream().toByteArray(), b.getStream().toByteArray());
        }
    }

    @Test
    void aPictureThatIsNotCheckedRefusesThePdf() throws Exception {
        byte[] input = pdfWithPicture();
        String why = assertThrows(DocumentRefused.class, () -> redact(input, EmbeddedImages.REFUSE)).getMessage();
        assertTrue(why.contains("picture"), why);
        String inline = assertThrows(DocumentRefused.class, () -> redact(withInlineImage(), (n, d) -> d)).getMessage();
        assertTrue(inline.contains("inline"), inline);
        assertFalse(inline.contains("\n"));
    }

    private static byte[] withInlineImage() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(60, 700);
                cs.showText(LINE);
                cs.endText();
                cs.drawImage(new org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage(
                        new org.apache.pdfbox.cos.COSDictionary() {
                            {
                                setInt(COSName.W, 1);
                                setInt(COSName.H, 1);
                                setInt(COSName.BPC, 8);
                                setItem(COSName.CS, COSName.DEVICEGRAY);
                            }
                        }, new byte[] {0}, null), 60, 500, 10, 10);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}

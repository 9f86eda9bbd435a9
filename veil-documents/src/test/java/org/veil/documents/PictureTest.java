package org.veil.documents;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.veil.core.Publisher;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policies;

/** Pictures inside documents go through the face covering; a picture that cannot be checked refuses. */
class PictureTest {
    private static byte[] withPicture(String name, byte[] picture) {
        Map<String, String> m = new LinkedHashMap<>();
        TestZip.unzip(DocxAnonymizeTest.statement()).forEach((k, v) -> m.put(k, new String(v,
                StandardCharsets.ISO_8859_1)));
        m.put("[Content_Types].xml", m.get("[Content_Types].xml").replace("<Default Extension=\"xml\"",
                "<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"gif\" ContentType="
                        + "\"image/gif\"/><Default Extension=\"xml\""));
        m.put("word/_rels/document.xml.rels", m.get("word/_rels/document.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                        + "/image\" Target=\"media/" + name + "\"/></Relationships>"));
        m.put("word/media/" + name, new String(picture, StandardCharsets.ISO_8859_1));
        // TestZip writes UTF-8: the picture bytes are written back as ISO-8859-1 through a byte-exact zip below.
        return rezip(m);
    }

    private static byte[] rezip(Map<String, String> m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : m.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.ISO_8859_1));
                z.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] picture(String format) throws Exception {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private static DocumentAnonymizer.Result anonymize(byte[] doc, EmbeddedImages images) throws Exception {
        DocumentAnonymizer documents = new DocumentAnonymizer(DocumentFormats.standard(images));
        Publisher publisher = new Publisher(DocxAnonymizeTest.ANALYZER, Policies.named("publish"));
        return documents.anonymize(doc, "statement.docx", "en", publisher, new MemoryStore(),
                DocxAnonymizeTest.ANALYZER);
    }

    @Test
    void aPngGoesThroughTheFaceCoveringAndTheDocumentIsWritten() throws Exception {
        DocumentAnonymizer.Result r = anonymize(withPicture("image1.png", picture("png")), new FaceCovering());
        assertTrue(TestZip.unzip(r.output()).containsKey("word/media/image1.png"));
    }

    @Test
    void aPictureThatCannotBeCheckedForFacesRefuses() throws Exception {
        String why = assertThrows(DocumentRefused.class, () -> anonymize(withPicture("image1.gif", picture("gif")),
                new FaceCovering())).getMessage();
        assertTrue(why.contains("neither JPEG nor PNG"), why);
    }

    @Test
    void everyPictureIsHandedToTheCovering() throws Exception {
        String why = assertThrows(DocumentRefused.class, () -> anonymize(withPicture("image1.png", picture("png")),
                EmbeddedImages.REFUSE)).getMessage();
        assertTrue(why.contains("word/media/image1.png"), why);
    }
}

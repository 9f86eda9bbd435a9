package org.veil.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.files.archive.SafeZip;
import org.veil.files.archive.ZipMember;

/**
 * An OpenDocument formula (.odf) laid out as LibreOffice Math saves one — MathML content, meta.xml with author,
 * dates, generator and title, printer settings, a thumbnail — is detected as such and cleaned by the ODF family:
 * nothing planted is left for exiftool or in any member, and the formula itself is intact.
 */
class OdfFormulaFilesTest {
    private static final String MIME = "application/vnd.oasis.opendocument.formula";

    @TempDir
    Path dir;

    @Test
    void aFormulaIsDetectedAndCleaned() throws Exception {
        byte[] dirty = formula();
        assertEquals(FileType.ODF, new TypeDetector(Limits.defaults()).detect(dirty, "equation.odf"));
        byte[] cleaned = Scrubber.standard(CleanOptions.defaults()).clean(dirty, "equation.odf");
        assertEquals(List.of(), Planted.foundIn(cleaned));
        String content = "";
        for (ZipMember m : SafeZip.read(cleaned, Limits.defaults())) {
            assertFalse(m.name().startsWith("Thumbnails/"), "the thumbnail is left");
            if (m.name().equals("content.xml")) {
                content = new String(m.data(), StandardCharsets.UTF_8);
            }
            if (m.name().equals("mimetype")) {
                assertEquals(MIME, new String(m.data(), StandardCharsets.US_ASCII));
            }
        }
        assertTrue(content.contains("<math:mi>E</math:mi>") && content.contains("E^2 = m c^2"), content);
        if (DebianTool.EXIFTOOL.available()) {
            Path out = dir.resolve("clean.odf");
            Files.write(out, cleaned);
            Path in = dir.resolve("dirty.odf");
            Files.write(in, dirty);
            assertFalse(Planted.foundInDump(Exiftool.dump(in)).isEmpty(), "exiftool reads nothing planted");
            String dump = Exiftool.dump(out);
            assertEquals(List.of(), Planted.foundInDump(dump), dump);
            assertFalse(dump.contains("2023-05"), dump);
        } else {
            System.out.println("SKIPPED (exiftool part): exiftool is not installed (apt-get install "
                    + "libimage-exiftool-perl)");
        }
    }

    private static byte[] formula() throws IOException {
        String decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        String ns = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:math=\"http://www.w3.org/1998/Math/MathML\""
                + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\"";
        Map<String, String> m = new LinkedHashMap<>();
        m.put("content.xml", decl + "<math:math xmlns:math=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"
                + "<math:semantics><math:mrow><math:msup><math:mi>E</math:mi><math:mn>2</math:mn></math:msup>"
                + "<math:mo>=</math:mo><math:mi>m</math:mi><math:msup><math:mi>c</math:mi><math:mn>2</math:mn>"
                + "</math:msup></math:mrow><math:annotation encoding=\"StarMath 5.0\">E^2 = m c^2</math:annotation>"
                + "</math:semantics></math:math>");
        m.put("meta.xml", decl + "<office:document-meta" + ns + " office:version=\"1.3\"><office:meta>"
                + "<meta:generator>" + Planted.SOFTWARE + "</meta:generator>"
                + "<meta:initial-creator>" + Planted.PERSON + "</meta:initial-creator>"
                + "<dc:creator>" + Planted.PERSON + "</dc:creator>"
                + "<meta:creation-date>2023-05-01T09:00:00</meta:creation-date><dc:date>2023-05-04T10:14:00</dc:date>"
                + "<dc:title>" + Planted.COMMENT + "</dc:title><dc:description>" + Planted.SERIAL + "</dc:description>"
                + "</office:meta></office:document-meta>");
        m.put("settings.xml", decl + "<office:document-settings" + ns + " office:version=\"1.3\"><office:settings>"
                + "<config:config-item-set config:name=\"ooo:configuration-settings\">"
                + "<config:config-item config:name=\"PrinterName\" config:type=\"string\">" + Planted.DEVICE
                + "</config:config-item><config:config-item config:name=\"BaseFontHeight\" config:type=\"short\">12"
                + "</config:config-item></config:config-item-set></office:settings></office:document-settings>");
        m.put("META-INF/manifest.xml", decl + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:"
                + "xmlns:manifest:1.0\" manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\""
                + " manifest:version=\"1.3\" manifest:media-type=\"" + MIME + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"settings.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"Thumbnails/thumbnail.png\""
                + " manifest:media-type=\"image/png\"/></manifest:manifest>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mime = MIME.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mime);
            zip.closeEntry();
            for (Map.Entry<String, String> e : m.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("Thumbnails/thumbnail.png"));
            zip.write(thumbnail());
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] thumbnail() throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(8, 8,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}

package org.veil.files.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;

/**
 * Packages written by LibreOffice 7.4 (the test fixtures opened and saved as .docx/.xlsx/.pptx), so the cleaner
 * meets another producer's structure: its comments, tracked changes, custom properties and custom XML, extension
 * lists and part order. Cleaned copies of these were checked once to open in LibreOffice with the same text.
 */
class LibreOfficeFilesTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = LibreOfficeFilesTest.class.getResourceAsStream("/office/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    private static Map<String, byte[]> cleanAndVerify(String name, FileType type) throws Exception {
        byte[] original = resource(name);
        assertTrue(new String(original, StandardCharsets.ISO_8859_1).contains("PK"));
        byte[] cleaned = new OfficeCleaner().clean(original, type, new TestContext());
        OfficeCleanerTest.assertNothingPlanted(cleaned);
        assertEquals(List.of(), new OfficeVerifier().residue(cleaned, type, new TestContext()));
        Map<String, byte[]> parts = OfficeCleanerTest.unzip(cleaned);
        for (byte[] part : parts.values()) {
            assertFalse(new String(part, StandardCharsets.UTF_8).contains("LibreOffice/7"), "application version");
        }
        return parts;
    }

    @Test
    void writerDocument() throws Exception {
        Map<String, byte[]> parts = cleanAndVerify("libreoffice-tracked.docx", FileType.DOCX);
        assertEquals(OfficeFixtures.DOCX_TEXT_AFTER, OfficeCleanerTest.paragraphs(parts.get("word/document.xml")));
        assertTrue(parts.containsKey("word/media/image1.png"));
        assertTrue(parts.containsKey("word/fontTable.xml"));
    }

    @Test
    void calcWorkbook() throws Exception {
        Map<String, byte[]> parts = cleanAndVerify("libreoffice-comment.xlsx", FileType.XLSX);
        assertTrue(new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8).contains("Cell content stays"));
        assertFalse(parts.keySet().stream().anyMatch(n -> n.contains("comments") || n.endsWith(".vml")));
    }

    @Test
    void impressPresentation() throws Exception {
        Map<String, byte[]> parts = cleanAndVerify("libreoffice-comment.pptx", FileType.PPTX);
        assertTrue(new String(parts.get("ppt/slides/slide1.xml"), StandardCharsets.UTF_8).contains("Slide text stays"));
        assertTrue(parts.keySet().stream().filter(n -> n.startsWith("ppt/slideLayouts/slideLayout")).count() >= 12);
    }
}

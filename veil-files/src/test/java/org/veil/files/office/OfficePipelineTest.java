package org.veil.files.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.files.CleanContext;
import org.veil.files.CleanOptions;
import org.veil.files.Cleaner;
import org.veil.files.CleanerRegistry;
import org.veil.files.FileType;
import org.veil.files.Limits;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.Scrubber;
import org.veil.files.Verifier;

/** Through the real pipeline: detection, cleaning, nested cleaning of embedded documents, verification. */
class OfficePipelineTest {
    /** Stands in for the image family (written in parallel): PNG passes unchanged, and is declared clean. */
    private static final class PassThroughPng implements Cleaner, Verifier {
        @Override
        public Set<FileType> types() {
            return EnumSet.of(FileType.PNG);
        }

        @Override
        public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) {
            return List.of();
        }

        @Override
        public byte[] clean(byte[] content, FileType type, CleanContext context) {
            return content.clone();
        }

        @Override
        public List<String> residue(byte[] cleaned, FileType type, CleanContext context) {
            return List.of();
        }
    }

    private static Scrubber scrubber() {
        PassThroughPng png = new PassThroughPng();
        CleanerRegistry registry = new CleanerRegistry()
                .register(new OfficeCleaner(), new OfficeVerifier())
                .register(png, png);
        return new Scrubber(registry, CleanOptions.defaults(), Limits.defaults());
    }

    @Test
    void allThreeFormatsPassTheWholePipeline() throws Exception {
        OfficeCleanerTest.assertNothingPlanted(scrubber().clean(OfficeFixtures.docx().zip(), "report.docx"));
        OfficeCleanerTest.assertNothingPlanted(scrubber().clean(OfficeFixtures.xlsx().zip(), "numbers.xlsx"));
        OfficeCleanerTest.assertNothingPlanted(scrubber().clean(OfficeFixtures.pptx().zip(), "talk.pptx"));
    }

    @Test
    void embeddedWorkbookIsCleanedRecursively() throws Exception {
        OfficeFixtures f = OfficeFixtures.docx()
                .edit("[Content_Types].xml", "</Types>", "<Default Extension=\"xlsx\" ContentType=\""
                        + OfficeFixtures.OX + "spreadsheetml.sheet\"/></Types>")
                .edit("word/_rels/document.xml.rels", "</Relationships>", "<Relationship Id=\"rId99\" Type=\""
                        + OfficeFixtures.RT + "package\" Target=\"embeddings/Microsoft_Excel_Worksheet.xlsx\"/>"
                        + "</Relationships>")
                .put("word/embeddings/Microsoft_Excel_Worksheet.xlsx", OfficeFixtures.xlsx().zip());
        byte[] cleaned = scrubber().clean(f.zip(), "with-chart.docx");
        OfficeCleanerTest.assertNothingPlanted(cleaned);
        Map<String, byte[]> parts = OfficeCleanerTest.unzip(cleaned);
        byte[] inner = parts.get("word/embeddings/Microsoft_Excel_Worksheet.xlsx");
        OfficeCleanerTest.assertNothingPlanted(inner);
        assertTrue(new String(OfficeCleanerTest.unzip(inner).get("xl/sharedStrings.xml")).contains("Cell content stays"));
    }

    @Test
    void refusalInsideAnEmbeddedDocumentRefusesTheWhole() {
        OfficeFixtures inner = OfficeFixtures.xlsx().put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE lol [<!ENTITY lol \"lol\">]><worksheet/>");
        OfficeFixtures f = OfficeFixtures.docx()
                .edit("[Content_Types].xml", "</Types>", "<Default Extension=\"xlsx\" ContentType=\""
                        + OfficeFixtures.OX + "spreadsheetml.sheet\"/></Types>")
                .edit("word/_rels/document.xml.rels", "</Relationships>", "<Relationship Id=\"rId99\" Type=\""
                        + OfficeFixtures.RT + "package\" Target=\"embeddings/sheet.xlsx\"/></Relationships>")
                .put("word/embeddings/sheet.xlsx", inner.zip());
        RefusedException e = assertThrows(RefusedException.class, () -> scrubber().clean(f.zip(), "x.docx"));
        assertTrue(e.getMessage().contains("embedded object 'word/embeddings/sheet.xlsx'")
                && e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void detectorAgreesTheOutputIsStillTheSameType() throws Exception {
        byte[] cleaned = scrubber().clean(OfficeFixtures.pptx().zip(), "talk.pptx");
        assertEquals(FileType.PPTX, new org.veil.files.TypeDetector(Limits.defaults()).detect(cleaned, "talk.pptx"));
    }
}

package org.veil.files.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.RefusedException;
import org.veil.files.archive.ZipMember;
import org.veil.files.archive.ZipWriter;

/** The verifier must see what the cleaner would have missed, on its own reading of the package. */
class OfficeVerifierTest {
    private final OfficeVerifier verifier = new OfficeVerifier();

    private List<String> residue(byte[] zip) throws RefusedException {
        return verifier.residue(zip, FileType.DOCX, new TestContext());
    }

    private byte[] cleanedDocx() throws RefusedException {
        return new OfficeCleaner().clean(OfficeFixtures.docx().zip(), FileType.DOCX, new TestContext());
    }

    /** The cleaned package with one part replaced (or added), rewritten normalised. */
    private byte[] cleanedWith(String name, String xml) throws RefusedException {
        List<ZipMember> members = new ArrayList<>();
        boolean replaced = false;
        for (Map.Entry<String, byte[]> e : OfficeCleanerTest.unzip(cleanedDocx()).entrySet()) {
            boolean hit = e.getKey().equals(name);
            replaced |= hit;
            members.add(new ZipMember(e.getKey(), hit ? xml.getBytes(StandardCharsets.UTF_8) : e.getValue()));
        }
        if (!replaced) {
            members.add(new ZipMember(name, xml.getBytes(StandardCharsets.UTF_8)));
        }
        return ZipWriter.write(members);
    }

    private static void assertReports(List<String> residue, String... fragments) {
        for (String f : fragments) {
            assertTrue(residue.stream().anyMatch(r -> r.contains(f)), "no residue mentions '" + f + "': " + residue);
        }
    }

    @Test
    void originalDocumentIsFullOfResidue() throws Exception {
        List<String> residue = residue(OfficeFixtures.docx().zip());
        assertReports(residue, "word/comments.xml", "word/people.xml", "docProps/custom.xml",
                "docProps/thumbnail.jpeg", "customXml/item1.xml", "printerSettings1.bin", "<creator>",
                "<Company>", "<w:ins>", "<w:del>", "<w:moveFrom>", "<w:rPrChange>", "rsidR", "author=\"Ivan",
                "<w:rsids>", "<w:trackRevisions>", "attachedTemplate", "timestamp");
    }

    @Test
    void cleanedDocumentHasNone() throws Exception {
        assertEquals(List.of(), residue(cleanedDocx()));
    }

    @Test
    void revisionIdsAuthorsAndDatesAreSeenInAnyPart() throws Exception {
        String doc = new String(OfficeCleanerTest.unzip(cleanedDocx()).get("word/document.xml"), StandardCharsets.UTF_8);
        assertReports(residue(cleanedWith("word/document.xml", doc.replace("<w:p>", "<w:p w:rsidR=\"00112233\">"))),
                "rsidR");
        assertReports(residue(cleanedWith("word/styles.xml", "<w:styles xmlns:w=\"" + OfficeFixtures.W
                + "\"><w:style w:date=\"2020-01-01\"/></w:styles>")), "date=\"2020-01-01\"");
        assertReports(residue(cleanedWith("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas."
                + "openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:creator>x</dc:creator></cp:coreProperties>")), "<creator>");
        assertReports(residue(cleanedWith("docProps/app.xml", "<Properties xmlns=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/extended-properties\"><Pages>1</Pages><AppVersion>16.0</AppVersion></Properties>")),
                "<AppVersion>");
    }

    @Test
    void untypedPartsAndDanglingRelationshipsAreSeen() throws Exception {
        assertReports(residue(cleanedWith("word/extra.dat", "x")), "'word/extra.dat' has no content type");
        assertReports(residue(cleanedWith("word/_rels/document.xml.rels", OfficeFixtures.rels("rId1", "styles",
                "styles.xml", "rId2", "image", "media/missing.png"))), "missing part (media/missing.png)");
        assertReports(residue(cleanedWith("word/_rels/document.xml.rels", OfficeFixtures.rels("rId1", "image",
                "http://tracker.example/x.png"))), "outside resource");
        String types = new String(OfficeCleanerTest.unzip(cleanedDocx()).get("[Content_Types].xml"),
                StandardCharsets.UTF_8);
        assertReports(residue(cleanedWith("[Content_Types].xml", types.replace("</Types>",
                OfficeFixtures.override("/word/comments.xml", OfficeFixtures.OX + "wordprocessingml.comments+xml")
                        + "</Types>"))), "names a missing part '/word/comments.xml'");
    }

    @Test
    void doctypeIsResidue() throws Exception {
        assertReports(residue(cleanedWith("word/styles.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"v\">]>"
                + "<w:styles xmlns:w=\"" + OfficeFixtures.W + "\"/>")), "DOCTYPE");
    }

    @Test
    void timestampsAndExtraFieldsAreReadFromTheRawHeaders() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : OfficeCleanerTest.unzip(cleanedDocx()).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey())); // stamped with the current time
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        assertReports(residue(bytes.toByteArray()), "keeps a timestamp in its central header",
                "keeps a timestamp in its local header");

        // An extended timestamp saying 1980-01-01 00:00 in another time zone reveals that zone.
        byte[] cleaned = cleanedDocx();
        assertTrue(ZipHeaderCheck.residue(cleaned).isEmpty());
        int patched = patchExtendedTimestamps(cleaned, 315_532_800 - 3 * 3600);
        if (patched > 0) {
            assertReports(residue(cleaned), "extended timestamp of 315522000");
        }
    }

    /** Rewrites every extended-timestamp value in place; returns how many it found. */
    private static int patchExtendedTimestamps(byte[] zip, int value) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int found = 0;
        for (int i = 0; i + 9 <= zip.length; i++) {
            if (zip[i] == 'U' && zip[i + 1] == 'T' && b.getShort(i + 2) == 5 && zip[i + 4] == 1
                    && b.getInt(i + 5) == 315_532_800) {
                b.putInt(i + 5, value);
                found++;
            }
        }
        return found;
    }

    @Test
    void everyOfficeTypeIsCovered() {
        Predicate<FileType> covered = t -> verifier.types().contains(t) && new OfficeCleaner().types().contains(t);
        assertTrue(covered.test(FileType.DOCX) && covered.test(FileType.XLSX) && covered.test(FileType.PPTX));
        assertFalse(verifier.types().contains(FileType.ODT));
    }
}

package org.veil.files.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.office.OfficeFixtures.AUTHOR;
import static org.veil.files.office.OfficeFixtures.OX;
import static org.veil.files.office.OfficeFixtures.override;
import static org.veil.files.office.OfficeFixtures.rels;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.Limits;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.archive.SafeZip;
import org.veil.files.archive.ZipMember;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class OfficeCleanerTest {
    private final OfficeCleaner cleaner = new OfficeCleaner();
    private final OfficeVerifier verifier = new OfficeVerifier();

    private byte[] clean(OfficeFixtures f, FileType type) throws RefusedException {
        return cleaner.clean(f.zip(), type, new TestContext());
    }

    static Map<String, byte[]> unzip(byte[] zip) throws RefusedException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (ZipMember m : SafeZip.read(zip, Limits.defaults())) {
            parts.put(m.name(), m.data());
        }
        return parts;
    }

    private static String text(Map<String, byte[]> parts, String name) {
        assertNotNull(parts.get(name), name + " is missing");
        return new String(parts.get(name), StandardCharsets.UTF_8);
    }

    /** No planted value in any decompressed part, as UTF-8 or UTF-16, nor in the raw archive. */
    static void assertNothingPlanted(byte[] zip) throws RefusedException {
        Map<String, byte[]> parts = unzip(zip);
        List<byte[]> haystacks = new ArrayList<>(parts.values());
        haystacks.add(zip);
        for (String planted : OfficeFixtures.PLANTED) {
            for (byte[] needle : List.of(planted.getBytes(StandardCharsets.UTF_8),
                    planted.getBytes(StandardCharsets.UTF_16LE), planted.getBytes(StandardCharsets.UTF_16BE))) {
                for (byte[] hay : haystacks) {
                    assertFalse(contains(hay, needle), "'" + planted + "' survived cleaning");
                }
            }
        }
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The text of each body paragraph of a WordprocessingML document. */
    static List<String> paragraphs(byte[] documentXml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(documentXml));
        List<String> out = new ArrayList<>();
        NodeList ps = doc.getElementsByTagNameNS(OfficeFixtures.W, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            StringBuilder s = new StringBuilder();
            NodeList ts = ((Element) ps.item(i)).getElementsByTagNameNS(OfficeFixtures.W, "t");
            for (int j = 0; j < ts.getLength(); j++) {
                s.append(ts.item(j).getTextContent());
            }
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void docxLosesEveryPlantedValue() throws Exception {
        assertNothingPlanted(clean(OfficeFixtures.docx(), FileType.DOCX));
    }

    @Test
    void docxAcceptsInsertionsDropsDeletionsAndKeepsTheText() throws Exception {
        Map<String, byte[]> parts = unzip(clean(OfficeFixtures.docx(), FileType.DOCX));
        String document = text(parts, "word/document.xml");
        assertTrue(document.contains("inserted text"));
        assertFalse(document.contains("deleted secret text"));
        assertEquals(OfficeFixtures.DOCX_TEXT_AFTER, paragraphs(parts.get("word/document.xml")));
        for (String gone : List.of("w:ins", "w:del", "w:moveFrom", "PrChange", "w:rsid", "w:author", "w:date",
                "commentRange", "commentReference", "CommentReference", "w:printerSettings")) {
            assertFalse(document.contains(gone), gone + " left in document.xml");
        }
        // The joined paragraph keeps the properties of the paragraph whose mark survived.
        assertTrue(document.contains("<w:jc w:val=\"center\"/>"));
        assertTrue(document.contains("<w:b/>"));
        assertTrue(document.contains("r:embed=\"rId6\""));
        assertTrue(document.contains("xml:space=\"preserve\""));
    }

    @Test
    void docxPackageStaysConsistent() throws Exception {
        TestContext context = new TestContext();
        byte[] cleaned = cleaner.clean(OfficeFixtures.docx().zip(), FileType.DOCX, context);
        Map<String, byte[]> parts = unzip(cleaned);
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                "word/_rels/settings.xml.rels", "word/media/image1.png"), new ArrayList<>(parts.keySet()));
        assertEquals(List.of("word/media/image1.png"), context.embedded);
        assertArrayEquals(OfficeFixtures.png(), parts.get("word/media/image1.png"));

        String types = text(parts, "[Content_Types].xml");
        for (String gone : List.of("comments", "people", "custom.xml", "customXml")) {
            assertFalse(types.contains(gone), gone + " still typed");
        }
        assertTrue(types.contains("/word/document.xml"));
        String documentRels = text(parts, "word/_rels/document.xml.rels");
        assertTrue(documentRels.contains("https://example.org/"), "hyperlinks are content");
        assertTrue(documentRels.contains("media/image1.png"));
        assertFalse(documentRels.contains("comments") || documentRels.contains("printerSettings")
                || documentRels.contains("customXml") || documentRels.contains("people"));
        assertFalse(text(parts, "_rels/.rels").contains("thumbnail"));
        assertFalse(text(parts, "_rels/.rels").contains("custom-properties"));
        assertFalse(text(parts, "word/_rels/settings.xml.rels").contains("attachedTemplate"));
        String settings = text(parts, "word/settings.xml");
        assertTrue(settings.contains("w:defaultTabStop"));
        assertFalse(settings.contains("trackRevisions") || settings.contains("rsid") || settings.contains("docId")
                || settings.contains("attachedTemplate"));
        assertFalse(text(parts, "word/styles.xml").contains("rsid"));
        assertEquals(List.of(), verifier.residue(cleaned, FileType.DOCX, context));
    }

    @Test
    void documentPropertiesAreEmptied() throws Exception {
        Map<String, byte[]> parts = unzip(clean(OfficeFixtures.docx(), FileType.DOCX));
        assertTrue(text(parts, "docProps/core.xml").contains("<cp:coreProperties "));
        assertTrue(text(parts, "docProps/core.xml").endsWith("/>"));
        assertTrue(text(parts, "docProps/app.xml").endsWith("docPropsVTypes\"/>"));
        assertNull(parts.get("docProps/custom.xml"));
        assertNull(parts.get("docProps/thumbnail.jpeg"));
    }

    @Test
    void cleaningTwiceChangesNothing() throws Exception {
        byte[] once = clean(OfficeFixtures.docx(), FileType.DOCX);
        assertArrayEquals(once, cleaner.clean(once, FileType.DOCX, new TestContext()));
    }

    @Test
    void xlsxLosesCommentsPeoplePrinterAndWorkbookHistory() throws Exception {
        byte[] cleaned = clean(OfficeFixtures.xlsx(), FileType.XLSX);
        assertNothingPlanted(cleaned);
        Map<String, byte[]> parts = unzip(cleaned);
        assertEquals(Set.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                "xl/worksheets/_rels/sheet1.xml.rels", "xl/sharedStrings.xml"), parts.keySet());
        assertTrue(text(parts, "xl/sharedStrings.xml").contains("Cell content stays"));
        String sheet = text(parts, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<v>42</v>"));
        assertTrue(sheet.contains("<pageSetup orientation=\"portrait\" paperSize=\"9\"/>")
                || sheet.contains("<pageSetup paperSize=\"9\" orientation=\"portrait\"/>"), sheet);
        assertFalse(sheet.contains("legacyDrawing"));
        String workbook = text(parts, "xl/workbook.xml");
        assertFalse(workbook.contains("fileSharing") || workbook.contains("absPath")
                || workbook.contains("AlternateContent") || workbook.contains("revisionPtr"));
        assertTrue(workbook.contains("name=\"Sheet1\""));
        assertEquals(List.of(), verifier.residue(cleaned, FileType.XLSX, new TestContext()));
    }

    @Test
    void pptxLosesCommentsAuthorsAndViewSettings() throws Exception {
        byte[] cleaned = clean(OfficeFixtures.pptx(), FileType.PPTX);
        assertNothingPlanted(cleaned);
        Map<String, byte[]> parts = unzip(cleaned);
        assertTrue(text(parts, "ppt/slides/slide1.xml").contains("Slide text stays"));
        for (String gone : List.of("ppt/commentAuthors.xml", "ppt/comments/comment1.xml", "ppt/viewProps.xml")) {
            assertFalse(parts.containsKey(gone), gone);
        }
        for (String kept : List.of("ppt/presentation.xml", "ppt/slideMasters/slideMaster1.xml",
                "ppt/slideLayouts/slideLayout1.xml", "ppt/theme/theme1.xml", "ppt/presProps.xml")) {
            assertTrue(parts.containsKey(kept), kept);
        }
        assertFalse(text(parts, "ppt/slides/_rels/slide1.xml.rels").contains("comments"));
        assertEquals(List.of(), verifier.residue(cleaned, FileType.PPTX, new TestContext()));
    }

    @Test
    void inspectionListsWhatIsThere() throws Exception {
        List<MetadataItem> items = cleaner.inspect(OfficeFixtures.docx().zip(), FileType.DOCX, new TestContext());
        assertTrue(items.contains(new MetadataItem(MetadataGroup.PEOPLE, "creator", AUTHOR)));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.PEOPLE, "lastModifiedBy", "Maria Secretova")));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.TIME, "created", "2023-05-17T09:13:00Z")));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.DESCRIPTION, "title", "Secret Title Plan")));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.HISTORY, "revision", "7")));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.PEOPLE, "Company", "Secret Company Ltd")));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.SOFTWARE, "Application", "Microsoft Office Word")));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.TIME, "TotalTime", "42")));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.OTHER, "Template", "SecretTemplate.dotm")));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.DESCRIPTION, "custom property SourceName", AUTHOR)));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.PEOPLE, "comments", "1 by " + AUTHOR)));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.HISTORY, "tracked changes", "6 by " + AUTHOR)));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.HISTORY, "revision ids (rsid)", "2 editing sessions")));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.DEVICE, "printer settings",
                "word/printerSettings/printerSettings1.bin")));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.HISTORY, "thumbnail", "docProps/thumbnail.jpeg")));
        assertTrue(items.contains(new MetadataItem(MetadataGroup.EMBEDDED, "embedded media", "1 file(s)")));

        List<MetadataItem> sheet = cleaner.inspect(OfficeFixtures.xlsx().zip(), FileType.XLSX, new TestContext());
        assertTrue(sheet.stream().anyMatch(i -> i.name().equals("comments") && i.value().contains(AUTHOR)), "" + sheet);
    }

    @Test
    void macrosAreRefused() {
        OfficeFixtures f = OfficeFixtures.docx()
                .edit("[Content_Types].xml", "</Types>", override("/word/vbaProject.bin",
                        "application/vnd.ms-office.vbaProject") + "</Types>")
                .edit("word/_rels/document.xml.rels", "</Relationships>", "<Relationship Id=\"rId99\" Type=\""
                        + "http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>"
                        + "</Relationships>")
                .put("word/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3});
        RefusedException e = assertThrows(RefusedException.class, () -> clean(f, FileType.DOCX));
        assertTrue(e.getMessage().contains("macros"), e.getMessage());
    }

    @Test
    void doctypeIsRefusedAsHostile() {
        OfficeFixtures f = OfficeFixtures.docx();
        f.put("word/document.xml", f.text("word/document.xml").replace("standalone=\"yes\"?>\r\n",
                "standalone=\"yes\"?>\r\n<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaa\">]>"));
        RefusedException e = assertThrows(RefusedException.class, () -> clean(f, FileType.DOCX));
        assertTrue(e.getMessage().contains("DOCTYPE") && e.getMessage().contains("word/document.xml"), e.getMessage());
    }

    @Test
    void partOfUnknownTypeIsRefused() {
        OfficeFixtures f = OfficeFixtures.docx()
                .edit("[Content_Types].xml", "</Types>",
                        "<Default Extension=\"xyz\" ContentType=\"application/x-veil-unknown\"/></Types>")
                .put("word/activeX/thing.xyz", "opaque");
        RefusedException e = assertThrows(RefusedException.class, () -> clean(f, FileType.DOCX));
        assertTrue(e.getMessage().contains("word/activeX/thing.xyz")
                && e.getMessage().contains("application/x-veil-unknown"), e.getMessage());
    }

    @Test
    void truncatedPackageIsRefused() {
        byte[] zip = OfficeFixtures.docx().zip();
        assertThrows(RefusedException.class, () -> cleaner.clean(Arrays.copyOf(zip, zip.length / 2), FileType.DOCX,
                new TestContext()));
        assertThrows(RefusedException.class, () -> cleaner.clean(Arrays.copyOf(zip, zip.length - 10), FileType.DOCX,
                new TestContext()));
    }

    @Test
    void encryptedPackageIsRefused() {
        OfficeFixtures f = OfficeFixtures.docx().put("EncryptionInfo", new byte[] {4, 0, 4, 0})
                .put("EncryptedPackage", new byte[] {1, 2, 3});
        RefusedException e = assertThrows(RefusedException.class, () -> clean(f, FileType.DOCX));
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void embeddedObjectThatCannotBeCleanedIsRefused() {
        OfficeFixtures f = OfficeFixtures.docx()
                .edit("[Content_Types].xml", "</Types>", override("/word/embeddings/oleObject1.bin",
                        OX + "oleObject") + "</Types>")
                .edit("word/_rels/document.xml.rels", "</Relationships>", "<Relationship Id=\"rId99\" Type=\""
                        + OfficeFixtures.RT + "oleObject\" Target=\"embeddings/oleObject1.bin\"/></Relationships>")
                .put("word/embeddings/oleObject1.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        RefusedException e = assertThrows(RefusedException.class, () -> clean(f, FileType.DOCX));
        assertTrue(e.getMessage().startsWith("embedded object 'word/embeddings/oleObject1.bin' cannot be cleaned"),
                e.getMessage());
    }

    @Test
    void mediaThatCannotBeCleanedIsRefused() {
        OfficeFixtures f = OfficeFixtures.docx().put("word/media/image1.png", "not really a picture");
        RefusedException e = assertThrows(RefusedException.class, () -> clean(f, FileType.DOCX));
        assertTrue(e.getMessage().startsWith("embedded media 'word/media/image1.png' cannot be cleaned"),
                e.getMessage());
    }

    @Test
    void contentThatUsesAMissingPartIsRefusedNotBroken() {
        OfficeFixtures f = OfficeFixtures.docx().remove("word/media/image1.png");
        RefusedException e = assertThrows(RefusedException.class, () -> clean(f, FileType.DOCX));
        assertTrue(e.getMessage().contains("word/document.xml"), e.getMessage());
    }

    @Test
    void linkedOutsideResourceIsRefused() {
        OfficeFixtures f = OfficeFixtures.docx().edit("word/_rels/document.xml.rels", "media/image1.png",
                "http://tracker.example/pixel.png\" TargetMode=\"External");
        RefusedException e = assertThrows(RefusedException.class, () -> clean(f, FileType.DOCX));
        assertTrue(e.getMessage().contains("outside resource"), e.getMessage());
    }

    @Test
    void trackedTableCellChangesAreRefused() {
        OfficeFixtures f = OfficeFixtures.docx().edit("word/document.xml", "<w:sectPr", "<w:tbl><w:tr><w:tc><w:tcPr>"
                + "<w:cellDel w:id=\"9\" w:author=\"x\"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl><w:sectPr");
        RefusedException e = assertThrows(RefusedException.class, () -> clean(f, FileType.DOCX));
        assertTrue(e.getMessage().contains("table-cell"), e.getMessage());
    }

    @Test
    void deletedTableRowsGoAndInsertedRowsStay() throws Exception {
        OfficeFixtures f = OfficeFixtures.docx().edit("word/document.xml", "<w:sectPr", "<w:tbl><w:tblGrid>"
                + "<w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr><w:trPr><w:del w:id=\"9\" w:author=\"x\"/></w:trPr><w:tc>"
                + "<w:p><w:r><w:delText>deleted secret text</w:delText></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:ins "
                + "w:id=\"10\" w:author=\"x\"/></w:trPr><w:tc><w:p><w:r><w:t>row kept</w:t></w:r></w:p></w:tc></w:tr>"
                + "</w:tbl><w:sectPr");
        String document = text(unzip(clean(f, FileType.DOCX)), "word/document.xml");
        assertTrue(document.contains("row kept"));
        assertFalse(document.contains("deleted secret text"));
        assertTrue(document.contains("<w:trPr/>") || !document.contains("w:trPr"));
    }

    @Test
    void stackedDeletedParagraphMarksJoinInOrder() throws Exception {
        String mark = "<w:pPr><w:rPr><w:del w:id=\"8\" w:author=\"x\"/></w:rPr></w:pPr>";
        OfficeFixtures f = OfficeFixtures.docx().edit("word/document.xml", "<w:sectPr", "<w:p>" + mark
                + "<w:r><w:t>one </w:t></w:r></w:p><w:p>" + mark + "<w:r><w:t>two </w:t></w:r></w:p><w:p><w:r>"
                + "<w:t>three</w:t></w:r></w:p><w:sectPr");
        List<String> paragraphs = paragraphs(unzip(clean(f, FileType.DOCX)).get("word/document.xml"));
        assertEquals("one two three", paragraphs.get(paragraphs.size() - 1));
    }
}

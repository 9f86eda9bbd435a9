package org.veil.files.odf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.odf.OdfFixtures.PRINTER;
import static org.veil.files.odf.OdfFixtures.PRINTER_BLOB;
import static org.veil.files.odf.OdfFixtures.SECRET;
import static org.veil.files.odf.TestZip.text;
import static org.veil.files.odf.TestZip.utf8;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class OdfCleanerTest {
    private static final List<String> PLANTED = List.of(SECRET, PRINTER, PRINTER_BLOB, "planted comment",
            "deleted secret text", "SourceName", "Source Alpha-Secret", "2023-05", "LibreOffice/7", "Secret Title",
            "whistleblower", "/home/ivan", "0012ab34", "1193524", "4242", "PT3H12M", "Templates");

    private final OdfCleaner cleaner = new OdfCleaner();
    private final OdfVerifier verifier = new OdfVerifier();

    private byte[] clean(byte[] odf, FileType type, TestContext ctx) throws RefusedException {
        return cleaner.clean(odf, type, ctx);
    }

    static void assertNoPlanted(Map<String, byte[]> members, List<String> planted) {
        for (Map.Entry<String, byte[]> m : members.entrySet()) {
            String utf8 = text(m.getValue());
            String latin1 = new String(m.getValue(), StandardCharsets.ISO_8859_1);
            String utf16 = new String(m.getValue(), StandardCharsets.UTF_16LE);
            for (String p : planted) {
                assertFalse(utf8.contains(p) || latin1.contains(p) || utf16.contains(p),
                        "'" + p + "' survived in " + m.getKey());
            }
        }
    }

    @Test
    void plantedMetadataIsGoneFromEveryMember() throws Exception {
        byte[] out = clean(OdfFixtures.odt(), FileType.ODT, new TestContext());
        assertNoPlanted(TestZip.members(out), PLANTED);
        assertFalse(text(out).contains(SECRET), "raw bytes");
    }

    @Test
    void insertedTextStaysDeletedTextGoesAndTheRestIsIntact() throws Exception {
        byte[] out = clean(OdfFixtures.odt(), FileType.ODT, new TestContext());
        Map<String, byte[]> m = TestZip.members(out);
        assertEquals(Arrays.asList(OdfFixtures.ODT_PARAGRAPHS), paragraphs(m.get("content.xml")));
        assertEquals(List.of("Header text"), paragraphs(m.get("styles.xml")));
        assertEquals(List.of("Chart title"), paragraphs(m.get("Object 1/content.xml")));
        String content = text(m.get("content.xml"));
        assertTrue(content.contains("xlink:href=\"Pictures/x.png\""));
        assertTrue(content.contains("style:name=\"P1\""));
        assertFalse(content.contains("office:scripts"), "LibreOffice's empty script container goes");
    }

    @Test
    void packageStructureIsNormalised() throws Exception {
        TestContext ctx = new TestContext();
        byte[] out = clean(OdfFixtures.odt(), FileType.ODT, ctx);
        // mimetype first, stored (method 0 at offset 8 of the first local header), name right after the header
        assertEquals("mimetype", new String(out, 30, 8, StandardCharsets.US_ASCII));
        assertEquals(0, out[8] | out[9]);
        int data = 30 + 8 + (out[28] & 0xFF | (out[29] & 0xFF) << 8);
        assertEquals("application/vnd.oasis.opendocument.text", new String(out, data, 39, StandardCharsets.US_ASCII));
        Map<String, byte[]> m = TestZip.members(out);
        assertEquals(Set.of("mimetype", "Pictures/x.png", "content.xml", "styles.xml", "meta.xml", "settings.xml",
                "Object 1/content.xml", "Object 1/meta.xml", "Object 1/settings.xml", "META-INF/manifest.xml"),
                m.keySet());
        assertEquals(List.of("Pictures/x.png"), ctx.cleaned);
        assertTrue(text(m.get("meta.xml")).contains("<office:meta/>"));
        String settings = text(m.get("settings.xml"));
        assertTrue(settings.contains("PrinterIndependentLayout") && settings.contains("AddParaTableSpacing"));
        String manifest = text(m.get("META-INF/manifest.xml"));
        assertTrue(manifest.contains("manifest:full-path=\"Object 1/\""));
        assertFalse(manifest.contains("Thumbnails") || manifest.contains("ObjectReplacements"));
        assertEquals(List.of(), verifier.residue(out, FileType.ODT, ctx));
    }

    @Test
    void cleaningTwiceGivesTheSameBytes() throws Exception {
        byte[] once = clean(OdfFixtures.odt(), FileType.ODT, new TestContext());
        assertArrayEquals(once, clean(once, FileType.ODT, new TestContext()));
    }

    @Test
    void verifierFindsTheOriginalDirty() throws Exception {
        List<String> residue = verifier.residue(OdfFixtures.odt(), FileType.ODT, new TestContext());
        String all = String.join("\n", residue);
        for (String expected : List.of("real timestamp", "Thumbnails/thumbnail.png", "tracked-changes",
                "office:annotation", "meta.xml' still holds <meta:generator>", "PrinterName", "view settings",
                "XML comment", "editing-session id", "documentsignatures.xml", "does not list exactly")) {
            assertTrue(all.contains(expected), expected + " not reported in:\n" + all);
        }
    }

    @Test
    void spreadsheetTrackedChangesAndCellCommentsAreRemoved() throws Exception {
        TestContext ctx = new TestContext();
        byte[] out = clean(OdfFixtures.ods(), FileType.ODS, ctx);
        Map<String, byte[]> m = TestZip.members(out);
        assertNoPlanted(m, PLANTED);
        assertEquals(List.of("inserted text", "42"), paragraphs(m.get("content.xml")));
        assertEquals(List.of(), verifier.residue(out, FileType.ODS, ctx));
    }

    @Test
    void inspectListsWhatIsThere() throws Exception {
        List<MetadataItem> items = cleaner.inspect(OdfFixtures.odt(), FileType.ODT, new TestContext());
        assertHas(items, MetadataGroup.PEOPLE, "meta:initial-creator", SECRET);
        assertHas(items, MetadataGroup.PEOPLE, "dc:creator", SECRET);
        assertHas(items, MetadataGroup.SOFTWARE, "meta:generator", "LibreOffice");
        assertHas(items, MetadataGroup.TIME, "meta:creation-date", "2023-05-01");
        assertHas(items, MetadataGroup.TIME, "meta:editing-duration", "PT3H12M");
        assertHas(items, MetadataGroup.HISTORY, "meta:editing-cycles", "17");
        assertHas(items, MetadataGroup.DESCRIPTION, "user-defined SourceName", "Source Alpha-Secret");
        assertHas(items, MetadataGroup.DESCRIPTION, "dc:title", "Secret Title");
        assertHas(items, MetadataGroup.DEVICE, "setting PrinterName", PRINTER);
        assertHas(items, MetadataGroup.HISTORY, "thumbnail", "Thumbnails/thumbnail.png");
        assertHas(items, MetadataGroup.HISTORY, "content.xml tracked changes", "2 by " + SECRET);
        assertHas(items, MetadataGroup.PEOPLE, "content.xml comments", "1 by " + SECRET);
        assertHas(items, MetadataGroup.PEOPLE, "Object 1/dc:creator", SECRET);
    }

    private static void assertHas(List<MetadataItem> items, MetadataGroup g, String name, String value) {
        assertTrue(items.stream().anyMatch(i -> i.group() == g && i.name().equals(name) && i.value().contains(value)),
                g + " " + name + " = " + value + " not in " + items);
    }

    @Test
    void macrosAreRefused() {
        byte[] odf = OdfFixtures.odtWith("Basic/Standard/Module1.xml", utf8("<script:module/>"));
        RefusedException e = assertThrows(RefusedException.class, () -> clean(odf, FileType.ODT, new TestContext()));
        assertTrue(e.getMessage().contains("macros"), e.getMessage());
    }

    @Test
    void scriptHooksInContentAreRefused() {
        String content = OdfFixtures.ODT_CONTENT.replace("<office:body>", "<office:scripts><office:event-listeners>"
                + "<script:event-listener xmlns:script=\"urn:oasis:names:tc:opendocument:xmlns:script:1.0\"/>"
                + "</office:event-listeners></office:scripts><office:body>");
        byte[] odf = OdfFixtures.odtWith("content.xml", utf8(content));
        RefusedException e = assertThrows(RefusedException.class, () -> clean(odf, FileType.ODT, new TestContext()));
        assertTrue(e.getMessage().contains("macros"), e.getMessage());
    }

    @Test
    void encryptedDocumentIsRefused() {
        String manifest = OdfFixtures.manifest("application/vnd.oasis.opendocument.text", "content.xml", "text/xml")
                .replace("manifest:media-type=\"text/xml\"/>", "manifest:media-type=\"text/xml\">"
                        + "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\">"
                        + "<manifest:algorithm manifest:algorithm-name=\"Blowfish CFB\" manifest:initialisation-vector=\"x\"/>"
                        + "</manifest:encryption-data></manifest:file-entry>");
        byte[] odf = OdfFixtures.odtWith("META-INF/manifest.xml", utf8(manifest));
        RefusedException e = assertThrows(RefusedException.class, () -> clean(odf, FileType.ODT, new TestContext()));
        assertTrue(e.getMessage().contains("password-protected"), e.getMessage());
        assertThrows(RefusedException.class, () -> cleaner.inspect(odf, FileType.ODT, new TestContext()));
    }

    @Test
    void doctypeWithEntitiesIsRefused() {
        String content = OdfFixtures.ODT_CONTENT.replace(OdfFixtures.DECL, OdfFixtures.DECL
                + "<!DOCTYPE office:document-content [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replace("Second paragraph", "Second paragraph &x;");
        byte[] odf = OdfFixtures.odtWith("content.xml", utf8(content));
        RefusedException e = assertThrows(RefusedException.class, () -> clean(odf, FileType.ODT, new TestContext()));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void unknownMemberIsRefused() {
        byte[] odf = OdfFixtures.odtWith("secret-notes.bin", utf8(SECRET));
        RefusedException e = assertThrows(RefusedException.class, () -> clean(odf, FileType.ODT, new TestContext()));
        assertTrue(e.getMessage().contains("secret-notes.bin"), e.getMessage());
    }

    @Test
    void pictureTheEmbeddedCleanerRefusesMakesTheDocumentRefused() {
        byte[] odf = OdfFixtures.odtWith("Pictures/y.wmf", new byte[] {(byte) 0xD7, (byte) 0xCD, (byte) 0xC6,
                (byte) 0x9A, 0, 0, 1, 2, 3});
        assertThrows(RefusedException.class, () -> clean(odf, FileType.ODT, new TestContext()));
    }

    @Test
    void truncatedAndMalformedPackagesAreRefused() {
        byte[] odf = OdfFixtures.odt();
        for (int cut : new int[] {odf.length / 2, odf.length - 10, 100}) {
            byte[] truncated = Arrays.copyOf(odf, cut);
            assertThrows(RefusedException.class, () -> clean(truncated, FileType.ODT, new TestContext()), "cut " + cut);
        }
        byte[] broken = OdfFixtures.odtWith("content.xml", utf8("<office:document-content><unclosed>"));
        assertThrows(RefusedException.class, () -> clean(broken, FileType.ODT, new TestContext()));
        Map<String, byte[]> noManifest = OdfFixtures.odtMembers();
        noManifest.remove("META-INF/manifest.xml");
        assertThrows(RefusedException.class, () -> clean(TestZip.build(noManifest), FileType.ODT, new TestContext()));
    }

    /** The text of every text:p that is not inside another text:p, in document order. */
    static List<String> paragraphs(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList ps = doc.getElementsByTagNameNS(Ns.TEXT, "p");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ps.getLength(); i++) {
            out.add(ps.item(i).getTextContent());
        }
        return out.stream().map(String::strip).collect(Collectors.toList());
    }
}

package org.veil.files.odf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.odf.EpubFixtures.OLD_UUID;
import static org.veil.files.odf.EpubFixtures.SECRET;
import static org.veil.files.odf.TestZip.text;
import static org.veil.files.odf.TestZip.utf8;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

class EpubCleanerTest {
    private static final List<String> PLANTED = List.of(SECRET, "Olga Helper-Secret", "Samizdat Press-Secret",
            "2023-05-04", "Copyright Ivan", "planted description", "dissent", "calibre", "Sigil", OLD_UUID,
            "calibre-4242", "example.org/record", "TODO");

    private final EpubCleaner cleaner = new EpubCleaner();
    private final EpubVerifier verifier = new EpubVerifier();

    private byte[] clean(byte[] epub) throws RefusedException {
        return cleaner.clean(epub, FileType.EPUB, new TestContext());
    }

    @Test
    void plantedMetadataIsGoneFromEveryMember() throws Exception {
        byte[] out = clean(EpubFixtures.epub());
        OdfCleanerTest.assertNoPlanted(TestZip.members(out), PLANTED);
    }

    @Test
    void contentTitleLanguageAndCoverSurvive() throws Exception {
        TestContext ctx = new TestContext();
        byte[] out = cleaner.clean(EpubFixtures.epub(), FileType.EPUB, ctx);
        Map<String, byte[]> m = TestZip.members(out);
        assertEquals(Set.of("mimetype", "META-INF/container.xml", "OEBPS/content.opf", "OEBPS/toc.ncx",
                "OEBPS/Text/nav.xhtml", "OEBPS/Text/chapter 1.xhtml", "OEBPS/Styles/style.css",
                "OEBPS/Images/cover.png", "OEBPS/Fonts/Serif.ttf"), m.keySet());
        assertEquals("mimetype", m.keySet().iterator().next());
        assertEquals(List.of("OEBPS/Styles/style.css", "OEBPS/Images/cover.png"), ctx.cleaned);
        assertArrayEquals(EpubFixtures.members().get("OEBPS/Fonts/Serif.ttf"), m.get("OEBPS/Fonts/Serif.ttf"));

        String chapter = text(m.get("OEBPS/Text/chapter 1.xhtml"));
        assertTrue(chapter.contains("<p>It was a quiet night in Moscow — тихая ночь.</p>"), chapter);
        assertTrue(chapter.contains("<p>Second &amp; last paragraph.</p>"), chapter);
        assertTrue(chapter.contains("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\""), chapter);
        assertTrue(chapter.contains("name=\"viewport\"") && chapter.contains("http-equiv=\"Content-Type\""));
        assertTrue(chapter.contains("<rect height=\"10\" width=\"10\"/>"), chapter);
        assertTrue(text(m.get("OEBPS/Text/nav.xhtml")).contains("<!DOCTYPE html>"));

        String opf = text(m.get("OEBPS/content.opf"));
        assertTrue(opf.contains("<dc:title xml:lang=\"en\">The Quiet Book</dc:title>"), opf);
        assertTrue(opf.contains("<dc:language>en</dc:language>"), opf);
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">1980-01-01T00:00:00Z</meta>"), opf);
        assertTrue(opf.contains("<meta content=\"cover-img\" name=\"cover\"/>"), opf);
        assertTrue(opf.contains("<meta property=\"rendition:layout\">pre-paginated</meta>"), opf);
        assertTrue(opf.contains("href=\"Text/chapter%201.xhtml\"") && opf.contains("<spine toc=\"ncx\">"), opf);
        Matcher id = Pattern.compile("<dc:identifier id=\"BookId\">(urn:uuid:[0-9a-f-]{36})</dc:identifier>")
                .matcher(opf);
        assertTrue(id.find(), opf);
        assertTrue(opf.contains("unique-identifier=\"BookId\""));
        String ncx = text(m.get("OEBPS/toc.ncx"));
        assertTrue(ncx.contains("content=\"" + id.group(1) + "\""), "NCX uid follows the new identifier");
        assertTrue(ncx.contains("<docTitle><text>The Quiet Book</text></docTitle>"), ncx);
        assertTrue(ncx.contains("<!DOCTYPE ncx PUBLIC"));

        assertEquals(List.of(), verifier.residue(out, FileType.EPUB, ctx));
    }

    @Test
    void eachCleaningGetsAFreshIdentifier() throws Exception {
        String a = text(TestZip.members(clean(EpubFixtures.epub())).get("OEBPS/content.opf"));
        String b = text(TestZip.members(clean(EpubFixtures.epub())).get("OEBPS/content.opf"));
        assertNotEquals(a, b);
    }

    @Test
    void verifierFindsTheOriginalDirty() throws Exception {
        String all = String.join("\n", verifier.residue(EpubFixtures.epub(), FileType.EPUB, new TestContext()));
        for (String expected : List.of("real timestamp", "dc:creator", "dc:publisher", "keeps <meta", "prefix map",
                "<meta author>", "has a comment", "<docAuthor>", "calibre_bookmarks", "2 identifiers",
                "embedded <metadata>")) {
            assertTrue(all.contains(expected), expected + " not reported in:\n" + all);
        }
    }

    @Test
    void inspectListsWhatIsThere() throws Exception {
        List<MetadataItem> items = cleaner.inspect(EpubFixtures.epub(), FileType.EPUB, new TestContext());
        assertHas(items, MetadataGroup.PEOPLE, "dc:creator", SECRET);
        assertHas(items, MetadataGroup.PEOPLE, "dc:publisher", "Samizdat");
        assertHas(items, MetadataGroup.PEOPLE, "dc:contributor", "Olga");
        assertHas(items, MetadataGroup.TIME, "dc:date", "2023-05-04");
        assertHas(items, MetadataGroup.OTHER, "dc:identifier", OLD_UUID);
        assertHas(items, MetadataGroup.SOFTWARE, "meta generator", "calibre");
        assertHas(items, MetadataGroup.SOFTWARE, "meta calibre:user_metadata:#owner", SECRET);
        assertHas(items, MetadataGroup.PEOPLE, "OEBPS/toc.ncx docAuthor", SECRET);
        assertHas(items, MetadataGroup.PEOPLE, "OEBPS/Text/chapter 1.xhtml <meta author>", SECRET);
        assertHas(items, MetadataGroup.OTHER, "OEBPS/Text/chapter 1.xhtml HTML comments", "1");
    }

    private static void assertHas(List<MetadataItem> items, MetadataGroup g, String name, String value) {
        assertTrue(items.stream().anyMatch(i -> i.group() == g && i.name().equals(name) && i.value().contains(value)),
                g + " " + name + " = " + value + " not in " + items);
    }

    @Test
    void encryptedBooksAreRefused() {
        for (String name : List.of("META-INF/encryption.xml", "META-INF/rights.xml")) {
            byte[] epub = EpubFixtures.with(name, utf8("<encryption/>"));
            RefusedException e = assertThrows(RefusedException.class, () -> clean(epub));
            assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
        }
    }

    @Test
    void entityDeclarationsAndUnusualDoctypesAreRefused() {
        String entities = EpubFixtures.CHAPTER.replace("xhtml11.dtd\">", "xhtml11.dtd\" [<!ENTITY who \"x\">]>")
                .replace("Second &amp;", "Second &who;");
        assertThrows(RefusedException.class, () -> clean(EpubFixtures.with("OEBPS/Text/chapter 1.xhtml",
                utf8(entities))));
        String external = EpubFixtures.CHAPTER.replace(
                "PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\"",
                "SYSTEM \"http://attacker.example/x.dtd\"");
        RefusedException e = assertThrows(RefusedException.class,
                () -> clean(EpubFixtures.with("OEBPS/Text/chapter 1.xhtml", utf8(external))));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        String opf = EpubFixtures.OPF.replace("<package", "<!DOCTYPE package>\n<package");
        assertThrows(RefusedException.class, () -> clean(EpubFixtures.with("OEBPS/content.opf", utf8(opf))));
    }

    @Test
    void scriptsAreRefused() {
        String chapter = EpubFixtures.CHAPTER.replace("<h1>", "<script>fetch('https://x.example')</script><h1>");
        RefusedException e = assertThrows(RefusedException.class,
                () -> clean(EpubFixtures.with("OEBPS/Text/chapter 1.xhtml", utf8(chapter))));
        assertTrue(e.getMessage().contains("scripts"), e.getMessage());
        assertThrows(RefusedException.class, () -> clean(EpubFixtures.with("OEBPS/Scripts/app.js", utf8("x=1"))));
    }

    @Test
    void unknownMembersAreRefused() {
        RefusedException e = assertThrows(RefusedException.class,
                () -> clean(EpubFixtures.with("OEBPS/notes.bin", utf8(SECRET))));
        assertTrue(e.getMessage().contains("OEBPS/notes.bin"), e.getMessage());
        assertThrows(RefusedException.class, () -> clean(EpubFixtures.with("META-INF/other.xml", utf8("<x/>"))));
    }

    @Test
    void truncatedAndMalformedBooksAreRefused() {
        byte[] epub = EpubFixtures.epub();
        for (int cut : new int[] {epub.length / 2, epub.length - 10, 60}) {
            byte[] truncated = Arrays.copyOf(epub, cut);
            assertThrows(RefusedException.class, () -> clean(truncated), "cut " + cut);
        }
        assertThrows(RefusedException.class, () -> clean(EpubFixtures.with("OEBPS/Text/chapter 1.xhtml",
                utf8("<html><body><p>unclosed</body></html>"))));
        Map<String, byte[]> noOpf = EpubFixtures.members();
        noOpf.remove("OEBPS/content.opf");
        assertThrows(RefusedException.class, () -> clean(TestZip.build(noOpf)));
        assertThrows(RefusedException.class, () -> clean(EpubFixtures.with("OEBPS/Images/cover.png",
                utf8("not a png"))));
    }

    @Test
    void epub2PackageGetsNoModifiedDate() throws Exception {
        String opf = EpubFixtures.OPF.replace("version=\"3.0\"", "version=\"2.0\"");
        byte[] out = clean(EpubFixtures.with("OEBPS/content.opf", utf8(opf)));
        String cleaned = text(TestZip.members(out).get("OEBPS/content.opf"));
        assertFalse(cleaned.contains("dcterms:modified"), cleaned);
        assertEquals(List.of(), verifier.residue(out, FileType.EPUB, new TestContext()));
    }

    @Test
    void namedHtmlEntitiesAreKeptAsCharactersAndUnknownOnesRefused() throws Exception {
        String chapter = EpubFixtures.CHAPTER.replace("Second &amp;", "Second&nbsp;&copy;&mdash;&yuml;&amp;")
                .replace("<h1>", "<h1 title=\"a&hellip;b\">");
        byte[] out = clean(EpubFixtures.with("OEBPS/Text/chapter 1.xhtml", utf8(chapter)));
        String cleaned = text(TestZip.members(out).get("OEBPS/Text/chapter 1.xhtml"));
        assertTrue(cleaned.contains("<p>Second\u00a0\u00a9\u2014\u00ff&amp; last paragraph.</p>"), cleaned);
        assertTrue(cleaned.contains("title=\"a\u2026b\""), cleaned);
        String unknown = EpubFixtures.CHAPTER.replace("Second &amp;", "Second &alpha;");
        RefusedException e = assertThrows(RefusedException.class,
                () -> clean(EpubFixtures.with("OEBPS/Text/chapter 1.xhtml", utf8(unknown))));
        assertTrue(e.getMessage().contains("&alpha;"), e.getMessage());
    }
}

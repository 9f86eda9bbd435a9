package org.veil.files.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.markup.TestPipeline.clean;
import static org.veil.files.markup.TestPipeline.resource;
import static org.veil.files.markup.TestPipeline.utf8;

import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

class HtmlCleaningTest {
    private static final String PAGE = utf8(resource("markup/page.html"));

    @Test
    void onlyCommentsAndIdentifyingTagsAreRemovedEverythingElseByteForByte() throws Exception {
        String out = utf8(clean(utf8(PAGE), "page.html"));
        String expected = PAGE.lines()
                .filter(l -> !l.contains("saved from") && !l.contains("name=\"author\"") && !l.contains("generator")
                        && !l.contains("CONTENT=\"2023") && !l.contains("og:site_name") && !l.contains("rel=\"author\"")
                        && !l.contains("TODO ask") && !l.contains("style comment"))
                .map(l -> l.replace("<!-- inline planted comment -->", ""))
                .collect(Collectors.joining("\n", "", "\n"));
        assertEquals(expected, out);
        for (String planted : List.of("Ivan Petrov-Secret", "planted comment", "LibreOffice", "2023-04-05",
                "ivan-petrov-secret", "intranet")) {
            assertFalse(out.contains(planted), planted);
        }
    }

    @Test
    void rawTextElementsAndHarmlessMetaStay() throws Exception {
        String out = utf8(clean(utf8(PAGE), "page.html"));
        assertTrue(out.contains("<meta charset=\"utf-8\">"));
        assertTrue(out.contains("<meta name=\"viewport\""));
        assertTrue(out.contains("<title>Route <!-- not a comment in title --></title>"));
        assertTrue(out.contains("var s = \"<!-- not a comment in script -->\";"));
        assertTrue(out.contains("<style>\n    p { color: #333; }\n  </style>"), out);
        assertTrue(out.contains("<input value=\"a > b\" data-x='1'>"));
    }

    @Test
    void verifierFindsTheOriginalFieldsAndNothingAfterCleaning() throws Exception {
        MarkupVerifier verifier = new MarkupVerifier();
        String before = String.join("\n", verifier.residue(utf8(PAGE), FileType.HTML, TestPipeline.context()));
        for (String expected : List.of("HTML comment", "comment in <style>", "meta author", "meta generator", "meta created",
                "meta og:site_name", "link rel=author")) {
            assertTrue(before.contains(expected), () -> expected + " not in " + before);
        }
        assertEquals(List.of(), verifier.residue(clean(utf8(PAGE), "p.html"), FileType.HTML, TestPipeline.context()));
    }

    @Test
    void inspectGroupsTheMetaTags() throws Exception {
        List<MetadataItem> items = new MarkupCleaner().inspect(utf8(PAGE), FileType.HTML, TestPipeline.context());
        assertTrue(items.contains(new MetadataItem(MetadataGroup.PEOPLE, "meta author", "Ivan Petrov-Secret")),
                items::toString);
        assertTrue(items.contains(new MetadataItem(MetadataGroup.SOFTWARE, "meta generator",
                "LibreOffice 7.4.2.3 (Linux)")), items::toString);
        assertTrue(items.contains(new MetadataItem(MetadataGroup.TIME, "meta created", "2023-04-05T10:11:12")),
                items::toString);
        assertEquals(3, items.stream().filter(i -> i.name().equals("HTML comment")).count(), items::toString);
        assertTrue(items.contains(new MetadataItem(MetadataGroup.DESCRIPTION, "CSS comment",
                "style comment by Ivan Petrov-Secret")), items::toString);
        assertTrue(items.stream().anyMatch(i -> i.name().equals("link rel=author")), items::toString);
    }

    @Test
    void aMetaThatMixesAnAllowedKeyWithAuthorIsRemoved() throws Exception {
        String html = "<!doctype html><html><head><meta charset=utf-8 name=author content=\"Ivan Petrov-Secret\">"
                + "</head><body>x</body></html>";
        String out = utf8(clean(utf8(html), "a.html"));
        assertEquals("<!doctype html><html><head></head><body>x</body></html>", out);
    }

    @Test
    void inlineDataImagesAreCleaned() throws Exception {
        String inner = "<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- planted comment --><rect width=\"1\" height=\"1\"/></svg>";
        String html = "<!DOCTYPE html><html><body><img src=\"data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(utf8(inner)) + "\" alt=\"x\"></body></html>";
        String out = utf8(clean(utf8(html), "a.html"));
        String b64 = out.substring(out.indexOf("base64,") + 7, out.indexOf("\" alt"));
        String decoded = utf8(Base64.getDecoder().decode(b64));
        assertFalse(decoded.contains("planted"), decoded);
        assertTrue(decoded.contains("<rect"), decoded);
        String jpeg = html.replace("image/svg+xml;base64," + Base64.getEncoder().encodeToString(utf8(inner)),
                "image/jpeg;base64," + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8,
                        (byte) 0xFF, 0}));
        assertThrows(RefusedException.class, () -> clean(utf8(jpeg), "b.html"));
    }

    @Test
    void whatTheTokenizerCannotDelimitIsRefused() {
        for (String html : List.of(
                "<!DOCTYPE html><html><body><p>a<!-- never closed</p></body></html>",
                "<!DOCTYPE html><html><body><script>var a = 1;</body></html>",
                "<!DOCTYPE html><html><body><p title=\"open>x</p></body></html>",
                "<!DOCTYPE html><html><body><?php echo $secret; ?></body></html>",
                "<!DOCTYPE html><html><body><!ELEMENT x></body></html>",
                "<!DOCTYPE html><html><body><p")) {
            assertThrows(RefusedException.class, () -> clean(utf8(html), "a.html"), html);
        }
    }

    @Test
    void emptyAndOddCommentsAreRemoved() throws Exception {
        String html = "<html><body>a<!-->b<!--->c<!-- x --!>d</body></html>";
        assertEquals("<html><body>abcd</body></html>", utf8(clean(utf8(html), "a.html")));
    }

    @Test
    void theVerifierCatchesWhatACleanerMightMiss() throws Exception {
        String html = "<html><head><meta name='author' content='x'><META HTTP-EQUIV=refresh CONTENT='0;url=x'>"
                + "</head><body><style>/* ok */</style><!--x--><?xml-stylesheet x?></body></html>";
        List<String> residue = new MarkupVerifier().residue(utf8(html), FileType.HTML, TestPipeline.context());
        assertEquals(5, residue.size(), residue::toString);
    }
}

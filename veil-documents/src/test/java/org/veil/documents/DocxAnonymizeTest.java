package org.veil.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.documents.TestDocs.commentAnchor;
import static org.veil.documents.TestDocs.deleted;
import static org.veil.documents.TestDocs.footnoteRef;
import static org.veil.documents.TestDocs.hyperlink;
import static org.veil.documents.TestDocs.inserted;
import static org.veil.documents.TestDocs.p;
import static org.veil.documents.TestDocs.picture;
import static org.veil.documents.TestDocs.r;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.veil.core.Analyzer;
import org.veil.core.Publisher;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policies;

class DocxAnonymizeTest {
    static final Analyzer ANALYZER = Analyzer.english();
    static final DocumentAnonymizer DOCUMENTS = new DocumentAnonymizer(DocumentFormats.standard(EmbeddedImages.REFUSE));

    static DocumentAnonymizer.Result anonymize(byte[] doc, String name) throws Exception {
        Publisher publisher = new Publisher(ANALYZER, Policies.named("publish"));
        return DOCUMENTS.anonymize(doc, name, "en", publisher, new MemoryStore(), ANALYZER);
    }

    static byte[] statement() {
        String body = p(r("The statement was given by ") + r("<w:b/>", "Mar") + r("<w:i/>", "ina Sok")
                + r("<w:u w:val=\"single\"/>", "olova") + r(" at home. Moscow announced new sanctions, and Vladimir Putin spoke.")
                + footnoteRef())
                + p(commentAnchor(r("She works at the market.")) + deleted("Pavel Orlov saw it too. ")
                + inserted(" Nobody else saw it."))
                + p(r("Write to ") + hyperlink("Marina Sokolova") + r(" for details."))
                + p(picture("Photo of Marina Sokolova", "Marina Sokolova at home"))
                + p(r("Fields: ") + "<w:fldSimple w:instr=\" HYPERLINK &quot;mailto:marina.sokolova@example.org&quot; \">"
                + r("Marina Sokolova") + "</w:fldSimple>" + r(" and ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/>"
                + "</w:r><w:r><w:instrText xml:space=\"preserve\"> AUTHOR \"Marina Sokolova\" </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("Marina Sokolova")
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + r("."))
                + "<w:tbl><w:tr><w:tc>" + p(r("Witness: Marina Sokolova")) + "</w:tc></w:tr></w:tbl>";
        return TestDocs.docx(body, "Interview with Marina Sokolova", "Marina Sokolova, page 1",
                "Marina Sokolova confirmed this later.", "Ask Pavel Orlov about Marina Sokolova.",
                "mailto:marina.sokolova@example.org");
    }

    @Test
    void everyPlaceTheNameLivesIsAnonymizedAndVerifiedByAnIndependentReader() throws Exception {
        byte[] input = statement();
        assertTrue(TestZip.allXmlText(input).contains("Sokolova"), "the test document holds the name");
        DocumentAnonymizer.Result result = anonymize(input, "statement.docx");
        String all = TestZip.allXmlText(result.output());
        for (String original : new String[] {"Sokolova", "Marina", "Orlov", "Pavel", "marina.sokolova",
                "Mar</w:t>", "olova"}) {
            assertFalse(all.contains(original), original + " survived in:\n" + all);
        }
        assertTrue(all.contains("Moscow"), "a capital in the news role is public: " + all);
        assertTrue(all.contains("Vladimir Putin"), "a public figure is kept: " + all);
        assertTrue(all.contains("Nobody else saw it."), "an accepted insertion stays");
        assertFalse(TestZip.unzip(result.output()).containsKey("word/comments.xml"), "comments are removed");
        assertEquals(TestZip.count(input, "word/document.xml", "<w:p>"),
                TestZip.count(result.output(), "word/document.xml", "<w:p[ >]"), "paragraph count unchanged");
        assertEquals(1, TestZip.count(result.output(), "word/header1.xml", "<w:p[ >]"));
        assertTrue(all.matches("(?s).*mailto:\\S+.*"), "the link stays a mailto: link, with a stand-in address");
        assertTrue(all.contains("Photo of ["), "the alt text is anonymized in place: " + all);
        assertTrue(all.contains("Interview with ["), "the header keeps its words: " + all);
        assertEquals(1, TestZip.count(result.output(), "word/footnotes.xml", "<w:p[ >]"));
    }

    @Test
    void aNameAcrossThreeRunsIsReplacedOnceInTheFirstRunsFormatting() throws Exception {
        DocumentAnonymizer.Result result = anonymize(statement(), "statement.docx");
        String xml = new String(TestZip.unzip(result.output()).get("word/document.xml"), StandardCharsets.UTF_8);
        int bold = xml.indexOf("<w:b/>");
        int italic = xml.indexOf("<w:i/>");
        assertTrue(bold >= 0 && italic > bold, xml);
        String firstRun = xml.substring(bold, italic);
        String replacement = firstRun.replaceAll("(?s).*<w:t[^>]*>([^<]*)</w:t>.*", "$1");
        assertTrue(replacement.matches(".*[\\[A-Z].*") && !replacement.equals("Mar"), "replaced in the bold run: "
                + firstRun);
        String rest = xml.substring(italic, xml.indexOf(" at home."));
        assertFalse(rest.matches("(?s).*<w:t[^>]*>[^<]+</w:t>.*<w:t.*"), "the later runs are emptied: " + rest);
    }
}

package org.veil.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OdtAnonymizeTest {
    static byte[] statement() {
        String body = "<text:h text:outline-level=\"1\">Interview with Marina Sokolova</text:h>"
                + "<text:p>The statement was given by <text:span text:style-name=\"B\">Mar</text:span><text:span "
                + "text:style-name=\"I\">ina Sok</text:span>olova at home. Moscow announced new sanctions, and "
                + "Vladimir Putin spoke.<text:note text:id=\"n1\" text:note-class=\"footnote\"><text:note-citation>1"
                + "</text:note-citation><text:note-body><text:p>Marina Sokolova confirmed this later.</text:p>"
                + "</text:note-body></text:note></text:p>"
                + "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><office:change-info>"
                + "<dc:creator>Editor</dc:creator></office:change-info><text:p>Pavel Orlov saw it too.</text:p>"
                + "</text:deletion></text:changed-region></text:tracked-changes>"
                + "<text:p>She works at the market.<text:change text:change-id=\"c1\"/><office:annotation>"
                + "<dc:creator>Reviewer</dc:creator><text:p>Ask Pavel Orlov about Marina Sokolova.</text:p>"
                + "</office:annotation></text:p>"
                + "<text:p>Write to <text:a xlink:type=\"simple\" xlink:href=\"mailto:marina.sokolova@example.org\">"
                + "Marina Sokolova</text:a> for details.</text:p>"
                + "<text:p><draw:frame draw:name=\"Image1\"><svg:title>Marina Sokolova at home</svg:title><svg:desc>"
                + "Photo of Marina Sokolova</svg:desc></draw:frame></text:p>"
                + "<table:table xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><table:table-row>"
                + "<table:table-cell><text:p>Witness: Marina Sokolova</text:p></table:table-cell></table:table-row>"
                + "</table:table>";
        return TestDocs.odt(body, "Interview with Marina Sokolova", "Marina Sokolova, page 1");
    }

    @Test
    void everyPlaceTheNameLivesIsAnonymizedAndVerifiedByAnIndependentReader() throws Exception {
        byte[] input = statement();
        DocumentAnonymizer.Result result = DocxAnonymizeTest.anonymize(input, "statement.odt");
        String all = TestZip.allXmlText(result.output());
        for (String original : new String[] {"Sokolova", "Marina", "Orlov", "Pavel", "marina.sokolova", "olova"}) {
            assertFalse(all.contains(original), original + " survived in:\n" + all);
        }
        assertTrue(all.contains("Moscow announced"), "a capital in the news role is public: " + all);
        assertTrue(all.contains("Vladimir Putin"), "a public figure is kept");
        assertTrue(all.contains("Interview with ["), "the heading keeps its words: " + all);
        assertTrue(all.contains("mailto:"), "the link stays a mailto: link");
        assertFalse(all.contains("Ask "), "comments are removed");
        // The deleted paragraph (in the change record) and the comment's paragraph go; every other stays.
        assertEquals(TestZip.count(input, "content.xml", "<text:[ph][ >]") - 2,
                TestZip.count(result.output(), "content.xml", "<text:[ph][ >]"), "paragraph count in the body");
        assertEquals(TestZip.count(input, "styles.xml", "<text:[ph][ >]"),
                TestZip.count(result.output(), "styles.xml", "<text:[ph][ >]"), "paragraph count in styles");
    }
}

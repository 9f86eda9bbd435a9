package org.veil.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkupAnonymizeTest {
    @Test
    void htmlTextAndAttributesAreAnonymizedAndTheMarkupIsKept() throws Exception {
        String html = "<!DOCTYPE html>\n<html><head><title>Interview with Marina Sokolova</title></head>\n<body>\n"
                + "<h1 class=\"x\">Statement</h1>\n<p>The statement was given by <b>Marina</b> <i>Sokolova</i> at "
                + "home. Moscow announced new sanctions, and Vladimir Putin spoke.</p>\n"
                + "<p>Write to <a href=\"mailto:marina.sokolova@example.org\" title=\"Marina Sokolova\">her</a>."
                + "</p>\n<p><img src=\"a.png\" alt=\"Photo of Marina Sokolova\"></p>\n</body></html>\n";
        byte[] out = DocxAnonymizeTest.anonymize(html.getBytes(StandardCharsets.UTF_8), "page.html").output();
        String s = new String(out, StandardCharsets.UTF_8);
        for (String original : new String[] {"Sokolova", "Marina", "marina.sokolova"}) {
            assertFalse(s.contains(original), original + " survived in:\n" + s);
        }
        assertTrue(s.contains("Vladimir Putin") && s.contains("Moscow announced"), s);
        assertTrue(s.contains("<h1 class=\"x\">Statement</h1>") && s.contains("<img src=\"a.png\" alt=\"Photo of"),
                "markup untouched: " + s);
        assertTrue(s.contains("href=\"mailto:"), s);
        assertEquals(count(html, "<p>"), count(s, "<p>"), "paragraph count");
    }

    @Test
    void markdownTextLinksAltAndCodeAreAnonymizedAndEmphasisKept() throws Exception {
        String md = "# Interview with Marina Sokolova\n\nThe statement was given by **Marina** Sokolova at home. "
                + "Moscow announced new sanctions, and Vladimir Putin spoke.\n\n"
                + "Write to [Marina Sokolova](mailto:marina.sokolova@example.org).\n\n"
                + "![Photo of Marina Sokolova](photo.png)\n\n```\nwitness = \"Marina Sokolova\"\n```\n";
        byte[] out = DocxAnonymizeTest.anonymize(md.getBytes(StandardCharsets.UTF_8), "notes.md").output();
        String s = new String(out, StandardCharsets.UTF_8);
        for (String original : new String[] {"Sokolova", "Marina", "marina.sokolova"}) {
            assertFalse(s.contains(original), original + " survived in:\n" + s);
        }
        assertTrue(s.contains("Vladimir Putin") && s.contains("Moscow announced"), s);
        assertTrue(s.contains("given by **[") && s.contains("](mailto:") && s.contains("![Photo of ")
                && s.contains("```\nwitness = \""), "markup kept: " + s);
        assertEquals(count(md, "\n\n"), count(s, "\n\n"), "paragraph count");
    }

    private static int count(String s, String what) {
        return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}

package org.veil.files.markup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.markup.TestPipeline.clean;
import static org.veil.files.markup.TestPipeline.resource;
import static org.veil.files.markup.TestPipeline.utf8;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

class CssAndTextCleaningTest {
    private static final byte[] CSS = resource("markup/style.css");

    @Test
    void cssCommentsGoEverythingElseStays() throws Exception {
        String expected = """
                @charset "utf-8";
                body {
                  font-family: "Helvetica /* not a comment */", sans-serif;
                  background: url(http://example.org/a/*b.png);
                }
                .a.b { color: red }
                .c { margin: 1px 2px; content: 'it\\'s /* fine */'; }
                """;
        assertEquals(expected, utf8(clean(CSS, "style.css")));
    }

    @Test
    void cssVerifierAndInspectCountTheComments() throws Exception {
        assertEquals(5, new MarkupVerifier().residue(CSS, FileType.CSS, TestPipeline.context()).size());
        assertEquals(List.of(), new MarkupVerifier().residue(clean(CSS, "s.css"), FileType.CSS, TestPipeline.context()));
        List<MetadataItem> items = new MarkupCleaner().inspect(CSS, FileType.CSS, TestPipeline.context());
        assertEquals(5, items.size(), items::toString);
        assertTrue(items.stream().allMatch(i -> i.group() == MetadataGroup.DESCRIPTION));
        assertTrue(items.get(0).value().contains("Ivan Petrov-Secret"), items::toString);
    }

    @Test
    void unterminatedCssIsRefused() {
        for (String css : List.of("a { color: red } /* never closed", "a { content: \"open\n}", "a { b: url(x.png }",
                "a { content: 'x\\")) {
            assertThrows(RefusedException.class, () -> clean(utf8(css), "a.css"), css);
        }
    }

    @Test
    void cssEmbeddedImagesMustBeCleanable() {
        String css = ".x { background: url(data:image/png;base64,iVBORw0KGgo=) }";
        RefusedException e = assertThrows(RefusedException.class, () -> clean(utf8(css), "a.css"));
        assertTrue(e.getMessage().contains("PNG"), e.getMessage());
    }

    @Test
    void plainTextIsReturnedUnchangedBomIncluded() throws Exception {
        byte[] text = utf8("\uFEFFIvan Petrov-Secret wrote this.\r\nSecond line — ünïcödé\n");
        assertArrayEquals(text, clean(text, "notes.txt"));
        assertEquals(List.of(), new MarkupCleaner().inspect(text, FileType.TEXT, TestPipeline.context()));
        assertEquals(List.of(), new MarkupVerifier().residue(text, FileType.TEXT, TestPipeline.context()));
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'};
        assertThrows(RefusedException.class, () -> clean(latin1, "notes.txt"));
        assertThrows(RefusedException.class, () -> new MarkupCleaner().clean(latin1, FileType.TEXT,
                TestPipeline.context()));
    }
}

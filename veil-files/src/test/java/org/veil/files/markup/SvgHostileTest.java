package org.veil.files.markup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.veil.files.markup.TestPipeline.clean;
import static org.veil.files.markup.TestPipeline.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.files.FileType;
import org.veil.files.RefusedException;

/** Hostile SVG: entities and DOCTYPEs are refused before any parser could resolve them. */
class SvgHostileTest {
    private static final String SECRET = "XXE-SECRET-FILE-CONTENT";

    @TempDir
    Path dir;

    private String xxe(Path target) {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"" + target.toUri() + "\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
    }

    @Test
    void externalEntityIsRefusedAndTheFileNeverAppears() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        byte[] svg = utf8(xxe(secret));
        RefusedException e = assertThrows(RefusedException.class, () -> clean(svg, "x.svg"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
        RefusedException i = assertThrows(RefusedException.class,
                () -> new MarkupCleaner().inspect(svg, FileType.SVG, TestPipeline.context()));
        assertFalse(i.getMessage().contains(SECRET));
    }

    @Test
    void theEntityTargetIsNeverOpened() throws Exception {
        // A reader that opened a named pipe would block forever: finishing at all proves nothing read it.
        Path fifo = dir.resolve("pipe");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo not available");
        byte[] svg = utf8(xxe(fifo));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThrows(RefusedException.class, () -> clean(svg, "x.svg"));
            assertThrows(RefusedException.class,
                    () -> new MarkupCleaner().inspect(svg, FileType.SVG, TestPipeline.context()));
            try {
                List<String> residue = new MarkupVerifier().residue(svg, FileType.SVG, TestPipeline.context());
                assertFalse(residue.isEmpty());
            } catch (RefusedException expected) {
                // refusing to re-read it is as good as reporting it
            }
        });
    }

    @Test
    void otherDoctypesAreRefused() {
        for (String doctype : List.of(
                "<!DOCTYPE svg [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>",
                "<!DOCTYPE svg SYSTEM \"file:///etc/passwd\">",
                "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" "
                        + "[<!ENTITY a \"aaaaaaaaaa\">]>",
                "<!DOCTYPE svg PUBLIC \"-//EVIL//DTD//EN\" \"http://evil.example/x.dtd\">",
                "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>")) {
            String svg = doctype + "\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>x</text></svg>";
            assertThrows(RefusedException.class, () -> clean(utf8(svg), "x.svg"), doctype);
        }
    }

    @Test
    void aSecondDoctypeIsRefusedByTheParser() {
        String svg = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<!DOCTYPE svg [<!ENTITY x \"y\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        assertThrows(RefusedException.class, () -> clean(utf8(svg), "x.svg"));
    }

    @Test
    void xincludeIsNotFollowed() throws Exception {
        Path secret = Files.writeString(dir.resolve("inc.txt"), SECRET);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/><rect width=\"1\" height=\"1\"/></svg>";
        String out = utf8(clean(utf8(svg), "x.svg"));
        assertFalse(out.contains(SECRET), out);
        assertFalse(out.contains("include"), out);
        assertTrue(out.contains("<rect"), out);
    }
}

package org.veil.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents written by a real office suite: an HTML page made here, converted by LibreOffice (Debian
 * libreoffice-writer-nogui, installed by .ci/run) to DOCX and ODT. Skipped when soffice is absent.
 */
class LibreOfficeDocumentTest {
    @TempDir
    Path dir;

    private static final String PAGE = "<html><head><meta charset=\"utf-8\"><title>Statement</title></head><body>"
            + "<h1>Interview with Marina Sokolova</h1>"
            + "<p>The statement was given by <b>Mar</b><i>ina Sok</i>olova at home. Moscow announced new sanctions, "
            + "and Vladimir Putin spoke.</p>"
            + "<p>Write to <a href=\"mailto:marina.sokolova@example.org\">Marina Sokolova</a> for details.</p>"
            + "<table><tr><td>Witness</td><td>Marina Sokolova</td></tr></table></body></html>";

    private static Path soffice() {
        for (String p : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    private Path convert(String format) throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "soffice (Debian libreoffice-writer-nogui) is not installed: LibreOffice "
                + "documents are not tested");
        Path html = Files.writeString(dir.resolve("statement.html"), PAGE);
        // Its own profile folder, so parallel runs never share (or lock) a LibreOffice profile.
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", format + (format.equals("docx") ? ":MS Word 2007 XML" : ""),
                "--outdir", dir.toString(), html.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish");
        Path out = dir.resolve("statement." + format);
        assertTrue(Files.exists(out), "soffice wrote nothing: " + Files.readString(dir.resolve("soffice.log")));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void aDocumentWrittenByLibreOfficeIsAnonymizedEverywhere(String format) throws Exception {
        byte[] input = Files.readAllBytes(convert(format));
        assertTrue(TestZip.allXmlText(input).contains("Sokolova"), "the converted document holds the name");
        byte[] output = DocxAnonymizeTest.anonymize(input, "statement." + format).output();
        String all = TestZip.allXmlText(output);
        for (String original : new String[] {"Sokolova", "Marina", "marina.sokolova", "olova"}) {
            assertFalse(all.contains(original), original + " survived in:\n" + all);
        }
        assertTrue(all.contains("Vladimir Putin") && all.contains("Moscow announced"), all);
        String body = format.equals("docx") ? "word/document.xml" : "content.xml";
        String paragraph = format.equals("docx") ? "<w:p[ >]" : "<text:[ph][ >]";
        assertEquals(TestZip.count(input, body, paragraph), TestZip.count(output, body, paragraph),
                "paragraph count unchanged");
    }
}

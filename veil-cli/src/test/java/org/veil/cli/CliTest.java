package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every bad input through the real command line: a clear one-line message, exit 1, no stack trace. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertRefused(Run r, String expected) {
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        assertTrue(r.out().isEmpty(), "nothing written on refusal: " + r.out());
    }

    @Test
    void missingFileAndDirectory() {
        assertRefused(run("text", "detect", dir.resolve("nope.txt").toString()), "No such file");
        assertRefused(run("text", "detect", dir.toString()), "is a directory");
    }

    @Test
    void binaryAndInvalidUtf8() throws IOException {
        Path bin = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2});
        assertRefused(run("text", "detect", bin.toString()), "binary file");
        Path cp1251 = Files.write(dir.resolve("ru.txt"), "Привет".getBytes("windows-1251"));
        assertRefused(run("text", "detect", cp1251.toString()), "not valid UTF-8");
        Path koi8 = Files.write(dir.resolve("koi8.txt"), "Дмитрий Соколов живёт в Казани".getBytes("KOI8-R"));
        assertRefused(run("text", "detect", koi8.toString()), "not valid UTF-8");
    }

    @Test
    void emptyInputGivesEmptyOutput() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run r = run("text", "detect", empty.toString());
        assertEquals(0, r.code());
        assertEquals("", r.out());
    }

    @Test
    void fiftyMegabytesIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertRefused(run("text", "detect", big.toString()), "limit");
    }

    @Test
    void veryLongLineWorks() throws IOException {
        String line = "word ".repeat(200_000) + "write to anna@example.org";
        Path f = Files.writeString(dir.resolve("long.txt"), line);
        Run r = run("text", "detect", f.toString(), "--format", "table");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[[anna@example.org]]"), r.out());
    }

    @Test
    void badOptions() {
        assertRefused(run("text", "detect", "x.txt", "--lang", "xx"), "not supported");
        assertRefused(run("text", "detect", "x.txt", "--lang", "de"), "use en, ru or auto");
        Run r = run("text", "detect", "x.txt", "--format", "xml");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--format"), r.err());
    }

    @Test
    void jsonOffsetsAreCodePoints() throws IOException {
        Path f = Files.writeString(dir.resolve("emoji.txt"), "😀 Write to anna@example.org today.",
                StandardCharsets.UTF_8);
        Run r = run("text", "detect", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode email = null;
        for (JsonNode s : root.get("spans")) {
            if (s.get("text").asText().equals("anna@example.org")) {
                email = s;
            }
        }
        assertTrue(email != null, r.out());
        assertEquals(11, email.get("start").asInt(), "the emoji counts as one code point");
        assertEquals(27, email.get("end").asInt());
        assertEquals("CONTACT", email.get("type").asText());
        assertEquals("DIRECT", email.get("kind").asText());
    }

    @Test
    void demoRunsOnTheBuiltInStory() {
        Run r = run("demo", "--detections");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[[Dmitri Sokolov]]"), r.out());
        assertTrue(r.out().contains("NONE    ") && r.out().contains("[[Vladimir Putin]]"), r.out());
        String anonymized = r.out().substring(r.out().indexOf("=== Anonymized"), r.out().indexOf("Residual risk"));
        assertTrue(anonymized.contains("[PERSON A]"), anonymized);
        for (String secret : new String[] {"Sokolov", "Dimitri", "Dmitry", "+7 912", "d.sokolov@example.org",
                "4506 123456", "Lenina", "Yekaterinburg"}) {
            assertFalse(anonymized.contains(secret), secret + " survived in\n" + anonymized);
        }
        assertTrue(anonymized.contains("President Vladimir Putin"), "public figures stay");
        assertTrue(r.out().contains("Residual risk: "), r.out());
    }

    @Test
    void evalTabRefusesAMissingFile() {
        assertRefused(run("eval", "tab", dir.resolve("none.json").toString()), "no such TAB file");
    }
}

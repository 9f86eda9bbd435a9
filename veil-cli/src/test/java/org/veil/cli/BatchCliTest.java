package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many files and streams through {@code veil text detect|anonymize}. */
class BatchCliTest {
    @TempDir
    Path dir;

    private Path folder() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub/deeper"));
        Files.createDirectories(in.resolve(".git"));
        Files.writeString(in.resolve("a.txt"), "Dmitri Sokolov lives in Kazan.\n");
        Files.write(in.resolve("b.bin"), new byte[] {'x', 0, 'y', 1, 2});
        Files.writeString(in.resolve("sub/c.txt"), "Yesterday Dmitri Sokolov called Anna Petrova.\n");
        Files.writeString(in.resolve("sub/deeper/d.txt"), "Anna Petrova moved to Omsk.\n");
        Files.writeString(in.resolve(".hidden.txt"), "John Smith is hidden.\n");
        Files.writeString(in.resolve(".git/config"), "John Smith\n");
        Files.createSymbolicLink(in.resolve("link.txt"), in.resolve("a.txt"));
        return in;
    }

    private static Map<String, String> files(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    @Test
    void anonymizesAFolderKeepingPathsSkippingABinaryFileAndHiddenOnes() throws Exception {
        Path in = folder();
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "-o", out.toString());
        assertEquals(3, r.code(), r.err());
        assertEquals(List.of("in/a.txt", "in/a.txt.risk.txt", "in/sub/c.txt", "in/sub/c.txt.risk.txt",
                "in/sub/deeper/d.txt", "in/sub/deeper/d.txt.risk.txt"), List.copyOf(files(out).keySet()));
        Map<String, String> written = files(out);
        // One store for the folder: Sokolov is PERSON A in both files, Petrova PERSON B in both.
        assertEquals("[PERSON A] lives in [PLACE 1].\n", written.get("in/a.txt"));
        assertEquals("Yesterday [PERSON A] called [PERSON B].\n", written.get("in/sub/c.txt"));
        assertTrue(written.get("in/sub/deeper/d.txt").startsWith("[PERSON B] moved to [PLACE 2]"),
                written.get("in/sub/deeper/d.txt"));
        assertTrue(written.get("in/a.txt.risk.txt").contains("Residual risk:"), written.get("in/a.txt.risk.txt"));
        assertFalse(written.get("in/a.txt.risk.txt").contains("Sokolov"));
        assertTrue(r.err().contains("b.bin") && r.err().contains("binary"), r.err());
        assertTrue(r.err().contains("4 files") && r.err().contains("3 ok, 1 refused"), r.err());
        assertFalse(r.err().contains("\r"), "no live progress line when stderr is no terminal");
        assertEquals("Dmitri Sokolov lives in Kazan.\n", Files.readString(in.resolve("a.txt")), "originals kept");

        CliTest.Run again = CliTest.run("text", "anonymize", in.toString(), "-o", out.toString());
        assertEquals(3, again.code(), again.err());
        assertTrue(again.err().contains("already exists; use --force"), again.err());
        assertTrue(again.err().contains("0 ok, 4 refused"), again.err());

        Files.writeString(out.resolve("in/a.txt"), "stale");
        CliTest.Run forced = CliTest.run("text", "anonymize", in.toString(), "-o", out.toString(), "--force");
        assertEquals(3, forced.code(), forced.err());
        assertEquals("[PERSON A] lives in [PLACE 1].\n", Files.readString(out.resolve("in/a.txt")));
    }

    @Test
    void listsWhatToCheckPrefixedWithTheFileName() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("n.txt"), "Dmitri Sokolov called.\nThe old flat had 12 windows, he said.\n");
        CliTest.Run r = CliTest.run("text", "anonymize", in.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        String name = Names.shown(in.resolve("n.txt"));
        assertTrue(r.err().contains(name + ": check these before publishing:"), r.err());
        assertTrue(r.err().contains("  " + name + ":2:18  NUMBER"), r.err());
        assertTrue(r.err().contains("1 files") && r.err().contains("1 ok, 0 refused"), r.err());
    }

    @Test
    void detectWritesOneJsonPerFileAndTwoThreadsGiveTheSameAsOne() throws Exception {
        Path in = folder();
        CliTest.Run one = CliTest.run("text", "detect", in.toString(), "-o", dir.resolve("one").toString(),
                "--threads", "1");
        CliTest.Run two = CliTest.run("text", "detect", in.toString(), "-o", dir.resolve("two").toString(),
                "--threads", "2");
        assertEquals(3, one.code(), one.err());
        assertEquals(3, two.code(), two.err());
        Map<String, String> a = files(dir.resolve("one"));
        assertEquals(List.of("in/a.txt.json", "in/sub/c.txt.json", "in/sub/deeper/d.txt.json"),
                List.copyOf(a.keySet()));
        assertEquals(a, files(dir.resolve("two")));
        JsonNode json = new ObjectMapper().readTree(a.get("in/sub/c.txt.json"));
        assertEquals("Dmitri Sokolov", json.get("spans").get(0).get("text").asText(), json.toString());

        CliTest.Run anonOne = CliTest.run("text", "anonymize", in.toString(), "-o", dir.resolve("a1").toString(),
                "--threads", "1");
        CliTest.Run anonTwo = CliTest.run("text", "anonymize", in.toString(), "-o", dir.resolve("a2").toString(),
                "--threads", "2");
        assertEquals(anonOne.code(), anonTwo.code());
        assertEquals(files(dir.resolve("a1")), files(dir.resolve("a2")));
    }

    @Test
    void severalInputsNeedAnOutputFolder() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Anna Petrova\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Anna Petrova\n");
        CliTest.Run r = CliTest.run("text", "detect", a.toString(), b.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("-o OUTDIR"), r.err());
        CliTest.Run folder = CliTest.run("text", "anonymize", dir.toString());
        assertEquals(1, folder.code(), folder.err());
        assertTrue(folder.err().contains("is a directory"), "as before, a folder alone is refused: " + folder.err());
    }

    @Test
    void namedFilesGoToTheOutputFolderByName() throws Exception {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("x")).resolve("a.txt"), "Anna Petrova\n");
        Path b = Files.writeString(Files.createDirectories(dir.resolve("y")).resolve("b.txt"), "Anna Petrova\n");
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("text", "anonymize", a.toString(), b.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("[PERSON A]\n", Files.readString(out.resolve("a.txt")));
        assertEquals("[PERSON A]\n", Files.readString(out.resolve("b.txt")), "one pseudonym across files");
    }

    private static CliTest.Run withStdin(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliTest.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void jsonlDetectKeepsOrderAndReportsABadLine() throws Exception {
        String input = "{\"id\":\"one\",\"text\":\"Anna Petrova lives in Omsk.\"}\n"
                + "{\"id\":2,\"text\":42}\n"
                + "\n"
                + "{\"id\":3,\"text\":\"Nothing here.\"}\n";
        CliTest.Run r = withStdin(input, "text", "detect", "--jsonl", "--threads", "2");
        assertEquals(3, r.code(), r.err());
        String[] lines = r.out().split("\\R");
        assertEquals(3, lines.length, r.out());
        ObjectMapper m = new ObjectMapper();
        JsonNode first = m.readTree(lines[0]);
        assertEquals("one", first.get("id").asText());
        assertEquals("Anna Petrova", first.get("spans").get(0).get("text").asText());
        assertTrue(first.get("entities").size() >= 1, lines[0]);
        JsonNode bad = m.readTree(lines[1]);
        assertEquals(2, bad.get("id").asInt());
        assertTrue(bad.get("error").asText().contains("text"), lines[1]);
        JsonNode third = m.readTree(lines[2]);
        assertEquals(3, third.get("id").asInt());
        assertEquals(0, third.get("spans").size());
    }

    @Test
    void jsonlAnonymizeSharesPseudonymsAndSurvivesInvalidJson() throws Exception {
        String input = "{\"id\":1,\"text\":\"Dmitri Sokolov met Anna Petrova.\"}\n"
                + "{not json\n"
                + "{\"id\":3,\"text\":\"Anna Petrova left.\"}\n";
        CliTest.Run r = withStdin(input, "text", "anonymize", "--jsonl");
        assertEquals(3, r.code(), r.err());
        String[] lines = r.out().split("\\R");
        assertEquals(3, lines.length, r.out());
        ObjectMapper m = new ObjectMapper();
        assertEquals("[PERSON A] met [PERSON B].", m.readTree(lines[0]).get("text").asText());
        assertTrue(m.readTree(lines[0]).get("risk").isTextual());
        assertTrue(m.readTree(lines[1]).get("id").isNull());
        assertTrue(m.readTree(lines[1]).get("error").asText().contains("not valid JSON"), lines[1]);
        assertEquals("[PERSON B] left.", m.readTree(lines[2]).get("text").asText());
        assertEquals(3, m.readTree(lines[2]).get("id").asInt());
    }
}

package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veil scrub} with standard input and output ({@code -}), and {@code --json} for scrub and scrub show. */
class ScrubStreamsCliTest {
    /** Planted in every shipped dirty sample (tools/make-sample-files.sh). */
    private static final String PLANTED = "Ivan Petrov-Secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A run with bytes on standard input and standard output captured as bytes. */
    record Binary(CliTest.Run run, byte[] stdout) {
        boolean stdoutEmpty() {
            return stdout.length == 0 && run.out().isEmpty();
        }
    }

    static Binary run(byte[] stdin, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setIn(new ByteArrayInputStream(stdin));
        System.setOut(new PrintStream(bytes, true));
        try {
            return new Binary(CliTest.run(args), bytes.toByteArray());
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
    }

    private Path sample(String name) throws IOException {
        return SampleFiles.extractTo(dir.resolve("dirty")).stream()
                .filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    /** What {@code veil scrub -o DIR FILE} writes for {@code file}. */
    private byte[] cleanedIntoFolder(Path file) throws IOException {
        Path out = dir.resolve("folder-" + file.getFileName());
        CliTest.Run r = CliTest.run("scrub", "-o", out.toString(), file.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        return Files.readAllBytes(out.resolve(file.getFileName()));
    }

    private static boolean holds(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void aFileOnStandardOutputIsTheSameAsInTheOutputFolder() throws IOException {
        for (String name : List.of("photo.jpg", "statement.docx", "screenshot.png", "page.html", "voice-memo.mp3")) {
            Path file = sample(name);
            byte[] expected = cleanedIntoFolder(file);
            Binary b = run(new byte[0], "scrub", file.toString(), "-o", "-");
            assertEquals(0, b.run().code(), b.run().err());
            assertArrayEquals(expected, b.stdout(), name);
            assertTrue(b.run().out().isEmpty(), "only the file goes to standard output: " + b.run().out());
            assertTrue(b.run().err().contains("cleaned  " + file + " -> -"), b.run().err());
        }
    }

    @Test
    void aPdfOnStandardOutputIsCleanedLikeInTheOutputFolder() throws IOException {
        // A cleaned PDF gets a fresh random /ID, so two runs differ in those bytes only.
        Path pdf = sample("report.pdf");
        byte[] expected = cleanedIntoFolder(pdf);
        Binary b = run(new byte[0], "scrub", pdf.toString(), "-o", "-");
        assertEquals(0, b.run().code(), b.run().err());
        assertEquals(expected.length, b.stdout().length);
        assertTrue(holds(b.stdout(), "%PDF-"));
        assertTrue(holds(Files.readAllBytes(pdf), PLANTED));
        assertFalse(holds(b.stdout(), PLANTED));
    }

    @Test
    void standardInputIsCleanedIntoAFileAnExistingOneOnlyWithForce() throws IOException {
        Path photo = sample("photo.jpg");
        byte[] dirty = Files.readAllBytes(photo);
        assertTrue(holds(dirty, PLANTED));
        // Named without an extension, and with one that disagrees: the content decides, as stdin has no name.
        Path out = dir.resolve("out.bin");
        Binary b = run(dirty, "scrub", "-", "-o", out.toString());
        assertEquals(0, b.run().code(), b.run().out() + b.run().err());
        assertArrayEquals(cleanedIntoFolder(photo), Files.readAllBytes(out));
        assertFalse(holds(Files.readAllBytes(out), PLANTED));
        assertTrue(b.run().out().contains("cleaned  - -> " + out + " (JPEG)"), b.run().out());

        Files.writeString(out, "keep me");
        Binary again = run(dirty, "scrub", "-", "-o", out.toString());
        assertEquals(ScrubCommand.SOME_REFUSED, again.run().code(), again.run().out());
        assertTrue(again.run().out().contains("already exists; use --force"), again.run().out());
        assertEquals("keep me", Files.readString(out));
        Binary forced = run(dirty, "scrub", "--force", "--json", "-", "-o", out.toString());
        assertEquals(0, forced.run().code(), forced.run().out());
        assertFalse(holds(Files.readAllBytes(out), PLANTED));
        JsonNode entry = JSON.readTree(forced.run().out()).get(0);
        assertEquals("-", entry.get("input").asText());
        assertEquals(out.toString(), entry.get("output").asText());
        assertEquals("JPEG", entry.get("type").asText());
    }

    @Test
    void standardInputIsBoundedByTheSizeLimit() throws Exception {
        assertEquals(10, StdinScrub.read(new ByteArrayInputStream(new byte[10]), 10).length);
        org.veil.files.RefusedException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.veil.files.RefusedException.class,
                () -> StdinScrub.read(new ByteArrayInputStream(new byte[11]), 10));
        assertTrue(e.getMessage().contains("over the limit"), e.getMessage());
    }

    @Test
    void standardInputWithoutOutputGoesToStandardOutput() throws IOException {
        Path page = sample("page.html");
        Binary b = run(Files.readAllBytes(page), "scrub", "-");
        assertEquals(0, b.run().code(), b.run().err());
        assertArrayEquals(cleanedIntoFolder(page), b.stdout());
        assertTrue(b.run().out().isEmpty(), b.run().out());
        assertTrue(b.run().err().contains("1 cleaned, 0 refused"), b.run().err());
    }

    @Test
    void aRefusalWritesNothingToStandardOutputAndExitsThree() throws IOException {
        byte[] photo = Files.readAllBytes(sample("photo.jpg"));
        Path truncated = Files.write(dir.resolve("truncated.jpg"), Arrays.copyOf(photo, photo.length / 2));
        Binary file = run(new byte[0], "scrub", truncated.toString(), "-o", "-");
        assertEquals(ScrubCommand.SOME_REFUSED, file.run().code(), file.run().err());
        assertTrue(file.stdoutEmpty(), "nothing on standard output");
        assertTrue(file.run().err().contains("refused  " + truncated), file.run().err());

        Binary stdin = run(Arrays.copyOf(photo, photo.length / 2), "scrub", "-");
        assertEquals(ScrubCommand.SOME_REFUSED, stdin.run().code(), stdin.run().err());
        assertTrue(stdin.stdoutEmpty(), "nothing on standard output");
        assertTrue(stdin.run().err().contains("refused  -: the JPEG is truncated"), stdin.run().err());
        Binary empty = run(new byte[0], "scrub", "-", "-o", dir.resolve("e.jpg").toString());
        assertEquals(ScrubCommand.SOME_REFUSED, empty.run().code(), empty.run().out());
        assertTrue(empty.run().out().contains("empty"), empty.run().out());
        assertFalse(Files.exists(dir.resolve("e.jpg")));
    }

    @Test
    void standardOutputTakesExactlyOneInput() throws IOException {
        Path photo = sample("photo.jpg");
        Path page = sample("page.html");
        Binary two = run(new byte[0], "scrub", photo.toString(), page.toString(), "-o", "-");
        assertEquals(1, two.run().code());
        assertTrue(two.run().err().contains("-o - (standard output) takes exactly one file"), two.run().err());
        assertTrue(two.stdoutEmpty());
        Binary folder = run(new byte[0], "scrub", photo.getParent().toString(), "-o", "-");
        assertEquals(1, folder.run().code());
        assertTrue(folder.stdoutEmpty());
        Binary dashAndFile = run(new byte[0], "scrub", "-", photo.toString(), "-o", dir.resolve("x").toString());
        assertEquals(1, dashAndFile.run().code());
        assertTrue(dashAndFile.run().err().contains("must be the only input"), dashAndFile.run().err());
        Binary inPlace = run(new byte[0], "scrub", "--in-place", "-");
        assertEquals(1, inPlace.run().code());
        assertTrue(inPlace.stdoutEmpty());
        Binary json = run(new byte[0], "scrub", photo.toString(), "-o", "-", "--json");
        assertEquals(1, json.run().code());
        assertTrue(json.stdoutEmpty());
    }

    @Test
    void showJsonListsEachFilesItemsAndRefusals() throws IOException {
        Path photo = sample("photo.jpg");
        // A hostile name: JSON escapes it, and it comes back whole.
        Path odd = Files.write(dir.resolve("odd\nname.jpg"), Arrays.copyOf(Files.readAllBytes(photo), 100));
        CliTest.Run r = CliTest.run("scrub", "show", "--json", photo.toString(), odd.toString());
        assertEquals(ScrubCommand.SOME_REFUSED, r.code(), r.out() + r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals(2, doc.size(), r.out());
        JsonNode found = doc.get(0);
        assertEquals(photo.toString(), found.get("input").asText());
        assertEquals("JPEG", found.get("type").asText());
        assertTrue(found.get("items").size() > 3, r.out());
        boolean planted = false;
        for (JsonNode item : found.get("items")) {
            assertTrue(item.hasNonNull("group") && item.hasNonNull("name") && item.has("value"), item.toString());
            planted |= item.get("value").asText().contains(PLANTED);
        }
        assertTrue(planted, "the planted value is listed: " + r.out());
        assertTrue(found.get("items").findValuesAsText("group").contains("LOCATION"), r.out());
        JsonNode refused = doc.get(1);
        assertEquals(odd.toString(), refused.get("input").asText());
        assertEquals("refused", refused.get("status").asText());
        assertFalse(refused.get("reason").asText().isBlank());
    }

    @Test
    void scrubJsonReportsEachFile() throws IOException {
        Path photo = sample("photo.jpg");
        Path lying = Files.copy(photo, dir.resolve("lying.png"));
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("scrub", "--json", "-o", out.toString(), photo.toString(), lying.toString());
        assertEquals(ScrubCommand.SOME_REFUSED, r.code(), r.out() + r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals(2, doc.size(), r.out());
        JsonNode cleaned = doc.get(0);
        assertEquals(photo.toString(), cleaned.get("input").asText());
        assertEquals(out.resolve("photo.jpg").toString(), cleaned.get("output").asText());
        assertEquals("JPEG", cleaned.get("type").asText());
        assertEquals("cleaned", cleaned.get("status").asText());
        assertTrue(cleaned.get("fields_removed").asInt() > 0, r.out());
        assertFalse(holds(Files.readAllBytes(out.resolve("photo.jpg")), PLANTED));
        JsonNode refused = doc.get(1);
        assertEquals("refused", refused.get("status").asText());
        assertTrue(refused.get("reason").asText().contains("the content is JPEG but the name says .png"), r.out());
        assertFalse(refused.has("output"), "nothing was written: " + r.out());
        assertFalse(r.out().contains(" cleaned, "), "no text summary in JSON mode");
    }
}

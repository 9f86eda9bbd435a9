package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veil scrub} and {@code veil scrub show} through the real command line, on the shipped dirty samples. */
class ScrubCliTest {
    @TempDir
    Path dir;

    private List<Path> samples() throws IOException {
        return SampleFiles.extractTo(dir.resolve("dirty"));
    }

    @Test
    void everyShippedSampleIsCleanedIntoTheOutputFolder() throws IOException {
        List<Path> files = samples();
        byte[][] before = files.stream().map(ScrubCliTest::bytes).toArray(byte[][]::new);
        CliTest.Run r = CliTest.run("scrub", "-o", dir.resolve("out").toString(), dir.resolve("dirty").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(files.size() + " cleaned, 0 refused"), r.out());
        for (int i = 0; i < files.size(); i++) {
            assertArrayEquals(before[i], bytes(files.get(i)), "originals are never modified");
            Path cleaned = dir.resolve("out").resolve("dirty").resolve(files.get(i).getFileName());
            assertTrue(Files.exists(cleaned), cleaned + "\n" + r.out());
        }
    }

    @Test
    void cleanCopiesGoBesideTheInputAndARerunSkipsThem() throws IOException {
        Path photo = samples().stream().filter(p -> p.toString().endsWith("photo.jpg")).findFirst().orElseThrow();
        CliTest.Run r = CliTest.run("scrub", photo.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(Files.exists(photo.resolveSibling("photo.clean.jpg")), r.out());
        CliTest.Run again = CliTest.run("scrub", photo.getParent().toString());
        assertFalse(again.out().contains("photo.clean.clean"), again.out());
    }

    @Test
    void refusedFilesAreCountedGetExitThreeAndLeaveNoOutput() throws IOException {
        List<Path> files = samples();
        Path photo = files.stream().filter(p -> p.toString().endsWith("photo.jpg")).findFirst().orElseThrow();
        Path truncated = dir.resolve("truncated.jpg");
        byte[] b = bytes(photo);
        Files.write(truncated, Arrays.copyOf(b, b.length / 2));
        Path lying = dir.resolve("lying.png");
        Files.copy(photo, lying);
        CliTest.Run r = CliTest.run("scrub", photo.toString(), truncated.toString(), lying.toString());
        assertEquals(ScrubCommand.SOME_REFUSED, r.code(), r.out());
        assertTrue(r.out().contains("1 cleaned, 2 refused"), r.out());
        assertTrue(r.out().contains("refused  " + lying + ": the content is JPEG but the name says .png"), r.out());
        assertFalse(Files.exists(dir.resolve("truncated.clean.jpg")));
        assertFalse(Files.exists(dir.resolve("lying.clean.png")));
        assertNoTemporaryFiles();
    }

    @Test
    void inPlaceReplacesTheFile() throws IOException {
        Path page = samples().stream().filter(p -> p.toString().endsWith("page.html")).findFirst().orElseThrow();
        CliTest.Run r = CliTest.run("scrub", "--in-place", page.toString());
        assertEquals(0, r.code(), r.out());
        assertFalse(Files.readString(page).contains("Ivan Petrov-Secret"));
        assertTrue(Files.readString(page).contains("the convoy left at dawn"));
    }

    @Test
    void badUsageIsExitOne() {
        CliTest.Run r = CliTest.run("scrub", "--in-place", "-o", dir.toString(), dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cannot be used together"), r.err());
        CliTest.Run none = CliTest.run("scrub");
        assertEquals(1, none.code());
        assertTrue(none.err().contains("name at least one file"), none.err());
        CliTest.Run keep = CliTest.run("scrub", "--keep", "gps", dir.toString());
        assertEquals(1, keep.code());
        assertTrue(keep.err().contains("--keep takes orientation and icc"), keep.err());
    }

    @Test
    void showListsGroupsWithWhyTheyMatter() throws IOException {
        Path photo = samples().stream().filter(p -> p.toString().endsWith("photo.jpg")).findFirst().orElseThrow();
        CliTest.Run r = CliTest.run("scrub", "show", photo.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("(JPEG)"), r.out());
        assertTrue(r.out().contains("LOCATION — GPS coordinates"), r.out());
        assertTrue(r.out().contains("DEVICE — "), r.out());
        assertTrue(r.out().contains("Ivan Petrov-Secret"), r.out());
        assertFalse(Files.exists(photo.resolveSibling("photo.clean.jpg")), "show writes nothing");
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

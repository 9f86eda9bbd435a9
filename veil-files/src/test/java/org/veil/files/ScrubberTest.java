package org.veil.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline's guarantees, with a test-only family for plain text so that they hold whatever the families do. */
class ScrubberTest {
    @TempDir
    Path dir;

    /** Drops lines starting with "Author:"; can be told to leave one in, or to crash. */
    static final class AuthorLineCleaner implements Cleaner, Verifier {
        final String behaviour;

        AuthorLineCleaner(String behaviour) {
            this.behaviour = behaviour;
        }

        @Override
        public Set<FileType> types() {
            return Set.of(FileType.TEXT);
        }

        @Override
        public List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) {
            if (behaviour.equals("crash-reading")) {
                int[] fields = new int[2];
                fields[content.length] = 1; // a reader that trusts a length it read
            }
            return lines(content).filter(l -> l.startsWith("Author:"))
                    .map(l -> new MetadataItem(MetadataGroup.PEOPLE, "Author", l.substring(7).strip())).toList();
        }

        @Override
        public byte[] clean(byte[] content, FileType type, CleanContext context) {
            if (behaviour.equals("crash")) {
                throw new IllegalStateException("parser tripped");
            }
            if (behaviour.equals("leave")) {
                return content;
            }
            return String.join("\n", lines(content).filter(l -> !l.startsWith("Author:")).toList())
                    .getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public List<String> residue(byte[] cleaned, FileType type, CleanContext context) {
            return lines(cleaned).filter(l -> l.startsWith("Author:")).map(l -> "author line").toList();
        }

        private static Stream<String> lines(byte[] b) {
            return new String(b, StandardCharsets.UTF_8).lines();
        }
    }

    Scrubber scrubber(String behaviour) {
        AuthorLineCleaner c = new AuthorLineCleaner(behaviour);
        return new Scrubber(new CleanerRegistry().register(c, c), CleanOptions.defaults(), Limits.defaults());
    }

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void cleansVerifiesAndWrites() throws IOException {
        Path in = file("note.txt", "Author: Ivan\nThe text.");
        ScrubResult r = scrubber("clean").scrub(in, dir.resolve("out.txt"));
        ScrubResult.Cleaned c = assertInstanceOf(ScrubResult.Cleaned.class, r);
        assertEquals(1, c.fieldsRemoved());
        assertEquals("The text.", Files.readString(dir.resolve("out.txt")));
        assertEquals("Author: Ivan\nThe text.", Files.readString(in), "the original is untouched");
    }

    @Test
    void failedVerificationWritesNothing() throws IOException {
        Path in = file("note.txt", "Author: Ivan\nThe text.");
        ScrubResult r = scrubber("leave").scrub(in, dir.resolve("out.txt"));
        ScrubResult.Refused f = assertInstanceOf(ScrubResult.Refused.class, r);
        assertTrue(f.reason().contains("verification found"), f.reason());
        assertFalse(Files.exists(dir.resolve("out.txt")));
        assertNoTemporaryFiles();
    }

    @Test
    void aCrashingParserIsARefusalNotAStackTrace() throws IOException {
        Path in = file("note.txt", "Author: Ivan");
        ScrubResult.Refused f = assertInstanceOf(ScrubResult.Refused.class,
                scrubber("crash").scrub(in, dir.resolve("out.txt")));
        assertTrue(f.reason().contains("malformed"), f.reason());
        assertFalse(Files.exists(dir.resolve("out.txt")));
    }

    @Test
    void anInternalErrorWhileReadingIsARefusalNamingTheError() throws IOException {
        Path in = file("note.txt", "Author: Ivan");
        ScrubResult r = scrubber("crash-reading").scrub(in, dir.resolve("out.txt"));
        ScrubResult.Refused f = assertInstanceOf(ScrubResult.Refused.class, r);
        assertEquals(in, f.input());
        assertTrue(f.reason().contains("internal error") && f.reason().contains("ArrayIndexOutOfBoundsException"),
                f.reason());
        assertFalse(Files.exists(dir.resolve("out.txt")));
        RefusedException e = assertThrows(RefusedException.class, () -> scrubber("crash-reading").inspect(in));
        assertTrue(e.getMessage().contains("ArrayIndexOutOfBoundsException"), e.getMessage());
    }

    @Test
    void inPlaceReplacesAtomically() throws IOException {
        Path in = file("note.txt", "Author: Ivan\nThe text.");
        assertInstanceOf(ScrubResult.Cleaned.class, scrubber("clean").scrub(in, in));
        assertEquals("The text.", Files.readString(in));
        assertNoTemporaryFiles();
    }

    @Test
    void aRefusedInPlaceRunLeavesTheOriginal() throws IOException {
        Path in = file("note.txt", "Author: Ivan\nThe text.");
        assertInstanceOf(ScrubResult.Refused.class, scrubber("leave").scrub(in, in));
        assertEquals("Author: Ivan\nThe text.", Files.readString(in));
    }

    @Test
    void typeComesFromContentAndAMismatchIsRefused() throws IOException {
        Path in = file("photo.jpg", "Author: Ivan\nnot a photo");
        ScrubResult.Refused f = assertInstanceOf(ScrubResult.Refused.class,
                scrubber("clean").scrub(in, dir.resolve("out.jpg")));
        assertTrue(f.reason().contains("name says .jpg"), f.reason());
        assertFalse(Files.exists(dir.resolve("out.jpg")));
    }

    @Test
    void unsupportedTypesAndOddInputsAreRefusedClearly() throws IOException {
        Path png = dir.resolve("x.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        assertTrue(reason(scrubber("clean").scrub(png, dir.resolve("o.png"))).contains("not supported"));
        assertTrue(reason(scrubber("clean").scrub(dir.resolve("missing.txt"), dir.resolve("o.txt")))
                .contains("no such file"));
        assertTrue(reason(scrubber("clean").scrub(dir, dir.resolve("o.txt"))).contains("not a regular file"));
        Path empty = file("empty.txt", "");
        assertTrue(reason(scrubber("clean").scrub(empty, dir.resolve("o.txt"))).contains("empty"));
        Path binary = dir.resolve("blob.bin");
        Files.write(binary, new byte[] {0, 1, 2, (byte) 0xFE, (byte) 0xFF, 0});
        assertTrue(reason(scrubber("clean").scrub(binary, dir.resolve("o.bin"))).contains("unknown"));
    }

    @Test
    void oversizedInputIsRefusedBeforeReading() throws IOException {
        Path in = file("note.txt", "Author: Ivan\n" + "x".repeat(2000));
        Limits small = new Limits(1000, 1, 1, 1, 1, 1);
        AuthorLineCleaner c = new AuthorLineCleaner("clean");
        Scrubber s = new Scrubber(new CleanerRegistry().register(c, c), CleanOptions.defaults(), small);
        assertTrue(reason(s.scrub(in, dir.resolve("o.txt"))).contains("over the limit"));
    }

    @Test
    void inMemoryCleaningThrowsOnRefusal() {
        byte[] dirty = "Author: Ivan\nx".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals("x".getBytes(StandardCharsets.UTF_8), assertDoesNotThrow(() -> scrubber("clean")
                .clean(dirty, "a.txt")));
        assertThrows(RefusedException.class, () -> scrubber("leave").clean(dirty, "a.txt"));
    }

    @Test
    void keepWordsAreParsedStrictly() throws RefusedException {
        assertEquals(Set.of(Keep.ORIENTATION, Keep.ICC), Keep.parse("orientation, ICC"));
        assertThrows(RefusedException.class, () -> Keep.parse("gps"));
    }

    private static byte[] assertDoesNotThrow(org.junit.jupiter.api.function.ThrowingSupplier<byte[]> s) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(s);
    }

    private static String reason(ScrubResult r) {
        return assertInstanceOf(ScrubResult.Refused.class, r).reason();
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
    }
}

package org.veil.files.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.veil.files.CleanOptions;
import org.veil.files.CleanerRegistry;
import org.veil.files.FileType;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.Scrubber;

/** The committed fixtures (see make-fixtures.sh), the values planted in them, and the full clean-and-verify run. */
final class MediaFixtures {
    /** Values planted by make-fixtures.sh, at least one of which is in every fixture. */
    static final List<String> PLANTED = List.of("Petrov-Secret", "planted", "Planted-Title", "55.7558",
            "SN-VEIL-123456", "2021-03-04", "+037.6173");

    private static final Scrubber SCRUBBER = new Scrubber(
            new CleanerRegistry().register(new MediaCleaner(), new MediaVerifier()),
            CleanOptions.defaults(), Limits.defaults());

    private MediaFixtures() {
    }

    static byte[] load(String name) {
        try (InputStream in = MediaFixtures.class.getResourceAsStream("/media/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Detect, clean and verify, as {@code veil scrub} does. */
    static byte[] scrub(byte[] content, String name) throws RefusedException {
        return SCRUBBER.clean(content, name);
    }

    static void assertRefused(byte[] content, String name, String reasonPart) {
        RefusedException e = assertThrows(RefusedException.class, () -> scrub(content, name));
        assertTrue(e.getMessage().contains(reasonPart), "reason was: " + e.getMessage());
    }

    static void assertRefusedByCleaner(byte[] content, FileType type, String reasonPart) {
        RefusedException e = assertThrows(RefusedException.class, () -> new MediaCleaner().clean(content, type, null));
        assertTrue(e.getMessage().contains(reasonPart), "reason was: " + e.getMessage());
    }

    /** Fails if {@code value} occurs in the bytes as Latin-1/UTF-8 or as UTF-16 in either byte order. */
    static void assertAbsent(byte[] bytes, String value) {
        for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            assertEquals(-1, indexOf(bytes, value.getBytes(cs), 0), "'" + value + "' (" + cs + ") survived");
        }
    }

    static void assertNoPlantedValue(byte[] bytes) {
        PLANTED.forEach(v -> assertAbsent(bytes, v));
    }

    static boolean containsPlanted(byte[] bytes) {
        return PLANTED.stream().anyMatch(v -> indexOf(bytes, v.getBytes(StandardCharsets.UTF_8), 0) >= 0
                || indexOf(bytes, v.getBytes(StandardCharsets.UTF_16LE), 0) >= 0);
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int indexOf(byte[] hay, String ascii) {
        return indexOf(hay, ascii.getBytes(StandardCharsets.ISO_8859_1), 0);
    }

    static void assertPlantedInFixture(byte[] original) {
        assertTrue(containsPlanted(original), "the fixture should carry planted values");
        assertFalse(original.length > 20_000, "fixtures stay small");
    }
}

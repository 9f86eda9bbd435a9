package org.veil.files.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.veil.files.netpbm.NetpbmFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every binary reader, fed seeded random mutations of the real fixtures, either cleans and verifies or refuses;
 * none may end in an internal exception. Seeds are fixed so a failure replays; the case counts keep the whole
 * class well under a minute.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a reader that loops forever fails here instead of hanging CI
class BinaryReaderFuzzTest {
    private static final FuzzHarness HARNESS = new FuzzHarness();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "image/dirty.jpg, 1101, 1500",
        "pdf/photo-exif.jpg, 1102, 800",
        "image/dirty.png, 1201, 1500",
        "image/dirty.gif, 1301, 1500",
        "image/dirty.webp, 1401, 1500",
        "media/tagged.mp4, 1501, 800",
        "media/fragmented.mp4, 1502, 500",
        "media/tagged.m4a, 1503, 500",
        "media/tagged.mp3, 1601, 600",
        "media/tagged.flac, 1602, 600",
        "media/tagged.ogg, 1603, 600",
        "image/dirty.heic, 1901, 600",
        "image/dirty.avif, 1902, 800",
        "image/dirty.jxl, 1903, 800",
        "media/tagged.avi, 1904, 800",
        "media/tagged.wmv, 1905, 800",
    })
    void fixtureMutantsAreCleanedOrRefused(String fixture, long seed, int cases) throws IOException {
        byte[] original = resource(fixture);
        String name = fixture.substring(fixture.lastIndexOf('/') + 1);
        assertEquals(null, HARNESS.check(original, name), "the unmutated fixture must pass");
        List<String> failures = HARNESS.run(original, name, seed, cases);
        assertTrue(failures.isEmpty(), failures.size() + " internal errors, first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(8, failures.size()))));
    }

    /** Cases a longer campaign found (seed, case number), replayed: each once crashed a reader. */
    @ParameterizedTest(name = "{0} seed {1} case {2}")
    @CsvSource({
        "media/tagged.mp4, 90005, 1366", // a 64-bit creation time beyond Instant: DateTimeException in inspection
        "media/tagged.mov, 90008, 632",  // a stts table metadata-extractor sized from a hostile count: heap exhausted
        "media/tagged.wav, 91008, 134",  // metadata-extractor's WAV reader trusting a chunk size: an index error
    })
    void casesTheLongerCampaignFoundStayFixed(String fixture, long seed, int index) throws IOException {
        byte[] original = resource(fixture);
        Mutator mutator = new Mutator(seed);
        byte[] mutant = original;
        for (int i = 0; i <= index; i++) {
            mutant = mutator.mutate(original);
        }
        assertEquals(null, HARNESS.check(mutant, fixture.substring(fixture.lastIndexOf('/') + 1)));
    }

    @Test
    void netpbmMutantsAreCleanedOrRefused() {
        List<String> failures = new java.util.ArrayList<>();
        long seed = 1801;
        for (byte[] original : List.of(NetpbmFiles.rawPpm(), NetpbmFiles.plainPpm(), NetpbmFiles.plainPbm(),
                NetpbmFiles.rawPgm16(), NetpbmFiles.pam())) {
            assertEquals(null, HARNESS.check(original, "image.pnm"), "the unmutated image must pass");
            failures.addAll(HARNESS.run(original, "image.pnm", seed++, 600));
        }
        assertTrue(failures.isEmpty(), failures.size() + " internal errors, first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(8, failures.size()))));
    }

    @Test
    void torrentMutantsAreCleanedOrRefused() {
        byte[] original = org.veil.files.TestTorrent.dirty();
        assertEquals(null, HARNESS.check(original, "file.torrent"), "the unmutated torrent must pass");
        List<String> failures = HARNESS.run(original, "file.torrent", 2001, 1500);
        assertTrue(failures.isEmpty(), failures.size() + " internal errors, first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(8, failures.size()))));
    }

    @Test
    void zipMutantsAreCleanedOrRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setComment("made by Ivan Petrov");
            add(zip, "notes/readme.txt", "Plain notes.\n".getBytes(StandardCharsets.UTF_8));
            add(zip, "photo.jpg", resource("image/dirty.jpg"));
            add(zip, "icon.png", resource("image/dirty.png"));
        }
        byte[] original = bytes.toByteArray();
        assertEquals(null, HARNESS.check(original, "bundle.zip"), "the unmutated ZIP must pass");
        List<String> failures = HARNESS.run(original, "bundle.zip", 1701, 700);
        assertTrue(failures.isEmpty(), failures.size() + " internal errors, first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(8, failures.size()))));
    }

    private static void add(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setComment("by Ivan Petrov");
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = BinaryReaderFuzzTest.class.getResourceAsStream("/" + path)) {
            assertNotNull(in, path);
            return in.readAllBytes();
        }
    }
}

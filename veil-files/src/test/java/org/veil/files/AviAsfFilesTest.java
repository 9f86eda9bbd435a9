package org.veil.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AVI and WMV files made by ffmpeg with title, artist, comment, copyright and date: cleaned, then read by exiftool
 * and searched byte by byte for the planted values and the muxer's name, and decoded by ffmpeg before and after
 * to the same frames and samples (framemd5 of every stream).
 */
class AviAsfFilesTest {
    private final Scrubber scrubber = Scrubber.standard(CleanOptions.defaults());

    @TempDir
    Path dir;

    @Test
    void aviLosesItsInfoListAndKeepsItsStreams() throws Exception {
        Path avi = make("movie.avi", "mpeg4", "pcm_s16le");
        Path out = checkCleaned(avi);
        assertFalse(Exiftool.dump(out).contains("Lavf"), "the muxer's name (ISFT) is left");
    }

    @Test
    void wmvLosesItsContentDescriptionsAndKeepsItsStreams() throws Exception {
        Path wmv = make("movie.wmv", "wmv2", "wmav2");
        Path out = checkCleaned(wmv);
        String dump = Exiftool.dump(out);
        assertFalse(dump.contains("Lavf") || dump.contains("[ASF]           Title"), dump);
    }

    @Test
    void truncatedFilesAreRefused() throws Exception {
        for (Path f : List.of(make("cut.avi", "mpeg4", "pcm_s16le"), make("cut.wmv", "wmv2", "wmav2"))) {
            byte[] b = Files.readAllBytes(f);
            byte[] cut = Arrays.copyOf(b, b.length - 100);
            RefusedException e = assertThrows(RefusedException.class,
                    () -> scrubber.clean(cut, f.getFileName().toString()));
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    private Path make(String name, String video, String audio) throws Exception {
        DebianTool.require(DebianTool.EXIFTOOL, DebianTool.FFMPEG);
        Path f = dir.resolve(name);
        DebianTool.run(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=96x64:rate=10",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=22050", "-t", "1", "-c:v", video, "-c:a", audio,
                "-metadata", "title=" + Planted.COMMENT, "-metadata", "artist=" + Planted.PERSON,
                "-metadata", "comment=" + Planted.SERIAL, "-metadata", "copyright=" + Planted.PERSON,
                "-metadata", "date=2024-01-02", f.toString()));
        return f;
    }

    private Path checkCleaned(Path dirty) throws Exception {
        String before = Exiftool.dump(dirty);
        assertTrue(before.contains(Planted.PERSON) && before.contains(Planted.SERIAL), before);
        byte[] cleaned = scrubber.clean(Files.readAllBytes(dirty), dirty.getFileName().toString());
        Path out = dir.resolve("clean-" + dirty.getFileName());
        Files.write(out, cleaned);
        String dump = Exiftool.dump(out);
        assertEquals(List.of(), Planted.foundInDump(dump), dump);
        assertEquals(List.of(), Planted.foundIn(cleaned));
        assertFalse(dump.contains("2024"), dump);
        assertEquals(frames(dirty), frames(out), "decoded streams changed");
        assertArrayEquals(cleaned, scrubber.clean(cleaned, "again." + dirty.toString().replaceAll(".*\\.", "")));
        return out;
    }

    /** ffmpeg's checksum of every decoded frame and audio packet of every stream. */
    private static String frames(Path f) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-i", f.toString(), "-map", "0",
                "-f", "framemd5", "-"));
        String out = DebianTool.run(cmd);
        assertTrue(out.lines().filter(l -> !l.startsWith("#")).count() > 10, out);
        return out;
    }
}

package org.veil.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A torrent with creator, date, comment, publisher and web seed: cleaned to announce, announce-list and info,
 * with the info dictionary's bytes (and so the infohash) unchanged; checked by exiftool and in the raw bytes.
 */
class TorrentFilesTest {
    private final Scrubber scrubber = Scrubber.standard(CleanOptions.defaults());

    @TempDir
    Path dir;

    @Test
    void keepsTrackersAndInfoAndDropsTheRest() throws Exception {
        byte[] dirty = TestTorrent.dirty();
        assertEquals(FileType.TORRENT, new TypeDetector(Limits.defaults()).detect(dirty, "file.torrent"));
        byte[] cleaned = scrubber.clean(dirty, "file.torrent");
        assertEquals(List.of(), Planted.foundIn(cleaned));
        String text = new String(cleaned, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("creation date") || text.contains("url-list") || text.contains("encoding"), text);
        assertTrue(text.startsWith("d8:announce40:http://tracker.example.org:6969/announce13:announce-listll"), text);
        assertEquals(hex(infoHash(TestTorrent.infoBytes())), hex(infoHash(infoOf(cleaned))), "the infohash changed");
        assertArrayEquals(cleaned, scrubber.clean(cleaned, "again.torrent"));
    }

    @Test
    void exiftoolReadsNothingPlantedAfterCleaning() throws Exception {
        DebianTool.require(DebianTool.EXIFTOOL);
        Path dirty = dir.resolve("file.torrent");
        Files.write(dirty, TestTorrent.dirty());
        assertFalse(Planted.foundInDump(Exiftool.dump(dirty)).isEmpty(), "exiftool reads no planted value");
        Path clean = dir.resolve("clean.torrent");
        Files.write(clean, scrubber.clean(Files.readAllBytes(dirty), "file.torrent"));
        String dump = Exiftool.dump(clean);
        assertEquals(List.of(), Planted.foundInDump(dump), dump);
        assertFalse(dump.contains("2024:01:02"), dump);
        assertTrue(dump.contains("report-final.pdf"), "the torrent's content is gone: " + dump);
    }

    @Test
    void showListsWhatGoes() throws Exception {
        Path dirty = dir.resolve("file.torrent");
        Files.write(dirty, TestTorrent.dirty());
        String shown = scrubber.inspect(dirty).items().toString();
        for (String v : List.of(Planted.PERSON, Planted.SOFTWARE, "creation date", "2024-01-02T03:04:05Z")) {
            assertTrue(shown.contains(v), v + " not in " + shown);
        }
    }

    @Test
    void malformedTorrentsAreRefused() {
        byte[] dirty = TestTorrent.dirty();
        for (byte[] bad : List.of(Arrays.copyOf(dirty, dirty.length - 1), (new String(dirty,
                StandardCharsets.ISO_8859_1) + "x").getBytes(StandardCharsets.ISO_8859_1))) {
            RefusedException e = assertThrows(RefusedException.class, () -> scrubber.clean(bad, "file.torrent"));
            assertTrue(e.getMessage().contains("bencode") || e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    /** The bytes of the value after "4:info" in a torrent whose last key is info. */
    private static byte[] infoOf(byte[] torrent) {
        String s = new String(torrent, StandardCharsets.ISO_8859_1);
        int at = s.indexOf("4:infod") + 6;
        return Arrays.copyOfRange(torrent, at, torrent.length - 1);
    }

    private static byte[] infoHash(byte[] info) throws Exception {
        return MessageDigest.getInstance("SHA-1").digest(info);
    }

    private static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }
}

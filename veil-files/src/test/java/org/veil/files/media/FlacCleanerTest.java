package org.veil.files.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.media.MediaFixtures.assertNoPlantedValue;
import static org.veil.files.media.MediaFixtures.assertRefused;
import static org.veil.files.media.MediaFixtures.assertRefusedByCleaner;
import static org.veil.files.media.MediaFixtures.load;
import static org.veil.files.media.MediaFixtures.scrub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.RefusedException;

class FlacCleanerTest {

    @Test
    void keepsStreamInfoSeekTableAndFrames() throws Exception {
        byte[] original = load("tagged.flac");
        byte[] cleaned = scrub(original, "tagged.flac");
        assertEquals(List.of(0, 3), blockTypes(cleaned));
        assertTrue((cleaned[4 + 4 + 34] & 0x80) != 0, "SEEKTABLE is flagged as the last block");
        assertArrayEquals(frames(original), frames(cleaned));
        assertArrayEquals(Arrays.copyOfRange(original, 8, 8 + 34), Arrays.copyOfRange(cleaned, 8, 8 + 34));
    }

    @Test
    void stripsAnId3TagBeforeTheStream() throws Exception {
        byte[] tagged = load("id3-tagged.flac");
        byte[] cleaned = new MediaCleaner().clean(tagged, FileType.FLAC, null);
        assertNoPlantedValue(cleaned);
        assertArrayEquals(scrub(load("tagged.flac"), "tagged.flac"), cleaned);
        assertTrue(new MediaVerifier().residue(cleaned, FileType.FLAC, null).isEmpty());
        assertTrue(new MediaCleaner().inspect(tagged, FileType.FLAC, null).stream()
                .anyMatch(i -> i.name().equals("ID3v2 TPE1")));
    }

    @Test
    void refusesTruncatedMetadata() {
        byte[] original = load("tagged.flac");
        assertRefused(Arrays.copyOf(original, 100), "x.flac", "FLAC metadata is truncated");
    }

    @Test
    void refusesAMissingStreamInfo() {
        byte[] broken = load("tagged.flac");
        broken[4] = (byte) ((broken[4] & 0x80) | 1);
        assertRefusedByCleaner(broken, FileType.FLAC, "not a STREAMINFO");
    }

    @Test
    void refusesGarbageWhereFramesShouldStart() throws RefusedException {
        byte[] broken = load("tagged.flac");
        broken[audioStart(broken)] = 0;
        assertRefusedByCleaner(broken, FileType.FLAC, "no frame sync");
    }

    private static List<Integer> blockTypes(byte[] b) throws RefusedException {
        List<Integer> types = new ArrayList<>();
        int p = 4;
        boolean last = false;
        while (!last) {
            types.add(b[p] & 0x7F);
            last = (b[p] & 0x80) != 0;
            p += 4 + Bin.u24be(b, p + 1);
        }
        return types;
    }

    private static int audioStart(byte[] b) throws RefusedException {
        int p = 4;
        boolean last = false;
        while (!last) {
            last = (b[p] & 0x80) != 0;
            p += 4 + Bin.u24be(b, p + 1);
        }
        return p;
    }

    private static byte[] frames(byte[] b) throws RefusedException {
        return Arrays.copyOfRange(b, audioStart(b), b.length);
    }
}

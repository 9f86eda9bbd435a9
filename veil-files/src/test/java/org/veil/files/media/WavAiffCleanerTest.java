package org.veil.files.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

class WavAiffCleanerTest {

    @Test
    void wavKeepsFormatAndSamplesOnly() throws Exception {
        byte[] original = load("tagged.wav");
        byte[] cleaned = scrub(original, "tagged.wav");
        assertEquals(List.of("fmt ", "data"), ids(cleaned, false));
        assertArrayEquals(chunk(original, "data", false), chunk(cleaned, "data", false));
        assertArrayEquals(chunk(original, "fmt ", false), chunk(cleaned, "fmt ", false));
        assertEquals(cleaned.length - 8, Bin.u32le(cleaned, 4));
    }

    @Test
    void aiffKeepsCommAndSoundDataOnly() throws Exception {
        byte[] original = load("tagged.aiff");
        byte[] cleaned = scrub(original, "tagged.aiff");
        assertEquals(List.of("COMM", "SSND"), ids(cleaned, true));
        assertArrayEquals(chunk(original, "SSND", true), chunk(cleaned, "SSND", true));
        assertArrayEquals(chunk(original, "COMM", true), chunk(cleaned, "COMM", true));
        assertEquals(cleaned.length - 8, Bin.u32be(cleaned, 4));
    }

    @Test
    void refusesTruncatedFiles() {
        byte[] wav = load("tagged.wav");
        assertRefused(Arrays.copyOf(wav, wav.length - 100), "x.wav", "truncated");
        byte[] aiff = load("tagged.aiff");
        assertRefused(Arrays.copyOf(aiff, aiff.length - 100), "x.aiff", "truncated");
    }

    @Test
    void refusesDataAfterTheForm() {
        byte[] wav = load("tagged.wav");
        assertRefused(Arrays.copyOf(wav, wav.length + 16), "x.wav", "after the end of the WAV form");
    }

    @Test
    void refusesRf64() {
        byte[] wav = load("tagged.wav");
        System.arraycopy("RF64".getBytes(), 0, wav, 0, 4);
        assertRefusedByCleaner(wav, FileType.WAV, "RF64");
    }

    @Test
    void refusesAWavWithoutData() {
        byte[] wav = load("tagged.wav");
        int data = MediaFixtures.indexOf(wav, "data");
        System.arraycopy("dat_".getBytes(), 0, wav, data, 4);
        assertRefusedByCleaner(wav, FileType.WAV, "fmt chunk followed by one data chunk");
    }

    private static List<String> ids(byte[] b, boolean bigEndian) throws RefusedException {
        List<String> ids = new ArrayList<>();
        for (int p = 12; p < b.length; ) {
            ids.add(Bin.fourCc(b, p));
            long size = bigEndian ? Bin.u32be(b, p + 4) : Bin.u32le(b, p + 4);
            p += 8 + (int) size + (int) (size & 1);
        }
        return ids;
    }

    private static byte[] chunk(byte[] b, String id, boolean bigEndian) throws RefusedException {
        for (int p = 12; p < b.length; ) {
            long size = bigEndian ? Bin.u32be(b, p + 4) : Bin.u32le(b, p + 4);
            if (Bin.fourCc(b, p).equals(id)) {
                return Arrays.copyOfRange(b, p + 8, p + 8 + (int) size);
            }
            p += 8 + (int) size + (int) (size & 1);
        }
        throw new AssertionError("no chunk " + id);
    }
}

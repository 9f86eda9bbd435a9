package org.veil.files.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.media.MediaFixtures.assertAbsent;
import static org.veil.files.media.MediaFixtures.assertRefused;
import static org.veil.files.media.MediaFixtures.assertRefusedByCleaner;
import static org.veil.files.media.MediaFixtures.indexOf;
import static org.veil.files.media.MediaFixtures.load;
import static org.veil.files.media.MediaFixtures.scrub;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.files.FileType;
import org.veil.files.RefusedException;

class IsoBmffCleanerTest {

    @ParameterizedTest
    @ValueSource(strings = {"tagged.mp4", "tagged.mov", "tagged.m4a", "xmp.mp4", "fragmented.mp4"})
    void keepsLengthOffsetsAndSamples(String name) throws Exception {
        byte[] original = load(name);
        byte[] cleaned = scrub(original, name);
        assertEquals(original.length, cleaned.length, "same length, so every chunk offset stays valid");
        List<byte[]> before = boxes(original, "mdat");
        assertTrue(!before.isEmpty());
        List<byte[]> after = boxes(cleaned, "mdat");
        for (int i = 0; i < before.size(); i++) {
            assertArrayEquals(before.get(i), after.get(i), "mdat " + i);
        }
        for (String table : List.of("stco", "co64", "stsz", "stsc", "stts", "trun", "tfhd")) {
            List<byte[]> a = boxes(original, table);
            List<byte[]> b = boxes(cleaned, table);
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertArrayEquals(a.get(i), b.get(i), table);
            }
        }
    }

    @Test
    void zeroesTimesAndRemovesUserData() throws Exception {
        byte[] cleaned = scrub(load("tagged.mov"), "tagged.mov");
        for (String header : List.of("mvhd", "tkhd", "mdhd")) {
            for (byte[] box : boxes(cleaned, header)) {
                assertArrayEquals(new byte[8], Arrays.copyOfRange(box, 12, 20), header + " times");
            }
        }
        assertTrue(boxes(cleaned, "udta").isEmpty());
        assertEquals(-1, indexOf(cleaned, "©xyz".getBytes(StandardCharsets.ISO_8859_1), 0));
        // The AAC encoder also names itself inside the first audio frame (in mdat): samples are kept as they are.
        byte[] moov = boxes(cleaned, "moov").get(0);
        assertAbsent(moov, "Lavc");
        assertAbsent(moov, "Lavf");
    }

    @Test
    void handlesVersion1HeadersAnd64BitSizes() throws Exception {
        byte[] mvhd = new byte[112];
        mvhd[0] = 1;
        Arrays.fill(mvhd, 4, 20, (byte) 0x7A);
        byte[] name = "\u0000\u0012\u0000\u0000Ivan Petrov-Secret".getBytes(StandardCharsets.ISO_8859_1);
        byte[] udta = largeBox("udta", box("©nam", name));
        byte[] moov = box("moov", concat(box("mvhd", mvhd), udta));
        byte[] file = concat(box("ftyp", "isom\0\0\0\0isom".getBytes(StandardCharsets.ISO_8859_1)), moov,
                box("mdat", new byte[] {1, 2, 3, 4}), box("skip", "Ivan Petrov-Secret".getBytes()));
        byte[] cleaned = scrub(file, "x.mp4");
        assertEquals(file.length, cleaned.length);
        assertAbsent(cleaned, "Petrov-Secret");
        assertArrayEquals(new byte[16], Arrays.copyOfRange(boxes(cleaned, "mvhd").get(0), 12, 28));
        int free = indexOf(cleaned, "free");
        assertEquals(1, Bin.u32be(cleaned, free - 4), "the 64-bit size header is kept");
        assertEquals(udta.length, Bin.u64be(cleaned, free + 4));
    }

    @Test
    void listingSurvivesHostileNesting() throws Exception {
        byte[] nested = box("©nam", "\u0000\u0001\u0000\u0000x".getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < 20_000; i++) {
            nested = box("udta", nested);
        }
        byte[] file = concat(box("ftyp", "isom\0\0\0\0isom".getBytes(StandardCharsets.ISO_8859_1)),
                box("moov", nested), box("mdat", new byte[4]));
        assertTrue(new MediaCleaner().inspect(file, FileType.MP4, null).stream()
                .anyMatch(i -> i.value().equals("nested too deep")));
        assertEquals(-1, indexOf(scrub(file, "x.mp4"), "©nam".getBytes(StandardCharsets.ISO_8859_1), 0));
    }

    @Test
    void removesUuidXmpAtTheTopLevel() throws Exception {
        byte[] original = load("xmp.mp4");
        assertTrue(indexOf(original, IsoBox.XMP_UUID, 0) > 0);
        byte[] cleaned = scrub(original, "xmp.mp4");
        assertEquals(-1, indexOf(cleaned, IsoBox.XMP_UUID, 0));
        assertAbsent(cleaned, "xmpmeta");
    }

    @Test
    void refusesTruncatedBoxes() {
        byte[] original = load("xmp.mp4");
        int moov = indexOf(original, "moov");
        assertRefused(Arrays.copyOf(original, moov + 500), "x.mp4", "truncated");
    }

    @Test
    void refusesTimedMetadataTracks() throws RefusedException {
        byte[] movie = load("tagged.mp4");
        int vide = indexOf(movie, "hdlr".getBytes(), indexOf(movie, "moov")) + 12;
        assertEquals("vide", Bin.fourCc(movie, vide));
        System.arraycopy("meta".getBytes(), 0, movie, vide, 4);
        assertRefusedByCleaner(movie, FileType.MP4, "timed metadata track");
    }

    @Test
    void refusesExternalMediaReferences() {
        byte[] movie = load("tagged.mp4");
        int url = indexOf(movie, "url ".getBytes(), indexOf(movie, "moov"));
        movie[url + 7] = 0;
        assertRefusedByCleaner(movie, FileType.MP4, "refers to media in another file");
    }

    /** The whole bytes of every box of this type, at any depth, found by a naive scan of known containers. */
    private static List<byte[]> boxes(byte[] b, String type) throws RefusedException {
        List<byte[]> found = new ArrayList<>();
        collect(b, 0, b.length, type, found);
        return found;
    }

    private static void collect(byte[] b, int start, int end, String type, List<byte[]> found) throws RefusedException {
        for (int p = start; p + 8 <= end; ) {
            long size = Bin.u32be(b, p);
            int header = 8;
            if (size == 1) {
                size = Bin.u64be(b, p + 8);
                header = 16;
            } else if (size == 0) {
                size = end - p;
            }
            String t = Bin.fourCc(b, p + 4);
            if (t.equals(type)) {
                found.add(Arrays.copyOfRange(b, p, p + (int) size));
            }
            if (List.of("moov", "trak", "mdia", "minf", "stbl", "moof", "traf", "udta").contains(t)) {
                collect(b, p + header, p + (int) size, type, found);
            }
            p += (int) size;
        }
    }

    private static byte[] box(String type, byte[] payload) {
        byte[] b = new byte[8 + payload.length];
        Bin.put32be(b, 0, b.length);
        System.arraycopy(type.getBytes(StandardCharsets.ISO_8859_1), 0, b, 4, 4);
        System.arraycopy(payload, 0, b, 8, payload.length);
        return b;
    }

    private static byte[] largeBox(String type, byte[] payload) {
        byte[] b = new byte[16 + payload.length];
        Bin.put32be(b, 0, 1);
        System.arraycopy(type.getBytes(StandardCharsets.ISO_8859_1), 0, b, 4, 4);
        Bin.put32be(b, 12, b.length);
        System.arraycopy(payload, 0, b, 16, payload.length);
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}

package org.veil.files.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.media.MediaFixtures.assertRefused;
import static org.veil.files.media.MediaFixtures.load;
import static org.veil.files.media.MediaFixtures.scrub;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.RefusedException;

class OggCleanerTest {

    /** The audio packets and their pages' granule positions are unchanged; only the comment header differs. */
    @ParameterizedTest
    @ValueSource(strings = {"tagged.ogg", "tagged.opus"})
    void audioPacketsAreIdentical(String name) throws Exception {
        byte[] original = load(name);
        byte[] cleaned = scrub(original, name);
        List<byte[]> before = packets(original);
        List<byte[]> after = packets(cleaned);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            if (i != 1) {
                assertArrayEquals(before.get(i), after.get(i), "packet " + i);
            }
        }
        byte[] comments = after.get(1);
        assertEquals(16, comments.length, "vendor-less comment header with no fields");
        assertEquals(granules(original).subList(pagesOfHeaders(original), granules(original).size()),
                granules(cleaned).subList(pagesOfHeaders(cleaned), granules(cleaned).size()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tagged.ogg", "tagged.opus"})
    void everyPageHasAValidCrcAndSequence(String name) throws Exception {
        byte[] cleaned = scrub(load(name), name);
        int seq = 0;
        for (int p = 0; p < cleaned.length; seq++) {
            OggPage page = OggPage.read(cleaned, p); // checks the CRC
            assertEquals(seq, page.sequence());
            p += page.size();
        }
        assertTrue(new MediaVerifier().residue(cleaned, FileType.OGG, null).isEmpty());
    }

    @Test
    void refusesABadCrc() {
        byte[] broken = load("tagged.ogg");
        broken[broken.length - 5] ^= 0x55;
        assertRefused(broken, "x.ogg", "CRC mismatch");
    }

    @Test
    void verifierCatchesABadCrc() throws Exception {
        byte[] cleaned = scrub(load("tagged.opus"), "tagged.opus");
        cleaned[cleaned.length - 5] ^= 0x55;
        assertTrue(new MediaVerifier().residue(cleaned, FileType.OGG, null).stream().anyMatch(r -> r.contains("CRC")));
    }

    @Test
    void refusesATruncatedFile() {
        byte[] original = load("tagged.ogg");
        assertRefused(Arrays.copyOf(original, original.length - 10), "x.ogg", "truncated");
    }

    @Test
    void refusesChainedStreams() {
        byte[] vorbis = load("tagged.ogg");
        byte[] opus = load("tagged.opus");
        byte[] chained = Arrays.copyOf(vorbis, vorbis.length + opus.length);
        System.arraycopy(opus, 0, chained, vorbis.length, opus.length);
        assertRefused(chained, "x.ogg", "several logical streams");
    }

    @Test
    void refusesOtherCodecs() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] theora = "\u0080theora-header".getBytes(StandardCharsets.ISO_8859_1);
        new OggPage(OggPage.BOS, 0, 7, 0, new int[] {theora.length}, theora).writeTo(out);
        new OggPage(OggPage.EOS, 0, 7, 1, new int[] {3}, new byte[3]).writeTo(out);
        assertRefused(out.toByteArray(), "x.ogg", "only Vorbis and Opus");
    }

    /** Packets reassembled from lacing values, independently of the cleaner. */
    private static List<byte[]> packets(byte[] b) {
        List<byte[]> packets = new ArrayList<>();
        ByteArrayOutputStream partial = new ByteArrayOutputStream();
        for (int p = 0; p < b.length; ) {
            int segments = b[p + 26] & 0xFF;
            int body = p + 27 + segments;
            for (int i = 0; i < segments; i++) {
                int lace = b[p + 27 + i] & 0xFF;
                partial.write(b, body, lace);
                body += lace;
                if (lace < 255) {
                    packets.add(partial.toByteArray());
                    partial.reset();
                }
            }
            p = body;
        }
        return packets;
    }

    private static List<Long> granules(byte[] b) throws RefusedException {
        List<Long> g = new ArrayList<>();
        for (int p = 0; p < b.length; ) {
            g.add(Bin.u32le(b, p + 6) | Bin.u32le(b, p + 10) << 32);
            int segments = b[p + 26] & 0xFF;
            int length = 27 + segments;
            for (int i = 0; i < segments; i++) {
                length += b[p + 27 + i] & 0xFF;
            }
            p += length;
        }
        return g;
    }

    /** Header pages carry granule 0 (or -1 while a packet continues); the first audio page is the first other. */
    private static int pagesOfHeaders(byte[] b) throws RefusedException {
        List<Long> g = granules(b);
        int i = 0;
        while (i < g.size() && (g.get(i) == 0 || g.get(i) == -1)) {
            i++;
        }
        return i;
    }
}

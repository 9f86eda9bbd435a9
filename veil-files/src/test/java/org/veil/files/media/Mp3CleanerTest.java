package org.veil.files.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.media.MediaFixtures.assertRefused;
import static org.veil.files.media.MediaFixtures.assertRefusedByCleaner;
import static org.veil.files.media.MediaFixtures.indexOf;
import static org.veil.files.media.MediaFixtures.load;
import static org.veil.files.media.MediaFixtures.scrub;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.RefusedException;

class Mp3CleanerTest {

    @Test
    void keepsTheFramesByteForByte() throws Exception {
        byte[] original = load("tagged.mp3");
        int tagEnd = 10 + Bin.syncsafe(original, 6);
        byte[] cleaned = scrub(original, "tagged.mp3");
        // lame --add-id3v2 also appends an ID3v1 tag: 128 bytes after the frames.
        assertEquals(original.length - tagEnd - 128, cleaned.length);
        int info = MpegFrames.at(cleaned, 0).length();
        assertArrayEquals(Arrays.copyOfRange(original, tagEnd + info, tagEnd + cleaned.length),
                Arrays.copyOfRange(cleaned, info, cleaned.length), "every audio frame is kept byte for byte");
        assertTrue(MpegFrames.at(cleaned, 0) != null);
    }

    @Test
    void blanksTheEncoderVersionInTheLameInfoFrameAndNothingElse() throws Exception {
        byte[] original = load("tagged.mp3");
        int tagEnd = 10 + Bin.syncsafe(original, 6);
        byte[] cleaned = scrub(original, "tagged.mp3");
        int infoLength = MpegFrames.at(cleaned, 0).length();
        byte[] info = Arrays.copyOf(cleaned, infoLength);
        byte[] originalInfo = Arrays.copyOfRange(original, tagEnd, tagEnd + infoLength);
        int encoder = indexOf(originalInfo, "LAME3.100");
        assertTrue(encoder > 0 && (indexOf(info, "Info") >= 0 || indexOf(info, "Xing") >= 0));
        assertEquals(-1, indexOf(info, "LAME3"), "no encoder version in the Info frame");
        assertEquals("LAME     ", new String(info, encoder, 9, java.nio.charset.StandardCharsets.US_ASCII));
        // Only the version and the tag CRC over the first 190 bytes changed; the CRC is valid again.
        for (int i = 0; i < infoLength; i++) {
            if (i < encoder || i >= encoder + 9 && i != encoder + 34 && i != encoder + 35) {
                assertEquals(originalInfo[i], info[i], "byte " + i + " of the Info frame");
            }
        }
        assertEquals(LameTag.crc16(originalInfo, 0, encoder + 34), Bin.u16be(originalInfo, encoder + 34),
                "the fixture's LAME tag CRC is what the cleaner computes");
        assertEquals(LameTag.crc16(info, 0, encoder + 34), Bin.u16be(info, encoder + 34));
    }

    @Test
    void theVerifierFindsAnEncoderVersionLeftInTheInfoFrame() throws Exception {
        byte[] original = load("tagged.mp3");
        int tagEnd = 10 + Bin.syncsafe(original, 6);
        byte[] framesOnly = Arrays.copyOfRange(original, tagEnd, original.length - 128);
        assertTrue(org.veil.files.media.verify.Mp3Audit.residue(framesOnly).stream()
                .anyMatch(r -> r.contains("LAME3.100")));
        assertEquals(java.util.List.of(), org.veil.files.media.verify.Mp3Audit.residue(scrub(original, "tagged.mp3")));
    }

    @Test
    void stripsEveryTrailerKind() throws Exception {
        byte[] original = load("tagged-trailers.mp3");
        assertEquals(4, TagTrailers.find(original, 0).size(), "appended ID3v2, ID3v1, Lyrics3, APE");
        byte[] cleaned = scrub(original, "tagged-trailers.mp3");
        int tagEnd = 10 + Bin.syncsafe(original, 6);
        int info = MpegFrames.at(cleaned, 0).length();
        assertArrayEquals(Arrays.copyOfRange(original, tagEnd + info, tagEnd + cleaned.length),
                Arrays.copyOfRange(cleaned, info, cleaned.length));
        for (String sig : new String[] {"TAG", "APETAGEX", "LYRICS", "3DI", "ID3"}) {
            assertEquals(-1, indexOf(cleaned, sig), sig);
        }
    }

    @Test
    void refusesATruncatedLastFrame() throws Exception {
        byte[] frames = scrub(load("tagged.mp3"), "tagged.mp3");
        assertRefused(Arrays.copyOf(frames, frames.length - 7), "x.mp3", "its last MPEG frame is incomplete");
    }

    @Test
    void refusesATruncatedId3Tag() {
        byte[] original = load("tagged.mp3");
        assertRefused(Arrays.copyOf(original, 40), "x.mp3", "ID3v2 tag at byte 0 is truncated");
    }

    @Test
    void refusesDataThatIsNotAFrameAfterTheTag() throws RefusedException {
        byte[] original = load("tagged.mp3");
        int tagEnd = 10 + Bin.syncsafe(original, 6);
        byte[] broken = original.clone();
        broken[tagEnd] = 'X';
        assertRefusedByCleaner(broken, FileType.MP3, "does not start with an MPEG audio frame");
    }

    @Test
    void refusesUnknownDataBetweenFrames() throws RefusedException {
        byte[] original = load("tagged.mp3");
        int tagEnd = 10 + Bin.syncsafe(original, 6);
        int second = tagEnd + MpegFrames.at(original, tagEnd).length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(original, 0, second);
        out.writeBytes("hidden note".getBytes());
        out.write(original, second, original.length - second);
        assertRefusedByCleaner(out.toByteArray(), FileType.MP3, "between MPEG audio frames");
    }
}

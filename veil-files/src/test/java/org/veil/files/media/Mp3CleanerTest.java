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

class Mp3CleanerTest {

    @Test
    void keepsTheFramesByteForByte() throws Exception {
        byte[] original = load("tagged.mp3");
        int tagEnd = 10 + Bin.syncsafe(original, 6);
        byte[] cleaned = scrub(original, "tagged.mp3");
        // lame --add-id3v2 also appends an ID3v1 tag: 128 bytes after the frames.
        assertEquals(original.length - tagEnd - 128, cleaned.length);
        assertArrayEquals(Arrays.copyOfRange(original, tagEnd, tagEnd + cleaned.length), cleaned);
        assertTrue(MpegFrames.at(cleaned, 0) != null);
    }

    @Test
    void keepsTheLameInfoFrame() throws Exception {
        byte[] cleaned = scrub(load("tagged.mp3"), "tagged.mp3");
        assertTrue(indexOf(cleaned, "Info") >= 0 || indexOf(cleaned, "Xing") >= 0);
        assertTrue(indexOf(cleaned, "LAME3.100") >= 0, "the technical LAME header is kept, as documented");
    }

    @Test
    void stripsEveryTrailerKind() throws Exception {
        byte[] original = load("tagged-trailers.mp3");
        assertEquals(4, TagTrailers.find(original, 0).size(), "appended ID3v2, ID3v1, Lyrics3, APE");
        byte[] cleaned = scrub(original, "tagged-trailers.mp3");
        int tagEnd = 10 + Bin.syncsafe(original, 6);
        assertArrayEquals(Arrays.copyOfRange(original, tagEnd, tagEnd + cleaned.length), cleaned);
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
    void refusesDataThatIsNotAFrameAfterTheTag() {
        byte[] original = load("tagged.mp3");
        int tagEnd = 10 + Bin.syncsafe(original, 6);
        byte[] broken = original.clone();
        broken[tagEnd] = 'X';
        assertRefusedByCleaner(broken, FileType.MP3, "does not start with an MPEG audio frame");
    }

    @Test
    void refusesUnknownDataBetweenFrames() {
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

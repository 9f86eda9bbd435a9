package org.veil.files.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.media.MediaFixtures.indexOf;
import static org.veil.files.media.MediaFixtures.load;
import static org.veil.files.media.MediaFixtures.scrub;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The encoder name and version every audio fixture carries (the Vorbis-comment vendor string of FLAC, Ogg Vorbis
 * and Opus, the LAME string of MP3) is gone from the raw bytes of the cleaned file; Ogg's comment header keeps an
 * empty vendor (the format allows one) and FLAC loses the whole comment block.
 */
class EncoderStringsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tagged.flac, reference libFLAC 1.4.2",
        "id3-tagged.flac, reference libFLAC 1.4.2",
        "tagged.ogg, Xiph.Org libVorbis I 20200704",
        "tagged.opus, Lavf59.27.100",
        "tagged-trailers.mp3, LAME3.100",
    })
    void theEncoderVersionIsGone(String fixture, String encoder) throws Exception {
        byte[] original = load(fixture);
        assertTrue(indexOf(original, encoder) >= 0, "the fixture carries " + encoder);
        byte[] cleaned = scrub(original, fixture);
        int limit = fixture.endsWith(".mp3") ? MpegFrames.at(cleaned, 0).length() : cleaned.length;
        // For MP3 only the Info frame is metadata; LAME's ancillary padding inside audio frames is audio data.
        assertEquals(-1, indexOf(java.util.Arrays.copyOf(cleaned, limit), encoder), encoder + " survived");
    }
}

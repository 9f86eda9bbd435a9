package org.veil.files.media;

import org.veil.files.RefusedException;

/**
 * MPEG-1/2/2.5 audio frame headers (layers I–III): whether four bytes are a valid header and how long the frame
 * is. Free-format streams (bitrate index 0) have no computable length and are not accepted.
 */
public final class MpegFrames {
    private static final int[][] BITRATES = {
            {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG-1 layer I
            {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},    // MPEG-1 layer II
            {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},     // MPEG-1 layer III
            {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},    // MPEG-2/2.5 layer I
            {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},         // MPEG-2/2.5 layers II, III
    };
    private static final int[] RATES_MPEG1 = {44100, 48000, 32000};

    /** A decoded header. {@code version} is 1, 2 or 25 (for 2.5); {@code layer} is 1, 2 or 3. */
    public record Header(int version, int layer, int sampleRate, int length) {
        /** Whether another frame can belong to the same stream (version, layer and rate do not change). */
        public boolean sameStream(Header other) {
            return version == other.version && layer == other.layer && sampleRate == other.sampleRate;
        }
    }

    private MpegFrames() {
    }

    /** The header at {@code at}, or null when the bytes there are not a valid frame header. */
    public static Header at(byte[] b, int at) throws RefusedException {
        if (at + 4 > b.length || Bin.u8(b, at) != 0xFF || (Bin.u8(b, at + 1) & 0xE0) != 0xE0) {
            return null;
        }
        int versionBits = (Bin.u8(b, at + 1) >> 3) & 3;
        int layerBits = (Bin.u8(b, at + 1) >> 1) & 3;
        int bitrateIndex = Bin.u8(b, at + 2) >> 4;
        int rateIndex = (Bin.u8(b, at + 2) >> 2) & 3;
        boolean padding = ((Bin.u8(b, at + 2) >> 1) & 1) != 0;
        if (versionBits == 1 || layerBits == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return null;
        }
        int version = versionBits == 3 ? 1 : versionBits == 2 ? 2 : 25;
        int layer = 4 - layerBits;
        int rate = RATES_MPEG1[rateIndex] / (version == 1 ? 1 : version == 2 ? 2 : 4);
        int table = version == 1 ? layer - 1 : layer == 1 ? 3 : 4;
        int bitrate = BITRATES[table][bitrateIndex] * 1000;
        int length;
        if (layer == 1) {
            length = (12 * bitrate / rate + (padding ? 1 : 0)) * 4;
        } else {
            int perSlot = layer == 3 && version != 1 ? 72 : 144;
            length = perSlot * bitrate / rate + (padding ? 1 : 0);
        }
        return new Header(version, layer, rate, length);
    }
}

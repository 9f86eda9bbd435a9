package org.veil.files.media;

import java.nio.charset.StandardCharsets;
import org.veil.files.RefusedException;

/**
 * The encoder string of a Xing/Info header frame (the first frame of most MP3s), which names the encoder and its
 * exact version ("LAME3.100", "Lavc58.91"). It is blanked to the bare family name ("LAME", "Lavc", "Lavf")
 * followed by spaces, which decoders still need to read the gapless delay and padding after it; an unknown
 * encoder string becomes all spaces. The LAME tag's own CRC over the frame's first 190 bytes is recomputed when
 * it was valid, so players keep trusting the tag. Audio frames are not touched.
 */
final class LameTag {
    static final int ENCODER_LENGTH = 9;
    /** Families decoders recognise by their first four bytes to read the gapless fields (as FFmpeg does). */
    private static final String[] FAMILIES = {"LAME", "Lavc", "Lavf"};
    private static final int CRC_OFFSET_IN_TAG = 34;

    private LameTag() {
    }

    /** Where the 9-byte encoder string of the Xing/Info frame at {@code frame} starts, or -1 if it has none. */
    static int encoderAt(byte[] b, int frame, MpegFrames.Header h) throws RefusedException {
        if (h.layer() != 3 || frame + 4 > b.length) {
            return -1;
        }
        boolean mono = ((b[frame + 3] & 0xFF) >> 6) == 3;
        int sideInfo = h.version() == 1 ? (mono ? 17 : 32) : (mono ? 9 : 17);
        int xing = frame + 4 + sideInfo;
        if (!Bin.ascii(b, xing, "Xing") && !Bin.ascii(b, xing, "Info") || xing + 8 > b.length) {
            return -1;
        }
        long flags = Bin.u32be(b, xing + 4);
        int p = xing + 8 + ((flags & 1) != 0 ? 4 : 0) + ((flags & 2) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 100 : 0)
                + ((flags & 8) != 0 ? 4 : 0);
        int frameEnd = Math.min(b.length, frame + h.length());
        return p + ENCODER_LENGTH <= frameEnd ? p : -1;
    }

    /** Blanks the encoder string in place (in a copy the caller owns), fixing the tag CRC if it was valid. */
    static void blank(byte[] b, int frame, MpegFrames.Header h) throws RefusedException {
        int at = encoderAt(b, frame, h);
        if (at < 0 || isBlank(b, at)) {
            return;
        }
        int crcAt = at + CRC_OFFSET_IN_TAG;
        boolean crcValid = crcAt + 2 <= Math.min(b.length, frame + h.length())
                && crc16(b, frame, crcAt) == Bin.u16be(b, crcAt);
        String family = new String(b, at, 4, StandardCharsets.ISO_8859_1);
        String generic = (isFamily(family) ? family : "") + " ".repeat(ENCODER_LENGTH);
        byte[] replacement = generic.substring(0, ENCODER_LENGTH).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(replacement, 0, b, at, ENCODER_LENGTH);
        if (crcValid) {
            int crc = crc16(b, frame, crcAt);
            b[crcAt] = (byte) (crc >> 8);
            b[crcAt + 1] = (byte) crc;
        }
    }

    /** Whether the encoder string is already generic: a bare family name or spaces, or all zero (none written). */
    static boolean isBlank(byte[] b, int at) {
        String s = new String(b, at, ENCODER_LENGTH, StandardCharsets.ISO_8859_1);
        String rest = s.substring(4);
        return s.equals("\0".repeat(ENCODER_LENGTH)) || rest.isBlank() && (s.isBlank() || isFamily(s.substring(0, 4)));
    }

    private static boolean isFamily(String s) {
        for (String f : FAMILIES) {
            if (f.equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** CRC-16 as LAME computes its tag CRC (polynomial 0x8005, reflected, initial value 0). */
    static int crc16(byte[] b, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= b[i] & 0xFF;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc & 0xFFFF;
    }
}

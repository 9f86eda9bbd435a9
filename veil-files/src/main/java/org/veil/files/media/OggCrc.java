package org.veil.files.media;

/** The Ogg page checksum: CRC-32 with polynomial 0x04C11DB7, no reflection, initial value and final XOR 0. */
public final class OggCrc {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int k = 0; k < 8; k++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }
            TABLE[i] = r;
        }
    }

    private OggCrc() {
    }

    /** The checksum of a whole page whose CRC field (bytes 22–25) is taken as zero. */
    public static int ofPage(byte[] b, int start, int length) {
        int crc = 0;
        for (int i = 0; i < length; i++) {
            int v = (i >= 22 && i < 26) ? 0 : b[start + i] & 0xFF;
            crc = (crc << 8) ^ TABLE[((crc >>> 24) ^ v) & 0xFF];
        }
        return crc;
    }
}

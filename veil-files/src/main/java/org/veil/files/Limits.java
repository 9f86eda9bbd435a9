package org.veil.files;

/**
 * Bounds against hostile input. Every limit is checked on what is actually read or decompressed, never only on
 * what a header declares.
 */
public record Limits(long maxInputBytes, long maxImagePixels, int maxArchiveEntries, long maxUnpackedBytes,
                     int maxCompressionRatio, int maxNesting) {

    public static Limits defaults() {
        return new Limits(512L << 20, 100_000_000L, 10_000, 1L << 30, 200, 4);
    }

    /** Refuses an image whose declared size would need more pixels than allowed to decode. */
    public void checkPixels(long width, long height) throws RefusedException {
        if (width <= 0 || height <= 0) {
            throw new RefusedException("the image declares an invalid size " + width + "×" + height);
        }
        if (width * height > maxImagePixels) {
            throw new RefusedException("the image declares " + width + "×" + height + " pixels, over the limit of "
                    + maxImagePixels / 1_000_000 + " megapixels (a decompression bomb?)");
        }
    }
}

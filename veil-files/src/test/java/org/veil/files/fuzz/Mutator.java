package org.veil.files.fuzz;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded mutations of a valid file, of the kinds that break naive binary readers: flipped bytes, truncation,
 * inserted and duplicated ranges, and 16/32-bit fields overwritten with 0, 0xFFFF or 0xFFFFFFFF (where length
 * fields usually sit, a few bytes after a four-character code or a marker).
 */
final class Mutator {
    private static final int[][] LENGTHS = {{0, 0, 0, 0}, {0xFF, 0xFF}, {0xFF, 0xFF, 0xFF, 0xFF}, {0, 0},
        {0x7F, 0xFF, 0xFF, 0xFF}, {0x80, 0, 0, 0}};

    private final SplittableRandom random;

    Mutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One to three mutations of {@code original}; the original is not modified. */
    byte[] mutate(byte[] original) {
        byte[] b = original.clone();
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds && b.length > 0; r++) {
            b = switch (random.nextInt(6)) {
                case 0 -> flip(b);
                case 1 -> Arrays.copyOf(b, random.nextInt(b.length));
                case 2 -> insert(b);
                case 3 -> duplicate(b);
                default -> length(b);
            };
        }
        return b;
    }

    private byte[] flip(byte[] b) {
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(b.length);
            b[at] = random.nextBoolean() ? (byte) (b[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
        }
        return b;
    }

    private byte[] insert(byte[] b) {
        int at = random.nextInt(b.length + 1);
        byte[] junk = new byte[1 + random.nextInt(64)];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) random.nextInt(256);
        }
        return splice(b, at, junk);
    }

    private byte[] duplicate(byte[] b) {
        int from = random.nextInt(b.length);
        int len = 1 + random.nextInt(Math.min(256, b.length - from));
        return splice(b, random.nextInt(b.length + 1), Arrays.copyOfRange(b, from, from + len));
    }

    private byte[] length(byte[] b) {
        int[] value = LENGTHS[random.nextInt(LENGTHS.length)];
        int at = random.nextInt(b.length);
        for (int i = 0; i < value.length && at + i < b.length; i++) {
            b[at + i] = (byte) value[i];
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, byte[] part) {
        byte[] out = new byte[b.length + part.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(part, 0, out, at, part.length);
        System.arraycopy(b, at, out, at + part.length, b.length - at);
        return out;
    }
}

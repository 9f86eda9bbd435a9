package org.veil.core.recognize.tagger;

import java.util.Arrays;

/**
 * Feature hash to a row of {@code labels} weights in one flat float array: an open-addressing table of longs,
 * no boxing and no per-feature objects, so tagging costs a few array reads per feature.
 */
final class WeightTable {
    private final int labels;
    private long[] keys;
    private int[] rows;
    private float[] weights;
    private int size;

    WeightTable(int labels, int capacity) {
        this.labels = labels;
        int slots = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        keys = new long[slots];
        rows = new int[slots];
        Arrays.fill(rows, -1);
        weights = new float[Math.max(16, capacity) * labels];
    }

    int labels() {
        return labels;
    }

    int size() {
        return size;
    }

    float[] weights() {
        return weights;
    }

    /** The row of a feature, or -1 when the model has never seen it. */
    int row(long key) {
        int mask = keys.length - 1;
        for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
            int r = rows[slot];
            if (r < 0 || keys[slot] == key) {
                return r;
            }
        }
    }

    /** The row of a feature, adding a zero row when it is new. */
    int rowOrAdd(long key) {
        int mask = keys.length - 1;
        int slot = spread(key) & mask;
        while (rows[slot] >= 0) {
            if (keys[slot] == key) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
            return rowOrAdd(key);
        }
        if ((size + 1) * labels > weights.length) {
            weights = Arrays.copyOf(weights, weights.length * 2);
        }
        keys[slot] = key;
        rows[slot] = size;
        return size++;
    }

    /** Every key, in row order. */
    long[] keysByRow() {
        long[] out = new long[size];
        for (int slot = 0; slot < keys.length; slot++) {
            if (rows[slot] >= 0) {
                out[rows[slot]] = keys[slot];
            }
        }
        return out;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        Arrays.fill(rows, -1);
        int mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldRows[s] >= 0) {
                int slot = spread(oldKeys[s]) & mask;
                while (rows[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[s];
                rows[slot] = oldRows[s];
            }
        }
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

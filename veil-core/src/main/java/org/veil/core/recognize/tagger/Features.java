package org.veil.core.recognize.tagger;

import java.util.Arrays;

/**
 * The features of one token as 64-bit hashes (FNV-1a over the UTF-16 characters), collected without building
 * the feature strings: {@code add("w=", word)} gives the hash of the string {@code "w=" + word}, so a model
 * stored with string keys and one stored with hashed keys agree.
 */
public final class Features {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long[] hashes = new long[64];
    private int size;

    /** Empties the set for the next token. */
    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public long get(int k) {
        return hashes[k];
    }

    /** The feature named by the whole string. */
    public void add(String feature) {
        push(mix(OFFSET, feature, 0, feature.length()));
    }

    /** The feature {@code prefix + value}. */
    public void add(String prefix, CharSequence value) {
        push(mix(mix(OFFSET, prefix, 0, prefix.length()), value, 0, value.length()));
    }

    /** The feature {@code prefix + value.substring(from, to)}. */
    public void add(String prefix, CharSequence value, int from, int to) {
        push(mix(mix(OFFSET, prefix, 0, prefix.length()), value, from, to));
    }

    /** The feature {@code prefix + a + "|" + b}. */
    public void add(String prefix, CharSequence a, CharSequence b) {
        long h = mix(mix(OFFSET, prefix, 0, prefix.length()), a, 0, a.length());
        h = (h ^ '|') * PRIME;
        push(mix(h, b, 0, b.length()));
    }

    /** The hash of a whole feature string, as {@link #add(String)} would record it. */
    public static long hash(String feature) {
        return mix(OFFSET, feature, 0, feature.length());
    }

    private static long mix(long h, CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            h = (h ^ s.charAt(k)) * PRIME;
        }
        return h;
    }

    private void push(long h) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = h;
    }
}

package org.veil.files;

/** Matching ASCII signatures (magic numbers, chunk and box names) in raw bytes. */
public final class Ascii {
    private Ascii() {
    }

    /** Whether {@code b} holds the ASCII text {@code s} at {@code at}; false when it would run past either end. */
    public static boolean at(byte[] b, int at, String s) {
        if (at < 0 || at + s.length() > b.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

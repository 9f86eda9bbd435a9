package org.veil.core.vault;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Argon2id cost settings. They are stored in the vault file, which is not trusted to choose them: before use
 * they are checked against fixed limits (a huge value would exhaust memory or time before the passphrase is
 * even tried), and they are part of the associated data of the sealed data key.
 */
record KdfSettings(int memoryKib, int passes, int lanes) {
    /** 64 MiB, 3 passes, 1 lane (OWASP's recommended minimum range). */
    static final KdfSettings DEFAULT = new KdfSettings(64 * 1024, 3, 1);
    static final int MIN_MEMORY_KIB = 8 * 1024;
    static final int MAX_MEMORY_KIB = 256 * 1024;
    static final int MAX_PASSES = 8;
    static final int MAX_LANES = 8;
    private static final int ENCODED = 12;

    /** The settings stored in {@code file}, or a refusal when they are malformed or outside the limits. */
    static KdfSettings decode(byte[] stored, Path file) {
        if (stored == null || stored.length != ENCODED) {
            throw new VaultException("vault " + file + " has a malformed key-derivation record; refusing to use it");
        }
        ByteBuffer b = ByteBuffer.wrap(stored);
        KdfSettings s = new KdfSettings(b.getInt(), b.getInt(), b.getInt());
        if (!s.withinLimits()) {
            throw new VaultException("vault " + file + " asks for key-derivation settings outside Veil's limits ("
                    + s.describe() + "; allowed " + MIN_MEMORY_KIB / 1024 + "-" + MAX_MEMORY_KIB / 1024 + " MiB, 1-"
                    + MAX_PASSES + " passes, 1-" + MAX_LANES + " lanes); refusing to use it");
        }
        return s;
    }

    boolean withinLimits() {
        return memoryKib >= MIN_MEMORY_KIB && memoryKib <= MAX_MEMORY_KIB && passes >= 1 && passes <= MAX_PASSES
                && lanes >= 1 && lanes <= MAX_LANES;
    }

    byte[] encode() {
        return ByteBuffer.allocate(ENCODED).putInt(memoryKib).putInt(passes).putInt(lanes).array();
    }

    byte[] derive(char[] passphrase, byte[] salt) {
        if (!withinLimits()) {
            throw new IllegalArgumentException("key-derivation settings outside the limits: " + describe());
        }
        return Crypto.argon2id(passphrase, salt, memoryKib, passes, lanes);
    }

    private String describe() {
        // Unsigned, so a negative stored value reads as the huge number it would have been asked for.
        return Integer.toUnsignedString(memoryKib) + " KiB, " + Integer.toUnsignedString(passes) + " passes, "
                + Integer.toUnsignedString(lanes) + " lanes";
    }
}

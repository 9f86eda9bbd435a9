package org.veil.core.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import javax.crypto.AEADBadTagException;
import javax.crypto.Mac;
import org.veil.core.model.EntityType;

/**
 * What each vault row authenticates: an original or replacement is sealed with its entry id, type and half;
 * an alias row carries a MAC of its look-up key, entry and type; a counter row a MAC of its label and value.
 * Whatever fails is a refusal naming the file.
 */
final class RowSeals {
    private static final String PREFIX = "veil-vault-v2:";

    private final byte[] dataKey;
    /** Reused: a vault is used by one thread, and every look-up checks a MAC. */
    private final Mac rowMac;
    private final Path file;

    RowSeals(byte[] dataKey, Path file) {
        this.dataKey = dataKey;
        this.rowMac = Crypto.hmacSha256(Crypto.hmac(dataKey, PREFIX + "row-mac"));
        this.file = file;
    }

    VaultException modified(String what) {
        return new VaultException("vault " + file + " has been modified outside Veil (" + what
                + "); refusing to use it");
    }

    byte[] seal(String id, EntityType type, String part, String text) {
        return Crypto.seal(dataKey, bytes(text), context(id, type, part));
    }

    String open(byte[] sealed, String id, EntityType type, String part) {
        return open(sealed, id, context(id, type, part));
    }

    /** Format 1 bound a blob to its entry id and half only. */
    String openFormatOne(byte[] sealed, String id, String part) {
        return open(sealed, id, id + ":" + part);
    }

    private String open(byte[] sealed, String id, String context) {
        try {
            return new String(Crypto.open(dataKey, sealed, context), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw modified("entry " + id + " failed authentication");
        }
    }

    /** Each sealed value names its entry, its type and which half it is: a blob or a type cannot be moved. */
    private static String context(String id, EntityType type, String part) {
        return PREFIX + "entry\u0000" + id + "\u0000" + type.name() + "\u0000" + part;
    }

    EntityType type(String id, String name) {
        for (EntityType t : EntityType.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw modified("entry " + id + " has an unknown type");
    }

    byte[] aliasMac(byte[] lookup, String entry, EntityType type) {
        return mac(bytes("alias"), lookup, bytes(entry), bytes(type.name()));
    }

    void checkAlias(byte[] lookup, String entry, EntityType type, byte[] mac) {
        if (!MessageDigest.isEqual(aliasMac(lookup, entry, type), mac)) {
            throw modified("an alias row failed authentication");
        }
    }

    byte[] counterMac(byte[] label, long value) {
        return mac(bytes("counter"), label, ByteBuffer.allocate(8).putLong(value).array());
    }

    void checkCounter(byte[] label, long value, byte[] mac) {
        if (!MessageDigest.isEqual(counterMac(label, value), mac)) {
            throw modified("a counter row failed authentication");
        }
    }

    private byte[] mac(byte[]... fields) {
        for (byte[] f : fields) {
            Crypto.updateField(rowMac, f);
        }
        return rowMac.doFinal();
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}

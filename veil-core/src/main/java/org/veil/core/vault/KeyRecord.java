package org.veil.core.vault;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;

/** The vault's key record in its meta table: format, salt, KDF settings and the sealed data key. */
record KeyRecord(int format, byte[] salt, KdfSettings kdf, byte[] wrapped) {
    static final int CURRENT_FORMAT = 2;
    private static final String FORMAT_1_CONTEXT = "veil-vault-v1:data-key";

    /** The key record of {@code file}, or a refusal when it is missing, of an unknown format or out of limits. */
    static KeyRecord read(Connection db, Path file) throws SQLException {
        if (!hasMetaTable(db)) {
            throw new VaultException(file + " is not a Veil vault; refusing to use it");
        }
        byte[] format = Sql.meta(db, "format");
        byte[] salt = Sql.meta(db, "salt");
        byte[] params = Sql.meta(db, "kdf");
        byte[] wrapped = Sql.meta(db, "data-key");
        if (salt == null || params == null || wrapped == null) {
            throw new VaultException(file + " is not a Veil vault (key record missing); refusing to use it");
        }
        // Format 1 (before rows were authenticated) had no format row; it is upgraded on open.
        int version = format == null ? 1 : format.length == 4 ? ByteBuffer.wrap(format).getInt() : -1;
        if (version != 1 && version != CURRENT_FORMAT) {
            throw new VaultException("vault " + file + " has an unknown format (made by another version of Veil,"
                    + " or modified outside Veil); refusing to use it");
        }
        return new KeyRecord(version, salt, KdfSettings.decode(params, file), wrapped);
    }

    private static boolean hasMetaTable(Connection db) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** A fresh salt and the data key sealed under a key derived from {@code passphrase}. */
    static void write(Connection db, char[] passphrase, byte[] dataKey, KdfSettings kdf) throws SQLException {
        byte[] salt = Crypto.random(16);
        byte[] kek = kdf.derive(passphrase, salt);
        Sql.putMeta(db, "salt", salt);
        Sql.putMeta(db, "kdf", kdf.encode());
        Sql.putMeta(db, "data-key", Crypto.seal(kek, dataKey, context(salt, kdf)));
    }

    static void writeCurrentFormat(Connection db) throws SQLException {
        Sql.putMeta(db, "format", ByteBuffer.allocate(4).putInt(CURRENT_FORMAT).array());
    }

    /** This record's data key sealed again under the same key-encryption key, in the current format. */
    void rewrap(Connection db, byte[] kek, byte[] dataKey) throws SQLException {
        Sql.putMeta(db, "data-key", Crypto.seal(kek, dataKey, context(salt, kdf)));
    }

    byte[] kek(char[] passphrase) {
        return kdf.derive(passphrase, salt);
    }

    byte[] unwrap(byte[] kek, Path file) {
        try {
            return Crypto.open(kek, wrapped, format == 1 ? FORMAT_1_CONTEXT : context(salt, kdf));
        } catch (AEADBadTagException e) {
            throw new VaultException("wrong passphrase for vault " + file + " (or its key record was altered);"
                    + " nothing was changed");
        }
    }

    /** The settings and salt feed the key, so they are authenticated with it: changing them is a refusal. */
    private static String context(byte[] salt, KdfSettings kdf) {
        return "veil-vault-v2:data-key:" + HexFormat.of().formatHex(salt) + ":"
                + HexFormat.of().formatHex(kdf.encode());
    }
}

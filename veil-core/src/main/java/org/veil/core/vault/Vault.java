package org.veil.core.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.AEADBadTagException;
import org.sqlite.SQLiteConfig;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.MappingStore;
import org.veil.core.model.EntityType;

/**
 * The pseudonym vault: an SQLite file in which every original and replacement is sealed with AES-256-GCM
 * under a random data key. The data key itself is sealed under a key derived from the passphrase with
 * Argon2id, so a rekey only re-wraps it. Lookups go through HMACs of the aliases; nothing is stored in clear
 * but counters and KDF parameters. Writes happen in IMMEDIATE transactions: concurrent runs queue, and a
 * run killed mid-write rolls back to the last commit.
 */
public final class Vault implements MappingStore, AutoCloseable {
    /** Argon2id cost: 64 MiB, 3 passes (OWASP's recommended minimum range). */
    static final int MEMORY_KIB = 64 * 1024;
    static final int ITERATIONS = 3;
    private static final String KEY_CONTEXT = "veil-vault-v1:data-key";

    private final Connection db;
    private final byte[] dataKey;

    private Vault(Connection db, byte[] dataKey) {
        this.db = db;
        this.dataKey = dataKey;
    }

    /** One vault entry, decrypted. */
    public record Entry(String id, EntityType type, String original, String replacement) {
    }

    public static Vault create(Path file, char[] passphrase) {
        if (Files.exists(file)) {
            throw new VaultException(file + " already exists; refusing to overwrite a vault");
        }
        requirePassphrase(passphrase);
        Connection db = connect(file);
        try (Statement st = db.createStatement()) {
            st.executeUpdate("CREATE TABLE meta (k TEXT PRIMARY KEY, v BLOB NOT NULL)");
            st.executeUpdate("CREATE TABLE entries (id TEXT PRIMARY KEY, type TEXT NOT NULL, original BLOB NOT NULL,"
                    + " replacement BLOB NOT NULL, lookup BLOB NOT NULL)");
            st.executeUpdate("CREATE INDEX entries_lookup ON entries(lookup)");
            st.executeUpdate("CREATE TABLE aliases (lookup BLOB PRIMARY KEY, entry TEXT NOT NULL)");
            st.executeUpdate("CREATE TABLE counters (label BLOB PRIMARY KEY, value INTEGER NOT NULL)");
            byte[] dataKey = Crypto.random(32);
            writeKeyRecord(db, passphrase, dataKey);
            db.commit();
            return new Vault(db, dataKey);
        } catch (SQLException e) {
            close(db);
            throw new VaultException("cannot create vault " + file + ": " + e.getMessage(), e);
        }
    }

    public static Vault open(Path file, char[] passphrase) {
        if (!Files.isRegularFile(file)) {
            throw new VaultException("no vault at " + file + "; create one with 'veil vault init " + file + "'");
        }
        Connection db = connect(file);
        try {
            byte[] salt = meta(db, "salt");
            byte[] params = meta(db, "kdf");
            byte[] wrapped = meta(db, "data-key");
            if (salt == null || params == null || wrapped == null) {
                throw new VaultException(file + " is not a Veil vault (key record missing)");
            }
            ByteBuffer p = ByteBuffer.wrap(params);
            byte[] kek = Crypto.argon2id(passphrase, salt, p.getInt(), p.getInt(), p.getInt());
            try {
                return new Vault(db, Crypto.open(kek, wrapped, KEY_CONTEXT));
            } catch (AEADBadTagException e) {
                throw new VaultException("wrong passphrase for vault " + file + " (or its key record was altered);"
                        + " nothing was changed");
            }
        } catch (SQLException e) {
            close(db);
            throw new VaultException(file + " is not a readable Veil vault: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(db);
            throw e;
        }
    }

    private static void requirePassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length < 8) {
            throw new VaultException("the passphrase must have at least 8 characters");
        }
    }

    private static Connection connect(Path file) {
        try {
            SQLiteConfig cfg = new SQLiteConfig();
            cfg.setBusyTimeout(60_000);
            cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection c = cfg.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw new VaultException("cannot open vault " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeKeyRecord(Connection db, char[] passphrase, byte[] dataKey) throws SQLException {
        byte[] salt = Crypto.random(16);
        byte[] kek = Crypto.argon2id(passphrase, salt, MEMORY_KIB, ITERATIONS, 1);
        putMeta(db, "salt", salt);
        putMeta(db, "kdf", ByteBuffer.allocate(12).putInt(MEMORY_KIB).putInt(ITERATIONS).putInt(1).array());
        putMeta(db, "data-key", Crypto.seal(kek, dataKey, KEY_CONTEXT));
    }

    private static byte[] meta(Connection db, String k) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT v FROM meta WHERE k = ?")) {
            ps.setString(1, k);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    private static void putMeta(Connection db, String k, byte[] v) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO meta (k, v) VALUES (?, ?)")) {
            ps.setString(1, k);
            ps.setBytes(2, v);
            ps.executeUpdate();
        }
    }

    /** Runs {@code work} in one transaction: all its writes land together or not at all. */
    public <T> T inTransaction(Supplier<T> work) {
        try {
            T result = work.get();
            db.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new VaultException("vault write failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // The connection is unusable; the transaction is rolled back by SQLite when it closes.
        }
    }

    private byte[] lookupKey(EntityType type, String alias) {
        return Crypto.hmac(secret("lookup"), type.name() + "\u0000" + alias);
    }

    @Override
    public Optional<String> lookup(EntityType type, String alias) {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT e.id, e.replacement FROM aliases a JOIN entries e ON e.id = a.entry WHERE a.lookup = ?")) {
            ps.setBytes(1, lookupKey(type, alias));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(text(rs.getBytes(2), rs.getString(1) + ":replacement"));
            }
        } catch (SQLException e) {
            throw new VaultException("vault read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void remember(EntityType type, Collection<String> aliases, String original, String replacement) {
        String id = UUID.randomUUID().toString();
        try {
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO entries (id, type, original, replacement, lookup) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, type.name());
                ps.setBytes(3, Crypto.seal(dataKey, original.getBytes(StandardCharsets.UTF_8), id + ":original"));
                ps.setBytes(4, Crypto.seal(dataKey, replacement.getBytes(StandardCharsets.UTF_8), id + ":replacement"));
                ps.setBytes(5, Crypto.hmac(secret("replacement"), replacement));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT OR IGNORE INTO aliases (lookup, entry) VALUES (?, ?)")) {
                for (String a : aliases) {
                    ps.setBytes(1, lookupKey(type, a));
                    ps.setString(2, id);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new VaultException("vault write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public int next(String label) {
        byte[] key = Crypto.hmac(secret("counter"), label);
        try {
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO counters (label, value) VALUES (?, 1) ON CONFLICT(label) DO UPDATE SET value = value + 1")) {
                ps.setBytes(1, key);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = db.prepareStatement("SELECT value FROM counters WHERE label = ?")) {
                ps.setBytes(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        } catch (SQLException e) {
            throw new VaultException("vault write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] secret(String purpose) {
        return Crypto.hmac(dataKey, purpose);
    }

    /** Every entry, decrypted; fails clearly if any entry was altered. */
    public List<Entry> entries() {
        return query("SELECT id, type, original, replacement FROM entries ORDER BY rowid", null);
    }

    /** The entries whose replacement is {@code replacement}: who "[PERSON A]" (or "[ЛИЦО А]") was. */
    public List<Entry> reveal(String replacement) {
        return query("SELECT id, type, original, replacement FROM entries WHERE lookup = ? ORDER BY rowid",
                Crypto.hmac(secret("replacement"), Anonymizer.storedForm(replacement)));
    }

    private List<Entry> query(String sql, byte[] param) {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            if (param != null) {
                ps.setBytes(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    out.add(new Entry(id, EntityType.valueOf(rs.getString(2)), text(rs.getBytes(3), id + ":original"),
                            text(rs.getBytes(4), id + ":replacement")));
                }
            }
            db.commit();
        } catch (SQLException e) {
            throw new VaultException("vault read failed: " + e.getMessage(), e);
        }
        return out;
    }

    private String text(byte[] sealed, String context) {
        try {
            return new String(Crypto.open(dataKey, sealed, context), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new VaultException("vault entry " + context.substring(0, context.indexOf(':'))
                    + " failed authentication: the vault file was modified outside Veil");
        }
    }

    /** Re-wraps the data key under a new passphrase; mappings stay as they are. */
    public void rekey(char[] newPassphrase) {
        requirePassphrase(newPassphrase);
        inTransaction(() -> {
            try {
                writeKeyRecord(db, newPassphrase, dataKey);
            } catch (SQLException e) {
                throw new VaultException("rekey failed: " + e.getMessage(), e);
            }
            return null;
        });
    }

    /** A short fingerprint of the data key, to tell vaults apart without revealing anything. */
    public String fingerprint() {
        return HexFormat.of().formatHex(Crypto.hmac(dataKey, "fingerprint"), 0, 6);
    }

    @Override
    public void close() {
        try {
            db.commit();
        } catch (SQLException ignored) {
            // Nothing pending or already closed.
        }
        close(db);
    }

    private static void close(Connection db) {
        try {
            db.close();
        } catch (SQLException ignored) {
            // Closing is best effort; SQLite rolls back anything uncommitted.
        }
    }
}

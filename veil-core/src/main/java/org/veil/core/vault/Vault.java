package org.veil.core.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.crypto.AEADBadTagException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.MappingStore;
import org.veil.core.model.EntityType;

/**
 * The pseudonym vault: an SQLite file in which every original and replacement is sealed with AES-256-GCM
 * under a random data key. The data key itself is sealed under a key derived from the passphrase with
 * Argon2id, so a rekey only re-wraps it. Lookups go through HMACs of the aliases; nothing is stored in clear
 * but counters and KDF parameters.
 *
 * <p>Nothing read from the file is trusted: the KDF settings are bounded and authenticated with the data key,
 * every row authenticates what it means (an alias its entry and type, an entry its type, a counter its value),
 * and a sealed keyed digest over all rows, checked on open and at the start of every write, catches rows that
 * were deleted, added or restored. Any mismatch is a refusal.
 *
 * <p>Writes happen in short IMMEDIATE transactions ({@link #inTransaction}); a run killed mid-write rolls back
 * to the last commit. Reads never wait for a writer (WAL); a writer waits for another, says so, and gives up
 * after a bounded time.
 */
public final class Vault implements MappingStore, AutoCloseable {
    private static final String PREFIX = "veil-vault-v2:";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection db;
    private final byte[] dataKey;
    private final RowSeals seals;
    private final byte[] lookupSecret;
    private final byte[] digestKey;
    private WriteLock writeLock = WriteLock.DEFAULT;
    private boolean inWrite;
    private boolean dirty;
    /**
     * SQLite's {@code data_version} when this connection last saw the digest match (-1: never). It changes
     * only when another connection commits, so a write that finds it unchanged can skip the full re-scan.
     */
    private long trustedVersion = -1;

    private Vault(Path file, Connection db, byte[] dataKey) {
        this.file = file;
        this.db = db;
        this.dataKey = dataKey;
        this.seals = new RowSeals(dataKey, file);
        this.lookupSecret = secret("lookup");
        this.digestKey = Crypto.hmac(dataKey, PREFIX + "table-digest");
    }

    /** One vault entry, decrypted. */
    public record Entry(String id, EntityType type, String original, String replacement) {
    }

    /** Creates a new vault; an existing file, vault or not, is never touched. */
    public static Vault create(Path file, char[] passphrase) {
        return create(file, passphrase, KdfSettings.DEFAULT);
    }

    /** With other KDF settings (within the limits): for tests, which cannot afford 64 MiB per open. */
    static Vault create(Path file, char[] passphrase, KdfSettings kdf) {
        requirePassphrase(passphrase);
        try {
            // Atomically, so that a file made meanwhile by anyone else is never taken over (or deleted below).
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new VaultException(file + " already exists; refusing to overwrite it ('vault init' only creates"
                    + " new vaults)");
        } catch (IOException e) {
            throw new VaultException("cannot create vault " + file + ": " + e.getClass().getSimpleName() + " "
                    + e.getMessage(), e);
        }
        Connection db;
        try {
            db = connect(file, true);
        } catch (VaultException e) {
            deleteQuietly(file);
            throw e;
        }
        try {
            Sql.exec(db, "PRAGMA journal_mode=WAL");
            Sql.exec(db, "BEGIN IMMEDIATE");
            Sql.exec(db, "CREATE TABLE meta (k TEXT PRIMARY KEY, v BLOB NOT NULL)");
            Sql.exec(db, "CREATE TABLE entries (id TEXT PRIMARY KEY, type TEXT NOT NULL, original BLOB NOT NULL,"
                    + " replacement BLOB NOT NULL, lookup BLOB NOT NULL)");
            Sql.exec(db, "CREATE INDEX entries_lookup ON entries(lookup)");
            Sql.exec(db, "CREATE TABLE aliases (lookup BLOB PRIMARY KEY, entry TEXT NOT NULL, mac BLOB NOT NULL)");
            Sql.exec(db, "CREATE TABLE counters (label BLOB PRIMARY KEY, value INTEGER NOT NULL, mac BLOB NOT NULL)");
            KeyRecord.writeCurrentFormat(db);
            byte[] dataKey = Crypto.random(32);
            KeyRecord.write(db, passphrase, dataKey, kdf);
            Vault vault = new Vault(file, db, dataKey);
            vault.writeDigest();
            Sql.exec(db, "COMMIT");
            return vault;
        } catch (SQLException | RuntimeException e) {
            close(db);
            deleteQuietly(file);
            if (e instanceof VaultException ve) {
                throw ve;
            }
            throw new VaultException("cannot create vault " + file + ": " + oneLine(e), e);
        }
    }

    /** Opens an existing vault; anything that is not an intact Veil vault is refused and left as it is. */
    public static Vault open(Path file, char[] passphrase) {
        requireVaultFile(file);
        Connection db = connect(file, false);
        try {
            Sql.exec(db, "BEGIN");
            KeyRecord key = KeyRecord.read(db, file);
            Sql.exec(db, "COMMIT");
            byte[] kek = key.kek(passphrase);
            byte[] dataKey = key.unwrap(kek, file);
            Vault vault = new Vault(file, db, dataKey);
            if (key.format() == 1) {
                vault.upgradeFromFormat1(key, kek);
            }
            vault.reading(() -> {
                vault.verifyDigest();
                return null;
            });
            return vault;
        } catch (SQLException e) {
            close(db);
            throw damaged(file, "open", e);
        } catch (RuntimeException e) {
            close(db);
            throw e;
        }
    }

    /**
     * How a writer waits while another run holds the write lock: {@code notice} hears once that it waits, and
     * it gives up with a {@link VaultException} after {@code timeout}. By default: two minutes, on stderr.
     */
    public void onLockWait(Duration timeout, Consumer<String> notice) {
        this.writeLock = new WriteLock(timeout, notice);
    }

    private static void requirePassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length < 8) {
            throw new VaultException("the passphrase must have at least 8 characters");
        }
    }

    /** SQLite would quietly turn an empty or foreign file into a database; only SQLite files get that far. */
    private static void requireVaultFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new VaultException("no vault at " + file + "; create one with 'veil vault init " + file + "'");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new VaultException("cannot read vault " + file + ": " + e.getMessage(), e);
        }
        if (!Arrays.equals(head, SQLITE_HEADER)) {
            throw new VaultException(file + " is not a Veil vault; refusing to use it ('veil vault init' creates"
                    + " new vaults at new paths only)");
        }
    }

    private static Connection connect(Path file, boolean create) {
        try {
            SQLiteConfig cfg = new SQLiteConfig();
            cfg.setBusyTimeout(WriteLock.BUSY_SLICE_MS);
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            if (!create) {
                cfg.resetOpenMode(SQLiteOpenMode.CREATE);
            }
            // Auto-commit stays on: transactions are begun explicitly, so a reader never holds a write lock.
            return cfg.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw damaged(file, "open", e);
        }
    }

    /**
     * Runs {@code work} in one write transaction: all its writes land together or not at all. Hold it only
     * for the read-then-write of the mappings (analysis belongs outside): other writers wait for it.
     */
    public <T> T inTransaction(Supplier<T> work) {
        return inTransaction(work, true);
    }

    private <T> T inTransaction(Supplier<T> work, boolean verify) {
        if (inWrite) {
            return work.get();
        }
        try {
            writeLock.acquire(db, file);
        } catch (SQLException e) {
            throw damaged(file, "lock", e);
        }
        inWrite = true;
        dirty = false;
        try {
            if (verify && dataVersion() != trustedVersion) {
                verifyDigest();
            }
            T result = work.get();
            if (dirty) {
                writeDigest();
            }
            Sql.exec(db, "COMMIT");
            if (dirty) {
                trustedVersion = dataVersion();
            }
            return result;
        } catch (SQLException e) {
            rollback();
            throw damaged(file, "write", e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } finally {
            inWrite = false;
            dirty = false;
        }
    }

    /** A consistent snapshot for reads of several statements; inside a write transaction, that one. */
    private <T> T reading(SqlWork<T> work) throws SQLException {
        if (inWrite) {
            return work.run();
        }
        Sql.exec(db, "BEGIN");
        try {
            T result = work.run();
            Sql.exec(db, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
    }

    /** A write outside {@link #inTransaction} gets a transaction of its own, so the digest always follows. */
    private <T> T write(SqlWork<T> work) {
        return inTransaction(() -> {
            try {
                T result = work.run();
                dirty = true;
                return result;
            } catch (SQLException e) {
                throw damaged(file, "write", e);
            }
        });
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private void rollback() {
        try {
            Sql.exec(db, "ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction was open, or the connection is unusable; SQLite rolls back when it closes.
        }
    }

    private void verifyDigest() throws SQLException {
        byte[] expected;
        try {
            expected = Crypto.open(dataKey, Sql.meta(db, "digest"), PREFIX + "digest");
        } catch (AEADBadTagException e) {
            throw modified("its digest record is missing or altered");
        }
        if (!MessageDigest.isEqual(expected, TableDigest.compute(db, digestKey))) {
            throw modified("rows were added, deleted or changed");
        }
        trustedVersion = dataVersion();
    }

    private long dataVersion() throws SQLException {
        return ((Number) Sql.rows(db, "PRAGMA data_version").get(0)[0]).longValue();
    }

    private void writeDigest() throws SQLException {
        Sql.putMeta(db, "digest", Crypto.seal(dataKey, TableDigest.compute(db, digestKey), PREFIX + "digest"));
    }

    private VaultException modified(String what) {
        return seals.modified(what);
    }

    private static VaultException damaged(Path file, String action, SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        if (primary == 11 || primary == 26) { // SQLITE_CORRUPT, SQLITE_NOTADB
            return new VaultException("vault " + file + " is damaged or not a Veil vault (" + oneLine(e)
                    + "); refusing to use it", e);
        }
        return new VaultException("vault " + action + " failed for " + file + ": " + oneLine(e), e);
    }

    private static String oneLine(Exception e) {
        // SQLite quotes names from the file, which may hold any byte once the file is damaged.
        return String.valueOf(e.getMessage()).replaceAll("[\\p{Cntrl}\\s\uFFFD]+", " ").strip();
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // Best effort: the half-made vault is refused on open anyway (no digest).
            }
        }
    }

    private byte[] lookupKey(EntityType type, String alias) {
        return Crypto.hmac(lookupSecret, type.name() + "\u0000" + alias);
    }

    @Override
    public Optional<String> lookup(EntityType type, String alias) {
        byte[] key = lookupKey(type, alias);
        try (PreparedStatement ps = db.prepareStatement("SELECT a.entry, a.mac, e.id, e.type, e.replacement"
                + " FROM aliases a LEFT JOIN entries e ON e.id = a.entry WHERE a.lookup = ?")) {
            ps.setBytes(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String entry = rs.getString(1);
                seals.checkAlias(key, entry, type, rs.getBytes(2));
                if (rs.getString(3) == null) {
                    throw modified("an alias points at a missing entry");
                }
                if (seals.type(entry, rs.getString(4)) != type) {
                    throw modified("entry " + entry + " changed type");
                }
                return Optional.of(seals.open(rs.getBytes(5), entry, type, "replacement"));
            }
        } catch (SQLException e) {
            throw damaged(file, "read", e);
        }
    }

    @Override
    public void remember(EntityType type, Collection<String> aliases, String original, String replacement) {
        String id = UUID.randomUUID().toString();
        write(() -> {
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO entries (id, type, original, replacement, lookup) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, type.name());
                ps.setBytes(3, seals.seal(id, type, "original", original));
                ps.setBytes(4, seals.seal(id, type, "replacement", replacement));
                ps.setBytes(5, Crypto.hmac(secret("replacement"), replacement));
                ps.executeUpdate();
            }
            insertAliases(type, id, aliases);
            return null;
        });
    }

    /** Alias rows pointing at one entry, each sealed with its look-up key, the entry and the type. */
    private void insertAliases(EntityType type, String entry, Collection<String> aliases) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT OR IGNORE INTO aliases (lookup, entry, mac) VALUES (?, ?, ?)")) {
            for (String a : aliases) {
                byte[] key = lookupKey(type, a);
                ps.setBytes(1, key);
                ps.setString(2, entry);
                ps.setBytes(3, seals.aliasMac(key, entry, type));
                ps.executeUpdate();
            }
        }
    }

    @Override
    public void alias(EntityType type, String known, Collection<String> aliases) {
        byte[] from = lookupKey(type, known);
        write(() -> {
            String entry;
            try (PreparedStatement ps = db.prepareStatement("SELECT entry, mac FROM aliases WHERE lookup = ?")) {
                ps.setBytes(1, from);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    entry = rs.getString(1);
                    seals.checkAlias(from, entry, type, rs.getBytes(2));
                }
            }
            // New forms of a known entity point at the same entry, sealed like any alias row.
            insertAliases(type, entry, aliases);
            return null;
        });
    }

    @Override
    public int next(String label) {
        byte[] key = Crypto.hmac(secret("counter"), label);
        return write(() -> {
            long value = 0;
            try (PreparedStatement ps = db.prepareStatement("SELECT value, mac FROM counters WHERE label = ?")) {
                ps.setBytes(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        value = rs.getLong(1);
                        seals.checkCounter(key, value, rs.getBytes(2));
                    }
                }
            }
            value++;
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT OR REPLACE INTO counters (label, value, mac) VALUES (?, ?, ?)")) {
                ps.setBytes(1, key);
                ps.setLong(2, value);
                ps.setBytes(3, seals.counterMac(key, value));
                ps.executeUpdate();
            }
            return Math.toIntExact(value);
        });
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
        String stored = Anonymizer.storedForm(replacement);
        List<Entry> found = query("SELECT id, type, original, replacement FROM entries WHERE lookup = ?"
                + " ORDER BY rowid", Crypto.hmac(secret("replacement"), stored));
        for (Entry e : found) {
            if (!e.replacement().equals(stored)) {
                throw modified("entry " + e.id() + " is filed under another replacement");
            }
        }
        return found;
    }

    private List<Entry> query(String sql, byte[] param) {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            if (param != null) {
                ps.setBytes(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(entry(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4)));
                }
            }
        } catch (SQLException e) {
            throw damaged(file, "read", e);
        }
        return out;
    }

    private Entry entry(String id, String typeName, byte[] original, byte[] replacement) {
        EntityType type = seals.type(id, typeName);
        return new Entry(id, type, seals.open(original, id, type, "original"),
                seals.open(replacement, id, type, "replacement"));
    }

    /** A format-1 vault is upgraded once, under the write lock; a run that lost the race finds it done. */
    private void upgradeFromFormat1(KeyRecord key, byte[] kek) {
        inTransaction(() -> {
            try {
                if (Sql.meta(db, "format") == null) {
                    FormatOneUpgrade.apply(db, seals, key, kek, dataKey);
                    dirty = true;
                }
            } catch (SQLException e) {
                throw damaged(file, "upgrade", e);
            }
            return null;
        }, false);
    }

    /**
     * Stores a value under a name, both unreadable on disk: the name as an HMAC, the value sealed and bound to
     * that HMAC (review decisions and allow/deny lists hold originals). Replaces an earlier value. Call it
     * inside {@link #inTransaction}.
     */
    public void putNote(String name, String value) {
        byte[] key = Crypto.hmac(secret("note"), name);
        write(() -> {
            createNotes();
            try (PreparedStatement ps = db.prepareStatement("INSERT OR REPLACE INTO notes (name, value) VALUES (?, ?)")) {
                ps.setBytes(1, key);
                ps.setBytes(2, Crypto.seal(dataKey, value.getBytes(StandardCharsets.UTF_8), noteContext(key)));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The value stored under {@code name} by {@link #putNote}, if any. */
    public Optional<String> note(String name) {
        byte[] key = Crypto.hmac(secret("note"), name);
        try {
            byte[] sealed = null;
            if (Sql.tableExists(db, "notes")) {
                try (PreparedStatement ps = db.prepareStatement("SELECT value FROM notes WHERE name = ?")) {
                    ps.setBytes(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        sealed = rs.next() ? rs.getBytes(1) : null;
                    }
                }
            }
            if (sealed == null) {
                return Optional.empty();
            }
            return Optional.of(new String(Crypto.open(dataKey, sealed, noteContext(key)), StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            throw modified("a note failed authentication");
        } catch (SQLException e) {
            throw damaged(file, "read", e);
        }
    }

    /** Vaults made before notes existed get the table on first use. */
    private void createNotes() throws SQLException {
        try (java.sql.Statement st = db.createStatement()) {
            st.executeUpdate("CREATE TABLE IF NOT EXISTS notes (name BLOB PRIMARY KEY, value BLOB NOT NULL)");
        }
    }

    private static String noteContext(byte[] key) {
        return "note-" + HexFormat.of().formatHex(key, 0, 8) + ":note";
    }

    /** Re-wraps the data key under a new passphrase; mappings stay as they are. */
    public void rekey(char[] newPassphrase) {
        requirePassphrase(newPassphrase);
        inTransaction(() -> {
            try {
                KeyRecord.write(db, newPassphrase, dataKey, KdfSettings.DEFAULT);
            } catch (SQLException e) {
                throw damaged(file, "rekey", e);
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

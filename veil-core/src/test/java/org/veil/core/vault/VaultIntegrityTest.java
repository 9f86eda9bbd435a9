package org.veil.core.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.core.vault.VaultFiles.PASS;
import static org.veil.core.vault.VaultFiles.rows;
import static org.veil.core.vault.VaultFiles.sql;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.model.EntityType;

/** Nothing read from the vault file is trusted: settings, rows and the set of rows are all authenticated. */
class VaultIntegrityTest {
    @TempDir
    Path dir;

    /** Anna [PERSON A] (aliases a1, a2), Boris [PERSON B] (b1), Kazan [PLACE 1] (k1); counters PERSON 2, PLACE 1. */
    private Path sample() {
        Path file = dir.resolve("v.vault");
        try (Vault v = VaultFiles.create(file)) {
            v.inTransaction(() -> {
                v.remember(EntityType.PERSON, List.of("a1", "a2"), "Anna", "[PERSON A]");
                v.next("PERSON");
                v.remember(EntityType.PERSON, List.of("b1"), "Boris", "[PERSON B]");
                v.next("PERSON");
                v.remember(EntityType.LOCATION, List.of("k1"), "Kazan", "[PLACE 1]");
                v.next("PLACE");
                return null;
            });
        }
        return file;
    }

    private static void assertRefused(Executable action, String expected) {
        VaultException e = assertThrows(VaultException.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(20), action));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    private static void assertOpenRefused(Path file, String expected) {
        assertRefused(() -> Vault.open(file, PASS).close(), expected);
    }

    private static byte[] kdf(int memoryKib, int passes, int lanes) {
        return ByteBuffer.allocate(12).putInt(memoryKib).putInt(passes).putInt(lanes).array();
    }

    @Test
    void sampleOpensAndReadsBack() {
        try (Vault v = Vault.open(sample(), PASS)) {
            assertEquals(Optional.of("[PERSON A]"), v.lookup(EntityType.PERSON, "a2"));
            assertEquals(Optional.of("[PLACE 1]"), v.lookup(EntityType.LOCATION, "k1"));
            assertEquals(3, v.entries().size());
            assertEquals(3, (int) v.inTransaction(() -> v.next("PERSON")));
        }
    }

    @Test
    void hugeKdfSettingsAreRefusedBeforeUse() throws Exception {
        Path file = sample();
        int[][] bad = {{Integer.MAX_VALUE, 1, 1}, {-1, 1, 1}, {64 * 1024, 1 << 30, 1}, {64 * 1024, 3, 1 << 24},
                {1024 * 1024, 3, 1}, {64 * 1024, 0, 1}, {64 * 1024, 3, 0}, {16, 1, 1}};
        for (int[] s : bad) {
            sql(file, "UPDATE meta SET v = ? WHERE k = 'kdf'", (Object) kdf(s[0], s[1], s[2]));
            assertOpenRefused(file, "outside Veil's limits");
        }
        sql(file, "UPDATE meta SET v = ? WHERE k = 'kdf'", (Object) new byte[] {1, 2, 3});
        assertOpenRefused(file, "malformed key-derivation record");
    }

    @Test
    void kdfSettingsAndSaltAreAuthenticated() throws Exception {
        Path file = sample();
        byte[] original = (byte[]) rows(file, "SELECT v FROM meta WHERE k = 'kdf'").get(0)[0];
        sql(file, "UPDATE meta SET v = ? WHERE k = 'kdf'", (Object) kdf(KdfSettings.MIN_MEMORY_KIB + 1024, 1, 1));
        assertOpenRefused(file, "key record was altered");
        sql(file, "UPDATE meta SET v = ? WHERE k = 'kdf'", (Object) original);
        sql(file, "UPDATE meta SET v = zeroblob(16) WHERE k = 'salt'");
        assertOpenRefused(file, "key record was altered");
    }

    @Test
    void theDefaultsAreWithinTheLimitsAndUnchanged() {
        assertTrue(KdfSettings.DEFAULT.withinLimits());
        assertEquals(new KdfSettings(64 * 1024, 3, 1), KdfSettings.DEFAULT);
    }

    @Test
    void anAliasPointedAtAnotherEntryIsRefused() throws Exception {
        Path file = sample();
        Object boris = rows(file, "SELECT id FROM entries WHERE rowid = 2").get(0)[0];
        try (Vault v = Vault.open(file, PASS)) {
            // Behind the open vault's back, so that only the alias row's own MAC can notice.
            sql(file, "UPDATE aliases SET entry = ?", boris);
            assertRefused(() -> v.lookup(EntityType.PERSON, "a1"), "alias row failed authentication");
            assertRefused(() -> v.inTransaction(() -> v.next("PERSON")), "modified outside Veil");
        }
        assertOpenRefused(file, "modified outside Veil");
    }

    @Test
    void anEntryWithAnotherTypeIsRefused() throws Exception {
        Path file = sample();
        try (Vault v = Vault.open(file, PASS)) {
            sql(file, "UPDATE entries SET type = 'LOCATION' WHERE rowid = 1");
            assertRefused(() -> v.lookup(EntityType.PERSON, "a1"), "changed type");
            assertRefused(v::entries, "failed authentication");
        }
        assertOpenRefused(file, "modified outside Veil");
        sql(file, "UPDATE entries SET type = 'NO_SUCH_TYPE' WHERE rowid = 1");
        assertOpenRefused(file, "modified outside Veil");
    }

    @Test
    void swappedEntryBlobsAreRefused() throws Exception {
        Path file = sample();
        try (Vault v = Vault.open(file, PASS)) {
            sql(file, "UPDATE entries SET replacement = (SELECT replacement FROM entries WHERE rowid = 2)"
                    + " WHERE rowid = 1");
            assertRefused(() -> v.lookup(EntityType.PERSON, "a1"), "failed authentication");
        }
        assertOpenRefused(file, "modified outside Veil");
    }

    @Test
    void aChangedCounterIsRefused() throws Exception {
        Path file = sample();
        try (Vault v = Vault.open(file, PASS)) {
            sql(file, "UPDATE counters SET value = 1 WHERE value = 2");
            assertRefused(() -> v.next("PERSON"), "modified outside Veil");
        }
        assertOpenRefused(file, "modified outside Veil");
    }

    @Test
    void deletedRowsAreRefused() throws Exception {
        for (String table : List.of("entries", "aliases", "counters")) {
            Path file = sample();
            assertEquals(1, sql(file, "DELETE FROM " + table + " WHERE rowid = (SELECT max(rowid) FROM " + table
                    + ")"));
            assertOpenRefused(file, "rows were added, deleted or changed");
            Files.delete(file);
        }
        Path file = sample();
        sql(file, "DELETE FROM meta WHERE k = 'digest'");
        assertOpenRefused(file, "digest record is missing or altered");
    }

    @Test
    void anOlderCopyOfARowIsRefused() throws Exception {
        Path file = sample();
        List<Object[]> before = rows(file, "SELECT label, value, mac FROM counters");
        try (Vault v = Vault.open(file, PASS)) {
            v.inTransaction(() -> v.next("PERSON"));
        }
        // Each old row still carries a valid MAC of its own: only the digest over all rows can tell.
        for (Object[] r : before) {
            sql(file, "INSERT OR REPLACE INTO counters (label, value, mac) VALUES (?, ?, ?)", r);
        }
        assertOpenRefused(file, "rows were added, deleted or changed");
    }

    @Test
    void aWriteDoesNotBlessAnEditMadeWhileTheVaultWasOpen() throws Exception {
        Path file = sample();
        try (Vault v = Vault.open(file, PASS)) {
            sql(file, "DELETE FROM aliases WHERE rowid = 1");
            assertRefused(() -> v.inTransaction(() -> {
                v.remember(EntityType.PERSON, List.of("c1"), "Clara", "[PERSON C]");
                return null;
            }), "modified outside Veil");
        }
        assertOpenRefused(file, "modified outside Veil");
    }

    @Test
    void anEditBetweenTwoOwnWritesIsStillCaught() throws Exception {
        // The first write leaves the digest trusted without a re-scan; another connection's commit must end that.
        Path file = sample();
        try (Vault v = Vault.open(file, PASS)) {
            v.inTransaction(() -> {
                v.remember(EntityType.PERSON, List.of("c1"), "Clara", "[PERSON C]");
                return null;
            });
            assertEquals(Optional.of("[PERSON C]"), v.lookup(EntityType.PERSON, "c1"));
            sql(file, "DELETE FROM aliases WHERE rowid = 1");
            assertRefused(() -> v.inTransaction(() -> {
                v.remember(EntityType.PERSON, List.of("d1"), "Dora", "[PERSON D]");
                return null;
            }), "modified outside Veil");
        }
    }

    @Test
    void aFileThatIsNotAVaultIsRefusedAndLeftAsItIs() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.vault"));
        assertOpenRefused(empty, "not a Veil vault");
        assertEquals(0, Files.size(empty), "an empty file must not become a database");
        assertFalse(Files.exists(dir.resolve("empty.vault-wal")));

        Path text = Files.writeString(dir.resolve("notes.txt"), "Dear diary, today I met Anna.");
        assertOpenRefused(text, "not a Veil vault");
        assertEquals("Dear diary, today I met Anna.", Files.readString(text));

        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE people (name TEXT)");
        }
        byte[] before = Files.readAllBytes(other);
        assertOpenRefused(other, "not a Veil vault");
        assertArrayEquals(before, Files.readAllBytes(other));

        assertRefused(() -> Vault.create(empty, PASS), "already exists");
        assertEquals(0, Files.size(empty));
    }
}

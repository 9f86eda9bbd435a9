package org.veil.core.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.core.vault.VaultFiles.CHEAP;
import static org.veil.core.vault.VaultFiles.PASS;
import static org.veil.core.vault.VaultFiles.rows;
import static org.veil.core.vault.VaultFiles.sql;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.model.EntityType;

/** A vault written by an earlier Veil (format 1, rows not authenticated) is upgraded once, on open. */
class VaultUpgradeTest {
    @TempDir
    Path dir;

    private final byte[] dataKey = Crypto.random(32);

    /** Writes what format 1 wrote: entries sealed with their id only, bare aliases and counters. */
    private Path formatOneVault() throws Exception {
        Path file = dir.resolve("old.vault");
        sql(file, "CREATE TABLE meta (k TEXT PRIMARY KEY, v BLOB NOT NULL)");
        sql(file, "CREATE TABLE entries (id TEXT PRIMARY KEY, type TEXT NOT NULL, original BLOB NOT NULL,"
                + " replacement BLOB NOT NULL, lookup BLOB NOT NULL)");
        sql(file, "CREATE INDEX entries_lookup ON entries(lookup)");
        sql(file, "CREATE TABLE aliases (lookup BLOB PRIMARY KEY, entry TEXT NOT NULL)");
        sql(file, "CREATE TABLE counters (label BLOB PRIMARY KEY, value INTEGER NOT NULL)");
        sql(file, "PRAGMA journal_mode=WAL");
        byte[] salt = Crypto.random(16);
        byte[] kek = CHEAP.derive(PASS, salt);
        sql(file, "INSERT INTO meta VALUES ('salt', ?)", (Object) salt);
        sql(file, "INSERT INTO meta VALUES ('kdf', ?)", (Object) CHEAP.encode());
        sql(file, "INSERT INTO meta VALUES ('data-key', ?)",
                (Object) Crypto.seal(kek, dataKey, "veil-vault-v1:data-key"));
        entry(file, "e1", EntityType.PERSON, "Anna Ivanova", "[PERSON A]", "anna ivanova", "ivanova");
        entry(file, "e2", EntityType.LOCATION, "Kazan", "[PLACE 1]", "kazan");
        for (String label : new String[] {"PERSON", "PLACE"}) {
            byte[] key = Crypto.hmac(Crypto.hmac(dataKey, "counter"), label);
            sql(file, "INSERT INTO counters VALUES (?, 1)", (Object) key);
        }
        return file;
    }

    private void entry(Path file, String id, EntityType type, String original, String replacement, String... aliases)
            throws Exception {
        sql(file, "INSERT INTO entries VALUES (?, ?, ?, ?, ?)", id, type.name(),
                Crypto.seal(dataKey, original.getBytes(StandardCharsets.UTF_8), id + ":original"),
                Crypto.seal(dataKey, replacement.getBytes(StandardCharsets.UTF_8), id + ":replacement"),
                Crypto.hmac(Crypto.hmac(dataKey, "replacement"), replacement));
        for (String a : aliases) {
            sql(file, "INSERT INTO aliases VALUES (?, ?)", Crypto.hmac(Crypto.hmac(dataKey, "lookup"),
                    type.name() + "\u0000" + a), id);
        }
    }

    @Test
    void aFormatOneVaultIsUpgradedAndKeepsEveryMapping() throws Exception {
        Path file = formatOneVault();
        try (Vault v = Vault.open(file, PASS)) {
            assertEquals(Set.of("PERSON|Anna Ivanova|[PERSON A]", "LOCATION|Kazan|[PLACE 1]"), v.entries().stream()
                    .map(e -> e.type() + "|" + e.original() + "|" + e.replacement()).collect(Collectors.toSet()));
            assertEquals(Optional.of("[PERSON A]"), v.lookup(EntityType.PERSON, "ivanova"));
            assertEquals(Optional.of("[PLACE 1]"), v.lookup(EntityType.LOCATION, "kazan"));
            assertEquals(2, (int) v.inTransaction(() -> v.next("PERSON")));
            assertArrayEquals(Crypto.hmac(dataKey, "hash"), v.secret("hash"), "same data key, same secrets");
        }
        try (Vault v = Vault.open(file, PASS)) {
            assertEquals(3, (int) v.inTransaction(() -> v.next("PERSON")));
        }
        assertEquals(1, rows(file, "SELECT v FROM meta WHERE k = 'format'").size());
        // From now on the rows are authenticated like those of a new vault.
        sql(file, "UPDATE aliases SET entry = 'e2'");
        VaultException e = assertThrows(VaultException.class, () -> Vault.open(file, PASS));
        assertTrue(e.getMessage().contains("modified outside Veil"), e.getMessage());
    }

    @Test
    void aWrongPassphraseLeavesAFormatOneVaultAsItIs() throws Exception {
        Path file = formatOneVault();
        byte[] before = Files.readAllBytes(file);
        VaultException e = assertThrows(VaultException.class,
                () -> Vault.open(file, "not the passphrase".toCharArray()));
        assertTrue(e.getMessage().contains("wrong passphrase"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFormatOneVaultWithADanglingAliasIsRefused() throws Exception {
        Path file = formatOneVault();
        sql(file, "DELETE FROM entries WHERE id = 'e2'");
        VaultException e = assertThrows(VaultException.class, () -> Vault.open(file, PASS));
        assertTrue(e.getMessage().contains("missing entry"), e.getMessage());
        assertTrue(rows(file, "SELECT v FROM meta WHERE k = 'format'").isEmpty(), "nothing was upgraded");
    }
}

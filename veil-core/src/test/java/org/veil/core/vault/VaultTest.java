package org.veil.core.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.Policies;
import org.veil.core.model.Document;
import org.veil.core.model.EntityType;

class VaultTest {
    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    private static void createWithAnna(Path file) {
        try (Vault v = Vault.create(file, PASS)) {
            v.inTransaction(() -> {
                v.remember(EntityType.PERSON, List.of("a"), "Anna", "[PERSON A]");
                return null;
            });
        }
    }

    @Test
    void roundTripAcrossDocumentsAndReopen() {
        Path file = dir.resolve("v.db");
        Analyzer analyzer = Analyzer.english();
        String first;
        try (Vault v = Vault.create(file, PASS)) {
            first = v.inTransaction(() -> new Anonymizer(Policies.publish(), v)
                    .anonymize(analyzer.analyze(Document.of("Dmitri Sokolov met Olga Petrova."))).text());
        }
        assertEquals("[PERSON A] met [PERSON B].", first);
        try (Vault v = Vault.open(file, PASS)) {
            String second = v.inTransaction(() -> new Anonymizer(Policies.publish(), v)
                    .anonymize(analyzer.analyze(Document.of("Later Olga Petrova called Ivan Orlov and Dmitri Sokolov."))).text());
            assertEquals("Later [PERSON B] called [PERSON C] and [PERSON A].", second);
            assertEquals("Dmitri Sokolov", v.reveal("[PERSON A]").get(0).original());
            assertEquals("Olga Petrova", v.reveal("[ЛИЦО Б]").get(0).original(), "as written in a Russian sentence");
            assertEquals(3, v.entries().size());
            String third = v.inTransaction(() -> new Anonymizer(Policies.publish(), v)
                    .anonymize(analyzer.analyze(Document.of("Dimitri Sokolov wrote again."))).text());
            assertEquals("[PERSON A] wrote again.", third, "a spelling variant in a later document");
        }
    }

    @Test
    void nothingIsStoredInClear() throws Exception {
        Path file = dir.resolve("v.db");
        try (Vault v = Vault.create(file, PASS)) {
            v.inTransaction(() -> {
                v.remember(EntityType.PERSON, List.of("placeholder|dmitri sokolov"), "Dmitri Sokolov", "[PERSON A]");
                return null;
            });
        }
        byte[] raw = Files.readAllBytes(file);
        Path wal = dir.resolve("v.db-wal");
        String all = new String(raw, StandardCharsets.ISO_8859_1)
                + (Files.exists(wal) ? new String(Files.readAllBytes(wal), StandardCharsets.ISO_8859_1) : "");
        assertFalse(all.contains("Sokolov"), "original in clear");
        assertFalse(all.contains("PERSON A"), "replacement in clear");
    }

    @Test
    void wrongPassphraseIsClearAndChangesNothing() throws Exception {
        Path file = dir.resolve("v.db");
        createWithAnna(file);
        byte[] before = Files.readAllBytes(file);
        VaultException e = assertThrows(VaultException.class, () -> Vault.open(file, "wrong passphrase".toCharArray()));
        assertTrue(e.getMessage().contains("wrong passphrase"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Vault v = Vault.open(file, PASS)) {
            assertEquals(Optional.of("[PERSON A]"), v.lookup(EntityType.PERSON, "a"));
        }
    }

    @Test
    void tamperedEntryFailsAuthenticationClearly() throws Exception {
        Path file = dir.resolve("v.db");
        createWithAnna(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT original FROM entries");
            byte[] blob = rs.getBytes(1);
            rs.close();
            blob[blob.length - 1] ^= 1;
            var ps = c.prepareStatement("UPDATE entries SET original = ?");
            ps.setBytes(1, blob);
            ps.executeUpdate();
        }
        VaultException e = assertThrows(VaultException.class, () -> Vault.open(file, PASS));
        assertTrue(e.getMessage().contains("modified outside Veil"), e.getMessage());
    }

    @Test
    void rekeyKeepsMappingsAndRetiresTheOldPassphrase() {
        Path file = dir.resolve("v.db");
        try (Vault v = Vault.create(file, PASS)) {
            v.inTransaction(() -> {
                v.remember(EntityType.PERSON, List.of("a"), "Anna", "[PERSON A]");
                return null;
            });
            v.rekey("a brand new passphrase".toCharArray());
        }
        assertThrows(VaultException.class, () -> Vault.open(file, PASS));
        try (Vault v = Vault.open(file, "a brand new passphrase".toCharArray())) {
            assertEquals("Anna", v.reveal("[PERSON A]").get(0).original());
        }
    }

    @Test
    void concurrentRunsNeverHandOutOneNumberTwice() throws Exception {
        Path file = dir.resolve("v.db");
        Vault.create(file, PASS).close();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Integer>>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            futures.add(pool.submit(() -> {
                List<Integer> got = new ArrayList<>();
                try (Vault v = Vault.open(file, PASS)) {
                    for (int i = 0; i < 10; i++) {
                        got.add(v.inTransaction(() -> v.next("PERSON")));
                    }
                }
                return got;
            }));
        }
        Set<Integer> all = new HashSet<>();
        for (Future<List<Integer>> f : futures) {
            for (int n : f.get()) {
                assertTrue(all.add(n), "number " + n + " handed out twice");
            }
        }
        pool.shutdown();
        assertEquals(40, all.size());
    }

    @Test
    void anUncommittedRunLeavesNoTrace() {
        Path file = dir.resolve("v.db");
        try (Vault v = Vault.create(file, PASS)) {
            v.inTransaction(() -> {
                v.remember(EntityType.PERSON, List.of("kept"), "Kept", "[PERSON A]");
                return null;
            });
            assertThrows(IllegalStateException.class, () -> v.inTransaction(() -> {
                v.remember(EntityType.PERSON, List.of("lost"), "Lost", "[PERSON B]");
                throw new IllegalStateException("killed mid-run");
            }));
        }
        try (Vault v = Vault.open(file, PASS)) {
            assertEquals(1, v.entries().size());
            assertTrue(v.lookup(EntityType.PERSON, "lost").isEmpty());
        }
    }

    @Test
    void refusesToOverwriteAndRejectsShortPassphrases() throws Exception {
        Path file = Files.writeString(dir.resolve("exists.db"), "x");
        assertThrows(VaultException.class, () -> Vault.create(file, PASS));
        assertThrows(VaultException.class, () -> Vault.create(dir.resolve("n.db"), "short".toCharArray()));
        VaultException e = assertThrows(VaultException.class, () -> Vault.open(file, PASS));
        assertTrue(e.getMessage().contains("not"), e.getMessage());
    }
}

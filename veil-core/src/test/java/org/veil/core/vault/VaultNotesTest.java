package org.veil.core.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultNotesTest {
    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    @Test
    void notesSurviveReopenAndAreNotInClear() throws Exception {
        Path file = dir.resolve("v.db");
        try (Vault v = Vault.create(file, PASS)) {
            assertEquals(Optional.empty(), v.note("review:terms"));
            v.inTransaction(() -> {
                v.putNote("review:terms", "{\"deny\":[\"Zaurbek Tagirov\"]}");
                return null;
            });
            v.inTransaction(() -> {
                v.putNote("review:terms", "{\"deny\":[\"Zaurbek Tagirov\",\"Khasavyurt\"]}");
                return null;
            });
        }
        try (Vault v = Vault.open(file, PASS)) {
            assertEquals("{\"deny\":[\"Zaurbek Tagirov\",\"Khasavyurt\"]}", v.note("review:terms").orElseThrow());
            assertTrue(v.note("other").isEmpty());
        }
        for (Path f : new Path[] {file, Path.of(file + "-wal")}) {
            if (Files.exists(f)) {
                String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(raw.contains("Tagirov") || raw.contains("review:terms"), f + " holds a note in clear");
            }
        }
    }

    @Test
    void aSwappedNoteFailsAuthentication() throws Exception {
        Path file = dir.resolve("v.db");
        try (Vault v = Vault.create(file, PASS)) {
            v.inTransaction(() -> {
                v.putNote("a", "first");
                v.putNote("b", "second");
                return null;
            });
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE notes SET value = (SELECT value FROM notes ORDER BY rowid LIMIT 1)");
        }
        try (Vault v = Vault.open(file, PASS)) {
            v.note("a");
            assertThrows(VaultException.class, () -> {
                v.note("a");
                v.note("b");
            });
        }
    }
}

package org.veil.core.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Test helpers: cheap vaults, and edits to a vault file behind Veil's back, as an attacker would make them. */
final class VaultFiles {
    static final char[] PASS = "correct horse battery".toCharArray();
    /** The cheapest settings within the limits; the defaults cost 64 MiB and about a second per open. */
    static final KdfSettings CHEAP = new KdfSettings(KdfSettings.MIN_MEMORY_KIB, 1, 1);

    private VaultFiles() {
    }

    static Vault create(Path file) {
        return Vault.create(file, PASS, CHEAP);
    }

    /** Runs one statement with plain JDBC; returns the number of rows changed. */
    static int sql(Path file, String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.execute() ? 0 : ps.getUpdateCount(); // a PRAGMA answers with a row
        }
    }

    /** The rows of one query, each as its column values. */
    static List<Object[]> rows(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return Sql.rows(c, sql);
        }
    }
}

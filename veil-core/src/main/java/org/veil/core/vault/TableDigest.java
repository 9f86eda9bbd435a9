package org.veil.core.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.crypto.Mac;

/**
 * A keyed digest over every row of the vault's tables in a fixed order. Each row authenticates its own
 * meaning, but only this digest notices a row that was deleted, added, or restored from an older copy.
 */
final class TableDigest {
    /** Every column of every table, ordered by primary key so that the digest does not depend on storage. */
    private static final List<String> TABLES = List.of(
            "SELECT id, type, original, replacement, lookup FROM entries ORDER BY id",
            "SELECT lookup, entry, mac FROM aliases ORDER BY lookup",
            "SELECT label, value, mac FROM counters ORDER BY label");

    private TableDigest() {
    }

    static byte[] compute(Connection db, byte[] key) throws SQLException {
        Mac mac = Crypto.hmacSha256(key);
        for (String sql : TABLES) {
            try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    mac.update((byte) 1);
                    for (int c = 1; c <= columns; c++) {
                        Crypto.updateField(mac, rs.getBytes(c));
                    }
                }
            }
            mac.update((byte) 0);
        }
        return mac.doFinal();
    }
}

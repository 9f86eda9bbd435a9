package org.veil.core.vault;

import java.sql.Connection;
import java.sql.SQLException;
import org.veil.core.model.EntityType;

/**
 * Brings a format-1 vault (entries sealed with their id only; aliases, counters and the set of rows not
 * authenticated) to the current format. What it holds cannot be checked further, so it is re-sealed as it is;
 * the caller runs this once, in one write transaction, and writes the digest after it.
 */
final class FormatOneUpgrade {
    private FormatOneUpgrade() {
    }

    static void apply(Connection db, RowSeals seals, KeyRecord key, byte[] kek, byte[] dataKey) throws SQLException {
        try {
            Sql.exec(db, "ALTER TABLE aliases ADD COLUMN mac BLOB");
            Sql.exec(db, "ALTER TABLE counters ADD COLUMN mac BLOB");
            for (Object[] e : Sql.rows(db, "SELECT id, type, original, replacement FROM entries")) {
                String id = (String) e[0];
                EntityType type = seals.type(id, (String) e[1]);
                Sql.update(db, "UPDATE entries SET original = ?, replacement = ? WHERE id = ?",
                        seals.seal(id, type, "original", seals.openFormatOne((byte[]) e[2], id, "original")),
                        seals.seal(id, type, "replacement", seals.openFormatOne((byte[]) e[3], id, "replacement")),
                        id);
            }
            for (Object[] alias : Sql.rows(db, "SELECT a.lookup, a.entry, e.type FROM aliases a"
                    + " LEFT JOIN entries e ON e.id = a.entry")) {
                if (alias[2] == null) {
                    throw seals.modified("an alias points at a missing entry");
                }
                byte[] lookup = (byte[]) alias[0];
                String entry = (String) alias[1];
                Sql.update(db, "UPDATE aliases SET mac = ? WHERE lookup = ?",
                        seals.aliasMac(lookup, entry, seals.type(entry, (String) alias[2])), lookup);
            }
            for (Object[] counter : Sql.rows(db, "SELECT label, value FROM counters")) {
                byte[] label = (byte[]) counter[0];
                Sql.update(db, "UPDATE counters SET mac = ? WHERE label = ?",
                        seals.counterMac(label, ((Number) counter[1]).longValue()), label);
            }
            KeyRecord.writeCurrentFormat(db);
            key.rewrap(db, kek, dataKey);
        } catch (ClassCastException e) {
            throw seals.modified("a row holds a value of the wrong kind");
        }
    }
}

package org.veil.core.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Takes a vault's write lock (BEGIN IMMEDIATE). While another run holds it, says once that it waits and
 * retries, each try waiting one busy slice inside SQLite, until a deadline.
 */
record WriteLock(Duration timeout, Consumer<String> notice) {
    /** How long SQLite itself retries a locked database before reporting it busy; set on every connection. */
    static final int BUSY_SLICE_MS = 2_000;
    static final WriteLock DEFAULT = new WriteLock(Duration.ofMinutes(2), System.err::println);

    void acquire(Connection db, Path file) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean told = false;
        while (true) {
            try {
                Sql.exec(db, "BEGIN IMMEDIATE");
                return;
            } catch (SQLException e) {
                if (!busy(e)) {
                    throw e;
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new VaultException("vault " + file + " is still in use by another Veil run after "
                            + timeout.toSeconds() + " s; nothing was changed, try again later");
                }
                if (!told) {
                    notice.accept("vault " + file + " is in use by another Veil run; waiting for it (up to "
                            + timeout.toSeconds() + " s)");
                    told = true;
                }
            }
        }
    }

    private static boolean busy(SQLException e) {
        // SQLITE_BUSY only: SQLite has already waited a slice for it, so retrying does not spin.
        return (e.getErrorCode() & 0xff) == 5;
    }
}

package org.veil.core.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.core.vault.VaultFiles.PASS;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.model.EntityType;

/** A long write transaction blocks other writers only (who say they wait), never readers. */
class VaultLockTest {
    @TempDir
    Path dir;

    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** Another run: opens the vault and keeps its write transaction open until told to let go. */
    private CompletableFuture<Integer> holdWriteLock(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try (Vault v = Vault.open(file, PASS)) {
                return v.inTransaction(() -> {
                    v.remember(EntityType.PERSON, List.of("held"), "Held", "[PERSON H]");
                    int n = v.next("PERSON");
                    holding.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return n;
                });
            }
        });
    }

    private Path vaultWithAnna() {
        Path file = dir.resolve("v.vault");
        try (Vault v = VaultFiles.create(file)) {
            v.inTransaction(() -> {
                v.remember(EntityType.PERSON, List.of("anna"), "Anna", "[PERSON A]");
                return v.next("PERSON");
            });
        }
        return file;
    }

    @Test
    void readersGoOnAndASecondWriterWaitsThenSucceeds() throws Exception {
        Path file = vaultWithAnna();
        CompletableFuture<Integer> holder = holdWriteLock(file);
        try {
            assertTrue(holding.await(20, TimeUnit.SECONDS));
            // list and reveal while the long transaction is open: at once, and they see the last commit.
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try (Vault v = Vault.open(file, PASS)) {
                    assertEquals(1, v.entries().size());
                    assertEquals("Anna", v.reveal("[PERSON A]").get(0).original());
                    assertEquals(Optional.of("[PERSON A]"), v.lookup(EntityType.PERSON, "anna"));
                }
            });
            assertFalse(holder.isDone(), "the reader did not wait for the writer");

            List<String> notices = new CopyOnWriteArrayList<>();
            CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
                try (Vault v = Vault.open(file, PASS)) {
                    v.onLockWait(Duration.ofSeconds(60), notices::add);
                    return v.inTransaction(() -> {
                        v.remember(EntityType.PERSON, List.of("boris"), "Boris", "[PERSON B]");
                        return v.next("PERSON");
                    });
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (notices.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, notices.size(), "the waiting writer says so once");
            assertTrue(notices.get(0).contains("waiting"), notices.get(0));
            assertFalse(writer.isDone(), "the second writer waits for the first");
            release.countDown();
            assertEquals(2, holder.get(20, TimeUnit.SECONDS));
            assertEquals(3, writer.get(30, TimeUnit.SECONDS), "after the first commit, the next number");
        } finally {
            release.countDown();
        }
        try (Vault v = Vault.open(file, PASS)) {
            assertEquals(3, v.entries().size());
            assertEquals(Optional.of("[PERSON B]"), v.lookup(EntityType.PERSON, "boris"));
        }
    }

    @Test
    void aWriterGivesUpAfterItsTimeoutAndChangesNothing() throws Exception {
        Path file = vaultWithAnna();
        CompletableFuture<Integer> holder = holdWriteLock(file);
        try {
            assertTrue(holding.await(20, TimeUnit.SECONDS));
            try (Vault v = Vault.open(file, PASS)) {
                v.onLockWait(Duration.ofSeconds(1), notice -> { });
                VaultException e = assertThrows(VaultException.class, () -> assertTimeoutPreemptively(
                        Duration.ofSeconds(15), () -> v.inTransaction(() -> v.next("PERSON"))));
                assertTrue(e.getMessage().contains("still in use"), e.getMessage());
            }
            release.countDown();
            assertEquals(2, holder.get(20, TimeUnit.SECONDS));
        } finally {
            release.countDown();
        }
        try (Vault v = Vault.open(file, PASS)) {
            assertEquals(3, (int) v.inTransaction(() -> v.next("PERSON")));
        }
    }
}

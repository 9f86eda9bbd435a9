package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.vault.Vault;

/** The vault commands in a real JVM, because the passphrase comes from the environment. */
class VaultCliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result veil(Map<String, String> env, String... args) throws Exception {
        Process p = start(env, "", args);
        int code = p.waitFor();
        return new Result(code, Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
    }

    /** Starts veil; its output goes to stdout{@code name} and stderr{@code name} in the test folder. */
    private Process start(Map<String, String> env, String name, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().remove("VEIL_PASSPHRASE");
        pb.environment().remove("VEIL_NEW_PASSPHRASE");
        pb.environment().putAll(env);
        return pb.redirectOutput(dir.resolve("stdout" + name).toFile())
                .redirectError(dir.resolve("stderr" + name).toFile()).start();
    }

    @Test
    void initAnonymizeTwiceRevealListRekey() throws Exception {
        Map<String, String> pass = Map.of("VEIL_PASSPHRASE", "a long test passphrase");
        String vault = dir.resolve("sources.vault").toString();
        Result init = veil(pass, "vault", "init", vault);
        assertEquals(0, init.code(), init.err());

        Path a = Files.writeString(dir.resolve("a.txt"), "Dmitri Sokolov met Olga Petrova in Kazan.");
        Path b = Files.writeString(dir.resolve("b.txt"), "Olga Petrova and Dmitri Sokolov left Kazan.");
        Result ra = veil(pass, "text", "anonymize", a.toString(), "--vault", vault);
        Result rb = veil(pass, "text", "anonymize", b.toString(), "--vault", vault);
        assertEquals(0, ra.code(), ra.err());
        assertEquals("[PERSON A] met [PERSON B] in [PLACE 1].", ra.out());
        assertEquals("[PERSON B] and [PERSON A] left [PLACE 1].", rb.out(), "consistent across documents");

        Result reveal = veil(pass, "vault", "reveal", vault, "[PERSON A]");
        assertEquals(0, reveal.code(), reveal.err());
        assertTrue(reveal.out().contains("[PERSON A] = Dmitri Sokolov"), reveal.out());

        Result list = veil(pass, "vault", "list", vault);
        assertTrue(list.out().contains("3 entries") && !list.out().contains("Sokolov"), list.out());

        Result wrong = veil(Map.of("VEIL_PASSPHRASE", "not the passphrase"), "vault", "list", vault);
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("wrong passphrase"), wrong.err());
        assertFalse(wrong.err().contains("Exception"), wrong.err());

        Result rekey = veil(Map.of("VEIL_PASSPHRASE", "a long test passphrase", "VEIL_NEW_PASSPHRASE",
                "another long passphrase"), "vault", "rekey", vault);
        assertEquals(0, rekey.code(), rekey.err());
        Result after = veil(Map.of("VEIL_PASSPHRASE", "another long passphrase"), "vault", "reveal", vault,
                "[PERSON B]");
        assertTrue(after.out().contains("Olga Petrova"), after.out() + after.err());
    }

    @Test
    void aFailedWriteLeavesTheVaultUnchangedAndIsAUserError() throws Exception {
        Map<String, String> pass = Map.of("VEIL_PASSPHRASE", "a long test passphrase");
        String vault = dir.resolve("sources.vault").toString();
        assertEquals(0, veil(pass, "vault", "init", vault).code());
        Path a = Files.writeString(dir.resolve("a.txt"), "Dmitri Sokolov met Olga Petrova in Kazan.");
        Path out = dir.resolve("missing").resolve("a.anon.txt");
        Result r = veil(pass, "text", "anonymize", a.toString(), "--vault", vault, "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("veil: cannot write " + out + ": ") && r.err().contains("does not exist"),
                r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("Exception"), r.err());
        Result list = veil(pass, "vault", "list", vault);
        assertTrue(list.out().contains("0 entries"), "the vault gained entries for an output never written: "
                + list.out());

        Path ok = dir.resolve("a.anon.txt");
        Result written = veil(pass, "text", "anonymize", a.toString(), "--vault", vault, "-o", ok.toString());
        assertEquals(0, written.code(), written.err());
        assertEquals("[PERSON A] met [PERSON B] in [PLACE 1].", Files.readString(ok));
        assertTrue(veil(pass, "vault", "list", vault).out().contains("3 entries"));
    }

    @Test
    void aFolderSharesTheVaultAcrossFilesAndRuns() throws Exception {
        Map<String, String> pass = Map.of("VEIL_PASSPHRASE", "a long test passphrase");
        String vault = dir.resolve("sources.vault").toString();
        assertEquals(0, veil(pass, "vault", "init", vault).code());
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("1.txt"), "Dmitri Sokolov met Olga Petrova.");
        Files.writeString(in.resolve("2.txt"), "Olga Petrova left.");
        Result r = veil(pass, "text", "anonymize", in.toString(), "--vault", vault, "-o", dir.resolve("out")
                .toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("[PERSON A] met [PERSON B].", Files.readString(dir.resolve("out/in/1.txt")));
        assertEquals("[PERSON B] left.", Files.readString(dir.resolve("out/in/2.txt")));
        Path later = Files.writeString(dir.resolve("later.txt"), "Olga Petrova came back.");
        Result again = veil(pass, "text", "anonymize", later.toString(), "--vault", vault);
        assertEquals("[PERSON B] came back.", again.out(), again.err());
    }

    @Test
    void noPassphraseAndNoTerminalIsAClearError() throws Exception {
        Result r = veil(Map.of(), "vault", "init", dir.resolve("x.vault").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("VEIL_PASSPHRASE"), r.err());
        assertFalse(Files.exists(dir.resolve("x.vault")));
    }

    @Test
    void aRunHoldingTheVaultBlocksNeitherListNorAShortWriterForLong() throws Exception {
        String passphrase = "a long test passphrase";
        Map<String, String> pass = Map.of("VEIL_PASSPHRASE", passphrase);
        Path vault = dir.resolve("busy.vault");
        Path text = Files.writeString(dir.resolve("t.txt"), "Dmitri Sokolov met Olga Petrova in Kazan.");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (Vault v = Vault.create(vault, passphrase.toCharArray())) {
            CompletableFuture<Integer> holder = CompletableFuture.supplyAsync(() -> v.inTransaction(() -> {
                int n = v.next("PERSON");
                holding.countDown();
                try {
                    release.await(180, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return n;
            }));
            try {
                assertTrue(holding.await(60, TimeUnit.SECONDS));
                Result list = veil(pass, "vault", "list", vault.toString());
                assertEquals(0, list.code(), list.err());
                assertTrue(list.out().contains("0 entries"), list.out());
                assertFalse(holder.isDone());

                Process writer = start(pass, "-writer", "text", "anonymize", text.toString(), "--vault", vault.toString());
                Path err = dir.resolve("stderr-writer");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (!Files.readString(err, StandardCharsets.UTF_8).contains("waiting") && writer.isAlive()
                        && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertTrue(writer.isAlive(), "the writer waits: " + Files.readString(err, StandardCharsets.UTF_8));
                assertTrue(Files.readString(err, StandardCharsets.UTF_8).contains("in use by another Veil run"));
                release.countDown();
                assertEquals(1, holder.get(60, TimeUnit.SECONDS));
                assertTrue(writer.waitFor(120, TimeUnit.SECONDS));
                assertEquals(0, writer.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
                // The held run took PERSON 1 before the writer's turn, so the writer's people come after it.
                assertEquals("[PERSON B] met [PERSON C] in [PLACE 1].",
                        Files.readString(dir.resolve("stdout-writer"), StandardCharsets.UTF_8));
            } finally {
                release.countDown();
            }
        }
    }
}

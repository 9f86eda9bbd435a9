package org.veil.core.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.model.EntityType;

/** A writer killed with SIGKILL mid-run loses nothing it had committed and leaves no half entry. */
class VaultCrashTest {
    private static final String PASS = "crash test passphrase";

    /** Child process: commits entries one per transaction, printing each number after its commit. */
    public static void main(String[] args) {
        try (Vault v = Vault.open(Path.of(args[0]), PASS.toCharArray())) {
            while (true) {
                int n = v.inTransaction(() -> {
                    int k = v.next("PERSON");
                    v.remember(EntityType.PERSON, List.of("alias" + k), "Person " + k, "[PERSON " + k + "]");
                    return k;
                });
                System.out.println(n);
                System.out.flush();
            }
        }
    }

    @TempDir
    Path dir;

    @Test
    void killedWriterLosesNothingCommitted() throws Exception {
        Path file = dir.resolve("crash.vault");
        Vault.create(file, PASS.toCharArray()).close();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), VaultCrashTest.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int lastCommitted = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lastCommitted = Integer.parseInt(line.strip());
                if (lastCommitted >= 25) {
                    p.destroyForcibly();
                    break;
                }
            }
        }
        p.waitFor();
        try (Vault v = Vault.open(file, PASS.toCharArray())) {
            List<Vault.Entry> entries = v.entries();
            assertTrue(entries.size() >= lastCommitted, entries.size() + " < " + lastCommitted);
            int next = v.inTransaction(() -> v.next("PERSON"));
            assertEquals(entries.size() + 1, next, "counter and entries moved together");
            for (Vault.Entry e : entries) {
                assertEquals("[PERSON " + e.original().substring(7) + "]", e.replacement());
            }
        }
    }
}

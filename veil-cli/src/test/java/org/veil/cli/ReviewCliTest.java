package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veil review} refuses bad usage with one line, before it listens on anything. */
class ReviewCliTest {
    @TempDir
    Path dir;

    @Test
    void refusesBadUsage() {
        CliTest.Run missing = CliTest.run("review", dir.resolve("nope.txt").toString());
        assertEquals(1, missing.code(), missing.toString());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
        CliTest.Run port = CliTest.run("review", "--port", "70000", dir.toString());
        assertEquals(1, port.code());
        assertTrue(port.err().contains("--port"), port.err());
        CliTest.Run policy = CliTest.run("review", "--policy", dir.resolve("none.yaml").toString(), dir.toString());
        assertEquals(1, policy.code());
        assertTrue(policy.err().contains("cannot read policy"), policy.err());
        assertTrue(CliTest.run("review", "--help").out().contains("127.0.0.1 only"));
    }
}

package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veil corpus anonymize} refuses bad usage with one line, before it starts Spark. */
class CorpusCliTest {
    @TempDir
    Path dir;

    @Test
    void refusesBadUsage() {
        CliTest.Run format = CliTest.run("corpus", "anonymize", dir.toString(), "-o", dir.resolve("o").toString(),
                "--format", "pdf");
        assertEquals(1, format.code(), format.toString());
        assertTrue(format.err().contains("--format must be text, jsonl or parquet"), format.err());
        assertEquals(1, format.err().strip().lines().count(), format.err());
        CliTest.Run lang = CliTest.run("corpus", "anonymize", dir.toString(), "-o", dir.resolve("o").toString(),
                "--lang", "de");
        assertEquals(1, lang.code());
        assertTrue(lang.err().contains("not supported"), lang.err());
        CliTest.Run output = CliTest.run("corpus", "anonymize", dir.toString());
        assertEquals(1, output.code());
        assertTrue(output.err().contains("--output"), output.err());
        assertTrue(CliTest.run("corpus", "anonymize", "--help").out().contains("--master"));
    }
}

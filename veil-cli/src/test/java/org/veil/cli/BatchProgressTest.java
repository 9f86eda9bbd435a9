package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BatchProgressTest {
    @Test
    void withoutATerminalOnlyMessagesAndTheSummaryAreWritten() {
        StringWriter out = new StringWriter();
        BatchProgress progress = new BatchProgress(new PrintWriter(out, true), "files", 3, 3000);
        progress.done(1000, true);
        progress.messages().println("b.txt: check these before publishing:");
        progress.done(1000, false);
        progress.done(1000, true);
        progress.summary();
        String text = out.toString();
        assertFalse(text.contains("\r") || text.contains("\033"), "no live line in a log: " + text);
        assertTrue(text.startsWith("b.txt: check these before publishing:\n"), text);
        assertTrue(text.contains("3 files, ") && text.endsWith(": 2 ok, 1 refused\n"), text);
        assertEquals(1, progress.refused());
    }

    @Test
    void smallBatchesAreCountedInKilobytes() {
        assertEquals("1/3 KB", BatchProgress.size(1024, 3000));
        assertEquals("1.5/20.0 MB", BatchProgress.size(1024 * 1536, 20L << 20));
    }
}

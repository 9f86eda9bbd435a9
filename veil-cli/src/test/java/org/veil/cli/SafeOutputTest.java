package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging steps the commands rely on, where the command line cannot reach: races and failed commits. */
class SafeOutputTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileThatAppearsWhileStagingIsNeverReplaced() throws IOException {
        SafeOutput outputs = new SafeOutput(false, false, List.of());
        Path out = dir.resolve("out.txt");
        SafeOutput.Staged staged = outputs.stage(out, bytes("ours"));
        Files.writeString(out, "someone else's");
        SafeOutput.Refused e = assertThrows(SafeOutput.Refused.class, staged::publish);
        assertTrue(e.getMessage().contains("appeared"), e.getMessage());
        assertEquals("someone else's", Files.readString(out));
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void aStagedOutputThatIsNeverPublishedLeavesNothing() throws IOException {
        Path out = dir.resolve("out.txt");
        try (SafeOutput outputs = new SafeOutput(false, false, List.of())) {
            outputs.stage(out, bytes("would be written after the vault commit"));
            assertEquals(1, temporaryFiles().size(), "written before the commit, beside the output");
        }
        assertFalse(Files.exists(out));
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void oneRunNeverWritesOneFileTwice() throws IOException {
        SafeOutput outputs = new SafeOutput(true, false, List.of());
        Path out = dir.resolve("out.txt");
        outputs.write(out, bytes("first"));
        assertThrows(SafeOutput.Refused.class, () -> outputs.write(out, bytes("second")));
        Path hardLink = Files.createLink(dir.resolve("alias.txt"), out);
        assertThrows(SafeOutput.Refused.class, () -> outputs.write(hardLink, bytes("second")));
        assertEquals("first", Files.readString(out));
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(SafeOutput::isTemporary).toList();
        }
    }
}

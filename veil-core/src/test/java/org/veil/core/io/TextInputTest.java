package org.veil.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextInputTest {
    @TempDir
    Path dir;

    private String rejection(Path p) {
        return assertThrows(InputRejected.class, () -> new TextInput(1024).readFile(p)).getMessage();
    }

    @Test
    void refusesWhatIsNotText() throws Exception {
        assertTrue(rejection(dir.resolve("missing.txt")).contains("no such file"));
        assertTrue(rejection(dir).contains("directory"));
        Path bin = Files.write(dir.resolve("a.bin"), new byte[] {1, 2, 0, 4});
        assertTrue(rejection(bin).contains("binary"));
        Path latin = Files.write(dir.resolve("cp1251.txt"), new byte[] {(byte) 0xcf, (byte) 0xf0, (byte) 0xe8});
        assertTrue(rejection(latin).contains("not valid UTF-8"));
        Path big = Files.write(dir.resolve("big.txt"), new byte[2048]);
        assertTrue(rejection(big).contains("limit"));
    }

    @Test
    void acceptsEmptyAndStripsBom() throws Exception {
        assertEquals("", new TextInput().readFile(Files.write(dir.resolve("e.txt"), new byte[0])));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertEquals("hi", new TextInput().readStream("stdin", new ByteArrayInputStream(bom)));
    }
}

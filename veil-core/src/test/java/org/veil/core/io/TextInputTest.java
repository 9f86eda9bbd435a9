package org.veil.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.io.InputRejected.Reason;

class TextInputTest {
    @TempDir
    Path dir;

    private final TextInput input = new TextInput();

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private InputRejected rejected(Path p) {
        return assertThrows(InputRejected.class, () -> input.readFile(p));
    }

    @Test
    void readsUtf8File() throws Exception {
        String text = "Иван 📞 +7 900 — naïve\r\nline two\n";
        assertEquals(text, input.readFile(write("a.txt", text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void emptyFileIsEmptyText() throws Exception {
        assertEquals("", input.readFile(write("empty.txt", new byte[0])));
        assertEquals("", input.readStream(new ByteArrayInputStream(new byte[0]), "<stdin>"));
    }

    @Test
    void bomOnlyFileIsEmptyText() throws Exception {
        assertEquals("", input.readFile(write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})));
    }

    @Test
    void stripsUtf8Bom() throws Exception {
        byte[] body = "Hello".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals("Hello", input.readFile(write("bom.txt", bytes)));
    }

    @Test
    void missingFile() {
        InputRejected e = rejected(dir.resolve("nope.txt"));
        assertEquals(Reason.NOT_FOUND, e.reason());
        assertTrue(e.getMessage().contains("No such file"), e.getMessage());
        assertTrue(e.getMessage().contains("nope.txt"), e.getMessage());
    }

    @Test
    void directory() {
        InputRejected e = rejected(dir);
        assertEquals(Reason.DIRECTORY, e.reason());
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
    }

    @Test
    void unreadableFile() throws Exception {
        Path p = write("secret.txt", "x".getBytes(StandardCharsets.UTF_8));
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        // root reads everything regardless of permission bits
        Assumptions.assumeFalse(Files.isReadable(p), "running as a user who can read any file");
        InputRejected e = rejected(p);
        assertEquals(Reason.NOT_READABLE, e.reason());
        assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
    }

    @Test
    void streamFailureIsTyped() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        };
        InputRejected e = assertThrows(InputRejected.class, () -> input.readStream(broken, "<stdin>"));
        assertEquals(Reason.READ_FAILED, e.reason());
        assertTrue(e.getMessage().contains("Input/output error"), e.getMessage());
    }

    @Test
    void nulBytesAreBinary() throws Exception {
        byte[] bytes = "PK\u0003\u0004 some zip header".getBytes(StandardCharsets.US_ASCII);
        bytes[10] = 0;
        InputRejected e = rejected(write("a.zip", bytes));
        assertEquals(Reason.BINARY, e.reason());
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void aLoneNulFarIntoTheTextIsRefused() throws Exception {
        byte[] bytes = ("Plain text. ".repeat(2000) + "X").getBytes(StandardCharsets.US_ASCII);
        bytes[bytes.length - 1] = 0;
        InputRejected e = rejected(write("late-nul.txt", bytes));
        assertEquals(Reason.BINARY, e.reason());
    }

    @Test
    void manyControlCharsAreBinary() throws Exception {
        byte[] bytes = new byte[4000];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < bytes.length; i += 5) {
            bytes[i] = 0x01;
        }
        InputRejected e = rejected(write("ctl.bin", bytes));
        assertEquals(Reason.BINARY, e.reason());
        assertTrue(e.getMessage().contains("control characters"), e.getMessage());
    }

    @Test
    void fewControlCharsAreFine() throws Exception {
        String text = "a\u001b[1mbold\u001b[0m and tabs\tand form feed\f" + "x".repeat(200);
        assertEquals(text, input.readFile(write("ansi.txt", text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void utf16IsRefusedWithHint() throws Exception {
        byte[] bytes = "\uFEFFHello".getBytes(StandardCharsets.UTF_16LE);
        InputRejected e = rejected(write("u16.txt", bytes));
        assertEquals(Reason.BINARY, e.reason());
        assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
    }

    @Test
    void invalidUtf8TellsOffsetAndSuggestsEncodings() throws Exception {
        byte[] bytes = "Line one\nПривет".getBytes(Charset.forName("windows-1251"));
        InputRejected e = rejected(write("cp1251.txt", bytes));
        assertEquals(Reason.INVALID_ENCODING, e.reason());
        String m = e.getMessage();
        assertTrue(m.contains("not valid UTF-8"), m);
        assertTrue(m.contains("byte offset 9"), m);
        assertTrue(m.contains("line 2"), m);
        assertTrue(m.contains("Windows-1251") && m.contains("Latin-1"), m);
    }

    @Test
    void invalidUtf8OffsetCountsBom() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xE9, 'c'};
        InputRejected e = rejected(write("latin1.txt", bytes));
        assertTrue(e.getMessage().contains("byte offset 5"), e.getMessage());
    }

    @Test
    void truncatedSequenceAtEnd() throws Exception {
        byte[] bytes = {'a', (byte) 0xD0};
        InputRejected e = rejected(write("trunc.txt", bytes));
        assertEquals(Reason.INVALID_ENCODING, e.reason());
        assertTrue(e.getMessage().contains("byte offset 1"), e.getMessage());
    }

    @Test
    @Timeout(5)
    void hugeFileIsRefusedBySizeWithoutReading() throws Exception {
        Path p = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: proves the size check comes before reading
        }
        InputRejected e = rejected(p);
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("50 MB") && e.getMessage().contains("20 MB"), e.getMessage());
    }

    @Test
    void limitIsConfigurable() throws Exception {
        Path p = write("small.txt", "0123456789".getBytes(StandardCharsets.UTF_8));
        assertEquals("0123456789", new TextInput(10).readFile(p));
        InputRejected e = assertThrows(InputRejected.class, () -> new TextInput(9).readFile(p));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void streamOverLimitIsRefusedAfterLimitPlusOneBytes() {
        byte[] bytes = new byte[1000];
        Arrays.fill(bytes, (byte) 'a');
        CountingStream in = new CountingStream(new ByteArrayInputStream(bytes));
        InputRejected e = assertThrows(InputRejected.class, () -> new TextInput(100).readStream(in, "<stdin>"));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("<stdin>") && e.getMessage().contains("100 bytes"), e.getMessage());
        assertTrue(in.count <= 101 + 8192, "read " + in.count + " bytes");
    }

    @Test
    void stdinDash() throws Exception {
        assertEquals("hi", input.read("-", new ByteArrayInputStream("hi".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void veryLongLine() throws Exception {
        byte[] bytes = new byte[5 * 1024 * 1024];
        Arrays.fill(bytes, (byte) 'w');
        for (int i = 7; i < bytes.length; i += 8) {
            bytes[i] = ' ';
        }
        String text = input.readFile(write("long.txt", bytes));
        assertEquals(bytes.length, text.length());
        assertEquals(-1, text.indexOf('\n'));
    }

    private static final class CountingStream extends InputStream {
        private final InputStream in;
        long count;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}

package org.veil.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads text to analyse, refusing what cannot be text: missing files, directories, binary data, invalid
 * UTF-8 and inputs over the size limit (checked before reading, so a huge file costs nothing).
 */
public final class TextInput {
    public static final long DEFAULT_LIMIT = 20L * 1024 * 1024;
    private final long limit;

    public TextInput(long limit) {
        this.limit = limit;
    }

    public TextInput() {
        this(DEFAULT_LIMIT);
    }

    public String readFile(Path file) throws InputRejected {
        if (!Files.exists(file)) {
            throw new InputRejected("no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new InputRejected(file + " is a directory; give a text file");
        }
        if (!Files.isReadable(file)) {
            throw new InputRejected("cannot read " + file + ": permission denied");
        }
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new InputRejected(tooLarge(file.toString(), size));
            }
            return decode(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputRejected("cannot read " + file + ": " + e.getMessage());
        }
    }

    public String readStream(String name, InputStream in) throws InputRejected {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] chunk = new byte[1 << 16];
            for (int n; (n = in.read(chunk)) > 0; ) {
                buf.write(chunk, 0, n);
                if (buf.size() > limit) {
                    throw new InputRejected(tooLarge(name, buf.size()) + " (read so far)");
                }
            }
            return decode(name, buf.toByteArray());
        } catch (IOException e) {
            throw new InputRejected("cannot read " + name + ": " + e.getMessage());
        }
    }

    private String tooLarge(String name, long size) {
        return String.format("%s is %.1f MB, over the %.0f MB limit for text; split it into smaller files",
                name, size / 1048576.0, limit / 1048576.0);
    }

    static String decode(String name, byte[] bytes) throws InputRejected {
        int probe = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < probe; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new InputRejected(name + " looks binary (NUL byte at offset " + i + "); give a plain-text file");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (probe > 0 && control * 10 > probe) {
            throw new InputRejected(name + " looks binary (many control characters); give a plain-text file");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer out = dec.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            throw new InputRejected(name + " is not valid UTF-8 (bad byte near offset " + in.position()
                    + "); it may be Windows-1251, KOI8-R or Latin-1: convert it, e.g. iconv -f cp1251 -t utf-8");
        } catch (CharacterCodingException e) {
            throw new InputRejected(name + " is not valid UTF-8: " + e.getMessage());
        }
    }
}

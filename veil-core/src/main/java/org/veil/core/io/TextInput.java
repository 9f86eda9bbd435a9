package org.veil.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.veil.core.io.InputRejected.Reason;

/**
 * Reads a whole file or stream into a String, refusing anything that is not plain UTF-8 text of a sane size.
 *
 * <p>Order of checks: existence, kind, readability and size (for regular files, before any byte is read),
 * then at most {@code maxBytes + 1} bytes are read, a UTF-8 byte order mark is dropped, the first 8 KB are
 * checked for binary content and the rest is decoded strictly ({@link Utf8#decodeStrict}). Lines are never
 * split, so one very long line is as good as many short ones. Empty input gives an empty string.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TextInput {
    /** 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final String STDIN_NAME = "<stdin>";

    private final long maxBytes;
    private final boolean keepBom;

    public TextInput() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes largest accepted input in bytes; at most {@code Integer.MAX_VALUE - 16} */
    public TextInput(long maxBytes) {
        this(maxBytes, false);
    }

    private TextInput(long maxBytes, boolean keepBom) {
        if (maxBytes < 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.keepBom = keepBom;
    }

    /**
     * The same reader, but a UTF-8 byte order mark stays in the text as U+FEFF, for outputs that must keep every
     * byte outside the replaced spans. Detection does not see it ({@link DetectionView} drops format characters).
     */
    public TextInput keepingByteOrderMark() {
        return new TextInput(maxBytes, true);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads {@code arg}: "-" means {@code stdin}, anything else is a file path. */
    public String read(String arg, InputStream stdin) throws InputRejected {
        if ("-".equals(arg)) {
            return readStream(stdin, STDIN_NAME);
        }
        return readFile(Path.of(arg), arg);
    }

    public String readFile(Path path) throws InputRejected {
        return readFile(path, path.toString());
    }

    /** @param name how to call the file in messages (usually the path as the user typed it) */
    public String readFile(Path path, String name) throws InputRejected {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw notFound(path, name);
        } catch (AccessDeniedException e) {
            throw notReadable(name, e);
        } catch (IOException e) {
            throw readFailed(name, e);
        }
        if (attrs.isDirectory()) {
            throw new InputRejected(Reason.DIRECTORY, name,
                    name + " is a directory, not a file. Give the path of a text file inside it.");
        }
        if (!Files.isReadable(path)) {
            throw notReadable(name, null);
        }
        if (attrs.isRegularFile() && attrs.size() > maxBytes) {
            throw tooLarge(name, attrs.size());
        }
        // Non-regular files (FIFOs, /dev/stdin) report no useful size: the bounded read below covers them.
        try (InputStream in = Files.newInputStream(path)) {
            return decode(readBounded(in, name), name);
        } catch (NoSuchFileException e) {
            throw notFound(path, name);
        } catch (AccessDeniedException e) {
            throw notReadable(name, e);
        } catch (IOException e) {
            throw readFailed(name, e);
        }
    }

    /** Reads a stream to its end (at most {@code maxBytes + 1} bytes are buffered). Does not close it. */
    public String readStream(InputStream in, String name) throws InputRejected {
        try {
            return decode(readBounded(in, name), name);
        } catch (IOException e) {
            throw readFailed(name, e);
        }
    }

    /** Turns raw bytes into text with the same checks as the readers (size, BOM, binary, strict UTF-8). */
    public String decode(byte[] bytes, String name) throws InputRejected {
        if (bytes.length > maxBytes) {
            throw tooLarge(name, bytes.length);
        }
        int offset = Utf8.bomLength(bytes);
        Binary.check(bytes, offset, name);
        String text = Utf8.decodeStrict(bytes, offset, name);
        return keepBom && offset > 0 ? "\uFEFF" + text : text;
    }

    private byte[] readBounded(InputStream in, String name) throws IOException, InputRejected {
        byte[] bytes = in.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new InputRejected(Reason.TOO_LARGE, name, name + " is larger than the limit of "
                    + Sizes.human(maxBytes) + ". Split it into smaller parts or raise the limit.");
        }
        return bytes;
    }

    private InputRejected tooLarge(String name, long size) {
        return new InputRejected(Reason.TOO_LARGE, name, name + " is " + Sizes.human(size)
                + ", larger than the limit of " + Sizes.human(maxBytes)
                + ". Split it into smaller parts or raise the limit.");
    }

    private static InputRejected notFound(Path path, String name) {
        Path parent = path.toAbsolutePath().getParent();
        String hint = parent != null && !Files.isDirectory(parent)
                ? " (the directory " + parent + " does not exist either)" : "";
        return new InputRejected(Reason.NOT_FOUND, name, "No such file: " + name + hint + ".");
    }

    private static InputRejected notReadable(String name, IOException cause) {
        return new InputRejected(Reason.NOT_READABLE, name,
                "Cannot read " + name + ": permission denied.", cause);
    }

    private static InputRejected readFailed(String name, IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new InputRejected(Reason.READ_FAILED, name, "Could not read " + name + ": " + detail + ".", e);
    }

    /** Tells text from binary content by looking at the start of the input. */
    static final class Binary {
        static final int SAMPLE = 8 * 1024;
        /** Share of control bytes in the sample above which the input counts as binary. */
        static final double MAX_CONTROL_SHARE = 0.10;

        private Binary() {
        }

        static void check(byte[] bytes, int from, String name) throws InputRejected {
            if (Utf8.looksLikeUtf16(bytes)) {
                throw new InputRejected(Reason.BINARY, name, name + " looks like UTF-16 text (it starts with a"
                        + " UTF-16 byte order mark). Save it as UTF-8 and try again.");
            }
            // A NUL anywhere is refused, not only in the sample: no text editor writes one.
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new InputRejected(Reason.BINARY, name, name + " looks like a binary file (it contains"
                            + " NUL bytes, near byte offset " + i + "), not plain text. Give a UTF-8 text file.");
                }
            }
            int end = (int) Math.min(bytes.length, (long) from + SAMPLE);
            int controls = 0;
            for (int i = from; i < end; i++) {
                if (isControl(bytes[i] & 0xFF)) {
                    controls++;
                }
            }
            int sampled = end - from;
            if (sampled > 0 && controls > MAX_CONTROL_SHARE * sampled) {
                throw new InputRejected(Reason.BINARY, name, name + " looks like a binary file ("
                        + Math.round(100.0 * controls / sampled) + "% control characters in its first "
                        + Sizes.human(sampled) + "), not plain text. Give a UTF-8 text file.");
            }
        }

        private static boolean isControl(int b) {
            return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
        }
    }
}

package org.veil.files.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds ZIPs the way ordinary tools do (java.util.zip), and patches raw header fields to make hostile ones. */
final class TestZips {
    static final Instant PLANTED_TIME = Instant.parse("2023-04-05T10:11:12Z");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes);

    static TestZips create() {
        return new TestZips();
    }

    /** A member stamped with a 2023 modification time (DOS time and an extended-timestamp extra field). */
    TestZips add(String name, byte[] data) {
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(FileTime.from(PLANTED_TIME));
        return add(e, data);
    }

    TestZips add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    TestZips add(ZipEntry e, byte[] data) {
        try {
            zip.putNextEntry(e);
            zip.write(data);
            zip.closeEntry();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    TestZips comment(String comment) {
        zip.setComment(comment);
        return this;
    }

    byte[] build() {
        try {
            zip.close();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /** Offset of the {@code index}-th central directory header. */
    static int central(byte[] zip, int index) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = zip.length - 22;
        while (b.getInt(eocd) != 0x06054b50) {
            eocd--;
        }
        int p = b.getInt(eocd + 16);
        for (int i = 0; i < index; i++) {
            p += 46 + Short.toUnsignedInt(b.getShort(p + 28)) + Short.toUnsignedInt(b.getShort(p + 30))
                    + Short.toUnsignedInt(b.getShort(p + 32));
        }
        return p;
    }

    static int local(byte[] zip, int index) {
        return ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).getInt(central(zip, index) + 42);
    }

    /** Marks an entry as written on Unix with the given mode (e.g. 0120777 for a symbolic link). */
    static byte[] unixMode(byte[] zip, int index, int mode) {
        byte[] z = zip.clone();
        int c = central(z, index);
        z[c + 5] = 3;
        ByteBuffer.wrap(z).order(ByteOrder.LITTLE_ENDIAN).putInt(c + 38, mode << 16);
        return z;
    }

    /** Sets the "encrypted" flag of an entry, in its central and local headers. */
    static byte[] encrypted(byte[] zip, int index) {
        byte[] z = zip.clone();
        z[central(z, index) + 8] |= 1;
        z[local(z, index) + 6] |= 1;
        return z;
    }

    /** Renames an entry in place (same length) in both headers, e.g. to make a duplicate. */
    static byte[] rename(byte[] zip, int index, String name) {
        byte[] z = zip.clone();
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, z, central(z, index) + 46, n.length);
        System.arraycopy(n, 0, z, local(z, index) + 30, n.length);
        return z;
    }

    /** Overwrites the 16-bit field at {@code offset} of the entry's central header. */
    static byte[] centralShort(byte[] zip, int index, int offset, int value) {
        byte[] z = zip.clone();
        ByteBuffer.wrap(z).order(ByteOrder.LITTLE_ENDIAN).putShort(central(z, index) + offset, (short) value);
        return z;
    }
}

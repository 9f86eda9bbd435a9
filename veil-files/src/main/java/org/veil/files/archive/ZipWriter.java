package org.veil.files.archive;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a normalised ZIP: every timestamp 1980-01-01 00:00, no owners or permissions, no extra fields, no
 * comments, no data descriptors. Members keep the order given. A member named {@code mimetype} is stored
 * uncompressed, as ODF and EPUB require of their first entry.
 *
 * <p>The records are written here byte by byte rather than with {@link java.util.zip.ZipOutputStream}: for exactly
 * 1980-01-01 00:00:00 the JDK adds an extended-timestamp extra field holding that local time in UTC, which gives
 * away the time zone of the machine that cleaned the file.
 */
public final class ZipWriter {
    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int EOCD = 0x06054b50;
    /** DOS time 00:00:00 and date 1980-01-01. */
    private static final short DOS_TIME = 0;
    private static final short DOS_DATE = (1 << 5) | 1;
    private static final int UTF8_NAMES = 0x0800;

    private ZipWriter() {
    }

    public static byte[] write(List<ZipMember> members) {
        if (members.size() > 0xFFFF) {
            throw new IllegalArgumentException("too many members for a ZIP without ZIP64: " + members.size());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (ZipMember m : members) {
            byte[] name = m.name().getBytes(StandardCharsets.UTF_8);
            byte[] data = m.data();
            boolean store = m.name().equals("mimetype") || m.isDirectory() || data.length == 0;
            byte[] body = store ? data : deflate(data);
            int method = store ? 0 : 8;
            int version = method == 8 || m.isDirectory() ? 20 : 10;
            int flags = m.name().chars().allMatch(c -> c < 0x80) ? 0 : UTF8_NAMES;
            CRC32 crc = new CRC32();
            crc.update(data);
            long offset = out.size();
            if (offset > 0xFFFFFFFFL - body.length) {
                throw new IllegalArgumentException("the archive would need ZIP64");
            }
            ByteBuffer local = header(30 + name.length).putInt(LOCAL).putShort((short) version);
            common(local, flags, method, crc.getValue(), body.length, data.length, name.length);
            out.writeBytes(local.put(name).array());
            out.writeBytes(body);
            ByteBuffer entry = header(46 + name.length).putInt(CENTRAL)
                    .putShort((short) version) // made by: MS-DOS host, so no Unix owner or mode bits
                    .putShort((short) version);
            common(entry, flags, method, crc.getValue(), body.length, data.length, name.length);
            entry.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset);
            central.writeBytes(entry.put(name).array());
        }
        long centralOffset = out.size();
        out.writeBytes(central.toByteArray());
        out.writeBytes(header(22).putInt(EOCD).putShort((short) 0).putShort((short) 0)
                .putShort((short) members.size()).putShort((short) members.size())
                .putInt(central.size()).putInt((int) centralOffset).putShort((short) 0).array());
        return out.toByteArray();
    }

    /** The fields local and central headers share, from "flags" to "extra field length" (always 0). */
    private static void common(ByteBuffer b, int flags, int method, long crc, int compressed, int size, int nameLength) {
        b.putShort((short) flags).putShort((short) method).putShort(DOS_TIME).putShort(DOS_DATE).putInt((int) crc)
                .putInt(compressed).putInt(size).putShort((short) nameLength).putShort((short) 0);
    }

    private static ByteBuffer header(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(9, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 2));
            byte[] buf = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}

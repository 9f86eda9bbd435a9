package org.veil.files.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a normalised ZIP: every timestamp 1980-01-01 00:00:02, no owners or permissions, no extra fields, no
 * comments. Not 00:00:00: java.util.zip treats that exact DOS time as "before 1980" and adds an extended
 * timestamp field holding the time in UTC, which would reveal the cleaning machine's time zone. Members keep the order given. A member named {@code mimetype} is stored uncompressed, as ODF and
 * EPUB require of their first entry.
 */
public final class ZipWriter {
    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    private ZipWriter() {
    }

    public static byte[] write(List<ZipMember> members) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (ZipMember m : members) {
                ZipEntry e = new ZipEntry(m.name());
                e.setTimeLocal(EPOCH);
                if (m.name().equals("mimetype") || m.isDirectory()) {
                    CRC32 crc = new CRC32();
                    crc.update(m.data());
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(m.data().length);
                    e.setCompressedSize(m.data().length);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(m.data());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

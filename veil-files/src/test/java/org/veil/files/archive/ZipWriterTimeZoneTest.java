package org.veil.files.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** A cleaned archive must not depend on where or when it was cleaned. */
class ZipWriterTimeZoneTest {
    private static final List<ZipMember> MEMBERS = List.of(
            new ZipMember("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII)),
            new ZipMember("dir/", new byte[0]),
            new ZipMember("dir/a.txt", "hello".getBytes(StandardCharsets.UTF_8)));

    @Test
    void sameBytesInEveryTimeZoneAndNoExtraFields() {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Moscow"));
            byte[] moscow = ZipWriter.write(MEMBERS);
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            byte[] newYork = ZipWriter.write(MEMBERS);
            assertEquals(ByteBuffer.wrap(moscow), ByteBuffer.wrap(newYork));
            assertEquals(0, extraFieldBytes(moscow));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    /** Sum of extra-field lengths over local and central headers, read from the raw bytes. */
    private static int extraFieldBytes(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int total = 0;
        for (int i = 0; i + 46 <= zip.length; i++) {
            int sig = b.getInt(i);
            if (sig == 0x04034b50) {
                total += Short.toUnsignedInt(b.getShort(i + 28));
            } else if (sig == 0x02014b50) {
                total += Short.toUnsignedInt(b.getShort(i + 30));
            }
        }
        return total;
    }
}

package org.veil.files.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.veil.files.Limits;
import org.veil.files.RefusedException;

class SafeZipTest {
    private static final Limits DEFAULTS = Limits.defaults();

    private static String refusal(byte[] zip, Limits limits) {
        return assertThrows(RefusedException.class, () -> SafeZip.read(zip, limits)).getMessage();
    }

    private static String refusal(byte[] zip) {
        return refusal(zip, DEFAULTS);
    }

    @Test
    void readsWhatZipWriterWrote() throws Exception {
        List<ZipMember> members = List.of(new ZipMember("mimetype", "text/plain".getBytes(StandardCharsets.US_ASCII)),
                new ZipMember("dir/", new byte[0]), new ZipMember("dir/a.txt", "hello".repeat(100).getBytes()));
        List<ZipMember> read = SafeZip.read(ZipWriter.write(members), DEFAULTS);
        assertEquals(3, read.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(members.get(i).name(), read.get(i).name());
            assertArrayEquals(members.get(i).data(), read.get(i).data());
        }
    }

    @Test
    void parentRelativeAndAbsoluteNamesAreRefused() {
        for (String name : List.of("../evil.txt", "a/../../evil.txt", "/etc/passwd", "C:/Windows/evil.dll",
                "..\\evil.txt", "\\server\\share.txt")) {
            byte[] zip = TestZips.create().add("ok.txt", "fine").add(name, "evil").build();
            String why = refusal(zip);
            assertTrue(why.contains(name), why);
        }
    }

    @Test
    void symbolicLinksAreRefused() {
        byte[] zip = TestZips.unixMode(TestZips.create().add("link", "/etc/passwd").build(), 0, 0120777);
        assertTrue(refusal(zip).contains("symbolic link"));
    }

    @Test
    void encryptedEntriesAreRefused() {
        byte[] zip = TestZips.encrypted(TestZips.create().add("a.txt", "x").add("b.txt", "secret").build(), 1);
        assertTrue(refusal(zip).contains("encrypted"));
    }

    @Test
    void duplicateNamesAreRefused() {
        byte[] zip = TestZips.rename(TestZips.create().add("a.txt", "one").add("b.txt", "two").build(), 1, "a.txt");
        assertTrue(refusal(zip).contains("two entries named 'a.txt'"));
    }

    @Test
    void aHighlyCompressedMemberIsABomb() {
        byte[] zip = TestZips.create().add("zeros.bin", new byte[4 << 20]).build();
        assertTrue(zip.length < (4 << 20) / 200, "the fixture must compress more than 200 times");
        assertTrue(refusal(zip).contains("expands more than 200 times"));
    }

    @Test
    void tooManyBytesUnpackedAreRefusedInOneMemberOrAcrossMembers() {
        Limits small = new Limits(512L << 20, 100_000_000L, 10_000, 100_000, 200, 4);
        byte[] noise = new byte[150_000];
        new Random(1).nextBytes(noise);
        assertTrue(refusal(TestZips.create().add("big.bin", noise).build(), small).contains("a zip bomb?"));
        byte[] zip = TestZips.create().add("a.bin", Arrays.copyOf(noise, 60_000))
                .add("b.bin", Arrays.copyOfRange(noise, 60_000, 120_000)).build();
        assertTrue(refusal(zip, small).contains("a zip bomb?"));
    }

    @Test
    void tooManyEntriesAreRefused() {
        Limits three = new Limits(512L << 20, 100_000_000L, 3, 1L << 30, 200, 4);
        TestZips z = TestZips.create();
        for (int i = 0; i < 4; i++) {
            z.add(i + ".txt", "x");
        }
        assertTrue(refusal(z.build(), three).contains("4 entries"));
    }

    @Test
    void truncatedArchivesAreRefused() {
        byte[] zip = TestZips.create().add("a.txt", "some text ".repeat(200)).add("b.txt", "more text").build();
        refusal(Arrays.copyOf(zip, zip.length - 10));
        refusal(Arrays.copyOf(zip, 100));
        refusal(new byte[] {'P', 'K', 3, 4});
        // Data cut out of the middle: the central directory survives but points past what is left.
        byte[] holed = new byte[zip.length - 40];
        System.arraycopy(zip, 0, holed, 0, 60);
        System.arraycopy(zip, 100, holed, 60, zip.length - 100);
        refusal(holed);
    }

    @Test
    void corruptDataIsRefusedNotPassedOn() {
        ZipEntry stored = new ZipEntry("a.txt");
        byte[] data = "planted text to be corrupted".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(data);
        stored.setMethod(ZipEntry.STORED);
        stored.setSize(data.length);
        stored.setCrc(crc.getValue());
        byte[] zip = TestZips.create().add(stored, data).build();
        zip[TestZips.local(zip, 0) + 30 + 5 + 3] ^= 0x20; // flip a letter's case inside the stored data
        assertTrue(refusal(zip).contains("checksum"));
    }

    @Test
    void unknownCompressionMethodsAreRefused() {
        byte[] zip = TestZips.centralShort(TestZips.create().add("a.txt", "text").build(), 0, 10, 12);
        assertTrue(refusal(zip).contains("compression method 12"));
    }

    @Test
    void emptyDeflatedMembersAreRead() throws Exception {
        // java.util.zip, Python and Windows deflate empty files; SafeZip once took the empty stream for a truncated one.
        List<ZipMember> read = SafeZip.read(TestZips.create().add("empty.txt", new byte[0]).build(), DEFAULTS);
        assertEquals(0, read.get(0).data().length);
    }

    @Test
    void zipWriterOutputDoesNotDependOnTheTimeZone() {
        // The JDK's ZipOutputStream adds a UTC timestamp for 1980-01-01 00:00 local, which gives the zone away.
        List<ZipMember> members = List.of(new ZipMember("a.txt", "hello".getBytes()));
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
            byte[] utc = ZipWriter.write(members);
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Europe/Moscow"));
            assertArrayEquals(utc, ZipWriter.write(members));
        } finally {
            java.util.TimeZone.setDefault(saved);
        }
    }
}

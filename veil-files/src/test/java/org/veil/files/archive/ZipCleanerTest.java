package org.veil.files.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.markup.TestPipeline.resource;
import static org.veil.files.markup.TestPipeline.utf8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.markup.TestPipeline;

class ZipCleanerTest {
    private static final String NOTES = "Meeting notes, kept as written.\n";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    /** Info-ZIP "ux" extra field: uid 1000, gid 1000. */
    private static byte[] unixOwner() {
        return ByteBuffer.allocate(15).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 0x7875).putShort((short) 11)
                .put((byte) 1).put((byte) 4).putInt(1000).put((byte) 4).putInt(1000).array();
    }

    private static byte[] plantedArchive() {
        byte[] inner = TestZips.create().add("inner.svg", resource("markup/inkscape.svg"))
                .comment("inner planted comment").build();
        ZipEntry owned = new ZipEntry("docs/page.html");
        owned.setExtra(unixOwner());
        owned.setComment("planted comment by Ivan Petrov-Secret");
        owned.setTime(1_680_689_472_000L);
        return TestZips.create()
                .add("notes.txt", NOTES)
                .add("docs/", new byte[0])
                .add(owned, resource("markup/page.html"))
                .add("docs/style.css", resource("markup/style.css"))
                .add("drawing.svg", resource("markup/inkscape.svg"))
                .add("docs/.keep", new byte[0])
                .add("nested.zip", inner)
                .comment("archive by Ivan Petrov-Secret, planted comment")
                .build();
    }

    /** Every member's name and content, read with java.util.zip, checking each entry is normalised. */
    private static Map<String, byte[]> members(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                assertNull(e.getExtra(), e.getName());
                assertNull(e.getComment(), e.getName());
                assertNull(e.getLastModifiedTime() == null ? null : e.getCreationTime());
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void membersAreCleanedAndTheContainerNormalised() throws Exception {
        byte[] cleaned = TestPipeline.clean(plantedArchive(), "bundle.zip");
        Map<String, byte[]> m = members(cleaned);
        assertEquals(List.of("notes.txt", "docs/", "docs/page.html", "docs/style.css", "drawing.svg", "docs/.keep",
                "nested.zip"), List.copyOf(m.keySet()));
        assertEquals(NOTES, utf8(m.get("notes.txt")));
        assertEquals(0, m.get("docs/.keep").length);
        assertTrue(utf8(m.get("docs/page.html")).contains("<h1 class=\"title\">Meet at Gate 4</h1>"));
        assertTrue(utf8(m.get("drawing.svg")).contains("Meet at <tspan>Gate 4</tspan> at noon"), "unreferenced ids go");
        Map<String, byte[]> inner = members(m.get("nested.zip"));
        assertTrue(utf8(inner.get("inner.svg")).contains("<rect"));
        for (byte[] data : List.of(cleaned, m.get("docs/page.html"), m.get("docs/style.css"), m.get("drawing.svg"),
                inner.get("inner.svg"), m.get("nested.zip"))) {
            String text = utf8(data);
            for (String planted : List.of("Ivan Petrov-Secret", "planted", "/home/ivan", "LibreOffice")) {
                assertFalse(text.contains(planted), planted);
            }
        }
        assertEquals(List.of(), new ZipVerifier().residue(cleaned, FileType.ZIP, TestPipeline.context()));
    }

    @Test
    void cleaningIsIdempotent() throws Exception {
        byte[] once = TestPipeline.clean(plantedArchive(), "a.zip");
        assertArrayEquals(once, TestPipeline.clean(once, "a.zip"));
    }

    @Test
    void aMemberOfAnUnsupportedTypeRefusesTheWholeArchiveNamingIt() {
        byte[] zip = TestZips.create().add("notes.txt", NOTES).add("photos/photo.jpg", JPEG).build();
        RefusedException e = assertThrows(RefusedException.class, () -> TestPipeline.clean(zip, "a.zip"));
        assertTrue(e.getMessage().contains("'photos/photo.jpg'"), e.getMessage());
        assertTrue(e.getMessage().contains("whole archive is refused"), e.getMessage());
    }

    @Test
    void aMemberThatCannotBeCleanedRefusesTheArchive() {
        byte[] zip = TestZips.create().add("broken.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>")
                .build();
        RefusedException e = assertThrows(RefusedException.class, () -> TestPipeline.clean(zip, "a.zip"));
        assertTrue(e.getMessage().contains("broken.svg"), e.getMessage());
    }

    @Test
    void hostileArchivesAreRefusedThroughTheCleaner() {
        byte[] base = TestZips.create().add("a.txt", "x").add("b.txt", "y").build();
        for (byte[] zip : List.of(TestZips.create().add("../evil.txt", "x").build(),
                TestZips.create().add("/etc/passwd", "x").build(),
                TestZips.unixMode(base, 1, 0120777),
                TestZips.encrypted(base, 0),
                TestZips.rename(base, 1, "a.txt"),
                TestZips.create().add("zeros.bin", new byte[4 << 20]).build())) {
            assertThrows(RefusedException.class, () -> TestPipeline.clean(zip, "a.zip"));
        }
    }

    @Test
    void namesAreNormalisedAndNamesThatCollideAfterwardsRefused() throws Exception {
        byte[] zip = TestZips.create().add("./a.txt", "a").add("dir//b.txt", "b").add("win\\c.txt", "c").build();
        assertEquals(List.of("a.txt", "dir/b.txt", "win/c.txt"),
                List.copyOf(members(TestPipeline.clean(zip, "a.zip")).keySet()));
        byte[] twice = TestZips.create().add("x.txt", "1").add("./x.txt", "2").build();
        RefusedException e = assertThrows(RefusedException.class, () -> TestPipeline.clean(twice, "a.zip"));
        assertTrue(e.getMessage().contains("'x.txt'"), e.getMessage());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() throws Exception {
        byte[] zip = TestZips.create().add("deep.txt", "bottom").build();
        for (int level = 0; level < 2; level++) {
            zip = TestZips.create().add("level" + level + ".zip", zip).build();
        }
        TestPipeline.clean(zip, "ok.zip"); // three archives deep is within the default limit
        for (int level = 2; level < 6; level++) {
            zip = TestZips.create().add("level" + level + ".zip", zip).build();
        }
        byte[] deep = zip;
        RefusedException e = assertThrows(RefusedException.class, () -> TestPipeline.clean(deep, "deep.zip"));
        assertTrue(e.getMessage().contains("nested more than 4 containers deep"), e.getMessage());
    }

    @Test
    void inspectListsContainerFieldsAndMembers() throws Exception {
        byte[] zip = TestZips.unixMode(plantedArchive(), 0, 0100644);
        List<MetadataItem> items = new ZipCleaner().inspect(zip, FileType.ZIP, TestPipeline.context());
        assertTrue(items.contains(new MetadataItem(MetadataGroup.DESCRIPTION, "archive comment",
                "archive by Ivan Petrov-Secret, planted comment")), items::toString);
        assertTrue(items.contains(new MetadataItem(MetadataGroup.DESCRIPTION, "docs/page.html: comment",
                "planted comment by Ivan Petrov-Secret")), items::toString);
        assertTrue(items.contains(new MetadataItem(MetadataGroup.PEOPLE, "docs/page.html: unix owner (uid/gid)",
                "uid 1000, gid 1000")), items::toString);
        assertTrue(items.contains(new MetadataItem(MetadataGroup.TIME, "notes.txt: extended timestamp",
                "2023-04-05T10:11:12Z")), items::toString);
        assertTrue(items.stream().anyMatch(i -> i.group() == MetadataGroup.TIME && i.name().equals("notes.txt: modified")),
                items::toString);
        assertTrue(items.contains(new MetadataItem(MetadataGroup.OTHER, "notes.txt: unix permissions", "100644")),
                items::toString);
        assertTrue(items.stream().anyMatch(i -> i.group() == MetadataGroup.SOFTWARE && i.value().startsWith("Unix")),
                items::toString);
        assertTrue(items.contains(new MetadataItem(MetadataGroup.EMBEDDED, "drawing.svg", "SVG")), items::toString);
        assertTrue(items.contains(new MetadataItem(MetadataGroup.EMBEDDED, "nested.zip", "ZIP")), items::toString);
        assertTrue(items.contains(new MetadataItem(MetadataGroup.EMBEDDED, "docs/.keep", "empty file")),
                items::toString);
    }

    @Test
    void anEmptyArchiveLosesItsComment() throws Exception {
        byte[] empty = TestZips.create().comment("planted comment").build();
        byte[] cleaned = new ZipCleaner().clean(empty, FileType.ZIP, TestPipeline.context());
        assertEquals(22, cleaned.length);
        assertEquals(List.of(), new ZipVerifier().residue(cleaned, FileType.ZIP, TestPipeline.context()));
    }
}

package org.veil.files.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.image.ImageFixtures.assertNoPlanted;
import static org.veil.files.image.ImageFixtures.load;
import static org.veil.files.image.ImageFixtures.metadata;
import static org.veil.files.image.ImageFixtures.scrub;

import com.drew.metadata.exif.ExifIFD0Directory;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.veil.files.RefusedException;

class PngCleaningTest {
    private final byte[] dirty = load("dirty.png");

    @Test
    void dropsTextExifAndXmpChunks() throws Exception {
        assertTrue(chunkTypes(dirty).containsAll(List.of("tEXt", "iTXt", "eXIf")), "fixture lost its metadata");
        byte[] clean = scrub(dirty, "picture.png");
        assertNoPlanted(clean);
        assertEquals(List.of("IHDR", "eXIf", "pHYs", "IDAT", "IEND"), chunkTypes(clean));
    }

    @Test
    void keepsTheImageDataByteForByteAndTheOrientation() throws Exception {
        byte[] clean = scrub(dirty, "picture.png");
        assertArrayEquals(chunk(dirty, "IDAT"), chunk(clean, "IDAT"));
        assertArrayEquals(chunk(dirty, "IHDR"), chunk(clean, "IHDR"));
        ExifIFD0Directory ifd0 = metadata(clean).getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertEquals(6, ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION));
        assertEquals(1, ifd0.getTagCount());
    }

    @Test
    void dropsDataAfterIendAndUnknownAncillaryChunks() throws Exception {
        byte[] extra = withChunkBeforeIend(dirty, "vpAg", "Ivan Petrov-Secret".getBytes(StandardCharsets.US_ASCII));
        byte[] trailing = concat(extra, "TRAILER-SECRET".getBytes(StandardCharsets.US_ASCII));
        assertNoPlanted(scrub(trailing, "picture.png"));
    }

    @Test
    void listsTextAndExifFieldsByGroup() throws Exception {
        var items = new ImageCleaner().inspect(dirty, org.veil.files.FileType.PNG,
                ImageFixtures.context(org.veil.files.CleanOptions.defaults()));
        assertTrue(items.stream().anyMatch(i -> i.group() == org.veil.files.MetadataGroup.PEOPLE
                && i.value().contains("Ivan Petrov-Secret")), items.toString());
        assertTrue(items.stream().anyMatch(i -> i.group() == org.veil.files.MetadataGroup.LOCATION), items.toString());
        assertTrue(items.stream().anyMatch(i -> i.group() == org.veil.files.MetadataGroup.DEVICE
                && i.value().contains("VX-Secret-Model")), items.toString());
    }

    @Test
    void refusesAnUnknownCriticalChunk() {
        byte[] critical = withChunkBeforeIend(dirty, "CgBI", new byte[4]);
        RefusedException e = assertThrows(RefusedException.class, () -> scrub(critical, "picture.png"));
        assertTrue(e.getMessage().contains("CgBI"), e.getMessage());
    }

    @Test
    void refusesTruncatedAndCorruptFiles() {
        RefusedException cut = assertThrows(RefusedException.class,
                () -> scrub(Arrays.copyOf(dirty, dirty.length - 30), "picture.png"));
        assertTrue(cut.getMessage().contains("truncated"), cut.getMessage());
        byte[] bad = dirty.clone();
        bad[ImageFixtures.indexOf(bad, "IDAT".getBytes(StandardCharsets.US_ASCII)) + 10] ^= 0x55;
        RefusedException crc = assertThrows(RefusedException.class, () -> scrub(bad, "picture.png"));
        assertTrue(crc.getMessage().contains("CRC"), crc.getMessage());
    }

    @Test
    void paranoidModeReencodesUprightPixels() throws Exception {
        byte[] clean = scrub(dirty, "picture.png", ImageFixtures.paranoid());
        assertNoPlanted(clean);
        var original = ImageFixtures.decode(dirty);
        var upright = ImageFixtures.decode(clean);
        assertEquals(24, upright.getWidth());
        // orientation 6 (rotate 90° clockwise): the original's bottom-left pixel becomes the top-left one
        assertEquals(original.getRGB(0, original.getHeight() - 1), upright.getRGB(0, 0));
        assertEquals(original.getRGB(0, 0), upright.getRGB(upright.getWidth() - 1, 0));
    }

    @Test
    void paranoidModeRefusesADecompressionBomb() {
        byte[] bomb = dirty.clone();
        ByteBuffer.wrap(bomb).putInt(16, 100_000).putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(bomb, 12, 17);
        ByteBuffer.wrap(bomb).putInt(29, (int) crc.getValue());
        RefusedException e = assertThrows(RefusedException.class,
                () -> scrub(bomb, "picture.png", ImageFixtures.paranoid()));
        assertTrue(e.getMessage().contains("decompression bomb"), e.getMessage());
    }

    static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        for (int p = 8; p < png.length; ) {
            int len = ByteBuffer.wrap(png).getInt(p);
            String type = new String(png, p + 4, 4, StandardCharsets.US_ASCII);
            types.add(type);
            p += 12 + len;
            if (type.equals("IEND")) {
                break;
            }
        }
        return types;
    }

    static byte[] chunk(byte[] png, String type) {
        for (int p = 8; p < png.length; ) {
            int len = ByteBuffer.wrap(png).getInt(p);
            if (new String(png, p + 4, 4, StandardCharsets.US_ASCII).equals(type)) {
                return Arrays.copyOfRange(png, p, p + 12 + len);
            }
            p += 12 + len;
        }
        throw new AssertionError("no " + type);
    }

    static byte[] withChunkBeforeIend(byte[] png, String type, byte[] data) {
        int iend = png.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, iend);
        PngCleaner.writeChunk(out, type, data);
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}

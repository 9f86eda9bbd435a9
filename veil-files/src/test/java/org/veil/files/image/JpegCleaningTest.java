package org.veil.files.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.image.ImageFixtures.assertNoPlanted;
import static org.veil.files.image.ImageFixtures.load;
import static org.veil.files.image.ImageFixtures.metadata;
import static org.veil.files.image.ImageFixtures.scrub;

import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

class JpegCleaningTest {
    private final byte[] dirty = load("dirty.jpg");

    @Test
    void removesEveryPlantedValueAndTheTrailer() throws Exception {
        byte[] clean = scrub(dirty, "photo.jpg");
        assertNoPlanted(clean);
        Metadata m = metadata(clean);
        assertNull(m.getFirstDirectoryOfType(GpsDirectory.class));
        assertNull(m.getFirstDirectoryOfType(ExifSubIFDDirectory.class));
        assertNull(m.getFirstDirectoryOfType(ExifThumbnailDirectory.class));
        assertNull(m.getFirstDirectoryOfType(XmpDirectory.class));
        assertNull(m.getFirstDirectoryOfType(IptcDirectory.class));
        assertNull(m.getFirstDirectoryOfType(JpegCommentDirectory.class));
        assertTrue(clean.length < dirty.length - 2000, "the thumbnail and metadata should be gone");
    }

    @Test
    void keepsTheEntropyCodedDataByteForByte() throws Exception {
        byte[] clean = scrub(dirty, "photo.jpg");
        assertArrayEquals(scanData(dirty), scanData(clean));
        assertTrue(ImageFixtures.sameRgb(ImageFixtures.decode(dirty), ImageFixtures.decode(clean)));
    }

    @Test
    void keepsTheOrientationAsALoneTag() throws Exception {
        byte[] clean = scrub(dirty, "photo.jpg");
        ExifIFD0Directory ifd0 = metadata(clean).getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertNotNull(ifd0);
        assertEquals(6, ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION));
        assertEquals(1, ifd0.getTagCount());
    }

    @Test
    void writesNoExifWhenTheOrientationIsUpright() throws Exception {
        byte[] upright = new JpegCleaner().clean(dirty, org.veil.files.CleanOptions.defaults());
        byte[] plain = Arrays.copyOf(upright, upright.length);
        // patch the kept orientation 6 to 1, then clean again: no EXIF block should be written at all
        int at = ImageFixtures.indexOf(plain, new byte[] {0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6});
        plain[at + 9] = 1;
        byte[] clean = scrub(plain, "photo.jpg");
        assertNull(metadata(clean).getFirstDirectoryOfType(ExifIFD0Directory.class));
    }

    @Test
    void dropsTheIccProfileUnlessAskedToKeepIt() throws Exception {
        byte[] withIcc = withApp2Icc(load("dirty.jpg"));
        assertNull(metadata(scrub(withIcc, "p.jpg")).getFirstDirectoryOfType(IccDirectory.class));
        byte[] kept = scrub(withIcc, "p.jpg", ImageFixtures.keepIcc());
        assertNotNull(metadata(kept).getFirstDirectoryOfType(IccDirectory.class));
        assertNoPlanted(kept);
    }

    @Test
    void listsWhatItFindsByGroup() throws Exception {
        List<MetadataItem> items = new ImageCleaner().inspect(dirty, org.veil.files.FileType.JPEG,
                ImageFixtures.context(org.veil.files.CleanOptions.defaults()));
        for (MetadataGroup g : List.of(MetadataGroup.LOCATION, MetadataGroup.DEVICE, MetadataGroup.PEOPLE,
                MetadataGroup.TIME, MetadataGroup.SOFTWARE, MetadataGroup.HISTORY, MetadataGroup.DESCRIPTION)) {
            assertTrue(items.stream().anyMatch(i -> i.group() == g), "nothing listed under " + g + ": " + items);
        }
        assertTrue(items.stream().anyMatch(i -> i.value().contains("SN-VEIL-123456")));
        assertFalse(items.stream().anyMatch(i -> i.name().contains("Image Width")), "structure is not metadata");
    }

    @Test
    void refusesATruncatedJpeg() {
        byte[] cut = Arrays.copyOf(dirty, dirty.length - 700);
        RefusedException e = assertThrows(RefusedException.class, () -> scrub(cut, "photo.jpg"));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertThrows(RefusedException.class, () -> scrub(Arrays.copyOf(dirty, 300), "photo.jpg"));
    }

    @Test
    void paranoidModeReencodesUprightWithoutMetadata() throws Exception {
        byte[] clean = scrub(dirty, "photo.jpg", ImageFixtures.paranoid());
        assertNoPlanted(clean);
        var image = ImageFixtures.decode(clean);
        assertEquals(24, image.getWidth(), "orientation 6 turns 32×24 into 24×32");
        assertEquals(32, image.getHeight());
        assertNull(metadata(clean).getFirstDirectoryOfType(ExifIFD0Directory.class));
    }

    @Test
    void paranoidModeRefusesADecompressionBomb() throws Exception {
        byte[] bomb = new JpegCleaner().clean(dirty, org.veil.files.CleanOptions.defaults());
        int sof = ImageFixtures.indexOf(bomb, new byte[] {(byte) 0xFF, (byte) 0xC0});
        bomb[sof + 5] = (byte) 0xEA; // height 60000
        bomb[sof + 6] = 0x60;
        bomb[sof + 7] = (byte) 0xEA; // width 60000
        bomb[sof + 8] = 0x60;
        RefusedException e = assertThrows(RefusedException.class,
                () -> scrub(bomb, "photo.jpg", ImageFixtures.paranoid()));
        assertTrue(e.getMessage().contains("decompression bomb"), e.getMessage());
    }

    @Test
    void progressiveJpegKeepsEveryScanAndItsTables() throws Exception {
        java.awt.image.BufferedImage picture = ImageFixtures.decode(load("dirty.tif"));
        byte[] progressive = PixelCodec.encode(List.of(picture), "jpeg", p -> {
            p.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
        });
        byte[] dirtyProgressive = withComment(progressive, "planted comment by Ivan Petrov-Secret");
        byte[] clean = scrub(dirtyProgressive, "progressive.jpg");
        assertNoPlanted(clean);
        assertTrue(ImageFixtures.sameRgb(ImageFixtures.decode(progressive), ImageFixtures.decode(clean)));
        // everything from the first scan on is tables and scans, so it must survive unchanged
        assertArrayEquals(Arrays.copyOfRange(progressive, firstScan(progressive), progressive.length),
                Arrays.copyOfRange(clean, firstScan(clean), clean.length));
    }

    private static int firstScan(byte[] jpeg) {
        int p = 2;
        while ((jpeg[p + 1] & 0xFF) != 0xDA) {
            p += 2 + ((jpeg[p + 2] & 0xFF) << 8 | (jpeg[p + 3] & 0xFF));
        }
        return p;
    }

    private static byte[] withComment(byte[] jpeg, String comment) {
        byte[] text = comment.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write((text.length + 2) >> 8);
        out.write(text.length + 2);
        out.writeBytes(text);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The bytes from the first SOS segment to the end of the entropy-coded data, found by walking segments. */
    static byte[] scanData(byte[] jpeg) {
        int p = 2;
        while ((jpeg[p + 1] & 0xFF) != 0xDA) {
            p += 2 + ((jpeg[p + 2] & 0xFF) << 8 | (jpeg[p + 3] & 0xFF));
        }
        int end = p + 2 + ((jpeg[p + 2] & 0xFF) << 8 | (jpeg[p + 3] & 0xFF));
        while (!((jpeg[end] & 0xFF) == 0xFF && (jpeg[end + 1] & 0xFF) == 0xD9)) {
            end++;
        }
        return Arrays.copyOfRange(jpeg, p, end);
    }

    /** The JPEG with the JDK's sRGB profile inserted as an APP2 ICC_PROFILE segment after SOI. */
    static byte[] withApp2Icc(byte[] jpeg) {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 12 + 2 + icc.length;
        out.write(0xFF);
        out.write(0xE2);
        out.write(length >> 8);
        out.write(length);
        out.writeBytes("ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(1);
        out.write(1);
        out.writeBytes(icc);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}

package org.veil.files.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.image.ImageFixtures.load;
import static org.veil.files.image.ImageFixtures.scrub;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.files.CleanOptions;
import org.veil.files.FileType;
import org.veil.files.RefusedException;

/**
 * A valid image must not be refused because a reader trips over it: metadata-extractor failing with an internal
 * index error leaves the verdict to the structural audit, and Veil's own JPEG walk reads an empty or short EXIF
 * segment as "no orientation" instead of throwing.
 */
class LibraryFaultTest {
    /** metadata-extractor as it fails on some real files: an index error inside one of its readers. */
    private final ImageVerifier faulty = new ImageVerifier(content -> {
        throw new RefusedException("its metadata cannot be read (Index 8 out of bounds for length 8)",
                new ArrayIndexOutOfBoundsException("Index 8 out of bounds for length 8"));
    });

    private List<String> residue(ImageVerifier v, byte[] b, FileType t) throws RefusedException {
        return v.residue(b, t, ImageFixtures.context(CleanOptions.defaults()));
    }

    @Test
    void aLibraryIndexErrorDoesNotRefuseACleanedImage() throws Exception {
        Map<String, FileType> fixtures = Map.of("dirty.jpg", FileType.JPEG, "dirty.png", FileType.PNG,
                "dirty.gif", FileType.GIF, "dirty.webp", FileType.WEBP);
        for (Map.Entry<String, FileType> f : fixtures.entrySet()) {
            byte[] cleaned = scrub(load(f.getKey()), f.getKey());
            assertEquals(List.of(), residue(faulty, cleaned, f.getValue()), f.getKey());
            // ...while the structural audit alone still catches what the dirty originals hold.
            assertFalse(residue(faulty, load(f.getKey()), f.getValue()).isEmpty(), f.getKey());
        }
    }

    @Test
    void inspectionSurvivesALibraryIndexErrorAndSaysSo() throws Exception {
        MetadataLister lister = new MetadataLister(content -> {
            throw new RefusedException("its metadata cannot be read (Index 8 out of bounds for length 8)",
                    new ArrayIndexOutOfBoundsException("Index 8 out of bounds for length 8"));
        });
        List<org.veil.files.MetadataItem> items = lister.list(load("dirty.jpg"), FileType.JPEG, false);
        assertEquals(1, items.size());
        assertTrue(items.get(0).value().contains("ArrayIndexOutOfBoundsException"), items.toString());
    }

    @Test
    void aLibraryErrorStillRefusesFormatsWithoutACompleteStructuralCheck() throws Exception {
        byte[] tiff = scrub(load("dirty.tif"), "dirty.tif");
        assertFalse(residue(faulty, tiff, FileType.TIFF).isEmpty());
    }

    @Test
    void theAllowedMinimalExifMayHoldOnlyTheOrientation() throws Exception {
        byte[] cleaned = scrub(load("dirty.jpg"), "dirty.jpg");
        byte[] upright = withApp1(cleaned, ExifOrientation.minimalTiff(6));
        assertEquals(List.of(), StructureAudit.residue(upright, FileType.JPEG, false));
        byte[] smuggled = ExifOrientation.minimalTiff(6);
        smuggled[22] = 'I';
        smuggled[23] = 'P';
        assertFalse(StructureAudit.residue(withApp1(cleaned, smuggled), FileType.JPEG, false).isEmpty());
    }

    @Test
    void emptyAndShortExifSegmentsHoldNoOrientationAndAreDropped() throws Exception {
        byte[] cleaned = withoutApp1(scrub(load("dirty.jpg"), "dirty.jpg")); // upright, no EXIF at all
        // A bare "Exif\0\0" (APP1 of length 8), and "Exif\0" in an APP1 of length 7, shorter than its prefix:
        // a valid picture either way, which once ended in an internal exception.
        for (byte[] segment : List.of(
                new byte[] {(byte) 0xFF, (byte) 0xE1, 0, 8, 'E', 'x', 'i', 'f', 0, 0},
                new byte[] {(byte) 0xFF, (byte) 0xE1, 0, 7, 'E', 'x', 'i', 'f', 0})) {
            byte[] jpeg = insertAfterSoi(cleaned, segment);
            byte[] again = scrub(jpeg, "cover.jpg");
            assertArrayEquals(cleaned, again);
        }
    }

    private static byte[] withApp1(byte[] jpeg, byte[] tiff) {
        ByteArrayOutputStream seg = new ByteArrayOutputStream();
        int length = 2 + 6 + tiff.length;
        seg.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        seg.writeBytes(ExifOrientation.JPEG_PREFIX);
        seg.writeBytes(tiff);
        return insertAfterSoi(jpeg, seg.toByteArray());
    }

    @Test
    void theWebpAuditRefusesAFrameChunkWhoseSizeWrapsInsteadOfLoopingForever() {
        ByteArrayOutputStream riff = new ByteArrayOutputStream();
        byte[] inner = {'V', 'P', '8', ' ', (byte) 0xF7, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}; // size -9 as an int
        byte[] anmf = new byte[8 + 16 + inner.length];
        System.arraycopy("ANMF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, anmf, 0, 4);
        Bytes.putU32le(anmf, 4, 16 + inner.length);
        System.arraycopy(inner, 0, anmf, 24, inner.length);
        riff.writeBytes("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] size = new byte[4];
        Bytes.putU32le(size, 0, 4 + anmf.length);
        riff.writeBytes(size);
        riff.writeBytes("WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        riff.writeBytes(anmf);
        List<String> residue = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> StructureAudit.residue(riff.toByteArray(), FileType.WEBP, false));
        assertTrue(residue.stream().anyMatch(r -> r.contains("runs past")), residue.toString());
    }

    /** The JPEG without its APP1 segments (the cleaned fixture keeps a minimal EXIF for its orientation). */
    private static byte[] withoutApp1(byte[] jpeg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int p = 2;
        while ((jpeg[p + 1] & 0xFF) != 0xDA) {
            int length = (jpeg[p + 2] & 0xFF) << 8 | (jpeg[p + 3] & 0xFF);
            if ((jpeg[p + 1] & 0xFF) != 0xE1) {
                out.write(jpeg, p, 2 + length);
            }
            p += 2 + length;
        }
        out.write(jpeg, p, jpeg.length - p);
        return out.toByteArray();
    }

    private static byte[] insertAfterSoi(byte[] jpeg, byte[] segment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segment);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}

package org.veil.files.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.image.ImageFixtures.load;
import static org.veil.files.image.ImageFixtures.scrub;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.files.CleanOptions;
import org.veil.files.FileType;

class ImageVerifierTest {
    private final ImageVerifier verifier = new ImageVerifier();

    private List<String> residue(byte[] b, FileType t) throws Exception {
        return verifier.residue(b, t, ImageFixtures.context(CleanOptions.defaults()));
    }

    @Test
    void findsThePlantedMetadataInEveryDirtyFixture() throws Exception {
        assertResidue("dirty.jpg", FileType.JPEG, "GPS", "Artist", "Comment", "XMP", "bytes after");
        assertResidue("dirty.png", FileType.PNG, "tEXt", "iTXt", "eXIf", "Textual");
        assertResidue("dirty.gif", FileType.GIF, "comment", "XMP");
        assertResidue("dirty.webp", FileType.WEBP, "EXIF", "XMP");
        assertResidue("dirty.tif", FileType.TIFF, "Artist", "TIFF tag 315", "TIFF tag 34853");
        assertResidue("dirty.bmp", FileType.BMP, "profile", "unexplained bytes", "bytes after");
    }

    @Test
    void acceptsEveryCleanedFixture() throws Exception {
        for (String name : List.of("dirty.jpg", "dirty.png", "dirty.gif", "dirty.webp", "dirty.tif", "dirty.bmp")) {
            byte[] clean = scrub(load(name), name); // the pipeline runs the verifier and refuses on residue
            assertTrue(clean.length > 0);
        }
    }

    @Test
    void flagsACommentSegmentTheMetadataReaderWouldNameAndAnUnknownAppSegment() throws Exception {
        byte[] clean = scrub(load("dirty.jpg"), "p.jpg");
        byte[] withCom = insertAfterSoi(clean, 0xFE, "hello".getBytes(StandardCharsets.US_ASCII));
        assertFalse(residue(withCom, FileType.JPEG).isEmpty());
        byte[] withApp9 = insertAfterSoi(clean, 0xE9, "vendor".getBytes(StandardCharsets.US_ASCII));
        List<String> r = residue(withApp9, FileType.JPEG);
        assertTrue(r.stream().anyMatch(s -> s.contains("APP9")), r.toString());
    }

    @Test
    void flagsAnUnknownPngChunkAndTrailingBytes() throws Exception {
        byte[] clean = scrub(load("dirty.png"), "p.png");
        assertEquals(List.of(), residue(clean, FileType.PNG));
        byte[] extra = PngCleaningTest.withChunkBeforeIend(clean, "zzZz", new byte[] {1, 2, 3});
        assertTrue(residue(extra, FileType.PNG).stream().anyMatch(s -> s.contains("zzZz")));
        byte[] trailing = PngCleaningTest.concat(clean, new byte[] {9, 9});
        assertTrue(residue(trailing, FileType.PNG).stream().anyMatch(s -> s.contains("after")));
    }

    @Test
    void iccIsResidueUnlessKept() throws Exception {
        byte[] withIcc = new JpegCleaner().clean(JpegCleaningTest.withApp2Icc(load("dirty.jpg")),
                ImageFixtures.keepIcc());
        assertFalse(residue(withIcc, FileType.JPEG).isEmpty());
        assertEquals(List.of(), verifier.residue(withIcc, FileType.JPEG, ImageFixtures.context(ImageFixtures.keepIcc())));
    }

    @Test
    void heifIsNotAnImageVerifierType() {
        // HEIF/AVIF have their own cleaner and verifier (package heif); this one must not vouch for them.
        assertFalse(verifier.types().contains(FileType.HEIF));
    }

    private void assertResidue(String fixture, FileType type, String... expected) throws Exception {
        List<String> r = residue(load(fixture), type);
        String all = String.join(" | ", r).toLowerCase();
        for (String e : expected) {
            assertTrue(all.contains(e.toLowerCase()), fixture + ": expected '" + e + "' in " + r);
        }
    }

    private static byte[] insertAfterSoi(byte[] jpeg, int marker, byte[] payload) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write(payload.length + 2);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}

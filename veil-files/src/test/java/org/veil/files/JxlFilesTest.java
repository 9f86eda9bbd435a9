package org.veil.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real JPEG XL files from Debian's cjxl: a JPEG with planted Exif, XMP and comment transcoded losslessly (Exif
 * and XMP in Brotli-compressed boxes, the comment in JPEG reconstruction data), and a bare codestream into which
 * exiftool plants Exif and XMP boxes. Cleaned, they must show nothing planted to exiftool or in their bytes, and
 * djxl must decode them to the same pixels; a bare codestream comes out unchanged.
 */
class JxlFilesTest {
    private final Scrubber scrubber = Scrubber.standard(CleanOptions.defaults());

    @TempDir
    Path dir;

    @Test
    void aTranscodedJpegLosesItsCompressedMetadataAndReconstructionData() throws Exception {
        DebianTool.require(DebianTool.EXIFTOOL, DebianTool.CJXL, DebianTool.DJXL);
        Path jpeg = dir.resolve("source.jpg");
        ImageIO.write(picture(), "jpeg", jpeg.toFile());
        Exiftool.write(jpeg, List.of("-Artist=" + Planted.PERSON, "-SerialNumber=" + Planted.SERIAL,
                "-Comment=" + Planted.COMMENT, "-Model=" + Planted.DEVICE, "-GPSLatitude=55.75", "-GPSLatitudeRef=N",
                "-XMP-dc:Creator=" + Planted.PERSON));
        Path jxl = dir.resolve("photo.jxl");
        DebianTool.run(List.of("cjxl", jpeg.toString(), jxl.toString()));
        String raw = new String(Files.readAllBytes(jxl), StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("brob") && raw.contains("jbrd"), "cjxl made no compressed metadata boxes");
        Path out = checkCleaned(jxl);
        String cleanedRaw = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
        assertFalse(cleanedRaw.contains("brob") || cleanedRaw.contains("jbrd"), "a metadata box is left");
    }

    @Test
    void exifAndXmpBoxesPlantedByExiftoolAreRemoved() throws Exception {
        DebianTool.require(DebianTool.EXIFTOOL, DebianTool.CJXL, DebianTool.DJXL);
        Path png = dir.resolve("source.png");
        ImageIO.write(picture(), "png", png.toFile());
        Path jxl = dir.resolve("plain.jxl");
        DebianTool.run(List.of("cjxl", png.toString(), jxl.toString()));
        byte[] bare = Files.readAllBytes(jxl);
        assertEquals(0xFF, bare[0] & 0xFF, "cjxl wrote a container, not a bare codestream");
        assertArrayEquals(bare, scrubber.clean(bare, "plain.jxl"), "a bare codestream must pass unchanged");
        Exiftool.write(jxl, List.of("-Artist=" + Planted.PERSON, "-SerialNumber=" + Planted.SERIAL,
                "-UserComment=" + Planted.COMMENT, "-Software=" + Planted.SOFTWARE, "-GPSLatitude=55.75",
                "-GPSLatitudeRef=N", "-DateTimeOriginal=2024:01:02 03:04:05", "-XMP-dc:Creator=" + Planted.PERSON));
        assertFalse(Planted.foundIn(Files.readAllBytes(jxl)).isEmpty(), "exiftool did not plant");
        Path out = checkCleaned(jxl);
        assertFalse(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1).contains("2024:01:02"));
        Scrubber.Inspection shown = scrubber.inspect(jxl);
        assertTrue(shown.items().toString().contains(Planted.PERSON), shown.items().toString());
    }

    private Path checkCleaned(Path dirty) throws Exception {
        byte[] cleaned = scrubber.clean(Files.readAllBytes(dirty), dirty.getFileName().toString());
        Path out = dir.resolve("clean-" + dirty.getFileName());
        Files.write(out, cleaned);
        String dump = Exiftool.dump(out);
        assertEquals(List.of(), Planted.foundInDump(dump), dump);
        assertEquals(List.of(), Planted.foundIn(cleaned));
        assertFalse(dump.contains("[XMP") || dump.contains("[IFD0]") || dump.contains("[GPS]"), dump);
        assertArrayEquals(pixels(dirty), pixels(out), "decoded pixels changed");
        assertArrayEquals(cleaned, scrubber.clean(cleaned, "again.jxl"));
        return out;
    }

    private int[] pixels(Path jxl) throws IOException {
        Path png = dir.resolve(jxl.getFileName() + ".decoded.png");
        DebianTool.run(List.of("djxl", jxl.toString(), png.toString()));
        BufferedImage img = ImageIO.read(png.toFile());
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    private static BufferedImage picture() {
        BufferedImage img = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 60, 60));
        g.fillRect(0, 0, 48, 32);
        g.setColor(Color.WHITE);
        g.fillRect(8, 8, 20, 12);
        g.dispose();
        return img;
    }
}

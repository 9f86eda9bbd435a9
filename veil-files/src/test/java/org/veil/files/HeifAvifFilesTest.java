package org.veil.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real HEIC and AVIF files made by Debian's encoders (heif-enc, avifenc), with author, serial, comment, device,
 * software, GPS and date planted by exiftool: cleaned through the whole pipeline, then read back by exiftool and
 * searched byte by byte for every planted value, and decoded before and after by the reference decoders
 * (heif-convert, avifdec) to the same pixels.
 */
class HeifAvifFilesTest {
    private static final String DATE = "2024:01:02 03:04:05";
    private final Scrubber scrubber = Scrubber.standard(CleanOptions.defaults());

    @TempDir
    Path dir;

    @Test
    void heicFromHeifEncLosesEveryPlantedValueAndKeepsItsPixels() throws Exception {
        DebianTool.require(DebianTool.EXIFTOOL, DebianTool.HEIF_ENC, DebianTool.HEIF_CONVERT);
        Path heic = dir.resolve("photo.heic");
        DebianTool.run(List.of("heif-enc", "-q", "60", "-t", "24", png().toString(), "-o", heic.toString()));
        checkCleaned(plant(heic), ".png", DebianTool.HEIF_CONVERT);
    }

    @Test
    void avifFromAvifencLosesEveryPlantedValueAndKeepsItsPixels() throws Exception {
        DebianTool.require(DebianTool.EXIFTOOL, DebianTool.AVIFENC, DebianTool.AVIFDEC);
        Path avif = dir.resolve("photo.avif");
        DebianTool.run(List.of("avifenc", "-s", "10", png().toString(), avif.toString()));
        checkCleaned(plant(avif), ".png", DebianTool.AVIFDEC);
    }

    @Test
    void avifFromHeifEncWithAThumbnailLosesIt() throws Exception {
        DebianTool.require(DebianTool.EXIFTOOL, DebianTool.HEIF_ENC, DebianTool.AVIFDEC);
        Path avif = dir.resolve("thumbed.avif");
        DebianTool.run(List.of("heif-enc", "-A", "-t", "16", png().toString(), "-o", avif.toString()));
        Path dirty = plant(avif);
        Path cleaned = checkCleaned(dirty, ".png", DebianTool.AVIFDEC);
        String info = DebianTool.run(List.of("heif-info", dirty.toString()));
        assertTrue(info.contains("thumbnail"), info);
        String after = DebianTool.run(List.of("heif-info", cleaned.toString()));
        assertFalse(after.contains("thumbnail"), after);
    }

    @Test
    void aThumbnailsAlphaPlaneGoesWithItAndTheImagesAlphaStays() throws Exception {
        DebianTool.require(DebianTool.EXIFTOOL, DebianTool.HEIF_ENC, DebianTool.HEIF_CONVERT);
        Path heic = dir.resolve("alpha.heic");
        DebianTool.run(List.of("heif-enc", "-t", "16", png(BufferedImage.TYPE_INT_ARGB).toString(), "-o",
                heic.toString()));
        Path dirty = plant(heic);
        String info = DebianTool.run(List.of("heif-info", dirty.toString()));
        assertTrue(info.contains("alpha channel: yes") && info.contains("thumbnail"), info);
        Path cleaned = checkCleaned(dirty, ".png", DebianTool.HEIF_CONVERT);
        String after = DebianTool.run(List.of("heif-info", cleaned.toString()));
        assertTrue(after.contains("alpha channel: yes") && !after.contains("thumbnail"), after);
        // The thumbnail's own alpha image must go with it, not stay behind as a second image.
        assertEquals(1, after.lines().filter(l -> l.startsWith("image:")).count(), after);
    }

    @Test
    void listsThePlantedFieldsBeforeCleaning() throws Exception {
        DebianTool.require(DebianTool.EXIFTOOL, DebianTool.HEIF_ENC);
        Path heic = dir.resolve("listed.heic");
        DebianTool.run(List.of("heif-enc", png().toString(), "-o", heic.toString()));
        Scrubber.Inspection shown = scrubber.inspect(plant(heic));
        assertEquals(FileType.HEIF, shown.type());
        String all = shown.items().toString();
        for (String v : List.of(Planted.PERSON, Planted.SERIAL, Planted.DEVICE)) {
            assertTrue(all.contains(v), v + " not listed in " + all);
        }
        assertTrue(shown.items().stream().anyMatch(i -> i.group() == MetadataGroup.LOCATION), all);
    }

    @Test
    void aTruncatedHeicIsRefused() throws Exception {
        DebianTool.require(DebianTool.EXIFTOOL, DebianTool.HEIF_ENC);
        Path heic = dir.resolve("cut.heic");
        DebianTool.run(List.of("heif-enc", png().toString(), "-o", heic.toString()));
        byte[] b = Files.readAllBytes(plant(heic));
        byte[] cut = java.util.Arrays.copyOf(b, b.length - 40);
        RefusedException e = assertThrows(RefusedException.class, () -> scrubber.clean(cut, "cut.heic"));
        assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("past the end"), e.getMessage());
    }

    @Test
    void aHeifWithoutItsItemStructureIsRefused() {
        byte[] heic = new byte[32];
        System.arraycopy(new byte[] {0, 0, 0, 24}, 0, heic, 0, 4);
        System.arraycopy("ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.US_ASCII), 0, heic, 4, 20);
        System.arraycopy(new byte[] {0, 0, 0, 8, 'm', 'e', 't', 'a'}, 0, heic, 24, 8);
        RefusedException e = assertThrows(RefusedException.class, () -> scrubber.clean(heic, "IMG_0001.HEIC"));
        assertTrue(e.getMessage().contains("no 'meta' box"), e.getMessage());
    }

    /** Cleans {@code dirty}, checks nothing planted is left and the decoded pixels are the same; the output. */
    private Path checkCleaned(Path dirty, String decodedSuffix, DebianTool decoder) throws Exception {
        byte[] before = Files.readAllBytes(dirty);
        String dirtyDump = Exiftool.dump(dirty);
        assertFalse(Planted.foundInDump(dirtyDump).isEmpty(), "exiftool did not plant: " + dirtyDump);
        assertTrue(dirtyDump.contains(DATE), dirtyDump);
        byte[] cleaned = scrubber.clean(before, dirty.getFileName().toString());
        String name = dirty.getFileName().toString();
        Path out = dir.resolve("clean-" + name);
        Files.write(out, cleaned);
        String dump = Exiftool.dump(out);
        assertEquals(List.of(), Planted.foundInDump(dump), dump);
        assertEquals(List.of(), Planted.foundIn(cleaned));
        assertFalse(dump.contains(DATE), dump);
        assertFalse(dump.contains("[GPS]"), dump);
        assertFalse(dump.contains("[XMP"), dump);
        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains("2024:01:02"));
        assertArrayEquals(pixels(dirty, decoder, decodedSuffix), pixels(out, decoder, decodedSuffix),
                "decoded pixels changed");
        assertTrue(cleaned.length < before.length, "nothing was removed");
        // Cleaning what is already clean changes nothing.
        assertArrayEquals(cleaned, scrubber.clean(cleaned, name));
        return out;
    }

    private int[] pixels(Path image, DebianTool decoder, String suffix) throws IOException {
        Path decoded = dir.resolve(image.getFileName() + ".decoded" + suffix);
        DebianTool.run(List.of(decoder.command(), image.toString(), decoded.toString()));
        BufferedImage img = ImageIO.read(decoded.toFile());
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    private Path plant(Path file) throws IOException {
        List<String> tags = new ArrayList<>(List.of("-Artist=" + Planted.PERSON, "-SerialNumber=" + Planted.SERIAL,
                "-UserComment=" + Planted.COMMENT, "-Model=" + Planted.DEVICE, "-Software=" + Planted.SOFTWARE,
                "-GPSLatitude=55.7512", "-GPSLatitudeRef=N", "-GPSLongitude=37.6184", "-GPSLongitudeRef=E",
                "-DateTimeOriginal=" + DATE, "-XMP-dc:Creator=" + Planted.PERSON,
                "-XMP-dc:Description=" + Planted.COMMENT));
        Exiftool.write(file, tags);
        return file;
    }

    private Path png() throws IOException {
        return png(BufferedImage.TYPE_INT_RGB);
    }

    private Path png(int imageType) throws IOException {
        BufferedImage img = new BufferedImage(64, 48, imageType);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, 64, 48);
        g.setColor(new Color(240, 200, 40, 160));
        g.fillOval(10, 8, 30, 30);
        g.dispose();
        Path png = dir.resolve("source.png");
        ImageIO.write(img, "png", png.toFile());
        return png;
    }
}

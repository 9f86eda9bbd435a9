package org.veil.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through {@link Scrubber#standard}: dirty files whose planted values exiftool confirms are there,
 * cleaned, then read back by exiftool (and searched byte by byte, ZIP members included) for any planted value,
 * with the content checked to have survived. Needs Debian's exiftool; {@code .ci/run} installs it.
 */
class ExiftoolIntegrationTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void needsExiftool() {
        boolean ok = Exiftool.available();
        if (!ok) {
            System.out.println("SKIPPED: exiftool is not installed (apt-get install libimage-exiftool-perl)");
        }
        assumeTrue(ok, "exiftool is not installed");
    }

    /** A dirty file: how to make it, and how to check that its content survived cleaning. */
    record Case(String name, byte[] base, List<String> tags, ContentCheck content) {
    }

    interface ContentCheck {
        void same(byte[] before, byte[] after) throws IOException;
    }

    static final List<String> PHOTO_TAGS = List.of(
            "-Artist=" + Planted.PERSON, "-Make=VeilCam", "-Model=" + Planted.DEVICE,
            "-SerialNumber=" + Planted.SERIAL, "-Software=" + Planted.SOFTWARE,
            "-DateTimeOriginal=2021:03:03 10:11:12", "-GPSLatitude=55.7558", "-GPSLatitudeRef=N",
            "-GPSLongitude=37.6173", "-GPSLongitudeRef=E", "-XMP-dc:Creator=" + Planted.PERSON,
            "-XMP-dc:Description=" + Planted.COMMENT, "-Orientation#=6");

    @TestFactory
    Stream<DynamicTest> plantedValuesNeverSurvive() throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> jpegTags = new ArrayList<>(PHOTO_TAGS);
        jpegTags.addAll(List.of("-Comment=" + Planted.COMMENT, "-IPTC:By-line=" + Planted.PERSON,
                "-ThumbnailImage<=" + thumbnail()));
        cases.add(new Case("photo.jpg", image("jpg"), jpegTags, ExiftoolIntegrationTest::samePixels));
        List<String> pngTags = new ArrayList<>(PHOTO_TAGS);
        pngTags.addAll(List.of("-PNG:Comment=" + Planted.COMMENT, "-PNG:Author=" + Planted.PERSON));
        cases.add(new Case("screenshot.png", image("png"), pngTags, ExiftoolIntegrationTest::samePixels));
        cases.add(new Case("scan.tif", image("tiff"), PHOTO_TAGS, ExiftoolIntegrationTest::samePixelsTurnedUpright));
        cases.add(new Case("anim.gif", image("gif"), List.of("-Comment=" + Planted.COMMENT,
                "-XMP-dc:Creator=" + Planted.PERSON), ExiftoolIntegrationTest::samePixels));
        cases.add(new Case("report.pdf", pdf(), List.of("-PDF:Author=" + Planted.PERSON,
                "-PDF:Creator=" + Planted.SOFTWARE, "-PDF:Subject=" + Planted.COMMENT,
                "-XMP-dc:Creator=" + Planted.PERSON, "-XMP-tiff:Model=" + Planted.DEVICE),
                ExiftoolIntegrationTest::sameText));
        for (String fixture : List.of("clip.mp4", "clip.mov")) {
            byte[] base = resource("/integration/" + fixture);
            if (base != null) {
                cases.add(new Case(fixture, base, List.of("-Artist=" + Planted.PERSON,
                        "-Comment=" + Planted.COMMENT, "-Make=VeilCam", "-Model=" + Planted.DEVICE,
                        "-GPSCoordinates=55.7558, 37.6173", "-XMP-dc:Creator=" + Planted.PERSON),
                        (a, b) -> { }));
            }
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(Case c) throws IOException {
        Path dirty = dir.resolve(c.name());
        Files.write(dirty, c.base());
        Exiftool.write(dirty, c.tags());
        String before = Exiftool.dump(dirty);
        assertFalse(Planted.foundInDump(before).isEmpty(), "planting failed for " + c.name() + ":\n" + before);

        Path clean = dir.resolve("clean-" + c.name());
        ScrubResult r = Scrubber.standard(CleanOptions.defaults()).scrub(dirty, clean);
        assertInstanceOf(ScrubResult.Cleaned.class, r, () -> c.name() + ": " + r);
        byte[] out = Files.readAllBytes(clean);
        String after = Exiftool.dump(clean);
        assertEquals(List.of(), Planted.foundInDump(after), c.name() + " after cleaning, exiftool reads:\n" + after);
        assertEquals(List.of(), Planted.foundIn(out), c.name() + ": planted bytes survive");
        assertFalse(after.contains("Thumbnail"), c.name() + ": a thumbnail survives:\n" + after);
        c.content().same(Files.readAllBytes(dirty), out);
    }

    static void samePixels(byte[] before, byte[] after) throws IOException {
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(before));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(after));
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        assertArrayEquals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()), "pixels changed");
    }

    static void sameText(byte[] before, byte[] after) throws IOException {
        try (PDDocument a = Loader.loadPDF(before); PDDocument b = Loader.loadPDF(after)) {
            String text = new PDFTextStripper().getText(a);
            assertTrue(text.contains("Statement of the witness"), text);
            assertEquals(text, new PDFTextStripper().getText(b));
        }
    }

    /** TIFF cleaning applies orientation 6 (turn 90° clockwise) to the pixels, losslessly, instead of a tag. */
    static void samePixelsTurnedUpright(byte[] before, byte[] after) throws IOException {
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(before));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(after));
        assertEquals(a.getHeight(), b.getWidth());
        assertEquals(a.getWidth(), b.getHeight());
        for (int y = 0; y < b.getHeight(); y++) {
            for (int x = 0; x < b.getWidth(); x++) {
                assertEquals(a.getRGB(y, a.getHeight() - 1 - x), b.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(48, 32, format.equals("gif")
                ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 48, 32);
        g.setColor(Color.RED);
        g.fillOval(8, 4, 24, 24);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out), "no ImageIO writer for " + format);
        return out.toByteArray();
    }

    static Path thumbnail() throws IOException {
        Path t = dir.resolve("thumb.jpg");
        Files.write(t, image("jpg"));
        return t;
    }

    static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText("Statement of the witness");
                s.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ExiftoolIntegrationTest.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}

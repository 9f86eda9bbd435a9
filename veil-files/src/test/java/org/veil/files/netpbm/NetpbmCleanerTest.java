package org.veil.files.netpbm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.files.CleanOptions;
import org.veil.files.FileType;
import org.veil.files.FixedContext;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;
import org.veil.files.ScrubResult;
import org.veil.files.Scrubber;

class NetpbmCleanerTest {
    private final Scrubber scrubber = Scrubber.standard(CleanOptions.defaults());
    private final FixedContext context = new FixedContext(CleanOptions.defaults(), scrubber::clean);

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static void assertNoPlantedText(byte[] cleaned) {
        String s = latin1(cleaned);
        for (String planted : List.of("Ivan Petrov", "GPS 55.75", "55.75", "GIMP", "appended", "CREATOR")) {
            assertFalse(s.contains(planted), planted + " survived in:\n" + s);
        }
    }

    @Test
    void rawPpmLosesCommentsAndTrailerAndKeepsItsPixelsByteForByte() throws RefusedException {
        byte[] cleaned = scrubber.clean(NetpbmFiles.rawPpm(), "photo.ppm");
        assertNoPlantedText(cleaned);
        byte[] header = "P6\n4 3\n255\n".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(header, Arrays.copyOf(cleaned, header.length));
        assertArrayEquals(NetpbmFiles.pixels(36), Arrays.copyOfRange(cleaned, header.length, cleaned.length));
    }

    @Test
    void plainFormatsLoseCommentsInTheHeaderAndBetweenPixels() throws RefusedException {
        byte[] ppm = scrubber.clean(NetpbmFiles.plainPpm(), "plain.ppm");
        assertNoPlantedText(ppm);
        assertEquals("P3\n2 2\n255\n255 0 0  0 255 0\n\n0 0 255  255 255 255\n", latin1(ppm));
        byte[] pbm = scrubber.clean(NetpbmFiles.plainPbm(), "plain.pbm");
        assertNoPlantedText(pbm);
        assertEquals("P1\n4 2\n0101\n1010\n", latin1(pbm));
    }

    @Test
    void sixteenBitGreyKeepsItsSamples() throws RefusedException {
        byte[] cleaned = scrubber.clean(NetpbmFiles.rawPgm16(), "depth.pgm");
        assertNoPlantedText(cleaned);
        assertEquals("P5\n2 1\n65535\n\u0012\u0034\u00FF\u0000", latin1(cleaned));
    }

    @Test
    void pamKeepsOnlyItsEssentialHeaderLines() throws RefusedException {
        byte[] cleaned = scrubber.clean(NetpbmFiles.pam(), "alpha.pam");
        assertNoPlantedText(cleaned);
        String header = "P7\nWIDTH 2\nHEIGHT 1\nDEPTH 4\nMAXVAL 255\nTUPLTYPE RGB_ALPHA\nENDHDR\n";
        assertTrue(latin1(cleaned).startsWith(header), latin1(cleaned));
        assertArrayEquals(NetpbmFiles.pixels(8), Arrays.copyOfRange(cleaned, header.length(), cleaned.length));
    }

    @Test
    void inspectionListsTheComments() throws RefusedException {
        List<MetadataItem> items = new NetpbmCleaner().inspect(NetpbmFiles.rawPpm(), FileType.NETPBM, context);
        assertTrue(items.stream().anyMatch(i -> i.value().contains("Ivan Petrov, GPS 55.75")), items.toString());
        assertTrue(items.stream().anyMatch(i -> i.name().equals("data after the image")), items.toString());
        // A final newline is not a trailer: the one comment is all there is.
        assertEquals(1, new NetpbmCleaner().inspect("P3\n# Ivan\n1 1\n255\n1 2 3\n".getBytes(StandardCharsets.US_ASCII),
                FileType.NETPBM, context).size());
    }

    @Test
    void theVerifierFindsCommentsTrailersAndExtraPamLines() throws RefusedException {
        NetpbmVerifier v = new NetpbmVerifier();
        for (byte[] dirty : List.of(NetpbmFiles.rawPpm(), NetpbmFiles.plainPpm(), NetpbmFiles.plainPbm(),
                NetpbmFiles.pam(), NetpbmFiles.concat("P6\n1 1\n255\n", new byte[3], "# Ivan"),
                NetpbmFiles.concat("P3\n1 1\n255\n1 2 3 # Ivan\n", new byte[0], ""))) {
            assertFalse(v.residue(dirty, FileType.NETPBM, context).isEmpty(), latin1(dirty));
        }
        assertEquals(List.of(), v.residue(scrubber.clean(NetpbmFiles.pam(), "a.pam"), FileType.NETPBM, context));
    }

    @Test
    void aHeaderDeclaringTooManyPixelsIsRefused() {
        byte[] bomb = NetpbmFiles.concat("P6\n200000 200000\n255\n", new byte[30], "");
        RefusedException e = assertThrows(RefusedException.class, () -> scrubber.clean(bomb, "bomb.ppm"));
        assertTrue(e.getMessage().contains("megapixels"), e.getMessage());
    }

    @Test
    void truncatedAndMalformedImagesAreRefused() {
        for (String bad : List.of("P6\n4 3\n255\n\u0001\u0002", "P3\n1 1\n255\n1 2\n", "P3\n1 1\n255\n1 2 300\n",
                "P2\n1 1\n70000\n1\n", "P7\nWIDTH 1\nHEIGHT 1\nDEPTH 1\nMAXVAL 255\n", "P1\n2 1\n0 x\n")) {
            byte[] b = bad.getBytes(StandardCharsets.ISO_8859_1);
            assertThrows(RefusedException.class, () -> scrubber.clean(b, "bad.pnm"), bad);
        }
    }

    @Test
    void aPpmNamedAsTextIsRefusedNotPassedThrough(@TempDir Path dir) throws IOException {
        Path in = Files.write(dir.resolve("photo.txt"), NetpbmFiles.plainPpm());
        ScrubResult r = scrubber.scrub(in, dir.resolve("out.txt"));
        assertTrue(r instanceof ScrubResult.Refused, r.toString());
        assertFalse(Files.exists(dir.resolve("out.txt")));
    }

    @Test
    void filesWrittenByImageMagickAreCleaned(@TempDir Path dir) throws Exception {
        Path convert = Path.of("/usr/bin/convert");
        Assumptions.assumeTrue(Files.isExecutable(convert), "ImageMagick convert is not installed; case skipped");
        for (String ext : List.of("ppm", "pgm", "pbm", "pam")) {
            Path out = dir.resolve("magick." + ext);
            Process p = new ProcessBuilder(convert.toString(), "-size", "5x3", "xc:red", "-set", "comment",
                    "Ivan Petrov GPS 55.75", out.toString()).redirectErrorStream(true).start();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0);
            byte[] cleaned = scrubber.clean(Files.readAllBytes(out), out.getFileName().toString());
            assertNoPlantedText(cleaned);
        }
    }
}

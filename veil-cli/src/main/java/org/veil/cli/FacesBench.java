package org.veil.cli;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.veil.faces.FaceDetector;
import org.veil.faces.FaceRedactor;
import org.veil.faces.NativeThreads;
import org.veil.faces.StandardFaceDetectors;
import org.veil.faces.eval.FaceEvaluator;
import org.veil.faces.eval.ShippedEvalSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil bench faces}: 12-megapixel JPEGs through the whole {@code veil faces} pipeline (decode, detect,
 * cover, encode, verify) on one thread, next to decoding and re-encoding the same photo alone in the same run;
 * peak heap and peak resident memory (which includes the detectors' native memory).
 */
@Command(name = "faces", mixinStandardHelpOptions = true,
        description = "Benchmark face covering on 12-megapixel photos, one core.")
final class FacesBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "5", description = "timed photos (after one warm-up)")
    int runs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // One core: the native detectors get one thread each, as Veil's own pipeline has.
        System.setProperty(NativeThreads.PROPERTY, "1");
        byte[] photo = twelveMegapixelJpeg();
        out.printf("input: 4000×3000 JPEG, %d KB (built-in scene scaled up)%n", photo.length / 1024);
        try (FaceDetector detector = StandardFaceDetectors.create()) {
            FaceRedactor redactor = new FaceRedactor(detector, FaceRedactor.limits());
            FaceRedactor.Result warm = redactor.redact(photo, "bench.jpg", FaceRedactor.Options.defaults(), false);
            double full = Measure.medianSeconds(runs,
                    () -> redactor.redact(photo, "bench.jpg", FaceRedactor.Options.defaults(), false));
            double baseline = Measure.medianSeconds(runs,
                    () -> ImageIO.write(ImageIO.read(new ByteArrayInputStream(photo)), "jpeg",
                            new ByteArrayOutputStream()));
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo));
            double detection = Measure.medianSeconds(runs, () -> detector.detect(decoded));
            out.printf("faces covered per photo: %d%n", warm.coveredCount());
            out.printf("veil faces: %.2f s per photo = %.2f photos/s on one core%n", full, 1 / full);
            out.printf("baseline, decode + encode only: %.2f s per photo (veil faces takes %.1f× as long)%n",
                    baseline, full / baseline);
            out.printf("detection alone (%s): %.2f s per photo (%.1f× decode + encode)%n", detector.name(),
                    detection, detection / baseline);
        }
        out.printf("peak heap (sum of heap pool peaks): %.0f MB; peak resident memory (VmHWM): %s%n",
                Measure.peakHeapMb(), peakResident());
        out.flush();
        return 0;
    }



    /** A built-in composite scene, scaled to 12 megapixels, as a camera JPEG would be. */
    private static byte[] twelveMegapixelJpeg() throws IOException {
        BufferedImage scene = FaceEvaluator.load(ShippedEvalSet.images(), "scenes/scene-01.jpg");
        BufferedImage big = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(scene, 0, 0, 4000, 3000, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(big, "jpeg", out);
        return out.toByteArray();
    }


    private static String peakResident() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:")).map(l -> l.substring(6).strip()).findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }
}

package org.veil.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.veil.faces.FaceDetector;
import org.veil.faces.NativeThreads;
import org.veil.faces.StandardFaceDetectors;
import org.veil.faces.eval.FaceEvaluator;
import org.veil.faces.eval.ShippedEvalSet;
import org.veil.faces.video.Ffmpeg;
import org.veil.faces.video.VideoLimits;
import org.veil.faces.video.VideoRedactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil bench video}: frames per second of {@code veil faces} on a clip made from a built-in group scene
 * (panning, with sound), detection on one core, next to ffmpeg alone decoding and re-encoding the same clip with the
 * same encoder settings in the same run.
 */
@Command(name = "video", mixinStandardHelpOptions = true,
        description = "Benchmark face covering in video against a plain ffmpeg decode and encode.")
final class VideoBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "3", description = "length of the clip (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--width", defaultValue = "640", description = "frame width; height is 9/16 of it "
            + "(default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--detect-every", split = ",", defaultValue = "1,3", paramLabel = "K",
            description = "detection strides to measure (default ${DEFAULT-VALUE})")
    int[] strides;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Ffmpeg ffmpeg = Ffmpeg.find().orElseThrow(() -> new UserError(Ffmpeg.MISSING));
        System.setProperty(NativeThreads.PROPERTY, "1");
        int height = width * 9 / 16 / 2 * 2;
        Path dir = Files.createTempDirectory("veil-bench-video");
        try {
            Path clip = clip(ffmpeg, dir, height);
            long frames = 25L * seconds;
            out.printf(Locale.ROOT, "clip: %d×%d, %d frames at 25 fps, H.264 + AAC (built-in scene, panning); "
                    + "encoder %s%n", width, height, frames, ffmpeg.videoEncoder());
            List<String> plain = new java.util.ArrayList<>(List.of(ffmpeg.ffmpeg().toString(), "-v", "error", "-y",
                    "-i", clip.toString(), "-c:v", ffmpeg.videoEncoder()));
            // The settings veil faces encodes with.
            plain.addAll(ffmpeg.videoEncoder().equals("libx264") ? List.of("-preset", "veryfast", "-crf", "18")
                    : List.of("-q:v", "3"));
            plain.addAll(List.of("-pix_fmt", "yuv420p", "-c:a", "copy", dir.resolve("plain.mp4").toString()));
            double base = Measure.medianSeconds(3, () -> run(plain));
            out.printf(Locale.ROOT, "baseline, ffmpeg decode + encode only: %.1f frames/s%n", frames / base);
            try (FaceDetector detector = StandardFaceDetectors.create()) {
                VideoRedactor redactor = new VideoRedactor(ffmpeg, detector, VideoLimits.defaults());
                for (int k : strides) {
                    VideoRedactor.Options o = VideoRedactor.Options.defaults();
                    VideoRedactor.Options options = new VideoRedactor.Options(o.cover(), true, k,
                            Math.max(o.holdFrames(), k));
                    long[] faces = new long[1];
                    double t = Measure.medianSeconds(1, () -> {
                        Path output = dir.resolve("veil-" + k + ".mp4");
                        Files.deleteIfExists(output);
                        faces[0] = redactor.redact(clip, output, options, (d, e) -> { }).faces();
                    });
                    out.printf(Locale.ROOT, "veil faces, detector on %s: %.2f frames/s "
                                    + "(%.1f× the time of decode + encode; %d face tracks)%n",
                            k == 1 ? "every frame" : "every " + ordinal(k) + " frame", frames / t, t / base, faces[0]);
                    out.flush();
                }
            }
        } finally {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        out.flush();
        return 0;
    }

    private static String ordinal(int k) {
        return k + (k == 2 ? "nd" : k == 3 ? "rd" : "th");
    }

    /** The built-in group scene, scaled a little wider than the frame and panned across it, with a tone. */
    private Path clip(Ffmpeg ffmpeg, Path dir, int height) throws Exception {
        BufferedImage scene = FaceEvaluator.load(ShippedEvalSet.images(), "scenes/scene-01.jpg");
        Path still = dir.resolve("scene.png");
        ImageIO.write(scene, "png", still.toFile());
        Path clip = dir.resolve("clip.mp4");
        int wide = width * 5 / 4 / 2 * 2;
        run(List.of(ffmpeg.ffmpeg().toString(), "-v", "error", "-loop", "1", "-framerate", "25",
                "-i", still.toString(), "-f", "lavfi", "-i", "sine=duration=" + seconds,
                "-vf", "scale=" + wide + ":" + height + ":force_original_aspect_ratio=increase,crop=" + width + ":"
                        + height + ":x='(iw-" + width + ")*t/" + seconds + "':y=0",
                "-t", "" + seconds, "-c:v", ffmpeg.videoEncoder(), "-pix_fmt", "yuv420p", "-c:a", "aac",
                clip.toString()));
        return clip;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("ffmpeg failed: " + text.strip());
        }
    }
}

package org.veil.faces.video;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.veil.faces.Box;

/**
 * Small clips (320×240, 25 frames per second) made in the tests from a public-domain test portrait (Grace Hopper):
 * Java draws every frame with the portrait at a known place, so the face box in every frame is known exactly, and
 * ffmpeg encodes them (with a tone as sound and any metadata a test plants). {@link #decode} reads a video back
 * as frames, and {@link #coverage} says how much of each face was changed.
 */
final class TestClips {
    static final int WIDTH = 320;
    static final int HEIGHT = 240;
    static final int FPS = 25;
    /** The portrait cut to head and shoulders, 96×120 after scaling, and where the face lies in that cut. */
    static final int SPRITE_W = 96;
    static final int SPRITE_H = 120;
    static final Box FACE_IN_SPRITE = new Box(20, 32, 56, 68);
    /**
     * Mean absolute difference (0–255, over the face's central 60 %) from the clean frame above which a face counts
     * as covered. A solid cover changes a face by well over 100; H.264 noise alone stays far below 20.
     */
    static final double COVERED = 60;

    /** A clip: its file, the face boxes in each frame, and the clean frames as drawn (packed RGB). */
    record Clip(Path file, List<List<Box>> faces, List<int[]> frames) {
    }

    private TestClips() {
    }

    /** ffmpeg, or the test is skipped with the reason. */
    static Ffmpeg ffmpegOrSkip() {
        Optional<Ffmpeg> f = Ffmpeg.find();
        assumeTrue(f.isPresent(), "ffmpeg/ffprobe not installed (Debian: apt install ffmpeg): video test skipped");
        return f.get();
    }

    static BufferedImage sprite() throws IOException {
        BufferedImage portrait;
        try (InputStream in = TestClips.class.getResourceAsStream("/blazeface/grace_hopper.jpg")) {
            portrait = ImageIO.read(in);
        }
        // Head and shoulders, (105, 35)–(345, 335) of the 436×512 portrait; its face is about (155, 115, 140, 170).
        BufferedImage cut = portrait.getSubimage(105, 35, 240, 300);
        BufferedImage s = new BufferedImage(SPRITE_W, SPRITE_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = s.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(cut, 0, 0, SPRITE_W, SPRITE_H, null);
        g.dispose();
        return s;
    }

    /** Where the portrait's top-left corner is in one frame; an empty list means no face in that frame. */
    @FunctionalInterface
    interface Script {
        List<int[]> positions(int frame);
    }

    /**
     * Draws {@code frames} frames by {@code script} and encodes them to {@code file} with a 440 Hz tone; {@code extra}
     * are ffmpeg output options placed before the file name (metadata, codecs, format).
     */
    static Clip make(Ffmpeg ffmpeg, Path file, int frames, Script script, List<String> extra)
            throws IOException, InterruptedException {
        BufferedImage sprite = sprite();
        List<List<Box>> faces = new ArrayList<>();
        List<int[]> clean = new ArrayList<>();
        List<String> cmd = new ArrayList<>(List.of(ffmpeg.ffmpeg().toString(), "-v", "error", "-y",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", WIDTH + "x" + HEIGHT, "-framerate", "" + FPS,
                "-i", "pipe:0", "-f", "lavfi", "-i", "sine=frequency=440:duration=" + (frames / (double) FPS),
                "-map", "0:v", "-map", "1:a", "-pix_fmt", "yuv420p"));
        cmd.addAll(extra);
        cmd.add(file.toString());
        Path log = Files.createTempFile("clip", ".log");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream out = p.getOutputStream()) {
            for (int f = 0; f < frames; f++) {
                BufferedImage frame = background();
                Graphics2D g = frame.createGraphics();
                List<Box> boxes = new ArrayList<>();
                for (int[] at : script.positions(f)) {
                    g.drawImage(sprite, at[0], at[1], null);
                    boxes.add(new Box(at[0] + FACE_IN_SPRITE.x(), at[1] + FACE_IN_SPRITE.y(), FACE_IN_SPRITE.w(),
                            FACE_IN_SPRITE.h()));
                }
                g.dispose();
                int[] px = frame.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
                faces.add(boxes);
                clean.add(px);
                out.write(rgb(px));
            }
        }
        int code = p.waitFor();
        String errors = Files.readString(log);
        Files.delete(log);
        if (code != 0) {
            throw new IOException("ffmpeg could not make the test clip: " + errors);
        }
        return new Clip(file, faces, clean);
    }

    /** A soft grey-blue gradient, so the picture is not flat. */
    private static BufferedImage background() {
        BufferedImage b = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int v = 90 + x * 40 / WIDTH + y * 30 / HEIGHT;
                b.setRGB(x, y, v << 16 | (v + 10) << 8 | (v + 30));
            }
        }
        return b;
    }

    private static byte[] rgb(int[] px) {
        byte[] out = new byte[px.length * 3];
        for (int i = 0; i < px.length; i++) {
            out[3 * i] = (byte) (px[i] >> 16);
            out[3 * i + 1] = (byte) (px[i] >> 8);
            out[3 * i + 2] = (byte) px[i];
        }
        return out;
    }

    /** Every frame of {@code file} (320×240), as packed RGB. */
    static List<int[]> decode(Ffmpeg ffmpeg, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ffmpeg.ffmpeg().toString(), "-v", "error", "-i", file.toString(),
                "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1").redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<int[]> frames = new ArrayList<>();
        try (InputStream in = p.getInputStream()) {
            byte[] buf = new byte[WIDTH * HEIGHT * 3];
            while (in.readNBytes(buf, 0, buf.length) == buf.length) {
                int[] px = new int[WIDTH * HEIGHT];
                for (int i = 0; i < px.length; i++) {
                    px[i] = (buf[3 * i] & 0xFF) << 16 | (buf[3 * i + 1] & 0xFF) << 8 | (buf[3 * i + 2] & 0xFF);
                }
                frames.add(px);
            }
        }
        p.waitFor();
        return frames;
    }

    /** The share of {@code face} inside the frame. */
    static double visible(Box face) {
        return face.clippedTo(WIDTH, HEIGHT).area() / face.area();
    }

    /**
     * Mean absolute difference per channel between {@code seen} and {@code clean} over the visible part of the
     * face's central 60 % (its eyes, nose and mouth).
     */
    static double change(int[] seen, int[] clean, Box face) {
        Box core = new Box(face.x() + 0.2 * face.w(), face.y() + 0.2 * face.h(), 0.6 * face.w(), 0.6 * face.h())
                .clippedTo(WIDTH, HEIGHT);
        long sum = 0;
        long n = 0;
        for (int y = (int) core.y(); y < (int) (core.y() + core.h()); y++) {
            for (int x = (int) core.x(); x < (int) (core.x() + core.w()); x++) {
                int a = seen[y * WIDTH + x];
                int b = clean[y * WIDTH + x];
                for (int s = 0; s <= 16; s += 8) {
                    sum += Math.abs((a >> s & 0xFF) - (b >> s & 0xFF));
                }
                n += 3;
            }
        }
        return n == 0 ? 0 : sum / (double) n;
    }
}

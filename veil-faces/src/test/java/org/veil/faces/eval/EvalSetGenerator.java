package org.veil.faces.eval;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.veil.faces.Box;

/**
 * Rebuilds the shipped face evaluation set (main resources, org/veil/faces/eval) from public-domain and CC0
 * photos in Debian packages: the three portraits as they are, three photos without faces, and composite
 * "group" scenes in which copies of the portraits' faces are pasted (scaled, rotated up to ±15°, mirrored,
 * brightened or darkened) onto larger backgrounds, so that their ground truth is known by construction. Fixed
 * seeds: the same sources give the same files.
 *
 * <pre>
 * sh veil-faces/src/test/resources/eval/fetch-eval-sources.sh /tmp/veil-eval-sources
 * mvn -B -q -o test-compile -pl veil-faces
 * java -cp veil-faces/target/classes:veil-faces/target/test-classes org.veil.faces.eval.EvalSetGenerator \
 *      /tmp/veil-eval-sources veil-faces/src/main/resources/org/veil/faces/eval
 * </pre>
 */
public final class EvalSetGenerator {

    /**
     * A source portrait and its one face, drawn by hand from forehead to chin and ear to ear (checked by eye
     * on a 10-pixel grid), in the source image's pixels.
     */
    record Portrait(String file, String shippedAs, Box face, boolean atypicalPose, double maxHeight) {
    }

    static final List<Portrait> PORTRAITS = List.of(
            new Portrait("astronaut.png", "photos/astronaut.jpg", new Box(173, 83, 104, 98), false, 260),
            new Portrait("grace_hopper.jpg", "photos/grace_hopper.jpg", new Box(157, 140, 208, 190), false, 300),
            // Three-quarter view, looking into a camcorder: the hard one.
            new Portrait("camera.png", "photos/camera.jpg", new Box(178, 116, 78, 82), true, 200));

    /** Regions with no human face, pasted the same way into the empty scenes (the cat's face is a trap). */
    record Region(String file, Box box) {
    }

    static final List<Region> NON_FACES = List.of(
            new Region("astronaut.png", new Box(290, 350, 210, 160)),   // helmet
            new Region("astronaut.png", new Box(360, 10, 100, 260)),    // shuttle model
            new Region("astronaut.png", new Box(135, 350, 75, 75)),     // mission patch
            new Region("grace_hopper.jpg", new Box(325, 488, 125, 40)), // ribbons
            new Region("camera.png", new Box(250, 300, 120, 150)),      // tripod
            new Region("chelsea.png", new Box(110, 40, 260, 240)),      // cat's face
            new Region("coffee.png", new Box(175, 20, 235, 280)));      // cup

    static final List<String> EMPTY_PHOTOS = List.of("coffee.png", "chelsea.png", "rocket.jpg");

    /** How a scene's canvas is filled before anything is pasted. */
    interface Background {
        BufferedImage paint(Map<String, BufferedImage> sources, int width, int height, Random rnd);
    }

    /**
     * @param sizes one letter per pasted region: S (face height 16–30 px), M (34–92), L (100–300); for empty
     *              scenes, the same letters size the non-face regions
     */
    record Scene(String name, int width, int height, Background background, String sizes, boolean faces) {
    }

    static final List<Scene> SCENES = List.of(
            new Scene("scenes/scene-01.jpg", 1500, 1000, cover("coffee.png", null), "LMMSSS", true),
            new Scene("scenes/scene-02.jpg", 1600, 1066, cover("rocket.jpg", null), "LMMMSSS", true),
            new Scene("scenes/scene-03.jpg", 1536, 1024, tiled("brick.png", 2.0, new Color(205, 150, 120)),
                    "LLMMSSSS", true),
            new Scene("scenes/scene-04.jpg", 1500, 1000, tiled("gravel.png", 4.0, new Color(190, 180, 165)),
                    "LMMMSSSS", true),
            new Scene("scenes/scene-05.jpg", 2000, 900, tiled("grass.png", 5.0, new Color(150, 200, 120)),
                    "LMMMMSSS", true),
            new Scene("scenes/scene-06.jpg", 1200, 900, wall(), "LMSSS", true),
            new Scene("scenes/scene-07.jpg", 1400, 1000, cover("camera.png", new Box(300, 60, 212, 240)),
                    "LMMSSS", true),
            new Scene("scenes/scene-08.jpg", 1300, 900, cover("rocket.jpg", new Box(0, 0, 320, 220)),
                    "MMMSSSS", true),
            new Scene("scenes/empty-01.jpg", 1400, 1000, tiled("brick.png", 2.0, new Color(150, 170, 210)),
                    "LLMMMS", false),
            new Scene("scenes/empty-02.jpg", 1200, 900, wall(), "LMMMSS", false));

    /** Paste geometry: the patch is the region grown this much; opaque inside 80 % of it, then fading out. */
    private static final double PATCH_GROWTH = 2.0;
    private static final double OPAQUE_UNTIL = 0.8;
    private static final float JPEG_QUALITY = 0.75f;
    private static final long SEED = 20240606L;

    private EvalSetGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EvalSetGenerator SOURCES_FOLDER OUTPUT_FOLDER");
            System.exit(1);
        }
        Path sources = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, BufferedImage> images = new HashMap<>();
        for (String name : List.of("astronaut.png", "grace_hopper.jpg", "camera.png", "coffee.png", "chelsea.png",
                "rocket.jpg", "brick.png", "grass.png", "gravel.png")) {
            BufferedImage image = ImageIO.read(sources.resolve(name).toFile());
            if (image == null) {
                throw new IOException("cannot read source " + sources.resolve(name));
            }
            images.put(name, toRgb(image));
        }
        StringBuilder annotations = new StringBuilder();
        for (Portrait p : PORTRAITS) {
            writeJpeg(images.get(p.file()), out.resolve(p.shippedAs()), 0.9f);
            annotations.append(p.shippedAs()).append('\n').append("1\n")
                    .append(faceLine(p.face(), false, p.atypicalPose())).append('\n');
        }
        for (String name : EMPTY_PHOTOS) {
            String shipped = "empty/" + name.replaceAll("\\.(png|jpg)$", ".jpg");
            writeJpeg(images.get(name), out.resolve(shipped), 0.9f);
            annotations.append(shipped).append("\n0\n0 0 0 0 0 0 0 0 0 0\n");
        }
        for (int i = 0; i < SCENES.size(); i++) {
            Scene scene = SCENES.get(i);
            List<String> lines = build(scene, images, new Random(SEED + i), out);
            annotations.append(scene.name()).append('\n').append(lines.size()).append('\n');
            if (lines.isEmpty()) {
                annotations.append("0 0 0 0 0 0 0 0 0 0\n");
            }
            lines.forEach(l -> annotations.append(l).append('\n'));
        }
        Files.writeString(out.resolve("annotations.txt"), annotations.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.resolve("annotations.txt"));
    }

    /** Paints the scene, writes it, and returns its WIDER face lines (none for an empty scene). */
    private static List<String> build(Scene scene, Map<String, BufferedImage> images, Random rnd, Path out)
            throws IOException {
        BufferedImage canvas = scene.background().paint(images, scene.width(), scene.height(), rnd);
        record Planned(BufferedImage src, Box region, double height, boolean atypical) {
        }
        List<Planned> planned = new ArrayList<>();
        for (char size : scene.sizes().toCharArray()) {
            if (scene.faces()) {
                Portrait p = PORTRAITS.get(rnd.nextInt(PORTRAITS.size()));
                planned.add(new Planned(images.get(p.file()), p.face(), height(size, p.maxHeight(), rnd),
                        p.atypicalPose()));
            } else {
                Region r = NON_FACES.get(rnd.nextInt(NON_FACES.size()));
                planned.add(new Planned(images.get(r.file()), r.box(), height(size, 300, rnd), false));
            }
        }
        planned.sort(Comparator.comparingDouble(Planned::height).reversed());
        List<double[]> placed = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        for (Planned p : planned) {
            double scale = p.height() / p.region().h();
            double radius = scale * Math.max(p.region().w(), p.region().h());
            double[] centre = place(radius, scene, placed, rnd);
            double angle = (rnd.nextDouble() * 2 - 1) * 15;
            double brightness = 0.55 + rnd.nextDouble() * 0.8;
            boolean mirror = rnd.nextBoolean();
            Box truth = paste(g, p.src(), p.region(), centre[0], centre[1], scale, angle, brightness, mirror);
            if (scene.faces()) {
                lines.add(faceLine(truth, brightness < 0.7 || brightness > 1.25, p.atypical()));
            }
        }
        g.dispose();
        writeJpeg(canvas, out.resolve(scene.name()), JPEG_QUALITY);
        return lines;
    }

    private static double height(char size, double max, Random rnd) {
        double[] range = switch (size) {
            case 'S' -> new double[] {16, 30};
            case 'M' -> new double[] {34, 92};
            case 'L' -> new double[] {100, max};
            default -> throw new IllegalArgumentException("size letter must be S, M or L: " + size);
        };
        return Math.exp(Math.log(range[0]) + rnd.nextDouble() * (Math.log(range[1]) - Math.log(range[0])));
    }

    /** A centre where the whole patch lies inside the canvas and clear of every earlier patch. */
    private static double[] place(double radius, Scene scene, List<double[]> placed, Random rnd) {
        for (int attempt = 0; attempt < 5000; attempt++) {
            double x = radius + rnd.nextDouble() * (scene.width() - 2 * radius);
            double y = radius + rnd.nextDouble() * (scene.height() - 2 * radius);
            boolean clear = placed.stream().allMatch(q -> Math.hypot(q[0] - x, q[1] - y) >= q[2] + radius);
            if (clear && radius * 2 <= Math.min(scene.width(), scene.height())) {
                double[] c = {x, y, radius};
                placed.add(c);
                return c;
            }
        }
        throw new IllegalStateException(scene.name() + ": no room for a patch of radius " + radius
                + "; make the scene larger or its faces fewer");
    }

    /**
     * Pastes {@code region} of {@code src}, centred at (cx, cy), scaled, rotated by {@code angle} degrees,
     * mirrored, with its brightness multiplied; returns the face box: the axis-aligned box around the ellipse
     * inscribed in the scaled region after rotation (a face is oval, so the box of the rotated rectangle would
     * be too loose).
     */
    static Box paste(Graphics2D g, BufferedImage src, Box region, double cx, double cy, double scale, double angle,
                     double brightness, boolean mirror) {
        Box grown = region.grown(PATCH_GROWTH);
        int x0 = (int) Math.floor(grown.x());
        int y0 = (int) Math.floor(grown.y());
        int w = (int) Math.ceil(grown.w());
        int h = (int) Math.ceil(grown.h());
        BufferedImage patch = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double px = x0 + i + 0.5;
                double py = y0 + j + 0.5;
                double d = Math.hypot((px - region.centerX()) / region.w(), (py - region.centerY()) / region.h());
                double alpha = Math.max(0, Math.min(1, (1 - d) / (1 - OPAQUE_UNTIL)));
                int sx = (int) Math.floor(mirror ? 2 * region.centerX() - px : px);
                int sy = (int) Math.floor(py);
                if (alpha <= 0 || sx < 0 || sy < 0 || sx >= src.getWidth() || sy >= src.getHeight()) {
                    continue;
                }
                int rgb = src.getRGB(sx, sy);
                int r = channel(rgb >> 16, brightness);
                int gr = channel(rgb >> 8, brightness);
                int b = channel(rgb, brightness);
                patch.setRGB(i, j, ((int) Math.round(alpha * 255) << 24) | (r << 16) | (gr << 8) | b);
            }
        }
        // Halve in steps first: one bilinear draw at a small scale would skip pixels and alias.
        double patchScale = 1;
        while (scale / patchScale < 0.5 && patch.getWidth() > 2 && patch.getHeight() > 2) {
            patch = halved(patch);
            patchScale /= 2;
        }
        AffineTransform saved = g.getTransform();
        g.setComposite(AlphaComposite.SrcOver);
        g.translate(cx, cy);
        g.rotate(Math.toRadians(angle));
        g.scale(scale / patchScale, scale / patchScale);
        g.translate(-(region.centerX() - x0) * patchScale, -(region.centerY() - y0) * patchScale);
        g.drawImage(patch, 0, 0, null);
        g.setTransform(saved);

        double a = scale * region.w() / 2;
        double b = scale * region.h() / 2;
        double cos = Math.cos(Math.toRadians(angle));
        double sin = Math.sin(Math.toRadians(angle));
        double halfW = Math.sqrt(a * a * cos * cos + b * b * sin * sin);
        double halfH = Math.sqrt(a * a * sin * sin + b * b * cos * cos);
        return new Box(cx - halfW, cy - halfH, 2 * halfW, 2 * halfH);
    }

    private static int channel(int value, double brightness) {
        return (int) Math.max(0, Math.min(255, Math.round((value & 0xFF) * brightness)));
    }

    private static BufferedImage halved(BufferedImage image) {
        BufferedImage half = new BufferedImage((image.getWidth() + 1) / 2, (image.getHeight() + 1) / 2,
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = half.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, half.getWidth(), half.getHeight(), null);
        g.dispose();
        return half;
    }

    /** A photo (or a crop of it) scaled to cover the canvas, centred. */
    static Background cover(String file, Box crop) {
        return (sources, width, height, rnd) -> {
            BufferedImage src = sources.get(file);
            Box c = crop != null ? crop : new Box(0, 0, src.getWidth(), src.getHeight());
            double scale = Math.max(width / c.w(), height / c.h());
            double dx = (width - c.w() * scale) / 2;
            double dy = (height - c.h() * scale) / 2;
            BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = canvas.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.translate(dx, dy);
            g.scale(scale, scale);
            g.translate(-c.x(), -c.y());
            g.drawImage(src, 0, 0, null);
            g.dispose();
            return canvas;
        };
    }

    /** A grey texture, mirrored into a seamless tile, enlarged and tinted, repeated over the canvas. */
    static Background tiled(String file, double scale, Color tint) {
        return (sources, width, height, rnd) -> {
            BufferedImage src = sources.get(file);
            int tw = src.getWidth();
            int th = src.getHeight();
            BufferedImage tile = new BufferedImage(2 * tw, 2 * th, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 2 * th; y++) {
                for (int x = 0; x < 2 * tw; x++) {
                    int sx = x < tw ? x : 2 * tw - 1 - x;
                    int sy = y < th ? y : 2 * th - 1 - y;
                    int v = src.getRGB(sx, sy) & 0xFF;
                    tile.setRGB(x, y, (v * tint.getRed() / 255) << 16 | (v * tint.getGreen() / 255) << 8
                            | v * tint.getBlue() / 255);
                }
            }
            BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = canvas.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.scale(scale, scale);
            for (int y = 0; y < height / scale; y += 2 * th) {
                for (int x = 0; x < width / scale; x += 2 * tw) {
                    g.drawImage(tile, x, y, null);
                }
            }
            g.dispose();
            return canvas;
        };
    }

    /** A painted wall: vertical gradient with a few soft-edged coloured panels (posters, windows). */
    static Background wall() {
        return (sources, width, height, rnd) -> {
            BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = canvas.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color top = new Color(120 + rnd.nextInt(100), 120 + rnd.nextInt(100), 120 + rnd.nextInt(100));
            Color bottom = top.darker().darker();
            g.setPaint(new java.awt.GradientPaint(0, 0, top, 0, height, bottom));
            g.fillRect(0, 0, width, height);
            for (int k = 0; k < 7; k++) {
                g.setColor(new Color(rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256), 90 + rnd.nextInt(100)));
                int w = 80 + rnd.nextInt(width / 3);
                int h = 60 + rnd.nextInt(height / 3);
                g.fillRoundRect(rnd.nextInt(width - w), rnd.nextInt(height - h), w, h, 30, 30);
            }
            g.dispose();
            return canvas;
        };
    }

    /** x y w h blur expression illumination invalid occlusion pose, rounded to whole pixels as in WIDER. */
    private static String faceLine(Box b, boolean extremeIllumination, boolean atypicalPose) {
        return String.format(Locale.ROOT, "%d %d %d %d 0 0 %d 0 0 %d", Math.round(b.x()), Math.round(b.y()),
                Math.round(b.w()), Math.round(b.h()), extremeIllumination ? 1 : 0, atypicalPose ? 1 : 0);
    }

    private static BufferedImage toRgb(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Baseline JPEG through ImageIO: a JFIF header and no EXIF, so no orientation tag. */
    private static void writeJpeg(BufferedImage image, Path file, float quality) throws IOException {
        Files.createDirectories(file.getParent());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (OutputStream os = Files.newOutputStream(file);
             ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}

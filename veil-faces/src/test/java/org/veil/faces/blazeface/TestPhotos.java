package org.veil.faces.blazeface;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.veil.faces.Box;

/** Test images: the vendored public-domain photos (see PROVENANCE.md) and scenes composed from them. */
final class TestPhotos {
    static final String ASTRONAUT = "astronaut.jpg";
    static final String GRACE_HOPPER = "grace_hopper.jpg";
    static final String ROCKET = "rocket.jpg";
    static final String GRASS = "grass.jpg";

    private TestPhotos() {
    }

    /** Read as TYPE_INT_RGB, the form the detector contract promises (grass.jpg is greyscale on disk). */
    static BufferedImage load(String name) {
        try (InputStream in = TestPhotos.class.getResourceAsStream("/blazeface/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test photo " + name + " missing");
            }
            BufferedImage read = ImageIO.read(in);
            return rgb(read, read.getWidth(), read.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage rgb(BufferedImage image, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** A portrait and where its face is (a detection on the portrait alone). */
    record Portrait(BufferedImage image, Box face) {
        /** Head and shoulders: the face box grown to {@value #HEAD_AND_SHOULDERS} times its side, in the photo. */
        Portrait cropped() {
            Box c = face.grown(HEAD_AND_SHOULDERS).clippedTo(image.getWidth(), image.getHeight());
            int x = (int) c.x();
            int y = (int) c.y();
            BufferedImage crop = image.getSubimage(x, y, (int) c.w(), (int) c.h());
            return new Portrait(crop, new Box(face.x() - x, face.y() - y, face.w(), face.h()));
        }
    }

    private static final double HEAD_AND_SHOULDERS = 2.4;

    /** A composed scene and the face boxes it contains by construction. */
    record Scene(BufferedImage image, List<Box> faces) {
    }

    /**
     * Pastes each portrait, scaled so its face is each of {@code faceSizes} wide, onto a grey canvas, left to right
     * and top to bottom with gaps, and returns the canvas with the pasted face boxes.
     */
    static Scene group(int width, int height, List<Portrait> portraits, int... faceSizes) {
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        List<Box> faces = new ArrayList<>();
        int x = 40;
        int y = 40;
        int rowHeight = 0;
        for (int size : faceSizes) {
            for (Portrait whole : portraits) {
                Portrait p = whole.cropped();
                double k = size / p.face().w();
                int w = (int) Math.round(p.image().getWidth() * k);
                int h = (int) Math.round(p.image().getHeight() * k);
                if (x + w > width - 40) {
                    x = 40;
                    y += rowHeight + 40;
                    rowHeight = 0;
                }
                if (y + h > height - 40) {
                    throw new IllegalArgumentException("faces do not fit on a " + width + "×" + height + " canvas");
                }
                // Draw from the scaled copy so the pasted pixels are exactly the ones the box refers to.
                g.drawImage(rgb(p.image(), w, h), x, y, null);
                double kx = (double) w / p.image().getWidth();
                double ky = (double) h / p.image().getHeight();
                Box f = p.face();
                faces.add(new Box(x + f.x() * kx, y + f.y() * ky, f.w() * kx, f.h() * ky));
                x += w + 40;
                rowHeight = Math.max(rowHeight, h);
            }
        }
        g.dispose();
        return new Scene(canvas, faces);
    }
}

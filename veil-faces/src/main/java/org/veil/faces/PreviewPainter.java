package org.veil.faces;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.veil.faces.cover.Coverer;

/**
 * The review copy: the uncovered photo with each face's region outlined and labelled with its number and score
 * (red: will be covered; green: kept). It shows the faces, so it is for the reviewer only and never published:
 * a red band added above the photo says so in words, and a row of black and white blocks in that band
 * ({@link #isMarked}) lets {@code veil faces} recognise a preview even after it was renamed. The marker is in the
 * pixels, not in metadata, because the preview carries no metadata at all.
 */
final class PreviewPainter {
    /** 16 bits drawn as 16 blocks of {@link #BLOCK} px, white for 1, at the band's top-left corner. */
    static final int MARKER = 0xB5A3;
    static final int BLOCK = 4;
    private static final int BITS = 16;

    private PreviewPainter() {
    }

    static BufferedImage paint(BufferedImage photo, List<FaceRedactor.NumberedFace> faces, Coverer coverer) {
        float stroke = Math.max(2f, Math.max(photo.getWidth(), photo.getHeight()) / 400f);
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, Math.round(stroke * 7)));
        int band = Math.max(2 * BLOCK + font.getSize() + 6, BLOCK + 4);
        BufferedImage out = new BufferedImage(photo.getWidth(), photo.getHeight() + band, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xB00000));
        g.fillRect(0, 0, out.getWidth(), band);
        drawMarker(g);
        g.setFont(font);
        g.setColor(Color.WHITE);
        g.drawString("UNCOVERED PREVIEW - faces visible - do not publish", 2, band - 4);
        g.translate(0, band);
        g.drawImage(photo, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(stroke));
        FontMetrics metrics = g.getFontMetrics();
        List<Rectangle2D> anchors = new ArrayList<>();
        List<Rectangle2D> sizes = new ArrayList<>();
        for (FaceRedactor.NumberedFace f : faces) {
            g.setColor(f.covered() ? Color.RED : Color.GREEN);
            for (Face part : f.allBoxes()) {
                g.draw(coverer.region(part));
            }
            anchors.add(coverer.region(f.face()).getBounds2D());
            sizes.add(new Rectangle2D.Double(0, 0, metrics.stringWidth(label(f)) + 4, metrics.getHeight()));
        }
        List<Rectangle2D> placed = LabelLayout.place(anchors, sizes, photo.getWidth(), photo.getHeight());
        for (int i = 0; i < faces.size(); i++) {
            FaceRedactor.NumberedFace f = faces.get(i);
            Rectangle2D r = placed.get(i);
            g.setColor(new Color(0, 0, 0, 170));
            g.fill(r);
            g.setColor(f.covered() ? Color.RED : Color.GREEN);
            g.drawString(label(f), (float) r.getX() + 2, (float) (r.getY() + metrics.getAscent()));
        }
        g.dispose();
        return out;
    }

    static String label(FaceRedactor.NumberedFace f) {
        return f.number() + (f.face().source().equals("manual") ? " (box)"
                : String.format(java.util.Locale.ROOT, " %.2f", f.face().score()));
    }

    private static void drawMarker(Graphics2D g) {
        for (int i = 0; i < BITS; i++) {
            g.setColor((MARKER >> (BITS - 1 - i) & 1) == 1 ? Color.WHITE : Color.BLACK);
            g.fillRect(i * BLOCK, 0, BLOCK, BLOCK);
        }
    }

    /**
     * True when the image starts with the preview marker: each block uniformly dark or light (JPEG re-encoding
     * tolerated), in the marker's pattern. A photo matching all 16 clean blocks by chance is not a concern.
     */
    static boolean isMarked(BufferedImage image) {
        if (image.getWidth() < BITS * BLOCK || image.getHeight() < BLOCK) {
            return false;
        }
        for (int i = 0; i < BITS; i++) {
            boolean white = (MARKER >> (BITS - 1 - i) & 1) == 1;
            for (int y = 0; y < BLOCK; y++) {
                for (int x = i * BLOCK; x < (i + 1) * BLOCK; x++) {
                    int rgb = image.getRGB(x, y);
                    int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                    if (white ? grey < 170 : grey > 85) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}

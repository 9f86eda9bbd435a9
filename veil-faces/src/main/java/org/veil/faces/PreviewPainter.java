package org.veil.faces;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.veil.faces.cover.Coverer;

/**
 * The review copy: the uncovered photo with each face's region outlined and labelled with its number and score
 * (red: will be covered; green: kept). It shows the faces, so it is for the reviewer only and never published.
 */
final class PreviewPainter {
    private PreviewPainter() {
    }

    static BufferedImage paint(BufferedImage photo, List<FaceRedactor.NumberedFace> faces, Coverer coverer) {
        BufferedImage out = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(photo, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float stroke = Math.max(2f, Math.max(photo.getWidth(), photo.getHeight()) / 400f);
        g.setStroke(new BasicStroke(stroke));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, Math.round(stroke * 7))));
        for (FaceRedactor.NumberedFace f : faces) {
            g.setColor(f.covered() ? Color.RED : Color.GREEN);
            g.draw(coverer.region(f.face().box()));
            String label = f.number() + (f.face().source().equals("manual") ? " (box)"
                    : String.format(" %.2f", f.face().score()));
            g.drawString(label, (float) f.face().box().x(), (float) Math.max(g.getFont().getSize(),
                    f.face().box().y() - stroke * 2));
        }
        g.dispose();
        return out;
    }
}

package org.veil.faces.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.veil.faces.Box;

/**
 * The composite scenes' ground truth is what {@link EvalSetGenerator#paste} returns: check it against where an
 * oval "face" filling the source box actually lands after scaling, rotation and mirroring.
 */
class PasteGeometryTest {

    @Test
    void theReturnedBoxBoundsThePastedOval() {
        BufferedImage src = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D sg = src.createGraphics();
        sg.setColor(Color.WHITE);
        sg.fillRect(0, 0, 300, 300);
        sg.setColor(Color.RED);
        sg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Box face = new Box(110, 100, 80, 100);
        sg.fill(new Ellipse2D.Double(face.x(), face.y(), face.w(), face.h()));
        sg.dispose();

        for (double[] c : new double[][] {{1.5, 15, 0}, {0.3, -12, 1}, {2.5, 7, 1}, {0.18, 0, 0}}) {
            BufferedImage canvas = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = canvas.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            Box truth = EvalSetGenerator.paste(g, src, face, 400, 380, c[0], c[1], 1.0, c[2] == 1);
            g.dispose();
            Box red = redBounds(canvas);
            assertTrue(truth.iou(red) > 0.85, "scale " + c[0] + " angle " + c[1] + ": " + truth + " vs " + red);
            assertEquals(face.h() * c[0], truth.h(), face.h() * c[0] * 0.05);
        }
    }

    /** Bounds of the clearly red pixels (the oval after pasting). */
    private static Box redBounds(BufferedImage image) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int gb = Math.max(rgb >> 8 & 0xFF, rgb & 0xFF);
                if (r > 120 && r - gb > 80) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return new Box(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }
}

package org.veil.faces.blazeface;

import org.veil.faces.image.RgbRaster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.veil.faces.Box;

/** The raw networks: tensor layout, value range, anchor decoding, and the face sizes each one covers. */
class BlazeFaceModelTest {
    /** Brow to chin, ear to ear, measured by hand on the vendored photos. */
    static final Box ASTRONAUT_FACE = new Box(178, 75, 92, 103);
    static final Box HOPPER_FACE = new Box(150, 120, 155, 165);

    @ParameterizedTest
    @EnumSource(BlazeFaceVariant.class)
    void letterboxedPortraitsDecodeOntoTheFace(BlazeFaceVariant variant) {
        try (BlazeFaceModel model = new BlazeFaceModel(variant.resource)) {
            assertEquals(variant.inputSize, model.inputSize);
            for (var photo : new Object[][] {{TestPhotos.ASTRONAUT, ASTRONAUT_FACE},
                    {TestPhotos.GRACE_HOPPER, HOPPER_FACE}}) {
                BufferedImage image = TestPhotos.load((String) photo[0]);
                BlazeFaceModel.Detection best = bestLetterboxed(model, image).orElseThrow(
                        () -> new AssertionError(variant + " found nothing on " + photo[0]));
                double side = Math.max(image.getWidth(), image.getHeight());
                double k = side / model.inputSize;
                double padX = (side - image.getWidth()) / 2;
                double padY = (side - image.getHeight()) / 2;
                Box b = best.box();
                Box inImage = new Box(b.x() * k - padX, b.y() * k - padY, b.w() * k, b.h() * k);
                double iou = inImage.iou((Box) photo[1]);
                System.out.printf("BlazeFace %s on %s: score %.2f, IoU %.2f with the hand-measured face%n",
                        variant, photo[0], best.score(), iou);
                assertTrue(best.score() >= 0.85, variant + " on " + photo[0] + ": score " + best.score());
                assertTrue(iou >= 0.6, variant + " on " + photo[0] + ": box " + inImage + " IoU " + iou);
            }
        }
    }

    /** Whole photo letterboxed into the model square, as the detector's coarsest pass does. */
    private static Optional<BlazeFaceModel.Detection> bestLetterboxed(BlazeFaceModel model, BufferedImage image) {
        int n = model.inputSize;
        int side = Math.max(image.getWidth(), image.getHeight());
        RgbRaster level = RgbRaster.of(image).resized(image.getWidth() * n / side, image.getHeight() * n / side);
        return model.detect(level, (level.width - n) / 2, (level.height - n) / 2, 0.5).stream()
                .max(Comparator.comparingDouble(BlazeFaceModel.Detection::score));
    }

    /**
     * The face sizes ScanPlan and SecondLook are built on: the astronaut's face pasted at a given size in the
     * middle of a grey model-sized square.
     */
    @Test
    void faceSizesEachModelFinds() {
        BufferedImage astronaut = TestPhotos.load(TestPhotos.ASTRONAUT);
        try (BlazeFaceModel shortRange = new BlazeFaceModel(BlazeFaceVariant.SHORT_RANGE.resource);
                BlazeFaceModel fullRange = new BlazeFaceModel(BlazeFaceVariant.FULL_RANGE.resource)) {
            StringBuilder line = new StringBuilder("BlazeFace size sweep (face px: short/full score):");
            for (int size : new int[] {8, 12, 16, 24, 40, 64, 100}) {
                double s = scoreAtSize(shortRange, astronaut, size);
                double f = scoreAtSize(fullRange, astronaut, size);
                line.append(String.format(" %d:%.2f/%.2f", size, s, f));
                if (size >= 12) {
                    assertTrue(f >= 0.7, "full-range at " + size + " px: " + f);
                }
                if (size >= 24) {
                    assertTrue(s >= 0.8, "short-range at " + size + " px: " + s);
                }
            }
            double fullAt200 = scoreAtSize(fullRange, astronaut, 200);
            assertTrue(fullAt200 >= 0.7, "full-range at 200 px: " + fullAt200);
            System.out.println(line.append(String.format(" 200:-/%.2f", fullAt200)));
        }
    }

    private static double scoreAtSize(BlazeFaceModel model, BufferedImage portrait, int faceSize) {
        int n = model.inputSize;
        if (faceSize > n) {
            return 0;
        }
        double k = faceSize / ASTRONAUT_FACE.w();
        BufferedImage canvas = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, n, n);
        int w = (int) Math.round(portrait.getWidth() * k);
        int h = (int) Math.round(portrait.getHeight() * k);
        int x = (int) Math.round(n / 2.0 - ASTRONAUT_FACE.centerX() * k);
        int y = (int) Math.round(n / 2.0 - ASTRONAUT_FACE.centerY() * k);
        g.drawImage(TestPhotos.rgb(portrait, w, h), x, y, null);
        g.dispose();
        Box truth = new Box(x + ASTRONAUT_FACE.x() * k, y + ASTRONAUT_FACE.y() * k, faceSize,
                ASTRONAUT_FACE.h() * k);
        return model.detect(RgbRaster.of(canvas), 0, 0, 0.01).stream()
                .filter(d -> d.box().iou(truth) >= 0.3)
                .mapToDouble(BlazeFaceModel.Detection::score).max().orElse(0);
    }

    @Test
    void missingModelFailsClosedWithItsName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new BlazeFaceModel("nope.onnx"));
        assertEquals("BlazeFace model nope.onnx is missing from the classpath", e.getMessage());
    }
}

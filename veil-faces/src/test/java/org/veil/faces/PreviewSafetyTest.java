package org.veil.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.faces.cover.CoverStyle;
import org.veil.files.Limits;
import org.veil.files.RefusedException;

/** The two safety bugs of issue 15: the uncovered preview, and --keep with two boxes on one face. */
class PreviewSafetyTest {
    private static final Face TIGHT = new Face(new Box(30, 30, 30, 30), 0.9, "fixed");
    /** A looser box around the same face, as a second detector draws it. */
    private static final Face LOOSE = new Face(new Box(22, 22, 46, 46), 0.6, "other");

    @Test
    void twoBoxesOnOneFaceAreOneNumberedFaceAndKeepingItLeavesItWhole() throws Exception {
        BufferedImage before = FaceRedactorTest.scene();
        FaceRedactor redactor = new FaceRedactor(new FaceRedactorTest.FixedDetector(TIGHT, LOOSE,
                FaceRedactorTest.RIGHT), Limits.defaults());
        FaceRedactor.Result r = redactor.redact(FaceRedactorTest.png(before), "g.png",
                FaceRedactorTest.options(CoverStyle.SOLID, Set.of(1), List.of()), true);
        assertEquals(2, r.faces().size(), "one number per face: " + r.faces());
        assertEquals(1, r.faces().size() - r.coveredCount(), "1 kept");
        assertEquals(TIGHT, r.faces().get(0).face(), "the best box leads");
        assertEquals(List.of(LOOSE), r.faces().get(0).sameFace());
        BufferedImage out = FaceRedactorTest.decode(r.output());
        for (int y = 22; y < 68; y++) {
            for (int x = 22; x < 68; x++) {
                assertEquals(before.getRGB(x, y), out.getRGB(x, y), "kept face changed at " + x + "," + y);
            }
        }
        assertEquals(Color.BLACK.getRGB(), out.getRGB(160, 40), "the other face is covered");
        // Without --keep, both boxes of the face are covered.
        FaceRedactor.Result all = redactor.redact(FaceRedactorTest.png(before), "g.png",
                FaceRedactorTest.options(CoverStyle.SOLID, Set.of(), List.of()), false);
        assertEquals(Color.BLACK.getRGB(), FaceRedactorTest.decode(all.output()).getRGB(24, 45), "loose box covered");
        assertNull(all.preview(), "no preview unless asked");
    }

    @Test
    void labelsOfNeighbouringFacesNeverOverlap() {
        List<Rectangle2D> anchors = List.of(new Rectangle2D.Double(20, 20, 40, 40),
                new Rectangle2D.Double(24, 22, 40, 40), new Rectangle2D.Double(26, 18, 30, 30),
                new Rectangle2D.Double(150, 0, 20, 20));
        List<Rectangle2D> sizes = List.of(new Rectangle2D.Double(0, 0, 50, 14), new Rectangle2D.Double(0, 0, 50, 14),
                new Rectangle2D.Double(0, 0, 50, 14), new Rectangle2D.Double(0, 0, 50, 14));
        List<Rectangle2D> placed = LabelLayout.place(anchors, sizes, 200, 150);
        for (int i = 0; i < placed.size(); i++) {
            Rectangle2D a = placed.get(i);
            assertTrue(a.getMinX() >= 0 && a.getMinY() >= 0 && a.getMaxX() <= 200 && a.getMaxY() <= 150, "inside");
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(a.intersects(placed.get(j)), "labels " + i + " and " + j + " overlap: " + placed);
            }
        }
    }

    @Test
    void thePreviewIsMarkedAndRefusedAsInputByNameAndByPixels() throws Exception {
        BufferedImage before = FaceRedactorTest.scene();
        FaceRedactor redactor = new FaceRedactor(new FaceRedactorTest.FixedDetector(TIGHT), Limits.defaults());
        FaceRedactor.Result r = redactor.redact(FaceRedactorTest.png(before), "g.png",
                FaceRedactor.Options.defaults(), true);
        BufferedImage preview = FaceRedactorTest.decode(r.preview());
        assertTrue(PreviewPainter.isMarked(preview), "marker in the pixels");
        assertFalse(PreviewPainter.isMarked(before), "a photo is not marked");
        assertTrue(preview.getHeight() > before.getHeight(), "the warning band is added, not painted over the photo");
        String raw = new String(r.preview(), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("tEXt") || raw.contains("iTXt") || raw.contains("eXIf"), "no metadata");
        RefusedException byPixels = assertThrows(RefusedException.class,
                () -> redactor.redact(r.preview(), "renamed.png", FaceRedactor.Options.defaults(), false));
        assertTrue(byPixels.getMessage().contains("preview"), byPixels.getMessage());
        // Still recognised after a lossy re-encoding.
        assertThrows(RefusedException.class, () -> redactor.redact(FaceRedactorTest.jpeg(preview), "again.jpg",
                FaceRedactor.Options.defaults(), false));
        assertThrows(RefusedException.class, () -> redactor.redact(FaceRedactorTest.png(before),
                "g" + FaceRedactor.PREVIEW_MARK + ".png", FaceRedactor.Options.defaults(), false));
        assertTrue(FaceRedactor.isPreviewName("party.uncovered-preview.PNG"));
        assertFalse(FaceRedactor.isPreviewName("party.faces.png"));
    }
}

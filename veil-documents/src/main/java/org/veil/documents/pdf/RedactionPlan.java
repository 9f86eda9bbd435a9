package org.veil.documents.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.documents.TextEdit;

/**
 * Which glyphs go and which boxes are drawn, from edits on the traced text. Each edit's glyphs are grouped by
 * line into boxes; then every glyph whose centre lies inside a box goes too, whatever text extraction made of
 * it: diacritics merged into their letter, fake-bold duplicates, glyphs hidden under others. What is under a
 * redaction box is gone, as with a paper redaction.
 */
record RedactionPlan(Map<GlyphRef, Double> removed, List<Box> boxes) {
    /** Half a point around the glyphs so antialiasing leaves no visible edge of them. */
    private static final float PADDING = 0.5f;

    /** A box on a page (0-based), in user space, with the placeholder to write in it (null: box only). */
    record Box(int page, Rectangle2D.Float area, String label) {
    }

    static RedactionPlan of(TracedDocument trace, List<TextEdit> edits) {
        List<Box> boxes = new ArrayList<>();
        Map<GlyphRef, Double> removed = new LinkedHashMap<>();
        int textLength = trace.text().codePointCount(0, trace.text().length());
        for (TextEdit edit : edits) {
            if (edit.end() > textLength) {
                throw new IllegalArgumentException("edit " + edit.start() + ".." + edit.end()
                        + " lies beyond the text (" + textLength + " code points)");
            }
            List<Glyph> glyphs = glyphsOf(trace.mapped(), edit);
            glyphs.forEach(g -> removed.put(g.ref(), g.adjustment()));
            boolean first = true;
            for (List<Glyph> line : lines(glyphs)) {
                boolean labelled = first && line.stream().allMatch(Glyph::upright);
                boxes.add(new Box(line.get(0).page(), union(line), labelled ? edit.replacement() : null));
                first = false;
            }
        }
        sweepUnderBoxes(trace.glyphs(), boxes, removed);
        return new RedactionPlan(removed, List.copyOf(boxes));
    }

    private static List<Glyph> glyphsOf(List<MappedGlyph> mapped, TextEdit edit) {
        int lo = 0;
        int hi = mapped.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mapped.get(mid).end() <= edit.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = lo; i < mapped.size() && mapped.get(i).start() < edit.end(); i++) {
            if (mapped.get(i).end() > edit.start()) {
                glyphs.add(mapped.get(i).glyph());
            }
        }
        return glyphs;
    }

    /** Splits glyphs in reading order where the page changes, the baseline moves or the pen goes back. */
    private static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!line.isEmpty()) {
                Glyph prev = line.get(line.size() - 1);
                double tolerance = 0.5 * Math.max(prev.box().height, g.box().height);
                boolean sameLine = prev.page() == g.page() && Math.abs(prev.centerY() - g.centerY()) <= tolerance
                        && g.centerX() >= prev.centerX() - tolerance;
                if (!sameLine) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static Rectangle2D.Float union(List<Glyph> glyphs) {
        Rectangle2D.Float area = new Rectangle2D.Float();
        area.setRect(glyphs.get(0).box());
        for (Glyph g : glyphs) {
            Rectangle2D.union(area, g.box(), area);
        }
        area.setRect(area.x - PADDING, area.y - PADDING, area.width + 2 * PADDING, area.height + 2 * PADDING);
        return area;
    }

    private static void sweepUnderBoxes(List<Glyph> glyphs, List<Box> boxes, Map<GlyphRef, Double> removed) {
        Map<Integer, List<Rectangle2D.Float>> byPage = new HashMap<>();
        for (Box box : boxes) {
            byPage.computeIfAbsent(box.page(), p -> new ArrayList<>()).add(box.area());
        }
        for (Glyph g : glyphs) {
            List<Rectangle2D.Float> areas = byPage.get(g.page());
            if (areas == null || removed.containsKey(g.ref())) {
                continue;
            }
            for (Rectangle2D.Float area : areas) {
                if (area.contains(g.centerX(), g.centerY())) {
                    removed.put(g.ref(), g.adjustment());
                    break;
                }
            }
        }
    }
}

package org.veil.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's text assembled from pieces that can each be written back (a run's text, an attribute value, a
 * stretch of source) and fixed separators between them (paragraph breaks, tabs). Applying edits hands each
 * changed piece its new text: an edit that crosses pieces is written once, into the first piece it touches, and
 * removed from the others, so a name split over three differently formatted runs is replaced in the first run's
 * formatting and the other runs are emptied.
 */
public final class TextPieces {
    /** Where a piece's new text goes. */
    @FunctionalInterface
    public interface Slot {
        void write(String text) throws DocumentRefused;
    }

    private record Piece(int start, int end, Slot slot, int[] cps) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Piece> pieces = new ArrayList<>();
    private int length;

    /** Adds a piece that edits may change. */
    public void piece(String s, Slot slot) {
        int[] cps = s.codePoints().toArray();
        pieces.add(new Piece(length, length + cps.length, slot, cps));
        append(s, cps.length);
    }

    /** Adds text that detection sees but no edit may change (a break between paragraphs, a tab). */
    public void separator(String s) {
        append(s, s.codePointCount(0, s.length()));
    }

    /**
     * Ends a paragraph or a part: a blank line unless the text already ends with one. Paragraphs are blank-line
     * separated, as in plain text, because detection reads a single line break as a hard wrap inside a sentence.
     * A paragraph that does not end a sentence (a heading, a table cell, a header) gets a full stop in the text
     * detection sees, since the name tagger would otherwise read on into the next paragraph ("Marina Sokolova" +
     * "Interview" as one organisation). Separators are never written to the document.
     */
    public void endParagraph() {
        int n = text.length();
        if (n == 0 || n > 1 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n') {
            return;
        }
        if (text.charAt(n - 1) == '\n') {
            separator("\n");
            return;
        }
        int last = n - 1;
        while (last > 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        separator(".!?:;…".indexOf(text.charAt(last)) >= 0 || Character.isWhitespace(text.charAt(last)) ? "\n\n"
                : ".\n\n");
    }

    private void append(String s, int cps) {
        text.append(s);
        length += cps;
    }

    public String text() {
        return text.toString();
    }

    public int pieceCount() {
        return pieces.size();
    }

    /**
     * Writes the edits (code points into {@link #text()}, in order, not overlapping) into the pieces they touch.
     * An edit that touches no piece (it lies within separators) cannot be applied and refuses the document.
     */
    public void apply(List<TextEdit> edits) throws DocumentRefused {
        List<List<int[]>> cuts = new ArrayList<>(pieces.size());
        List<List<String>> inserts = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            cuts.add(null);
            inserts.add(null);
        }
        int p = 0;
        int previousEnd = 0;
        for (TextEdit e : edits) {
            if (e.start() < previousEnd || e.end() > length) {
                throw new IllegalArgumentException("edits overlap, are out of order or out of the text");
            }
            previousEnd = e.end();
            // Pieces ending before the edit are done; an insertion (empty edit) goes to the piece it ends.
            while (p < pieces.size() && (pieces.get(p).end() < e.start()
                    || pieces.get(p).end() == e.start() && e.end() > e.start())) {
                p++;
            }
            boolean written = false;
            for (int q = p; q < pieces.size(); q++) {
                Piece piece = pieces.get(q);
                boolean touches = e.end() > e.start() ? piece.start() < e.end() : piece.start() <= e.start();
                if (!touches || written && e.end() == e.start()) {
                    break;
                }
                int from = Math.max(e.start(), piece.start()) - piece.start();
                int to = Math.min(e.end(), piece.end()) - piece.start();
                if (cuts.get(q) == null) {
                    cuts.set(q, new ArrayList<>());
                    inserts.set(q, new ArrayList<>());
                }
                cuts.get(q).add(new int[] {from, Math.max(from, to)});
                inserts.get(q).add(written ? "" : e.replacement());
                written = true;
            }
            if (!written) {
                throw new DocumentRefused("a replacement falls between the document's parts and cannot be written; "
                        + "nothing was written");
            }
        }
        for (int q = 0; q < pieces.size(); q++) {
            if (cuts.get(q) != null) {
                pieces.get(q).slot().write(rebuilt(pieces.get(q).cps(), cuts.get(q), inserts.get(q)));
            }
        }
    }

    private static String rebuilt(int[] cps, List<int[]> cuts, List<String> inserts) {
        StringBuilder sb = new StringBuilder();
        int copied = 0;
        for (int i = 0; i < cuts.size(); i++) {
            int[] c = cuts.get(i);
            for (int k = copied; k < c[0]; k++) {
                sb.appendCodePoint(cps[k]);
            }
            sb.append(inserts.get(i));
            copied = c[1];
        }
        for (int k = copied; k < cps.length; k++) {
            sb.appendCodePoint(cps[k]);
        }
        return sb.toString();
    }
}

package org.veil.core.io;

/**
 * The text as a reader sees it, for detection only: invisible format characters (zero-width spaces and
 * joiners, soft hyphens, BOMs, bidi controls) are dropped, and letters of the other script inside a
 * mixed Latin/Cyrillic word are mapped to their look-alikes in the word's main script. Without this,
 * "Iv\u200Ban" or a Cyrillic "о" inside "Petrоv" hides a name from every recognizer while a reader sees it
 * plainly. Offsets found in the view map back to the original text, whose characters are never changed.
 */
public final class DetectionView {
    private static final String LATIN = "aceopxyABCEHKMOPTX";
    private static final String CYRILLIC = "асеорхуАВСЕНКМОРТХ";

    private final String text;
    /** {@code toOriginal[i]} is the original offset of view character i; the last entry is the original length. */
    private final int[] toOriginal;

    private DetectionView(String text, int[] toOriginal) {
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public static DetectionView of(String original) {
        int first = 0;
        while (first < original.length() && !invisible(original.charAt(first))) {
            first++;
        }
        if (first == original.length()) {
            // Nothing hidden (nearly every text): no offset table, one copy for the look-alike letters.
            char[] chars = original.toCharArray();
            return unmixScripts(chars) ? new DetectionView(new String(chars), null)
                    : new DetectionView(original, null);
        }
        char[] chars = new char[original.length()];
        int[] map = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (invisible(c)) {
                continue;
            }
            map[n] = i;
            chars[n++] = c;
        }
        map[n] = original.length();
        char[] view = java.util.Arrays.copyOf(chars, n);
        unmixScripts(view);
        return new DetectionView(new String(view), java.util.Arrays.copyOf(map, n + 1));
    }

    /** The text recognizers should read. */
    public String text() {
        return text;
    }

    /** Whether the view differs from the original only by look-alike letters (offsets are the same). */
    public boolean sameOffsets() {
        return toOriginal == null;
    }

    /** The original offset where a view range starting at {@code viewStart} begins. */
    public int originalStart(int viewStart) {
        return toOriginal == null ? viewStart : toOriginal[viewStart];
    }

    /** The original offset just past a view range ending at {@code viewEnd} (exclusive). */
    public int originalEnd(int viewEnd) {
        return toOriginal == null || viewEnd == 0 ? viewEnd : toOriginal[viewEnd - 1] + 1;
    }

    /** Format characters (Unicode Cf) that render as nothing: ZWSP, ZWNJ, ZWJ, word joiner, soft hyphen, BOM… */
    static boolean invisible(char c) {
        return Character.getType(c) == Character.FORMAT;
    }

    /**
     * In each word with both Latin and Cyrillic letters, the minority script's look-alikes take the main script.
     * Returns whether any letter changed.
     */
    private static boolean unmixScripts(char[] c) {
        boolean changed = false;
        int i = 0;
        while (i < c.length) {
            if (!Character.isLetter(c[i])) {
                i++;
                continue;
            }
            int start = i;
            int latin = 0;
            int cyrillic = 0;
            while (i < c.length && (Character.isLetterOrDigit(c[i]))) {
                if (isCyrillic(c[i])) {
                    cyrillic++;
                } else if (c[i] < 0x250 && Character.isLetter(c[i])) {
                    latin++;
                }
                i++;
            }
            if (latin > 0 && cyrillic > 0) {
                boolean toCyrillic = cyrillic >= latin;
                for (int k = start; k < i; k++) {
                    int at = (toCyrillic ? LATIN : CYRILLIC).indexOf(c[k]);
                    if (at >= 0) {
                        c[k] = (toCyrillic ? CYRILLIC : LATIN).charAt(at);
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }

    private static boolean isCyrillic(char c) {
        return c >= 0x400 && c <= 0x4FF;
    }
}

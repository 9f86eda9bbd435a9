package org.veil.core.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds exactly the matches {@link Matcher#find()} finds, but runs the regex only where a match can start.
 * {@code find()} tries the pattern at every position of the text, and nearly every recognizer's pattern opens
 * with a costly look-behind and a long alternation: a hundred of them over a text made regex work the larger
 * part of detection. Cheap necessary conditions skip most positions:
 * <ul>
 *   <li>the first character (for {@link #withPairs}, the first two) must be one the pattern can begin with.
 *   Which ones is learnt from the engine itself, the first time a character is met: on a one- or
 *   two-character input a pattern either matches, or runs out of input while it could still match
 *   ({@link Matcher#hitEnd()}), or fails, and then it fails on every text that starts with that input;</li>
 *   <li>when every alternative opens with "no letter or digit before" ({@code (?<![\p{L}\p{N}…])}), the
 *   character before must not be a letter or digit: most positions of a text are inside words.</li>
 * </ul>
 * Where the probe could be wrong it is not used and the text is searched the usual way: a positive
 * look-behind ({@code (?<=}) or a word boundary ({@code \b}, {@code \B}) can see before the match, which the
 * probe has no text for; {@code \G} depends on the previous match; a pattern that matches the empty string can
 * start anywhere. Thread-safe (what is learnt is kept in byte tables whose entries every thread computes the
 * same); each {@link #finder} is for one thread.
 */
public final class PatternScanner {
    /** First characters below this are decided by a table (Latin, Greek, Cyrillic); above it, always tried. */
    private static final int TABLE = 0x530;
    /** Second characters below this (ASCII) are decided by a table; the others are always tried. */
    private static final int SECOND = 0x80;
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;
    private static final String WORD_START = "(?<![\\p{L}\\p{N}";

    private final Pattern pattern;
    /** The pattern with its look-behinds and word boundaries taken as met, for the probes. */
    private final Pattern relaxed;
    private final boolean probed;
    private final boolean pairs;
    private final boolean wordStart;
    /** Whether a match can begin with a character; filled the first time each is met. */
    private final byte[] first;
    /** Per first character, whether a match can begin with it and a second (ASCII) character. */
    private final AtomicReferenceArray<byte[]> second;

    private PatternScanner(Pattern pattern, Pattern relaxed, boolean wordStart, boolean pairs) {
        boolean probed = relaxed != null;
        this.pattern = pattern;
        this.relaxed = relaxed;
        this.probed = probed;
        this.wordStart = wordStart;
        this.pairs = probed && pairs;
        this.first = probed ? new byte[TABLE] : null;
        this.second = this.pairs ? new AtomicReferenceArray<>(TABLE) : null;
    }

    public static PatternScanner of(String regex) {
        return of(Pattern.compile(regex));
    }

    /** A scanner that checks the first character of each position (and the one before, where it can). */
    public static PatternScanner of(Pattern pattern) {
        return of(pattern, false);
    }

    /**
     * A scanner that also checks the second character: for a pattern tried at most word starts (a date can
     * start with "in", "on", "the", a month...), where one attempt costs more than the thousands of
     * two-character probes it takes to learn which pairs can start a match.
     */
    public static PatternScanner withPairs(Pattern pattern) {
        return of(pattern, true);
    }

    private static PatternScanner of(Pattern pattern, boolean pairs) {
        String regex = pattern.pattern();
        Pattern relaxed = null;
        if ((pattern.flags() & (Pattern.CANON_EQ | Pattern.LITERAL | Pattern.COMMENTS)) == 0
                && !regex.contains("\\G")) {
            relaxed = Pattern.compile(relax(regex), pattern.flags());
            if (relaxed.matcher("").lookingAt()) {
                relaxed = null;
            }
        }
        boolean wordStart = relaxed != null
                && topLevelAlternatives(regex).stream().allMatch(alternative -> alternative.startsWith(WORD_START));
        return new PatternScanner(pattern, relaxed, wordStart, pairs);
    }

    /**
     * False when no match of the pattern can start at {@code at} (a necessary condition, never a sufficient
     * one): for recognizers that walk the positions themselves.
     */
    public boolean mayStartAt(CharSequence text, int at) {
        if (!probed) {
            return true;
        }
        char c = text.charAt(at);
        if (c >= TABLE) {
            return true;
        }
        byte known = first[c];
        if (known == UNKNOWN) {
            known = probe(String.valueOf(c));
            first[c] = known;
        }
        if (known == NO) {
            return false;
        }
        // The engine's look-behind reads the previous char on its own (a lone surrogate is no letter).
        if (wordStart && at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return false;
        }
        if (!pairs || at + 1 >= text.length() || text.charAt(at + 1) >= SECOND) {
            return true;
        }
        char d = text.charAt(at + 1);
        byte[] row = second.get(c);
        if (row == null) {
            second.compareAndSet(c, null, new byte[SECOND]);
            row = second.get(c);
        }
        known = row[d];
        if (known == UNKNOWN) {
            known = probe(new String(new char[] {c, d}));
            row[d] = known;
        }
        return known == YES;
    }

    /** Whether a text that begins with {@code start} can hold a match at its first position. */
    private byte probe(String start) {
        Matcher m = relaxed.matcher(start);
        return m.lookingAt() || m.hitEnd() ? YES : NO;
    }

    /**
     * The regex with every look-behind replaced by an empty group and every word boundary dropped: it matches
     * wherever the regex does, and more.
     */
    static String relax(String regex) {
        StringBuilder out = new StringBuilder();
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                if (classDepth == 0 && (next == 'b' || next == 'B')) {
                    i++;
                    continue;
                }
                int end = next == 'Q' ? regex.indexOf("\\E", i + 2) : -1;
                end = next == 'Q' ? (end < 0 ? regex.length() : end + 2) : i + 2;
                out.append(regex, i, end);
                i = end - 1;
            } else if (c == '[') {
                classDepth++;
                out.append(c);
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
                out.append(c);
            } else if (classDepth == 0 && (regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i))) {
                out.append("(?:)");
                i = groupEnd(regex, i);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index of the parenthesis that closes the group opening at {@code open}. */
    private static int groupEnd(String regex, int open) {
        int depth = 0;
        int classDepth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    int end = regex.indexOf("\\E", i + 2);
                    i = end < 0 ? regex.length() : end + 1;
                } else {
                    i++;
                }
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0 && c == '(') {
                depth++;
            } else if (classDepth == 0 && c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced group in " + regex);
    }

    /**
     * The alternatives of a regex's outermost alternation, split at each {@code |} outside groups, classes
     * and escapes (Java classes nest: {@code [a-z&&[^x]]}).
     */
    static List<String> topLevelAlternatives(String regex) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int classDepth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    int end = regex.indexOf("\\E", i + 2);
                    i = end < 0 ? regex.length() : end + 1;
                } else {
                    i++;
                }
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0 && c == '(') {
                depth++;
            } else if (classDepth == 0 && c == ')') {
                depth--;
            } else if (classDepth == 0 && depth == 0 && c == '|') {
                alternatives.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        alternatives.add(regex.substring(from));
        return alternatives;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether positions are filtered at all (false: a plain {@code find()}); for tests. */
    boolean filters() {
        return probed;
    }

    /** Whether the pattern occurs in {@code text}: {@code pattern.matcher(text).find()}. */
    public boolean finds(CharSequence text) {
        return finder(text).find();
    }

    /** A search over {@code text}, for one thread. */
    public Finder finder(CharSequence text) {
        return new Finder(text);
    }

    /** The matches of the pattern in one text, in the order and with the groups {@code find()} gives. */
    public final class Finder {
        private final CharSequence text;
        private final Matcher matcher;
        private int next;

        private Finder(CharSequence text) {
            this.text = text;
            this.matcher = pattern.matcher(text);
            if (probed) {
                // Look-arounds see the whole text, and ^/$ keep their meaning, as in find() over the whole text.
                matcher.useTransparentBounds(true).useAnchoringBounds(false);
            }
        }

        /** The next match, as {@link Matcher#find()}; its groups are read from {@link #matcher()}. */
        public boolean find() {
            if (!probed) {
                return matcher.find();
            }
            int length = text.length();
            for (int p = next; p < length; p++) {
                if (!mayStartAt(text, p)) {
                    continue;
                }
                matcher.region(p, length);
                if (matcher.lookingAt()) {
                    next = matcher.end() == p ? p + 1 : matcher.end();
                    return true;
                }
            }
            next = length;
            return false;
        }

        /** The matcher holding the last match's groups. */
        public Matcher matcher() {
            return matcher;
        }
    }
}

package org.veil.core.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
 * Look-behinds and word boundaries look before the match, where a probe has no text: the probes run a copy
 * of the pattern in which each of them is taken as met, a pattern that accepts more, so the tables only say
 * "maybe" more often. The text is searched the usual way where probing cannot be trusted ({@code \G} depends on
 * the previous match; a pattern that can match the empty string can start anywhere), and until a scanner has
 * searched {@link #WARM_UP} characters, so a one-line command pays for no probes. Thread-safe (what is learnt is
 * kept in byte tables whose entries every thread computes the same); each {@link #finder} is for one thread.
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

    /**
     * Characters a scanner searches the plain way before it starts learning where matches can start: on a short
     * text (a one-line command) the probes would cost more than they save, the more so in a JVM that has not yet
     * compiled the regex engine.
     */
    static final long WARM_UP = 16_384;

    private final Pattern pattern;
    private final boolean probeable;
    private final boolean pairs;
    private final boolean wordStart;
    private final long warmUp;
    /** Characters searched so far by {@link #finder}s (only counted up to {@link #warmUp}). */
    private final AtomicLong searched = new AtomicLong();
    /** What the probes have learnt; made on first need, {@link Probes#NONE} when they cannot be trusted. */
    private volatile Probes probes;

    private PatternScanner(Pattern pattern, boolean probeable, boolean wordStart, boolean pairs, long warmUp) {
        this.pattern = pattern;
        this.probeable = probeable;
        this.wordStart = wordStart;
        this.pairs = pairs;
        this.warmUp = warmUp;
    }

    public static PatternScanner of(String regex) {
        return of(Pattern.compile(regex));
    }

    /** A scanner that checks the first character of each position (and the one before, where it can). */
    public static PatternScanner of(Pattern pattern) {
        return of(pattern, false, WARM_UP);
    }

    /**
     * A scanner that also checks the second character: for a pattern tried at most word starts (a date can
     * start with "in", "on", "the", a month...), where one attempt costs more than the thousands of
     * two-character probes it takes to learn which pairs can start a match.
     */
    public static PatternScanner withPairs(Pattern pattern) {
        return of(pattern, true, WARM_UP);
    }

    static PatternScanner of(Pattern pattern, boolean pairs, long warmUp) {
        String regex = pattern.pattern();
        boolean probeable = (pattern.flags() & (Pattern.CANON_EQ | Pattern.LITERAL | Pattern.COMMENTS)) == 0
                && !regex.contains("\\G");
        boolean wordStart = probeable
                && topLevelAlternatives(regex).stream().allMatch(alternative -> alternative.startsWith(WORD_START));
        return new PatternScanner(pattern, probeable, wordStart, pairs, warmUp);
    }

    /** The tables, made on first need; null when the probes cannot be trusted. */
    private Probes probes() {
        Probes known = probes;
        if (known == null) {
            known = probeable ? Probes.of(pattern, pairs) : Probes.NONE;
            probes = known;
        }
        return known == Probes.NONE ? null : known;
    }

    /**
     * False when no match of the pattern can start at {@code at} (a necessary condition, never a sufficient
     * one): for recognizers that walk the positions themselves.
     */
    public boolean mayStartAt(CharSequence text, int at) {
        Probes known = probes();
        return known == null || known.mayStartAt(text, at, wordStart);
    }

    /** What probing a pattern has learnt: which first characters (and pairs) can begin a match. */
    private static final class Probes {
        static final Probes NONE = new Probes(null, false);
        /** The pattern with its look-behinds and word boundaries taken as met. */
        private final Pattern relaxed;
        /** Whether a match can begin with a character; filled the first time each is met. */
        private final byte[] first;
        /** Per first character, whether a match can begin with it and a second (ASCII) character. */
        private final AtomicReferenceArray<byte[]> second;

        private Probes(Pattern relaxed, boolean pairs) {
            this.relaxed = relaxed;
            this.first = new byte[TABLE];
            this.second = pairs ? new AtomicReferenceArray<>(TABLE) : null;
        }

        static Probes of(Pattern pattern, boolean pairs) {
            Pattern relaxed = Pattern.compile(relax(pattern.pattern()), pattern.flags());
            // A pattern that can match the empty string can start anywhere.
            return relaxed.matcher("").lookingAt() ? NONE : new Probes(relaxed, pairs);
        }

        boolean mayStartAt(CharSequence text, int at, boolean wordStart) {
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
            if (second == null || at + 1 >= text.length() || text.charAt(at + 1) >= SECOND) {
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
    }

    /**
     * The regex with every look-behind replaced by an empty group and every word boundary dropped: it matches
     * wherever the regex does, and more.
     */
    static String relax(String regex) {
        int[] depths = syntaxDepths(regex);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean syntax = depths[i] >= 0;
            if (syntax && c == '\\' && i + 1 < regex.length() && "bB".indexOf(regex.charAt(i + 1)) >= 0) {
                i++;
            } else if (syntax && (regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i))) {
                out.append("(?:)");
                i = groupEnd(regex, depths, i);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index of the parenthesis that closes the group opening at {@code open}. */
    private static int groupEnd(String regex, int[] depths, int open) {
        for (int i = open + 1; i < regex.length(); i++) {
            if (regex.charAt(i) == ')' && depths[i] == depths[open] + 1) {
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
        int[] depths = syntaxDepths(regex);
        List<String> alternatives = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '|' && depths[i] == 0) {
                alternatives.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        alternatives.add(regex.substring(from));
        return alternatives;
    }

    /**
     * Per character of a regex: the depth of groups around it where it is syntax (a parenthesis, a bar, the
     * backslash opening an escape), -1 inside escapes, quotes ({@code \\Q…\\E}) and character classes.
     */
    private static int[] syntaxDepths(String regex) {
        int[] depths = new int[regex.length()];
        java.util.Arrays.fill(depths, -1);
        int groups = 0;
        int classes = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                depths[i] = classes == 0 ? groups : -1;
                boolean quote = i + 1 < regex.length() && regex.charAt(i + 1) == 'Q';
                int end = quote ? regex.indexOf("\\E", i + 2) : i + 1;
                i = quote ? (end < 0 ? regex.length() : end + 1) : end;
            } else if (c == '[') {
                classes++;
            } else if (c == ']' && classes > 0) {
                classes--;
            } else if (classes == 0) {
                groups += c == ')' ? -1 : 0;
                depths[i] = c == ')' ? groups + 1 : groups;
                groups += c == '(' ? 1 : 0;
            }
        }
        return depths;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether positions are filtered at all once warmed up (false: a plain {@code find()}); for tests. */
    boolean filters() {
        return probes() != null;
    }

    /** Whether the pattern occurs in {@code text}: {@code pattern.matcher(text).find()}. */
    public boolean finds(CharSequence text) {
        return finder(text).find();
    }

    /** A search over {@code text}, for one thread; filtered once the scanner has searched enough text. */
    public Finder finder(CharSequence text) {
        return new Finder(text);
    }

    /** The matches of the pattern in one text, in the order and with the groups {@code find()} gives. */
    public final class Finder {
        private final CharSequence text;
        private final Matcher matcher;
        /** Null: a plain {@code find()} (still warming up, or the probes cannot be trusted). */
        private final Probes probes;
        private int next;

        private Finder(CharSequence text) {
            this.text = text;
            this.matcher = pattern.matcher(text);
            boolean warm = searched.get() >= warmUp || searched.addAndGet(text.length()) > warmUp;
            this.probes = warm ? probes() : null;
            if (probes != null) {
                // Look-arounds see the whole text, and ^/$ keep their meaning, as in find() over the whole text.
                matcher.useTransparentBounds(true).useAnchoringBounds(false);
            }
        }

        /** The next match, as {@link Matcher#find()}; its groups are read from {@link #matcher()}. */
        public boolean find() {
            if (probes == null) {
                return matcher.find();
            }
            int length = text.length();
            for (int p = next; p < length; p++) {
                if (!probes.mayStartAt(text, p, wordStart)) {
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

package org.veil.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.veil.core.link.GivenNames;
import org.veil.core.link.NameForms;
import org.veil.core.verify.Candidate.Kind;

/**
 * Looks at the output by shape alone, with no recognizer and no model, so that it can catch what the detector
 * missed: capitalised words that are no everyday or public word, digit runs, letter-digit codes, e-mail
 * addresses, handles, URLs and phone numbers. Whatever lies in Veil's own replacements is skipped. One pass
 * over the whitespace-separated chunks and one over the tokens: linear in the text.
 */
final class CandidateSweep {
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*"
            + "\\.\\p{L}{2,}");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+"
            + "|[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,6}(?:/\\S*)?");
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}_.]{2,}|[\\p{L}\\p{N}]+(?:_+[\\p{L}\\p{N}]+)+");
    /** Digits with a unit or ordinal ending: "180cm", "31st", "1990s". */
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("\\p{N}+\\p{Ll}{1,4}");
    private static final String LEADING = "([{\"'«“‘„<";
    private static final String TRAILING = ".,;:!?)]}\"'»”’…>";
    private static final String SENTENCE_END = ".!?…:;";
    /** Words that number a place or a thing, after which even one digit points somewhere: "flat 9", "No. 2". */
    private static final Set<String> NUMBERING = Set.of("no", "nr", "num", "apartment", "apt", "flat", "room",
            "house", "building", "block", "ward", "suite", "unit", "office", "school", "hospital", "clinic",
            "кв", "квартира", "квартиры", "квартире", "дом", "д", "корп", "корпус", "комн", "комната", "палата",
            "палате", "офис", "школа", "школы", "школе", "больница", "больницы", "больнице", "гимназия", "лицей");
    /**
     * Words that cite a public text by number: "Article 25", "Rule 52 § 1", "Protocol No. 11", "ст. 125 УК".
     * Russian ones are stored as {@link OrdinaryWords#russianStem stems}, so "статьи" and "статье" count.
     */
    private static final Set<String> REFERENCE = Set.of("article", "articles", "art", "arts", "rule", "rules",
            "protocol", "protocols", "section", "sections", "subsection", "paragraph", "paragraphs", "para", "paras",
            "chapter", "chapters", "page", "pages", "p", "pp", "clause", "clauses", "annex", "appendix", "schedule",
            "footnote", "note", "notes", "item", "items", "figure", "fig", "table", "volume", "vol", "line", "lines",
            "resolution", "directive", "regulation", "convention", "law", "act", "code",
            "стать", "ст", "част", "ч", "пункт", "п", "пп", "подпункт", "глав", "раздел", "приложени", "стр",
            "страниц", "рисунок", "рис", "таблиц", "том", "закон", "кодекс");
    /** Words that may stand between a citing word and its number: "Articles 125 and 168", "Protocol No. 11". */
    private static final Set<String> CITATION_GLUE = Set.of("and", "or", "to", "no", "nos", "nr", "и", "или", "№");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    private final OrdinaryWords ordinary;
    private final PublicWords publics;

    CandidateSweep(OrdinaryWords ordinary, PublicWords publics) {
        this.ordinary = ordinary;
        this.publics = publics;
    }

    List<Candidate> find(OutputText out) {
        boolean[] consumed = new boolean[out.length()];
        List<Candidate> found = new ArrayList<>(shapedChunks(out, consumed));
        List<Tokens.Token> tokens = out.tokens();
        markPublicFigures(out, tokens, consumed);
        int i = 0;
        while (i < tokens.size()) {
            Tokens.Token t = tokens.get(i);
            if (consumed[t.start()] || out.inVeilRegion(t.start(), t.end())) {
                i++;
            } else if (isDigits(t.text())) {
                i = digitGroup(out, tokens, i, consumed, found);
            } else {
                Kind kind = wordKind(out, t);
                if (kind != null) {
                    add(found, out, kind, t.start(), t.end());
                }
                i++;
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * Marks runs of two to four capitalised words, one space apart, that name a public figure in full
     * ("Dmitry Medvedev"): each word alone may be a private name, the run is not.
     */
    private void markPublicFigures(OutputText out, List<Tokens.Token> tokens, boolean[] consumed) {
        for (int i = 0; i < tokens.size(); i++) {
            int last = i;
            while (last < tokens.size() && last - i < 4 && capitalisedWord(tokens.get(last).text())
                    && (last == i || tokens.get(last).start() == tokens.get(last - 1).end() + 1)) {
                last++;
            }
            for (int end = last; end >= i + 2; end--) {
                List<String> words = tokens.subList(i, end).stream().map(Tokens.Token::text).toList();
                if (publics.namesFigure(words) && !out.inVeilRegion(tokens.get(i).start(), tokens.get(end - 1).end())) {
                    for (Tokens.Token t : tokens.subList(i, end)) {
                        consumed[t.start()] = true;
                    }
                    i = end - 1;
                    break;
                }
            }
        }
    }

    private static boolean capitalisedWord(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && w.codePoints().allMatch(Character::isLetter);
    }

    /** E-mail addresses, URLs and handles: whole chunks between spaces, punctuation around them trimmed. */
    private List<Candidate> shapedChunks(OutputText out, boolean[] consumed) {
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < out.length()) {
            if (Character.isWhitespace(out.codePointAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < out.length() && !Character.isWhitespace(out.codePointAt(i))) {
                i++;
            }
            int end = i;
            while (start < end && LEADING.indexOf(out.codePointAt(start)) >= 0) {
                start++;
            }
            while (end > start && TRAILING.indexOf(out.codePointAt(end - 1)) >= 0) {
                end--;
            }
            if (end - start < 3 || out.inVeilRegion(start, end)) {
                continue;
            }
            String chunk = out.substring(start, end);
            Kind kind = EMAIL.matcher(chunk).matches() ? Kind.EMAIL : URL.matcher(chunk).matches() ? Kind.URL
                    : HANDLE.matcher(chunk).matches() ? Kind.HANDLE : null;
            if (kind != null) {
                add(found, out, kind, start, end);
                for (int j = start; j < end; j++) {
                    consumed[j] = true;
                }
            }
        }
        return found;
    }

    /**
     * Digit tokens joined only by number punctuation ("+7 912 345-67-89", "4,000.50") form one group: a phone
     * if it has seven digits or more and a phone's punctuation, else a number if it has two digits or more or
     * follows a numbering word. Returns the index of the first token after the group.
     */
    private int digitGroup(OutputText out, List<Tokens.Token> tokens, int first, boolean[] consumed,
                           List<Candidate> found) {
        int last = first;
        int digits = tokens.get(first).text().length();
        boolean phonePunctuation = first(out, tokens.get(first).start()) == '+';
        while (last + 1 < tokens.size()) {
            Tokens.Token next = tokens.get(last + 1);
            int gapStart = tokens.get(last).end();
            if (!isDigits(next.text()) || consumed[next.start()] || out.inVeilRegion(next.start(), next.end())
                    || !numberGap(out, gapStart, next.start())) {
                break;
            }
            for (int j = gapStart; j < next.start(); j++) {
                phonePunctuation |= out.codePointAt(j) == '(' || out.codePointAt(j) == '-';
            }
            digits += next.text().length();
            last++;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        if (citation(out, tokens, first) || percentage(out, tokens, last)) {
            return last + 1;
        }
        if (digits >= 7 && digits <= 15 && phonePunctuation) {
            add(found, out, Kind.PHONE, start > 0 && out.codePointAt(start - 1) == '+' ? start - 1 : start, end);
        } else if (digits >= 2 || (first > 0 && numbering(out, tokens.get(first - 1), start))) {
            add(found, out, Kind.NUMBER, start, end);
        }
        return last + 1;
    }

    /**
     * Whether a number cites a public text: a citing word comes before it, with only numbers and glue words
     * ("and", "No.") in between, or a "§" sign stands right before it.
     */
    private static boolean citation(OutputText out, List<Tokens.Token> tokens, int index) {
        int start = tokens.get(index).start();
        for (int j = start - 1; j >= 0 && j >= start - 2; j--) {
            if (out.codePointAt(j) == '§') {
                return true;
            }
        }
        for (int k = index - 1; k >= 0 && k >= index - 8; k--) {
            Tokens.Token t = tokens.get(k);
            if (out.inVeilRegion(t.start(), t.end())) {
                return false;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (REFERENCE.contains(lower) || REFERENCE.contains(OrdinaryWords.russianStem(lower))) {
                return true;
            }
            if (!isDigits(lower) && !CITATION_GLUE.contains(lower)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a number is a share ("80%", "80 percent", "80 процентов"): that describes no one. */
    private static boolean percentage(OutputText out, List<Tokens.Token> tokens, int last) {
        int end = tokens.get(last).end();
        for (int j = end; j < out.length() && j <= end + 1; j++) {
            if (out.codePointAt(j) == '%') {
                return true;
            }
        }
        if (last + 1 >= tokens.size() || tokens.get(last + 1).start() > end + 1) {
            return false;
        }
        String next = tokens.get(last + 1).text().toLowerCase(Locale.ROOT);
        return next.equals("percent") || next.startsWith("процент")
                || (next.equals("per") && last + 2 < tokens.size() && tokens.get(last + 2).text().equals("cent"));
    }

    /** The code point just before a token, ignoring one "(": the "+" of "+7" or "+(7)". */
    private static int first(OutputText out, int start) {
        int j = start - 1;
        if (j >= 0 && out.codePointAt(j) == '(') {
            j--;
        }
        return j >= 0 ? out.codePointAt(j) : -1;
    }

    /** One or two characters of number punctuation between two digit tokens, on one line. */
    private static boolean numberGap(OutputText out, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (" \u00A0\u202F-()./,:".indexOf(out.codePointAt(j)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word before a number numbers a place: "flat 9", "No. 2", "кв. 12"; or "№ 2", "#2". */
    private static boolean numbering(OutputText out, Tokens.Token before, int numberStart) {
        for (int j = before.end(); j < numberStart; j++) {
            int c = out.codePointAt(j);
            if (c == '№' || c == '#') {
                return true;
            }
            if (c != ' ' && c != '.' && c != '\u00A0') {
                return false;
            }
        }
        return NUMBERING.contains(before.text().toLowerCase(Locale.ROOT));
    }

    /** What a word token looks like, or null if it looks harmless. */
    private Kind wordKind(OutputText out, Tokens.Token t) {
        String w = t.text();
        boolean hasDigit = w.codePoints().anyMatch(Character::isDigit);
        if (hasDigit) {
            if (NUMBER_WITH_UNIT.matcher(w).matches()) {
                return w.codePoints().filter(Character::isDigit).count() >= 2 ? Kind.NUMBER : null;
            }
            return w.codePoints().filter(Character::isDigit).count() >= 2 || w.length() >= 4 ? Kind.CODE : null;
        }
        if (w.codePointCount(0, w.length()) < 2) {
            return null;
        }
        if (!Character.isUpperCase(w.codePointAt(0))) {
            return lowerCaseName(w) ? Kind.NAME : null;
        }
        boolean allCaps = w.codePoints().noneMatch(Character::isLowerCase);
        String lower = w.toLowerCase(Locale.ROOT);
        if ((allCaps && w.codePointCount(0, w.length()) <= 4) || publics.contains(w) || CALENDAR.contains(lower)
                || NameForms.TITLES.contains(lower)) {
            return null;
        }
        boolean initial = sentenceInitial(out, t.start());
        if (OrdinaryWords.isCyrillic(w)) {
            // Russian capitalises little but names: mid-sentence a capital is a name unless it is the polite "Вы".
            boolean polite = lower.startsWith("ваш") || Set.of("вы", "вас", "вам", "вами").contains(lower);
            return polite || ((initial || allCaps) && ordinary.contains(w)) ? null : Kind.NAME;
        }
        if (ordinary.contains(w) && (initial || allCaps || !ordinary.isPersonName(w))) {
            return null;
        }
        return Kind.NAME;
    }

    /**
     * A known given name typed in lower case, as in chats ("hi, it's olena", "тарас написал"), that is no everyday
     * word ("vera", "мир" and "роза" are).
     */
    private boolean lowerCaseName(String w) {
        return w.codePointCount(0, w.length()) >= 3 && w.codePoints().allMatch(Character::isLetter)
                && !ordinary.contains(w) && (ordinary.isPersonName(w)
                || !GivenNames.of(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)).isEmpty());
    }

    /** Whether a word starts a sentence, a line or the text, looking past quotes, brackets and dashes. */
    private static boolean sentenceInitial(OutputText out, int start) {
        for (int j = start - 1; j >= 0; j--) {
            int c = out.codePointAt(j);
            if (c == '\n') {
                return true;
            }
            if (Character.isWhitespace(c) || LEADING.indexOf(c) >= 0 || c == '—' || c == '–' || c == '-') {
                continue;
            }
            return SENTENCE_END.indexOf(c) >= 0;
        }
        return true;
    }

    /** Where a capitalised compound begins: "Jean-Pierre" is one name even though "Jean" is also a word. */
    private static int hyphenatedStart(OutputText out, int start) {
        if (start < 2 || out.codePointAt(start - 1) != '-' || out.inVeilRegion(start - 2, start - 1)) {
            return start;
        }
        int j = start - 1;
        while (j > 0 && Tokens.isWordChar(out.codePointAt(j - 1))) {
            j--;
        }
        return j < start - 1 && Character.isUpperCase(out.codePointAt(j)) ? j : start;
    }

    private static boolean isDigits(String s) {
        return s.codePoints().allMatch(Character::isDigit);
    }

    /** Adds a candidate; a name right after another name ("Sovetsky Raion", "Jean-Pierre") extends it instead. */
    private static void add(List<Candidate> found, OutputText out, Kind kind, int start, int end) {
        if (kind == Kind.NAME) {
            start = hyphenatedStart(out, start);
        }
        if (kind == Kind.NAME && !found.isEmpty()) {
            Candidate prev = found.get(found.size() - 1);
            String between = prev.end() <= start ? out.substring(prev.end(), start) : "";
            if (prev.kind() == Kind.NAME && prev.start() >= start) {
                found.remove(found.size() - 1); // "Jean" of "Jean-Pierre", already taken in
            } else if (prev.kind() == Kind.NAME && between.length() <= 1
                    && (between.isBlank() || between.equals("-"))) {
                start = prev.start();
                found.remove(found.size() - 1);
            }
        }
        int[] lc = out.lineColumn(start);
        found.add(new Candidate(kind, start, end, out.substring(start, end), lc[0], lc[1], out.context(start, end)));
    }
}

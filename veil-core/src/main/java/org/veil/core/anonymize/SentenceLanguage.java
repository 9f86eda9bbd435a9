package org.veil.core.anonymize;

import java.util.List;

/**
 * Decides, span by span, whether a replacement stands in a Russian or an English sentence. Mixed documents
 * exist, so the decision is per sentence: the letters of the sentence around the span that are not inside
 * any span (a Latin name in a Russian sentence is still in a Russian sentence). A sentence with no letters
 * of its own falls back to the span's letters, then to the whole document's.
 */
final class SentenceLanguage {
    /** Sentences are looked at no further than this from the span, so long unpunctuated texts stay linear. */
    private static final int REACH = 400;
    private final String text;
    private final boolean[] inSpan;
    private Language document;

    /** @param spans UTF-16 [start, end) ranges of every span of the text */
    SentenceLanguage(String text, List<int[]> spans) {
        this.text = text;
        this.inSpan = new boolean[text.length()];
        for (int[] s : spans) {
            for (int i = s[0]; i < s[1] && i < inSpan.length; i++) {
                inSpan[i] = true;
            }
        }
    }

    /** The language of the sentence holding the UTF-16 range [start, end). */
    Language at(int start, int end) {
        int from = start;
        while (from > 0 && start - from < REACH && !sentenceEndsBefore(from)) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < REACH && !sentenceEndsBefore(to)) {
            to++;
        }
        int[] outside = count(from, start, true);
        int[] after = count(end, to, true);
        int cyrillic = outside[0] + after[0];
        int latin = outside[1] + after[1];
        if (cyrillic + latin == 0) {
            int[] own = count(start, end, false);
            cyrillic = own[0];
            latin = own[1];
        }
        if (cyrillic + latin == 0) {
            return document();
        }
        return cyrillic > latin ? Language.RUSSIAN : Language.ENGLISH;
    }

    private Language document() {
        if (document == null) {
            int[] all = count(0, text.length(), true);
            document = all[0] > all[1] ? Language.RUSSIAN : Language.ENGLISH;
        }
        return document;
    }

    /**
     * Whether a sentence ends just before {@code i}: a line break, or ".", "!", "?" and a space. Dots inside
     * spans ("28 сентября 2022 г. он", "ул. Ленина") end nothing.
     */
    private boolean sentenceEndsBefore(int i) {
        char c = text.charAt(i - 1);
        if (c == '\n' || c == '\r') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && !inSpan[i - 1] && i < text.length()
                && Character.isWhitespace(text.charAt(i));
    }

    /** Cyrillic and Latin letters in [from, to), optionally only those outside every span. */
    private int[] count(int from, int to, boolean outsideSpans) {
        int[] n = new int[2];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) || outsideSpans && inSpan[i]) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.CYRILLIC) {
                n[0]++;
            } else if (script == Character.UnicodeScript.LATIN) {
                n[1]++;
            }
        }
        return n;
    }
}

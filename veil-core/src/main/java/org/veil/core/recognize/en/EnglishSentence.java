package org.veil.core.recognize.en;

import java.util.List;
import java.util.Locale;

/**
 * One sentence ready for tagging: each token's offsets, text, lower-case form, shape, word cluster and
 * dictionary marks, computed once per token so the tagger's features are only hashes of these.
 */
public final class EnglishSentence {
    final int[] start;
    final int[] end;
    final String[] word;
    final String[] lower;
    final String[] shape;
    final String[] cluster;
    final int[] marks;
    final boolean[] sentenceStart;

    EnglishSentence(List<EnglishTokens.Token> tokens, WordClusters clusters, EnglishGazetteer gazetteer) {
        int n = tokens.size();
        start = new int[n];
        end = new int[n];
        word = new String[n];
        lower = new String[n];
        shape = new String[n];
        cluster = new String[n];
        marks = new int[n];
        sentenceStart = new boolean[n];
        for (int i = 0; i < n; i++) {
            EnglishTokens.Token t = tokens.get(i);
            start[i] = t.start();
            end[i] = t.end();
            word[i] = t.text();
            lower[i] = t.text().toLowerCase(Locale.ROOT);
            shape[i] = shape(t.text());
            cluster[i] = clusters.of(lower[i]);
            marks[i] = gazetteer.marks(t.text(), lower[i]);
        }
        if (n > 0) {
            sentenceStart[0] = true;
        }
    }

    public int size() {
        return word.length;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public String word(int i) {
        return word[i];
    }

    /**
     * Whether token {@code i}, beside token {@code name} of a name, looks like part of it: capitalised then
     * lower case ("Sean", "Taylor-Sabori"), not a title, not opening the sentence, and either no everyday word
     * or in the same word cluster as its neighbour in the name (given names share one).
     */
    boolean nameLike(int i, int name) {
        if (i == 0 || !shape[i].startsWith("Xx") || (marks[i] & EnglishGazetteer.TITLE) != 0) {
            return false;
        }
        return (marks[i] & EnglishGazetteer.COMMON) == 0 || !cluster[i].equals("-") && cluster[i].equals(cluster[name]);
    }

    /** "Xx", "x", "X" (all caps), "d" (digits), "X.", "Xx-Xx", punctuation as itself: runs collapsed. */
    static String shape(String w) {
        if (w.length() == 1) {
            char c = w.charAt(0);
            return Character.isUpperCase(c) ? "X" : Character.isLowerCase(c) ? "x" : Character.isDigit(c) ? "d" : w;
        }
        StringBuilder sb = new StringBuilder(6);
        char prev = 0;
        for (int k = 0; k < w.length() && sb.length() < 8; k++) {
            char c = w.charAt(k);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != prev) {
                sb.append(s);
            }
            prev = s;
        }
        return sb.toString();
    }
}

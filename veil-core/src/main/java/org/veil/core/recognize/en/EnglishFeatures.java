package org.veil.core.recognize.en;

import org.veil.core.recognize.tagger.FeatureExtractor;
import org.veil.core.recognize.tagger.Features;

/**
 * Features of one English token: the word and its lower-case form, shape, affixes, word cluster and dictionary
 * marks, the same for two neighbours each side, the sentence start, and the two previous tags. Every value is
 * precomputed per token ({@link EnglishSentence}); here they are only hashed.
 */
final class EnglishFeatures implements FeatureExtractor<EnglishSentence> {
    static final EnglishFeatures INSTANCE = new EnglishFeatures();
    private static final String START = "<S>";
    private static final String END = "</S>";
    private static final String[] MARK = new String[128];

    static {
        for (int m = 0; m < MARK.length; m++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < EnglishGazetteer.NAMES.size(); b++) {
                if ((m & (1 << b)) != 0) {
                    sb.append(EnglishGazetteer.NAMES.get(b)).append(',');
                }
            }
            MARK[m] = sb.toString();
        }
    }

    private EnglishFeatures() {
    }

    @Override
    public int length(EnglishSentence s) {
        return s.size();
    }

    @Override
    public void extract(EnglishSentence s, int i, String prev1, String prev2, Features f) {
        String w = s.word[i];
        String lw = s.lower[i];
        String sh = s.shape[i];
        f.add("bias");
        f.add("w=", w);
        f.add("lw=", lw);
        f.add("sh=", sh);
        int len = lw.length();
        for (int k = 1; k <= 4 && k < len; k++) {
            f.add(SUF[k], lw, len - k, len);
        }
        for (int k = 1; k <= 3 && k < len; k++) {
            f.add(PRE[k], lw, 0, k);
        }
        String start = s.sentenceStart[i] || i == 0 ? "1" : "0";
        f.add("st|sh=", start, sh);
        f.add("cl=", s.cluster[i]);
        f.add("cl|sh=", s.cluster[i], sh);
        String marks = MARK[s.marks[i] & 127];
        f.add("m=", marks);
        f.add("m|sh=", marks, sh);
        f.add("m|st=", marks, start);
        f.add("p1=", prev1);
        f.add("p1p2=", prev1, prev2);
        f.add("p1|sh=", prev1, sh);
        f.add("p1|w=", prev1, w);
        neighbour(f, s, i - 1, "p");
        neighbour(f, s, i + 1, "n");
        neighbour(f, s, i - 2, "pp");
        neighbour(f, s, i + 2, "nn");
        String psh = i > 0 ? s.shape[i - 1] : START;
        String nsh = i + 1 < s.size() ? s.shape[i + 1] : END;
        f.add("psh|sh=", psh, sh);
        f.add("sh|nsh=", sh, nsh);
        f.add("pw|sh=", i > 0 ? s.lower[i - 1] : START, sh);
        f.add("nw|sh=", i + 1 < s.size() ? s.lower[i + 1] : END, sh);
        f.add("p1|nsh=", prev1, nsh);
    }

    private static final String[] SUF = {"", "s1=", "s2=", "s3=", "s4="};
    private static final String[] PRE = {"", "f1=", "f2=", "f3="};
    private static final String[] WORD = {"pw=", "nw=", "ppw=", "nnw="};
    private static final String[] SHAPE = {"psh=", "nsh=", "ppsh=", "nnsh="};
    private static final String[] CLUSTER = {"pcl=", "ncl=", "ppcl=", "nncl="};
    private static final String[] MARKS = {"pm=", "nm=", "ppm=", "nnm="};

    private static void neighbour(Features f, EnglishSentence s, int j, String where) {
        int slot = switch (where) {
            case "p" -> 0;
            case "n" -> 1;
            case "pp" -> 2;
            default -> 3;
        };
        if (j < 0 || j >= s.size()) {
            String edge = j < 0 ? START : END;
            f.add(WORD[slot], edge);
            return;
        }
        f.add(WORD[slot], s.lower[j]);
        f.add(SHAPE[slot], s.shape[j]);
        f.add(CLUSTER[slot], s.cluster[j]);
        if (slot < 2) {
            f.add(MARKS[slot], MARK[s.marks[j] & 127]);
        }
    }
}

package org.veil.core.recognize.ru;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Averaged-perceptron sequence tagger (greedy, left to right, previous tags as features), the classic small
 * and fast tagger. Labels are BIO tags over {@link Tokens}; features come from {@link RussianFeatures}.
 */
public final class PerceptronTagger {
    private final List<String> labels;
    private final Map<String, float[]> weights;

    private PerceptronTagger(List<String> labels, Map<String, float[]> weights) {
        this.labels = List.copyOf(labels);
        this.weights = weights;
    }

    public List<String> labels() {
        return labels;
    }

    /** One training sentence: tokens and their gold labels. */
    public record Sentence(List<Tokens.Token> tokens, List<String> gold) {
    }

    public List<String> tag(List<Tokens.Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        float[] scores = new float[labels.size()];
        for (int i = 0; i < tokens.size(); i++) {
            List<String> feats = RussianFeatures.of(tokens, i, prev(out, i, 1), prev(out, i, 2));
            out.add(labels.get(best(feats, scores)));
        }
        return out;
    }

    private int best(List<String> feats, float[] scores) {
        java.util.Arrays.fill(scores, 0f);
        for (String f : feats) {
            float[] w = weights.get(f);
            if (w != null) {
                for (int c = 0; c < scores.length; c++) {
                    scores[c] += w[c];
                }
            }
        }
        int best = 0;
        for (int c = 1; c < scores.length; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }

    private static String prev(List<String> tags, int i, int back) {
        return i - back >= 0 ? tags.get(i - back) : "<S>";
    }

    /** Trains for {@code epochs} passes over shuffled sentences and averages the weights. */
    public static PerceptronTagger train(List<Sentence> data, List<String> labels, int epochs, long seed) {
        Map<String, float[]> w = new HashMap<>();
        Map<String, float[]> totals = new HashMap<>();
        Map<String, int[]> stamps = new HashMap<>();
        int n = labels.size();
        int step = 0;
        List<Sentence> order = new ArrayList<>(data);
        Random random = new Random(seed);
        float[] scores = new float[n];
        PerceptronTagger live = new PerceptronTagger(labels, w);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Sentence s : order) {
                List<String> predicted = new ArrayList<>();
                for (int i = 0; i < s.tokens().size(); i++) {
                    step++;
                    List<String> feats = RussianFeatures.of(s.tokens(), i, prev(predicted, i, 1), prev(predicted, i, 2));
                    int guess = live.best(feats, scores);
                    int truth = labels.indexOf(s.gold().get(i));
                    if (guess != truth) {
                        for (String f : feats) {
                            float[] fw = w.computeIfAbsent(f, k -> new float[n]);
                            float[] ft = totals.computeIfAbsent(f, k -> new float[n]);
                            int[] fs = stamps.computeIfAbsent(f, k -> new int[n]);
                            for (int c : new int[] {truth, guess}) {
                                ft[c] += (step - fs[c]) * fw[c];
                                fs[c] = step;
                            }
                            fw[truth] += 1f;
                            fw[guess] -= 1f;
                        }
                    }
                    // Feed the model's own previous decisions, as at tagging time.
                    predicted.add(labels.get(guess));
                }
            }
        }
        Map<String, float[]> averaged = new HashMap<>();
        for (Map.Entry<String, float[]> e : w.entrySet()) {
            float[] fw = e.getValue();
            float[] ft = totals.get(e.getKey());
            int[] fs = stamps.get(e.getKey());
            float[] avg = new float[n];
            boolean any = false;
            for (int c = 0; c < n; c++) {
                avg[c] = (ft[c] + (step - fs[c]) * fw[c]) / step;
                any |= Math.abs(avg[c]) > 1e-4f;
            }
            if (any) {
                averaged.put(e.getKey(), avg);
            }
        }
        return new PerceptronTagger(labels, averaged);
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(labels.size());
        for (String l : labels) {
            d.writeUTF(l);
        }
        d.writeInt(weights.size());
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            d.writeUTF(e.getKey());
            for (float f : e.getValue()) {
                d.writeFloat(f);
            }
        }
        d.flush();
    }

    public static PerceptronTagger read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        int n = d.readInt();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(d.readUTF());
        }
        int features = d.readInt();
        Map<String, float[]> w = new HashMap<>(features * 2);
        for (int i = 0; i < features; i++) {
            String f = d.readUTF();
            float[] v = new float[n];
            for (int c = 0; c < n; c++) {
                v[c] = d.readFloat();
            }
            w.put(f, v);
        }
        return new PerceptronTagger(labels, w);
    }
}

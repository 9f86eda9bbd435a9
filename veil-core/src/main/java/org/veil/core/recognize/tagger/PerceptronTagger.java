package org.veil.core.recognize.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Averaged-perceptron sequence tagger (greedy, left to right, previous tags as features), the classic small
 * and fast tagger, shared by the languages: each brings a {@link FeatureExtractor}. Features are hashed
 * ({@link Features}) into one flat weight table, so tagging builds no strings and no maps.
 *
 * @param <S> the sentence representation the extractor reads
 */
public final class PerceptronTagger<S> {
    /** Marks the hashed binary format; the older format (string keys) starts with the label count instead. */
    private static final int MAGIC = 0x56504354;
    private static final String START = "<S>";

    private final List<String> labels;
    private final WeightTable table;
    private final FeatureExtractor<S> extractor;

    private PerceptronTagger(List<String> labels, WeightTable table, FeatureExtractor<S> extractor) {
        this.labels = List.copyOf(labels);
        this.table = table;
        this.extractor = extractor;
    }

    public List<String> labels() {
        return labels;
    }

    /** Number of features with weights. */
    public int features() {
        return table.size();
    }

    /** One training sentence and its gold labels, one per token. */
    public record Example<S>(S sentence, List<String> gold) {
    }

    /** The label of every token of the sentence. */
    public List<String> tag(S sentence) {
        int[] ids = tagIds(sentence);
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(labels.get(id));
        }
        return out;
    }

    /** The label index (into {@link #labels()}) of every token of the sentence. */
    public int[] tagIds(S sentence) {
        int n = extractor.length(sentence);
        int[] out = new int[n];
        Features feats = new Features();
        float[] scores = new float[labels.size()];
        for (int i = 0; i < n; i++) {
            feats.clear();
            extractor.extract(sentence, i, previous(out, i, 1), previous(out, i, 2), feats);
            out[i] = best(feats, scores);
        }
        return out;
    }

    private String previous(int[] ids, int i, int back) {
        return i - back >= 0 ? labels.get(ids[i - back]) : START;
    }

    private int best(Features feats, float[] scores) {
        Arrays.fill(scores, 0f);
        float[] w = table.weights();
        int n = scores.length;
        for (int k = 0; k < feats.size(); k++) {
            int row = table.row(feats.get(k));
            if (row >= 0) {
                int at = row * n;
                for (int c = 0; c < n; c++) {
                    scores[c] += w[at + c];
                }
            }
        }
        int best = 0;
        for (int c = 1; c < n; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Trains for {@code epochs} passes over the examples, shuffled with {@code seed}, feeding the model its own
     * previous decisions as at tagging time, and averages the weights over every step.
     */
    public static <S> PerceptronTagger<S> train(List<Example<S>> data, List<String> labels,
            FeatureExtractor<S> extractor, int epochs, long seed) {
        int n = labels.size();
        WeightTable live = new WeightTable(n, 1 << 16);
        PerceptronTagger<S> tagger = new PerceptronTagger<>(labels, live, extractor);
        float[] totals = new float[0];
        int[] stamps = new int[0];
        int step = 0;
        List<Example<S>> order = new ArrayList<>(data);
        Random random = new Random(seed);
        float[] scores = new float[n];
        Features feats = new Features();
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example<S> s : order) {
                int len = extractor.length(s.sentence());
                int[] predicted = new int[len];
                for (int i = 0; i < len; i++) {
                    step++;
                    feats.clear();
                    extractor.extract(s.sentence(), i, tagger.previous(predicted, i, 1),
                            tagger.previous(predicted, i, 2), feats);
                    int guess = tagger.best(feats, scores);
                    int truth = labels.indexOf(s.gold().get(i));
                    if (truth < 0) {
                        throw new IllegalArgumentException("unknown label " + s.gold().get(i));
                    }
                    if (guess != truth) {
                        for (int k = 0; k < feats.size(); k++) {
                            int row = live.rowOrAdd(feats.get(k));
                            if ((row + 1) * n > totals.length) {
                                int grown = Math.max(live.weights().length, (row + 1) * n * 2);
                                totals = Arrays.copyOf(totals, grown);
                                stamps = Arrays.copyOf(stamps, grown);
                            }
                            float[] w = live.weights();
                            for (int c : new int[] {truth, guess}) {
                                int at = row * n + c;
                                totals[at] += (step - stamps[at]) * w[at];
                                stamps[at] = step;
                            }
                            w[row * n + truth] += 1f;
                            w[row * n + guess] -= 1f;
                        }
                    }
                    predicted[i] = guess;
                }
            }
        }
        // Averaged weights; features whose weights all round to nothing are left out of the model.
        long[] keys = live.keysByRow();
        float[] w = live.weights();
        WeightTable averaged = new WeightTable(n, keys.length);
        float[] avg = new float[n];
        for (int row = 0; row < keys.length; row++) {
            boolean any = false;
            for (int c = 0; c < n; c++) {
                int at = row * n + c;
                avg[c] = (totals[at] + (step - stamps[at]) * w[at]) / step;
                any |= Math.abs(avg[c]) > 1e-4f;
            }
            if (any) {
                int r = averaged.rowOrAdd(keys[row]);
                System.arraycopy(avg, 0, averaged.weights(), r * n, n);
            }
        }
        return new PerceptronTagger<>(labels, averaged, extractor);
    }

    /** Writes the hashed binary format: magic, labels, row count, keys, then the weights row by row. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(MAGIC);
        d.writeInt(labels.size());
        for (String l : labels) {
            d.writeUTF(l);
        }
        long[] keys = table.keysByRow();
        d.writeInt(keys.length);
        ByteBuffer buf = ByteBuffer.allocate(keys.length * (8 + 4 * labels.size()));
        buf.asLongBuffer().put(keys);
        buf.position(keys.length * 8);
        buf.asFloatBuffer().put(table.weights(), 0, keys.length * labels.size());
        d.write(buf.array());
        d.flush();
    }

    /**
     * Reads a model written by {@link #write}, or by the first Russian tagger (labels, then each feature as a
     * string and its weights), whose string keys are hashed as {@link Features} hashes them.
     */
    public static <S> PerceptronTagger<S> read(InputStream in, FeatureExtractor<S> extractor) throws IOException {
        DataInputStream d = new DataInputStream(in);
        int first = d.readInt();
        if (first != MAGIC) {
            return readStringKeyed(d, first, extractor);
        }
        int n = d.readInt();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(d.readUTF());
        }
        int rows = d.readInt();
        byte[] body = d.readNBytes(rows * (8 + 4 * n));
        if (body.length != rows * (8 + 4 * n)) {
            throw new IOException("tagger model truncated");
        }
        ByteBuffer buf = ByteBuffer.wrap(body);
        long[] keys = new long[rows];
        buf.asLongBuffer().get(keys);
        buf.position(rows * 8);
        WeightTable table = new WeightTable(n, rows);
        for (long key : keys) {
            table.rowOrAdd(key);
        }
        buf.asFloatBuffer().get(table.weights(), 0, rows * n);
        return new PerceptronTagger<>(labels, table, extractor);
    }

    private static <S> PerceptronTagger<S> readStringKeyed(DataInputStream d, int n, FeatureExtractor<S> extractor)
            throws IOException {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(d.readUTF());
        }
        int features = d.readInt();
        WeightTable table = new WeightTable(n, features);
        for (int i = 0; i < features; i++) {
            int row = table.rowOrAdd(Features.hash(d.readUTF()));
            float[] w = table.weights();
            for (int c = 0; c < n; c++) {
                w[row * n + c] = d.readFloat();
            }
        }
        return new PerceptronTagger<>(labels, table, extractor);
    }
}

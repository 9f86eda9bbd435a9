package org.veil.faces.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.veil.faces.Box;
import org.veil.faces.Face;

/**
 * Detection figures on an annotated set, matched by {@link FaceMatching} (greedy, IoU ≥ 0.5). {@link #counts}
 * and {@link #buckets} take every detection the detector returned; {@link #prTable} keeps only those scoring at
 * least each threshold, to help choose one. Ignored faces and detections on them are left out of every figure.
 *
 * @param detector       the detector's name
 * @param images         images scored
 * @param emptyImages    images with no face to find (false-positive probes)
 * @param faces          faces to find (ignored faces excluded)
 * @param ignoredFaces   faces marked invalid or of zero size
 * @param counts         true positives, false positives and misses at the detector's own operating point
 * @param buckets        recall per {@link SizeBucket} of the ground-truth face, and false positives per bucket of
 *                       the false detection's own box
 * @param prTable        counts at each score threshold of {@link #DEFAULT_THRESHOLDS} (or the given ones)
 * @param averagePrecision area under the precision–recall curve (PASCAL VOC all-point interpolation); NaN
 *                       without faces
 * @param detectSeconds  wall time spent inside the detector alone, NaN when not timed
 * @param perImage       per-image counts, in the order of the annotations
 */
public record FaceEvaluation(String detector, int images, int emptyImages, int faces, int ignoredFaces,
                             Counts counts, List<BucketRecall> buckets, List<ThresholdRow> prTable,
                             double averagePrecision, double detectSeconds, List<ImageResult> perImage) {

    public static final List<Double> DEFAULT_THRESHOLDS = List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);

    public FaceEvaluation {
        buckets = List.copyOf(buckets);
        prTable = List.copyOf(prTable);
        perImage = List.copyOf(perImage);
    }

    /** True and false positives and misses; recall and precision are NaN when undefined (nothing to divide by). */
    public record Counts(int truePositives, int falsePositives, int missed) {
        public double recall() {
            return ratio(truePositives, truePositives + missed);
        }

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }
    }

    public record BucketRecall(SizeBucket bucket, int faces, int found, int falsePositives) {
        public BucketRecall(SizeBucket bucket, int faces, int found) {
            this(bucket, faces, found, 0);
        }

        public double recall() {
            return ratio(found, faces);
        }

        /** Found faces of this size over them plus the false detections of this size. */
        public double precision() {
            return ratio(found, found + falsePositives);
        }
    }

    public record ThresholdRow(double threshold, Counts counts) {
    }

    public record ImageResult(String relativePath, int faces, int truePositives, int falsePositives, int missed) {
    }

    public double imagesPerSecond() {
        return images / detectSeconds;
    }

    public double millisPerImage() {
        return detectSeconds * 1000 / images;
    }

    /** Scores without timing, at the default thresholds. */
    public static FaceEvaluation score(String detector, List<AnnotatedImage> truth,
                                       Map<String, List<Face>> detections) {
        return score(detector, truth, detections, Double.NaN, DEFAULT_THRESHOLDS);
    }

    /**
     * @param detections per {@link AnnotatedImage#relativePath()}, what the detector found; an image without an
     *                   entry had no detections. Entries for images not in {@code truth} are refused (a mismatch
     *                   of paths would otherwise pass as a perfect miss).
     */
    public static FaceEvaluation score(String detector, List<AnnotatedImage> truth,
                                       Map<String, List<Face>> detections, double detectSeconds,
                                       List<Double> thresholds) {
        Set<String> known = new HashSet<>();
        truth.forEach(t -> known.add(t.relativePath()));
        for (String path : detections.keySet()) {
            if (!known.contains(path)) {
                throw new IllegalArgumentException("detections for " + path + ", which is not annotated");
            }
        }
        List<FaceMatching.ScoredOutcome> all = new ArrayList<>();
        List<Double> foundScores = new ArrayList<>();
        Map<SizeBucket, int[]> perBucket = new EnumMap<>(SizeBucket.class);
        for (SizeBucket b : SizeBucket.values()) {
            perBucket.put(b, new int[3]);
        }
        List<ImageResult> perImage = new ArrayList<>();
        int faces = 0;
        int ignored = 0;
        int empty = 0;
        for (AnnotatedImage image : truth) {
            FaceMatching.Result r = FaceMatching.match(image, detections.getOrDefault(image.relativePath(), List.of()));
            all.addAll(r.detections());
            int found = 0;
            for (int i = 0; i < image.faces().size(); i++) {
                Box face = image.faces().get(i);
                int[] bucket = perBucket.get(SizeBucket.of(face));
                bucket[0]++;
                if (r.matchScores()[i] != Double.NEGATIVE_INFINITY) {
                    bucket[1]++;
                    found++;
                    foundScores.add(r.matchScores()[i]);
                }
            }
            int fp = 0;
            for (FaceMatching.ScoredOutcome o : r.detections()) {
                if (o.outcome() == FaceMatching.Outcome.FALSE_POSITIVE) {
                    fp++;
                    perBucket.get(SizeBucket.of(o.box()))[2]++;
                }
            }
            perImage.add(new ImageResult(image.relativePath(), image.faces().size(), found, fp,
                    image.faces().size() - found));
            faces += image.faces().size();
            ignored += image.ignored().size();
            empty += image.faces().isEmpty() ? 1 : 0;
        }
        List<BucketRecall> buckets = new ArrayList<>();
        perBucket.forEach((b, n) -> buckets.add(new BucketRecall(b, n[0], n[1], n[2])));
        List<ThresholdRow> table = new ArrayList<>();
        for (double t : thresholds) {
            table.add(new ThresholdRow(t, countsAtLeast(t, all, foundScores, faces)));
        }
        return new FaceEvaluation(detector, truth.size(), empty, faces, ignored,
                countsAtLeast(Double.NEGATIVE_INFINITY, all, foundScores, faces), buckets, table,
                averagePrecision(all, faces), detectSeconds, perImage);
    }

    private static Counts countsAtLeast(double threshold, List<FaceMatching.ScoredOutcome> all,
                                        List<Double> foundScores, int faces) {
        int tp = (int) foundScores.stream().filter(s -> s >= threshold).count();
        int fp = (int) all.stream()
                .filter(o -> o.outcome() == FaceMatching.Outcome.FALSE_POSITIVE && o.score() >= threshold).count();
        return new Counts(tp, fp, faces - tp);
    }

    private static double averagePrecision(List<FaceMatching.ScoredOutcome> all, int faces) {
        if (faces == 0) {
            return Double.NaN;
        }
        List<FaceMatching.ScoredOutcome> ranked = new ArrayList<>(all);
        ranked.removeIf(o -> o.outcome() == FaceMatching.Outcome.IGNORED);
        ranked.sort(Comparator.comparingDouble(FaceMatching.ScoredOutcome::score).reversed());
        int n = ranked.size();
        double[] precision = new double[n];
        double[] recall = new double[n];
        int tp = 0;
        for (int i = 0; i < n; i++) {
            tp += ranked.get(i).outcome() == FaceMatching.Outcome.TRUE_POSITIVE ? 1 : 0;
            precision[i] = tp / (double) (i + 1);
            recall[i] = tp / (double) faces;
        }
        // Precision envelope: the best precision at this recall or any higher one.
        for (int i = n - 2; i >= 0; i--) {
            precision[i] = Math.max(precision[i], precision[i + 1]);
        }
        double ap = 0;
        double previousRecall = 0;
        for (int i = 0; i < n; i++) {
            ap += (recall[i] - previousRecall) * precision[i];
            previousRecall = recall[i];
        }
        return ap;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : part / (double) whole;
    }

    /** A plain-text report: summary, recall by size, speed, PR table, and the images with errors. */
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(f("%s on %d images (%d without faces): %d faces to find%s, matched at IoU ≥ %.2f%n", detector,
                images, emptyImages, faces, ignoredFaces == 0 ? "" : " (+" + ignoredFaces + " ignored)",
                FaceMatching.MIN_IOU));
        s.append(f("recall %s (%d/%d)  precision %s  TP %d  FP %d  missed %d  AP %s%n", num(counts.recall()),
                counts.truePositives(), faces, num(counts.precision()), counts.truePositives(),
                counts.falsePositives(), counts.missed(), num(averagePrecision)));
        s.append("by face height:").append(System.lineSeparator());
        for (BucketRecall b : buckets) {
            s.append(f("  %-10s recall %s (%d/%d)  precision %s (%d false)%n", b.bucket().label(), num(b.recall()),
                    b.found(), b.faces(), num(b.precision()), b.falsePositives()));
        }
        if (!Double.isNaN(detectSeconds)) {
            s.append(f("speed: %.1f ms per image, %.2f images/s (detection alone, %.2f s in all)%n",
                    millisPerImage(), imagesPerSecond(), detectSeconds));
        }
        s.append(f("%-9s %7s %9s %5s %5s %6s%n", "score ≥", "recall", "precision", "TP", "FP", "missed"));
        for (ThresholdRow r : prTable) {
            s.append(f("%-9.2f %7s %9s %5d %5d %6d%n", r.threshold(), num(r.counts().recall()),
                    num(r.counts().precision()), r.counts().truePositives(), r.counts().falsePositives(),
                    r.counts().missed()));
        }
        List<ImageResult> wrong = perImage.stream().filter(r -> r.missed() > 0 || r.falsePositives() > 0).toList();
        if (!wrong.isEmpty()) {
            s.append("images with misses or false positives:").append(System.lineSeparator());
            for (ImageResult r : wrong) {
                s.append(f("  %-40s faces %2d  missed %2d  false %2d%n", r.relativePath(), r.faces(), r.missed(),
                        r.falsePositives()));
            }
        }
        return s.toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "n/a" : f("%.3f", v);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

package org.veil.faces;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.veil.faces.cover.CoverShape;
import org.veil.faces.cover.CoverStyle;
import org.veil.faces.cover.Coverer;
import org.veil.faces.ensemble.NonMaxSuppression;
import org.veil.faces.image.Photo;
import org.veil.faces.image.PhotoLoader;
import org.veil.files.CleanOptions;
import org.veil.files.CleanerRegistry;
import org.veil.files.FileType;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.Scrubber;

/**
 * Finds and covers the faces in one photo. The output is re-encoded from pixels (a JPEG stays a JPEG, anything
 * else becomes a PNG) and then passes through the scrub pipeline, whose verifier must find no metadata at all,
 * so no EXIF, GPS or thumbnail of the uncovered picture can survive.
 */
public final class FaceRedactor {
    /** What to cover and how. {@code keep} holds face numbers (1-based, as in the preview) to leave uncovered. */
    public record Options(CoverStyle style, CoverShape shape, double margin, double threshold, Set<Integer> keep,
                          List<Box> extraBoxes) {
        public Options {
            keep = Set.copyOf(keep);
            extraBoxes = List.copyOf(extraBoxes);
        }

        public static Options defaults() {
            return new Options(CoverStyle.SOLID, CoverShape.ELLIPSE, 1.3, 0.5, Set.of(), List.of());
        }
    }

    /**
     * A face with the number the preview shows, and whether it was covered. {@code sameFace} holds the other
     * boxes found on the same face (two detectors, or a tight and a loose box): they share its number, are covered
     * with it and kept with it, so "kept" is true of the whole face.
     */
    public record NumberedFace(int number, Face face, List<Face> sameFace, boolean covered) {
        public NumberedFace {
            sameFace = List.copyOf(sameFace);
        }

        public NumberedFace(int number, Face face, boolean covered) {
            this(number, face, List.of(), covered);
        }

        /** The face's own box first, then the others on the same face. */
        public List<Face> allBoxes() {
            List<Face> all = new ArrayList<>(sameFace.size() + 1);
            all.add(face);
            all.addAll(sameFace);
            return all;
        }
    }

    /** The covered photo (verified free of metadata), its type, the faces, and the preview if asked for. */
    public record Result(byte[] output, FileType type, List<NumberedFace> faces, byte[] preview) {
        public long coveredCount() {
            return faces.stream().filter(NumberedFace::covered).count();
        }
    }

    /**
     * Marks the review copy's file name ({@code NAME.UNCOVERED-PREVIEW.png}): it holds the uncovered faces, so no
     * tool may take it for an output, and {@code veil scrub} and {@code veil faces} refuse it as an input.
     */
    public static final String PREVIEW_MARK = ".UNCOVERED-PREVIEW";

    /** True for a file name written as a preview ({@link #PREVIEW_MARK}), whatever the case or extension. */
    public static boolean isPreviewName(String fileName) {
        return fileName != null && fileName.toUpperCase(java.util.Locale.ROOT).contains(PREVIEW_MARK);
    }

    /** Boxes this much alike are one face (numbered once), as the ensemble merges them. */
    private static final NonMaxSuppression SAME_FACE = new NonMaxSuppression();
    private static final float JPEG_QUALITY = 0.92f;
    /**
     * Faces need the whole picture decoded (several int-per-pixel copies), so the pixel limit is lower than for
     * scrubbing: 64 megapixels; a larger photo is refused with the advice to downscale it.
     */
    public static final long MAX_PIXELS = 64_000_000L;

    /** The scrub limits with {@link #MAX_PIXELS}. */
    public static Limits limits() {
        Limits d = Limits.defaults();
        return new Limits(d.maxInputBytes(), MAX_PIXELS, d.maxArchiveEntries(), d.maxUnpackedBytes(),
                d.maxCompressionRatio(), d.maxNesting());
    }

    private final FaceDetector detector;
    private final Limits limits;
    /** Built once: every output (and preview) goes through it. */
    private final Scrubber verifier;

    public FaceRedactor(FaceDetector detector, Limits limits) {
        this.detector = detector;
        this.limits = limits;
        this.verifier = new Scrubber(CleanerRegistry.standard(), CleanOptions.defaults(), limits);
    }

    public Result redact(byte[] input, String name, Options options, boolean preview) throws RefusedException {
        if (isPreviewName(name)) {
            throw new RefusedException("this is an uncovered preview written by veil faces --preview: it shows the "
                    + "faces and is never an input; run veil faces on the original photo");
        }
        Photo photo = new PhotoLoader(limits).load(input, name);
        if (PreviewPainter.isMarked(photo.image())) {
            throw new RefusedException("this image carries the uncovered-preview banner of veil faces --preview: "
                    + "it shows the faces and is never an input; run veil faces on the original photo");
        }
        List<NumberedFace> faces = number(find(photo.image(), options), options.keep());
        BufferedImage covered = copy(photo.image());
        Coverer coverer = new Coverer(options.style(), options.shape(), options.margin());
        for (NumberedFace f : faces) {
            if (f.covered()) {
                for (Face part : f.allBoxes()) {
                    coverer.cover(covered, part);
                }
            }
        }
        FileType type = photo.type() == FileType.JPEG ? FileType.JPEG : FileType.PNG;
        byte[] output = verifiedWithoutMetadata(encode(covered, type), type);
        byte[] previewBytes = preview
                ? verifiedWithoutMetadata(encode(PreviewPainter.paint(photo.image(), faces, coverer), FileType.PNG),
                        FileType.PNG)
                : null;
        return new Result(output, type, faces, previewBytes);
    }

    /** Detected faces over the threshold, grouped by face (best box first), then each hand-drawn box alone. */
    private List<List<Face>> find(BufferedImage image, Options options) {
        List<Face> found = new ArrayList<>();
        for (Face f : detector.detect(image)) {
            if (f.score() >= options.threshold()) {
                found.add(f);
            }
        }
        List<List<Face>> groups = groupByFace(found);
        // Numbered left to right (then top to bottom), so the numbers in a preview stay valid for --keep.
        groups.sort(Comparator.comparingDouble((List<Face> g) -> g.get(0).box().x())
                .thenComparingDouble(g -> g.get(0).box().y()));
        for (Box b : options.extraBoxes()) {
            groups.add(List.of(new Face(b, 1.0, "manual")));
        }
        return groups;
    }

    /**
     * Greedy, best score first: the best remaining box leads every remaining box that is the same face as it. A
     * detector may report two boxes on one face; numbered apart, "--keep 2" would leave one of them covering it.
     */
    static List<List<Face>> groupByFace(List<Face> faces) {
        List<Face> ordered = new ArrayList<>(faces);
        ordered.sort(Comparator.comparingDouble(Face::score).reversed());
        boolean[] taken = new boolean[ordered.size()];
        List<List<Face>> groups = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (taken[i]) {
                continue;
            }
            List<Face> group = new ArrayList<>(List.of(ordered.get(i)));
            for (int j = i + 1; j < ordered.size(); j++) {
                if (!taken[j] && SAME_FACE.sameFace(ordered.get(i).box(), ordered.get(j).box())) {
                    taken[j] = true;
                    group.add(ordered.get(j));
                }
            }
            groups.add(group);
        }
        return groups;
    }

    private static List<NumberedFace> number(List<List<Face>> faces, Set<Integer> keep) throws RefusedException {
        for (int k : keep) {
            if (k < 1 || k > faces.size()) {
                throw new RefusedException("--keep " + k + ": there is no face " + k + " (" + faces.size()
                        + " found; run with --preview to see their numbers)");
            }
        }
        List<NumberedFace> out = new ArrayList<>();
        for (int i = 0; i < faces.size(); i++) {
            List<Face> g = faces.get(i);
            out.add(new NumberedFace(i + 1, g.get(0), g.subList(1, g.size()), !keep.contains(i + 1)));
        }
        return out;
    }

    private static BufferedImage copy(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), src.getType());
        out.setData(src.getData());
        return out;
    }

    private byte[] verifiedWithoutMetadata(byte[] encoded, FileType type) throws RefusedException {
        return verifier.clean(encoded, "covered." + type.extension());
    }

    static byte[] encode(BufferedImage image, FileType type) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (type == FileType.JPEG) {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                ImageWriteParam p = writer.getDefaultWriteParam();
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(JPEG_QUALITY);
                BufferedImage rgb = image.getColorModel().hasAlpha() ? flatten(image) : image;
                try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                    writer.setOutput(ios);
                    writer.write(null, new IIOImage(rgb, null, null), p);
                } finally {
                    writer.dispose();
                }
            } else if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG encoder");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage flatten(BufferedImage argb) {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(argb, 0, 0, java.awt.Color.WHITE, null);
        return rgb;
    }
}

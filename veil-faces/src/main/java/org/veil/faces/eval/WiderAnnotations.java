package org.veil.faces.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.veil.faces.Box;

/**
 * Reads WIDER FACE ground truth ({@code wider_face_val_bbx_gt.txt} and files in the same format): for each image
 * a line with its path, a line with the face count N, then N lines {@code x y w h [blur expression illumination
 * invalid occlusion pose]}. Faces with {@code invalid == 1} and boxes of zero area (which no detection can
 * overlap) are kept apart as ignored. WIDER follows a 0-face image with one line of zeros
 * ({@code 0 0 0 0 0 0 0 0 0 0}); it is skipped when present and not required.
 *
 * <p>Anything else is refused with the line number: a silently misread annotation would make every figure wrong.
 */
public final class WiderAnnotations {
    /** Index of the {@code invalid} attribute among the face-line fields. */
    private static final int INVALID_FIELD = 7;
    private static final int MAX_FIELDS = 10;

    private WiderAnnotations() {
    }

    public static List<AnnotatedImage> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such annotation file: " + file);
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.getFileName().toString());
        }
    }

    /** @param source how to name the input in messages, e.g. its file name */
    public static List<AnnotatedImage> parse(BufferedReader in, String source) throws IOException {
        return new Parser(in, source).images();
    }

    private static final class Parser {
        private final BufferedReader in;
        private final String source;
        private int lineNo;

        Parser(BufferedReader in, String source) {
            this.in = in;
            this.source = source;
        }

        List<AnnotatedImage> images() throws IOException {
            List<AnnotatedImage> images = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String pending = nextNonBlank();
            while (pending != null) {
                String path = checkedPath(pending);
                if (!seen.add(path)) {
                    throw refuse("image " + path + " is listed twice");
                }
                int count = faceCount(path);
                List<Box> faces = new ArrayList<>();
                List<Box> ignored = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String line = in.readLine();
                    lineNo++;
                    if (line == null || line.isBlank()) {
                        throw refuse("expected face " + (i + 1) + " of " + count + " for " + path + " (x y w h …), found "
                                + (line == null ? "the end of the file" : "a blank line"));
                    }
                    double[] f = numbers(line, "a face line (x y w h …)");
                    if (f.length < 4 || f.length > MAX_FIELDS) {
                        throw refuse("a face line needs 4 to " + MAX_FIELDS + " numbers (x y w h [blur expression "
                                + "illumination invalid occlusion pose]), found " + f.length);
                    }
                    if (f[2] < 0 || f[3] < 0) {
                        throw refuse("negative face size " + f[2] + "×" + f[3]);
                    }
                    Box box = new Box(f[0], f[1], f[2], f[3]);
                    boolean invalid = f.length > INVALID_FIELD && f[INVALID_FIELD] == 1;
                    (invalid || box.area() == 0 ? ignored : faces).add(box);
                }
                pending = nextNonBlank();
                if (count == 0 && pending != null && isZeroPlaceholder(pending)) {
                    pending = nextNonBlank();
                }
                images.add(new AnnotatedImage(path, faces, ignored));
            }
            if (images.isEmpty()) {
                throw new IOException(source + " lists no images");
            }
            return images;
        }

        private String checkedPath(String line) throws IOException {
            String path = line.strip();
            if (looksNumeric(path)) {
                throw refuse("expected an image path, found numbers '" + path + "' (does a face count above "
                        + "match its face lines?)");
            }
            if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
                throw refuse("image path must be relative, found " + path);
            }
            for (String part : path.split("[/\\\\]")) {
                if (part.equals("..")) {
                    throw refuse("image path must not leave the images folder: " + path);
                }
            }
            return path;
        }

        private int faceCount(String path) throws IOException {
            String line = in.readLine();
            lineNo++;
            if (line == null) {
                throw refuse("expected the face count of " + path + ", found the end of the file");
            }
            try {
                int n = Integer.parseInt(line.strip());
                if (n < 0) {
                    throw refuse("negative face count " + n + " for " + path);
                }
                return n;
            } catch (NumberFormatException e) {
                throw refuse("expected the face count of " + path + ", found '" + abbreviated(line) + "'");
            }
        }

        private double[] numbers(String line, String what) throws IOException {
            String[] parts = line.strip().split("\\s+");
            double[] values = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    values[i] = Double.parseDouble(parts[i]);
                } catch (NumberFormatException e) {
                    throw refuse("expected " + what + ", found '" + abbreviated(line) + "'");
                }
                if (!Double.isFinite(values[i])) {
                    throw refuse("expected finite numbers in " + what + ", found '" + abbreviated(line) + "'");
                }
            }
            return values;
        }

        private String nextNonBlank() throws IOException {
            String line;
            do {
                line = in.readLine();
                lineNo++;
                if (line != null && lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
            } while (line != null && line.isBlank());
            return line;
        }

        private IOException refuse(String why) {
            return new IOException(source + " line " + lineNo + ": " + why);
        }
    }

    private static boolean isZeroPlaceholder(String line) {
        return line.strip().matches("0+(\\s+0+){3,9}");
    }

    private static boolean looksNumeric(String line) {
        return line.matches("[-+0-9.eE\\s]+") && line.matches(".*[0-9].*");
    }

    private static String abbreviated(String line) {
        String s = line.strip();
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}

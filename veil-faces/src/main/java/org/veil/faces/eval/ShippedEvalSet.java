package org.veil.faces.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The small evaluation set shipped in this package's resources (see README.md beside annotations.txt): three
 * public-domain or CC0 portraits, composite group scenes built from them, and photos without faces.
 */
public final class ShippedEvalSet {
    /** The classpath folder holding annotations.txt; image paths in it are relative to this folder. */
    public static final String FOLDER = "/org/veil/faces/eval/";
    public static final String ANNOTATIONS = "annotations.txt";

    private ShippedEvalSet() {
    }

    public static List<AnnotatedImage> annotations() throws IOException {
        InputStream in = ShippedEvalSet.class.getResourceAsStream(FOLDER + ANNOTATIONS);
        if (in == null) {
            throw new IOException("the shipped face evaluation set is missing from the classpath: " + FOLDER
                    + ANNOTATIONS);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return WiderAnnotations.parse(r, ANNOTATIONS);
        }
    }

    public static ImageSource images() {
        return ImageSource.classpath(FOLDER);
    }
}

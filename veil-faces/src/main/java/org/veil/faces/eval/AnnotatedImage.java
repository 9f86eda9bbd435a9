package org.veil.faces.eval;

import java.util.List;
import org.veil.faces.Box;

/**
 * One annotated image: its path relative to the images root, the faces a detector must find, and the faces marked
 * invalid in the annotations. An ignored face neither counts as a miss nor turns a detection on it into a false
 * positive (WIDER FACE marks unreadable faces this way).
 */
public record AnnotatedImage(String relativePath, List<Box> faces, List<Box> ignored) {
    public AnnotatedImage {
        if (relativePath == null || relativePath.isBlank()) {
            throw new IllegalArgumentException("an annotated image needs a path");
        }
        faces = List.copyOf(faces);
        ignored = List.copyOf(ignored);
    }

    public AnnotatedImage(String relativePath, List<Box> faces) {
        this(relativePath, faces, List.of());
    }
}

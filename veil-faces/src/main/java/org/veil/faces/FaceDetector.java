package org.veil.faces;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Finds faces in an upright RGB image (orientation already applied). Implementations load their models once
 * and may be called from one thread at a time; scores are in [0, 1].
 */
public interface FaceDetector extends AutoCloseable {
    String name();

    List<Face> detect(BufferedImage image);

    @Override
    default void close() {
    }
}

package org.veil.faces.image;

import java.awt.image.BufferedImage;
import org.veil.files.FileType;

/** A decoded photo, already turned upright, with the type it came as. */
public record Photo(BufferedImage image, FileType type, int orientationApplied) {
}

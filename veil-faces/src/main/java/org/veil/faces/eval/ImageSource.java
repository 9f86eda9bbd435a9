package org.veil.faces.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where an annotated set's images live: a folder (WIDER_val/images) or the classpath (the shipped set). */
public interface ImageSource {
    /** The bytes of the image at a path relative to this source; a clear IOException when it is not there. */
    InputStream open(String relativePath) throws IOException;

    static ImageSource folder(Path root) {
        return relativePath -> {
            Path file = root.resolve(relativePath);
            if (!Files.isRegularFile(file)) {
                throw new IOException("annotated image not found: " + file);
            }
            return Files.newInputStream(file);
        };
    }

    /** @param prefix a classpath folder such as {@code /org/veil/faces/eval/} */
    static ImageSource classpath(String prefix) {
        return relativePath -> {
            InputStream in = ImageSource.class.getResourceAsStream(prefix + relativePath);
            if (in == null) {
                throw new IOException("annotated image not on the classpath: " + prefix + relativePath);
            }
            return in;
        };
    }
}

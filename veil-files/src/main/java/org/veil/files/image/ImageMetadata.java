package org.veil.files.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.veil.files.RefusedException;

/** metadata-extractor over bytes in memory: the reader behind both {@code scrub show} and the verifier. */
final class ImageMetadata {
    private ImageMetadata() {
    }

    static Metadata read(byte[] content) throws RefusedException {
        try {
            return ImageMetadataReader.readMetadata(new ByteArrayInputStream(content), content.length);
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            throw new RefusedException("its metadata cannot be read ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // A table sized from a hostile count, or nesting too deep: that one read fails, the file is refused.
            throw new RefusedException("its metadata cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}

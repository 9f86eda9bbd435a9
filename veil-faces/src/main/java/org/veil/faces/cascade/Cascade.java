package org.veil.faces.cascade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.opencv.objdetect.CascadeClassifier;

/** The vendored cascades (see PROVENANCE.md beside them) and the name each one's faces are reported under. */
enum Cascade {
    FRONTAL("haarcascade_frontalface_alt2.xml", "cascade-frontal"),
    /** Trained on faces looking towards the image's left only: run it on the mirrored image too. */
    PROFILE("haarcascade_profileface.xml", "cascade-profile");

    private final String resource;
    private final String source;

    Cascade(String resource, String source) {
        this.resource = resource;
        this.source = source;
    }

    /** The {@code Face.source} for this cascade's detections. */
    String source() {
        return source;
    }

    /**
     * Loads a fresh classifier. OpenCV only reads cascades from a file path, so the classpath resource is copied
     * to a private temporary file, loaded, and the file deleted at once (the classifier keeps its own copy);
     * deleteOnExit is a backstop in case the immediate delete fails. Never reads from an absolute system path.
     */
    CascadeClassifier load() {
        OpenCvNatives.load();
        Path file = null;
        try (InputStream in = Cascade.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cascade " + resource + " is missing from the classpath");
            }
            file = Files.createTempFile("veil-cascade-", ".xml");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            CascadeClassifier classifier = new CascadeClassifier();
            if (!classifier.load(file.toString()) || classifier.empty()) {
                throw new IllegalStateException("OpenCV could not load cascade " + resource);
            }
            return classifier;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack cascade " + resource + ": " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // deleteOnExit above still removes it.
                }
            }
        }
    }
}

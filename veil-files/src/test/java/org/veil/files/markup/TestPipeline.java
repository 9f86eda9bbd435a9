package org.veil.files.markup;

import org.veil.files.FixedContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.veil.files.CleanContext;
import org.veil.files.CleanOptions;
import org.veil.files.CleanerRegistry;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.Scrubber;
import org.veil.files.archive.ZipCleaner;
import org.veil.files.archive.ZipVerifier;

/**
 * The pipeline with only the ZIP and markup families registered, so that members of other types (images, written
 * elsewhere) are refused, and a context for calling cleaners and verifiers directly.
 */
public final class TestPipeline {
    private TestPipeline() {
    }

    public static CleanerRegistry registry() {
        return new CleanerRegistry().register(new ZipCleaner(), new ZipVerifier())
                .register(new MarkupCleaner(), new MarkupVerifier());
    }

    public static Scrubber scrubber(Limits limits) {
        return new Scrubber(registry(), CleanOptions.defaults(), limits);
    }

    public static Scrubber scrubber() {
        return scrubber(Limits.defaults());
    }

    /** Cleans and verifies through the whole pipeline. */
    public static byte[] clean(byte[] content, String name) throws RefusedException {
        return scrubber().clean(content, name);
    }

    /** A depth-0 context whose embedded files go through {@link #scrubber()}. */
    public static CleanContext context() {
        Scrubber scrubber = scrubber();
        return new FixedContext(CleanOptions.defaults(), scrubber::clean);
    }

    public static byte[] resource(String path) {
        try (InputStream in = TestPipeline.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

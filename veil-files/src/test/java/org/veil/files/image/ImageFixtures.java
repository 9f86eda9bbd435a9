package org.veil.files.image;

import org.veil.files.FixedContext;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.veil.files.CleanContext;
import org.veil.files.CleanOptions;
import org.veil.files.CleanerRegistry;
import org.veil.files.Keep;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.Scrubber;

/**
 * The committed dirty fixtures (32×24 images from ffmpeg's test pattern, with metadata planted by exiftool) and
 * the helpers every image test uses: the full scrub pipeline with only this family registered, the planted values,
 * and independent readers for the results.
 */
final class ImageFixtures {
    /** Values planted in the fixtures; none may survive anywhere in a cleaned file. */
    static final List<String> PLANTED = List.of("Ivan", "Petrov", "SN-VEIL-123456", "VeilCam", "VX-Secret-Model",
            "SecretSoft", "planted", "TRAILER-SECRET", "2021:03:04", "HIDDEN-GAP", "TRAILING-SECRET", "secret-profile",
            "ExifTool");

    private ImageFixtures() {
    }

    static byte[] load(String name) {
        try (InputStream in = ImageFixtures.class.getResourceAsStream("/image/" + name)) {
            assertNotNull(in, "missing fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scrubber scrubber(CleanOptions options) {
        CleanerRegistry registry = new CleanerRegistry().register(new ImageCleaner(), new ImageVerifier());
        return new Scrubber(registry, options, Limits.defaults());
    }

    /** Detect, clean and verify, as {@code veil scrub} does. */
    static byte[] scrub(byte[] content, String name) throws RefusedException {
        return scrubber(CleanOptions.defaults()).clean(content, name);
    }

    static byte[] scrub(byte[] content, String name, CleanOptions options) throws RefusedException {
        return scrubber(options).clean(content, name);
    }

    static CleanOptions keepIcc() {
        return new CleanOptions(EnumSet.of(Keep.ICC), false);
    }

    static CleanOptions paranoid() {
        return new CleanOptions(Set.of(), true);
    }

    /** A bare context, to call a cleaner or the verifier directly. */
    static CleanContext context(CleanOptions options) {
        return new FixedContext(options, (content, name) -> {
            throw new UnsupportedOperationException("image tests clean no embedded files");
        });
    }

    /** Fails if any planted value is in the bytes, as ASCII/UTF-8 or as UTF-16 (either byte order). */
    static void assertNoPlanted(byte[] cleaned) {
        String latin = new String(cleaned, StandardCharsets.ISO_8859_1).toLowerCase();
        String le = new String(cleaned, StandardCharsets.UTF_16LE).toLowerCase();
        String be = new String(cleaned, StandardCharsets.UTF_16BE).toLowerCase();
        for (String p : PLANTED) {
            String q = p.toLowerCase();
            assertFalse(latin.contains(q), "planted '" + p + "' survived");
            assertFalse(le.contains(q) || be.contains(q), "planted '" + p + "' survived as UTF-16");
        }
    }

    static Metadata metadata(byte[] content) throws Exception {
        return ImageMetadataReader.readMetadata(new ByteArrayInputStream(content), content.length);
    }

    static BufferedImage decode(byte[] content) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
        assertNotNull(image, "ImageIO cannot decode the image");
        return image;
    }

    /** Fails unless both images have the same size and the same colour at every pixel. */
    static boolean sameRgb(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

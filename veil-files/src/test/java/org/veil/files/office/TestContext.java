package org.veil.files.office;

import org.veil.files.FixedContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.files.RefusedException;

/**
 * A clean context for the office tests: the image family is written elsewhere, so an embedded PNG is "cleaned"
 * by a signature check and returned as is; anything else is refused, as a real context would for a type
 * without a cleaner. It records what it was asked to clean.
 */
final class TestContext extends FixedContext {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    final List<String> embedded = new ArrayList<>();

    @Override
    public byte[] cleanEmbedded(byte[] content, String name) throws RefusedException {
        embedded.add(name);
        if (content.length > PNG.length && Arrays.equals(Arrays.copyOf(content, PNG.length), PNG)) {
            return content.clone();
        }
        throw new RefusedException("unknown or unsupported file type");
    }
}

package org.veil.files.pdf;

import org.veil.files.CleanContext;
import org.veil.files.CleanOptions;
import org.veil.files.FileType;
import org.veil.files.Limits;
import org.veil.files.RefusedException;

/** A CleanContext whose embedded-file cleaning only knows JPEG, via {@link JpegAppStripper}. */
record TestContext(CleanOptions options, Limits limits) implements CleanContext {
    static TestContext standard() {
        return new TestContext(CleanOptions.defaults(), Limits.defaults());
    }

    static TestContext paranoid() {
        return new TestContext(new CleanOptions(java.util.EnumSet.noneOf(org.veil.files.Keep.class), true),
                Limits.defaults());
    }

    @Override
    public int depth() {
        return 0;
    }

    @Override
    public FileType detect(byte[] content, String name) throws RefusedException {
        if (content.length > 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8) {
            return FileType.JPEG;
        }
        throw new RefusedException("test context only knows JPEG");
    }

    @Override
    public byte[] cleanEmbedded(byte[] content, String name) throws RefusedException {
        detect(content, name);
        return JpegAppStripper.strip(content);
    }
}

package org.veil.files;

/**
 * A depth-0 context for tests: given options, default limits, content-based detection, and embedded files
 * cleaned by the given function (subclasses may override {@link #cleanEmbedded} instead).
 */
public class FixedContext implements CleanContext {
    /** How a test cleans an embedded file. */
    public interface Embedded {
        byte[] clean(byte[] content, String name) throws RefusedException;
    }

    private final CleanOptions options;
    private final Embedded embedded;
    private final TypeDetector detector = new TypeDetector(Limits.defaults());

    public FixedContext(CleanOptions options, Embedded embedded) {
        this.options = options;
        this.embedded = embedded;
    }

    /** A context whose embedded cleaning a subclass provides. */
    protected FixedContext() {
        this(CleanOptions.defaults(), (content, name) -> {
            throw new RefusedException("'" + name + "': this test context cleans no embedded files");
        });
    }

    @Override
    public CleanOptions options() {
        return options;
    }

    @Override
    public Limits limits() {
        return Limits.defaults();
    }

    @Override
    public int depth() {
        return 0;
    }

    @Override
    public FileType detect(byte[] content, String name) throws RefusedException {
        return detector.detect(content, name);
    }

    @Override
    public byte[] cleanEmbedded(byte[] content, String name) throws RefusedException {
        return embedded.clean(content, name);
    }
}

package org.veil.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Detect, clean, verify, write: the whole pipeline for one file. Nothing is written unless the cleaned bytes
 * passed the independent verification; output goes to a temporary file in the target folder and is then moved
 * into place, so a failure never leaves a half-written file and an in-place run replaces the original atomically.
 */
public final class Scrubber {
    private final CleanerRegistry registry;
    private final CleanOptions options;
    private final Limits limits;
    private final TypeDetector detector;

    public Scrubber(CleanerRegistry registry, CleanOptions options, Limits limits) {
        this.registry = registry;
        this.options = options;
        this.limits = limits;
        this.detector = new TypeDetector(limits);
    }

    public static Scrubber standard(CleanOptions options) {
        return new Scrubber(CleanerRegistry.standard(), options, Limits.defaults());
    }

    /** The metadata a file carries, as its cleaner reads it. */
    public Inspection inspect(Path file) throws RefusedException {
        byte[] content = FileIo.read(file, limits);
        FileType type = guarded("type detection", () -> detector.detect(content, file.getFileName().toString()));
        Cleaner cleaner = cleanerFor(type);
        return new Inspection(type, guarded("the " + type + " reader", () -> cleaner.inspect(content, type,
                new Context(0))));
    }

    /** The type, and what {@code scrub show} lists. */
    public record Inspection(FileType type, List<MetadataItem> items) {
    }

    /** Cleans {@code input} into {@code output} (which may be {@code input} itself, for in-place). */
    public ScrubResult scrub(Path input, Path output) {
        return scrub(input, output, FileIo::writeAtomically);
    }

    /** Writes verified bytes to a path; lets the command line add its own output rules (existing files, links). */
    @FunctionalInterface
    public interface OutputWriter {
        void write(Path output, byte[] data) throws IOException;
    }

    /** As {@link #scrub(Path, Path)}, writing through {@code writer}; its failure refuses the file. */
    public ScrubResult scrub(Path input, Path output, OutputWriter writer) {
        try {
            byte[] content = FileIo.read(input, limits);
            String name = input.getFileName().toString();
            FileType type = guarded("type detection", () -> detector.detect(content, name));
            Context root = new Context(0);
            Cleaner cleaner = cleanerFor(type);
            int found = guarded("the " + type + " reader", () -> cleaner.inspect(content, type, root)).size();
            byte[] cleaned = root.cleanAndVerify(content, type);
            writer.write(output, cleaned);
            return new ScrubResult.Cleaned(input, output, type, found);
        } catch (RefusedException e) {
            return new ScrubResult.Refused(input, e.getMessage());
        } catch (IOException e) {
            return new ScrubResult.Refused(input, "could not write " + output + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // The last net: whatever slipped past the step guards is a refusal, never a crash or an output.
            return new ScrubResult.Refused(input, internalError("the pipeline", e));
        }
    }

    /** A step that may refuse. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws RefusedException;
    }

    /**
     * Runs a step that reads untrusted bytes; an unexpected runtime exception in it (a reader bug on a file it did
     * not foresee) becomes a refusal naming the step and the internal error, so a file is refused, never crashed on.
     */
    private static <T> T guarded(String step, Step<T> s) throws RefusedException {
        try {
            return s.run();
        } catch (RuntimeException e) {
            throw new RefusedException(internalError(step, e), e);
        }
    }

    private static String internalError(String step, RuntimeException e) {
        return "internal error in " + step + " (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); refused, nothing was written";
    }

    /** Cleans and verifies bytes in memory, for library users and tests. */
    public byte[] clean(byte[] content, String name) throws RefusedException {
        return new Context(0).cleanEmbedded(content, name);
    }

    private Cleaner cleanerFor(FileType type) throws RefusedException {
        return registry.cleaner(type).orElseThrow(
                () -> new RefusedException(type + " files are not supported yet; nothing was written"));
    }

    /** The context handed to cleaners; one level of nesting per embedded file. */
    private final class Context implements CleanContext {
        private final int depth;

        Context(int depth) {
            this.depth = depth;
        }

        @Override
        public CleanOptions options() {
            return options;
        }

        @Override
        public Limits limits() {
            return limits;
        }

        @Override
        public int depth() {
            return depth;
        }

        @Override
        public FileType detect(byte[] content, String name) throws RefusedException {
            return detector.detect(content, name);
        }

        @Override
        public byte[] cleanEmbedded(byte[] content, String name) throws RefusedException {
            if (depth >= limits.maxNesting()) {
                throw new RefusedException("'" + name + "' is nested more than " + limits.maxNesting()
                        + " containers deep");
            }
            Context inner = new Context(depth + 1);
            try {
                FileType type = guarded("type detection", () -> detector.detect(content, name));
                return inner.cleanAndVerify(content, type);
            } catch (RefusedException e) {
                throw new RefusedException("'" + name + "': " + e.getMessage(), e);
            }
        }

        byte[] cleanAndVerify(byte[] content, FileType type) throws RefusedException {
            byte[] result;
            try {
                result = cleanerFor(type).clean(content, type, this);
            } catch (RuntimeException e) {
                // A parser that trips over malformed input fails closed, with its reason.
                throw new RefusedException("the " + type + " file is malformed or uses a feature Veil does not read ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
                        e);
            }
            byte[] cleaned = result;
            FileType after = guarded("type detection", () -> detector.detect(cleaned, "cleaned." + type.extension()));
            if (after != type) {
                throw new RefusedException("cleaning turned the " + type + " file into " + after + "; refused");
            }
            Verifier verifier = registry.verifier(type).orElseThrow(
                    () -> new RefusedException("no verifier for " + type + "; refused"));
            List<String> residue;
            try {
                residue = verifier.residue(cleaned, type, this);
            } catch (RuntimeException e) {
                throw new RefusedException("the cleaned " + type + " file could not be re-read for verification ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            if (!residue.isEmpty()) {
                throw new RefusedException("verification found metadata left after cleaning: "
                        + String.join("; ", residue.subList(0, Math.min(5, residue.size())))
                        + (residue.size() > 5 ? " (+" + (residue.size() - 5) + " more)" : ""));
            }
            return cleaned;
        }
    }
}

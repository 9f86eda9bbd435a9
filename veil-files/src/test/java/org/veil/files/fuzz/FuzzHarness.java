package org.veil.files.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.CleanOptions;
import org.veil.files.CleanerRegistry;
import org.veil.files.FileType;
import org.veil.files.FixedContext;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.Scrubber;
import org.veil.files.TypeDetector;

/**
 * Runs mutants of a file through detection, inspection, the verifier alone and clean-and-verify. A case passes when it ends cleaned
 * and verified or in a {@link RefusedException} whose causes hold no runtime exception thrown by Veil's own code:
 * the pipeline's safety net would turn such an exception into a refusal too, so only the cause chain shows that a
 * reader had a bug (an index past the end, a negative size) instead of refusing on purpose.
 */
final class FuzzHarness {
    private final Scrubber scrubber = Scrubber.standard(CleanOptions.defaults());
    private final CleanerRegistry registry = CleanerRegistry.standard();
    private final TypeDetector detector = new TypeDetector(Limits.defaults());
    private final FixedContext context = new FixedContext(CleanOptions.defaults(), scrubber::clean);

    /** The failures among {@code cases} mutants of {@code original}, described with the seed to replay them. */
    List<String> run(byte[] original, String name, long seed, int cases) {
        List<String> failures = new ArrayList<>();
        Mutator mutator = new Mutator(seed);
        for (int i = 0; i < cases; i++) {
            byte[] mutant = mutator.mutate(original);
            String failure = check(mutant, name);
            if (failure != null) {
                failures.add("case " + i + " (seed " + seed + ", " + mutant.length + " bytes): " + failure);
            }
        }
        return failures;
    }

    /** Null when {@code content} is cleaned or refused on purpose; otherwise what went wrong. */
    String check(byte[] content, String name) {
        try {
            FileType type = detector.detect(content, name);
            registry.cleaner(type).orElseThrow().inspect(content, type, context);
        } catch (RefusedException e) {
            String bug = internalCause(e);
            if (bug != null) {
                return "inspect: " + bug;
            }
        } catch (RuntimeException e) {
            return "inspect threw " + describe(e);
        }
        // The verifiers read only cleaned output in the pipeline, but they are readers too: fed the mutant
        // directly they must list residue or refuse, never throw.
        try {
            FileType type = detector.detect(content, name);
            registry.verifier(type).orElseThrow().residue(content, type, context);
        } catch (RefusedException e) {
            String bug = internalCause(e);
            if (bug != null) {
                return "verify: " + bug;
            }
        } catch (RuntimeException e) {
            return "verify threw " + describe(e);
        }
        try {
            scrubber.clean(content, name);
            return null;
        } catch (RefusedException e) {
            String bug = internalCause(e);
            return bug == null ? null : "clean: " + bug;
        } catch (RuntimeException e) {
            return "clean threw " + describe(e);
        }
    }

    /** The first runtime exception in the cause chain that Veil's code threw, described; null if none. */
    private static String internalCause(Throwable t) {
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            if (c instanceof RuntimeException && thrownByVeil(c)) {
                return describe(c);
            }
        }
        return null;
    }

    /**
     * Whether the first frame outside the JDK is Veil's: an index error in {@code Arrays.copyOfRange} called by a
     * Veil reader is that reader's bug, while one inside metadata-extractor or ImageIO is a library refusing input
     * it cannot read, which Veil turns into a refusal on purpose.
     */
    private static boolean thrownByVeil(Throwable t) {
        for (StackTraceElement f : t.getStackTrace()) {
            String c = f.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
                continue;
            }
            return c.startsWith("org.veil.");
        }
        return false;
    }

    private static String describe(Throwable e) {
        StackTraceElement top = null;
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.veil.")) {
                top = f;
                break;
            }
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage() + (top == null ? "" : " at " + top);
    }
}

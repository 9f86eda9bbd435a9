package org.veil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.veil.files.FileType;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.Scrubber;
import org.veil.files.TypeDetector;

/**
 * {@code veil scrub -}: one file read from standard input, cleaned in memory (never copied to disk uncleaned) and
 * written to one file through {@link SafeOutput}, or to standard output.
 */
final class StdinScrub {
    /** As shown in reports. */
    static final String INPUT = "-";
    /**
     * The name the type detector and the cleaner see. It has no extension, so the check that a name's extension
     * agrees with the content is skipped: standard input has no name to lie about its type.
     */
    private static final String NEUTRAL_NAME = "standard input";

    private final Scrubber scrubber;
    private final Limits limits;
    private final boolean force;

    StdinScrub(Scrubber scrubber, Limits limits, boolean force) {
        this.scrubber = scrubber;
        this.limits = limits;
        this.force = force;
    }

    /** @param output the cleaned file, or null for standard output */
    void run(Path output, ScrubReport report) {
        SafeOutput outputs = new SafeOutput(force, false, List.of());
        if (output != null) {
            try {
                // Before reading anything, so that a refused output costs no work.
                outputs.check(output);
            } catch (IOException e) {
                report.refused(INPUT, cannotWrite(output, e));
                return;
            }
        }
        FileType type;
        byte[] cleaned;
        try {
            byte[] content = read(System.in, limits.maxInputBytes());
            type = new TypeDetector(limits).detect(content, NEUTRAL_NAME);
            cleaned = scrubber.clean(content, NEUTRAL_NAME);
        } catch (RefusedException e) {
            report.refused(INPUT, withoutName(e.getMessage()));
            return;
        } catch (RuntimeException e) {
            // As in the file pipeline: a reader bug on hostile bytes is a refusal, never a crash or an output.
            report.refused(INPUT, "internal error (" + e.getClass().getSimpleName() + "); refused, nothing was "
                    + "written");
            return;
        }
        if (output == null) {
            writeToStdout(cleaned);
        } else {
            try {
                outputs.write(output, cleaned);
            } catch (IOException e) {
                report.refused(INPUT, cannotWrite(output, e));
                return;
            }
        }
        // Scrubber counts fields only for files it reads by path; the count is left out rather than guessed.
        report.cleaned(INPUT, output == null ? "-" : output.toString(), type, OptionalInt.empty());
    }

    /** Scrubber.clean names the file it refuses, as for an embedded one; here the report already says '-'. */
    private static String withoutName(String reason) {
        String prefix = "'" + NEUTRAL_NAME + "': ";
        return reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
    }

    /** All of {@code in}, refused when it is larger than {@code max} bytes (read no further than that). */
    static byte[] read(InputStream in, long max) throws RefusedException {
        try {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (data.length > max) {
                throw new RefusedException("standard input is over the limit of " + (max >> 20) + " MiB");
            }
            return data;
        } catch (IOException e) {
            throw new RefusedException("cannot read standard input: " + SafeOutput.describe(e));
        }
    }

    /** The cleaned bytes, exactly, on standard output (never through a text writer). */
    static void writeToStdout(byte[] data) {
        PrintStream out = System.out;
        out.write(data, 0, data.length);
        out.flush();
        if (out.checkError()) {
            throw new UserError("cannot write to standard output");
        }
    }

    private static String cannotWrite(Path output, IOException e) {
        return "could not write " + output + ": " + SafeOutput.describe(e);
    }
}

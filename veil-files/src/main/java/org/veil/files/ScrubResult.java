package org.veil.files;

import java.nio.file.Path;

/** What happened to one input file. */
public sealed interface ScrubResult {
    Path input();

    /** Cleaned, verified and written to {@code output}. */
    record Cleaned(Path input, Path output, FileType type, int fieldsRemoved) implements ScrubResult {
    }

    /** Not cleaned, with the reason; nothing was written. */
    record Refused(Path input, String reason) implements ScrubResult {
    }
}

package org.veil.cli;

import picocli.CommandLine.Option;

/** {@code --force}, shared by every command that writes files (see {@link SafeOutput}). */
final class ForceOption {
    @Option(names = "--force", description = "replace existing output files (atomically); links, folders and "
            + "devices are refused even so")
    boolean force;
}

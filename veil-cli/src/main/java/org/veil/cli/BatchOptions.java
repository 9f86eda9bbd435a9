package org.veil.cli;

import picocli.CommandLine.Option;

/** Options of the text commands for many files or a stream of documents. */
final class BatchOptions {
    @Option(names = "--threads", paramLabel = "N", description = "files analysed at once (default: the number "
            + "of processors)")
    Integer threads;

    @Option(names = "--jsonl", description = "read one JSON document per line from standard input "
            + "({\"id\":…, \"text\":…}) and write one result per line, in the same order")
    boolean jsonl;

    /** --jsonl reads standard input and writes standard output: files or -o make no sense with it. */
    void refuseFilesWithJsonl(java.util.List<String> files, java.nio.file.Path output) {
        if (jsonl && (!files.isEmpty() || output != null)) {
            throw new UserError("--jsonl reads standard input and writes standard output; name no files and no -o");
        }
    }

    int threads() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UserError("--threads must be at least 1");
        }
        return n;
    }
}

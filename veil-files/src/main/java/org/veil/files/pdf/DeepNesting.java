package org.veil.files.pdf;

import org.veil.files.RefusedException;

/**
 * PDFBox parses and writes nested arrays and dictionaries recursively, so a hostile file nesting a few thousand
 * levels overflows the stack wherever an object happens to be parsed. The whole job runs under this guard and such
 * a file is refused.
 */
final class DeepNesting {
    interface Work<T> {
        T run() throws RefusedException;
    }

    private DeepNesting() {
    }

    static <T> T guard(Work<T> work) throws RefusedException {
        try {
            return work.run();
        } catch (StackOverflowError e) {
            throw new RefusedException("the PDF nests objects too deeply to read safely (a hostile file?)");
        }
    }
}

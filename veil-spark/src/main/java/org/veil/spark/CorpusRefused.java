package org.veil.spark;

/** A corpus job that cannot start or finish cleanly, with a one-line reason that never quotes a document. */
public final class CorpusRefused extends RuntimeException {
    public CorpusRefused(String message) {
        super(message);
    }
}

package org.veil.documents;

/**
 * Veil will not anonymize this document: the message says why in one line a user can act on. A refusal
 * always means nothing was written.
 */
public class DocumentRefused extends Exception {
    public DocumentRefused(String message) {
        super(message);
    }

    public DocumentRefused(String message, Throwable cause) {
        super(message, cause);
    }
}

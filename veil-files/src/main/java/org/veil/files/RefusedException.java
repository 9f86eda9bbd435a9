package org.veil.files;

/**
 * Veil will not clean this file: the message says why, in one line a user can act on. A refusal always means
 * that nothing was written.
 */
public class RefusedException extends Exception {
    public RefusedException(String message) {
        super(message);
    }

    public RefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}

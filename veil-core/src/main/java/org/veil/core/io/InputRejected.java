package org.veil.core.io;

/** Input that Veil refuses to process, with a message meant for the user (no stack trace needed). */
public final class InputRejected extends Exception {
    public InputRejected(String message) {
        super(message);
    }
}

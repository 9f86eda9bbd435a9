package org.veil.core.io;

/**
 * The input cannot be used as text. {@link #getMessage()} is written for the person at the terminal: it names
 * the input, says what is wrong and, where there is one, what to do about it. No stack trace is needed.
 */
public final class InputRejected extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the input was refused; callers can branch on it without parsing the message. */
    public enum Reason {
        NOT_FOUND, DIRECTORY, NOT_READABLE, BINARY, INVALID_ENCODING, TOO_LARGE, READ_FAILED
    }

    private final Reason reason;
    private final String input;

    public InputRejected(Reason reason, String input, String message) {
        this(reason, input, message, null);
    }

    public InputRejected(Reason reason, String input, String message, Throwable cause) {
        super(message, cause, false, cause != null);
        this.reason = reason;
        this.input = input;
    }

    public Reason reason() {
        return reason;
    }

    /** The input's display name: a path as given, or {@code <stdin>}. */
    public String input() {
        return input;
    }
}

package org.veil.cli;

/** A failure caused by the user's input or arguments: printed as one line, exit code 1. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}

package org.veil.core.anonymize;

/** A policy that cannot be used, with a message naming the file and line. */
public final class PolicyException extends RuntimeException {
    public PolicyException(String message) {
        super(message);
    }
}

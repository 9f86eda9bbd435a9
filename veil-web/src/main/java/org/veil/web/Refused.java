package org.veil.web;

/** A request the workbench will not carry out, with a one-line reason the page shows as it is. */
final class Refused extends Exception {
    private final int status;

    Refused(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}

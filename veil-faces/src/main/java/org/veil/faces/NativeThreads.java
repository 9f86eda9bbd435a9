package org.veil.faces;

/**
 * How many threads the native detectors (ONNX Runtime, OpenCV) may use: the system property
 * {@code veil.faces.threads}, 0 (the default) meaning "let each library decide" (all cores). Benchmarks set 1 so
 * that a figure "on one core" is one.
 */
public final class NativeThreads {
    public static final String PROPERTY = "veil.faces.threads";

    private NativeThreads() {
    }

    public static int get() {
        String v = System.getProperty(PROPERTY, "0");
        try {
            return Math.max(0, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a whole number, not '" + v + "'");
        }
    }
}

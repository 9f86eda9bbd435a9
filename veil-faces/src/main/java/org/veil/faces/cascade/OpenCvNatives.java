package org.veil.faces.cascade;

/**
 * Loads the OpenCV native library bundled in the openpnp jar, once per JVM. {@code loadLocally} unpacks the
 * library to a temporary directory and calls {@code System.load}; doing that twice is wasteful and racing
 * threads could both unpack, hence the lock.
 */
final class OpenCvNatives {
    private static boolean loaded;

    private OpenCvNatives() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        try {
            nu.pattern.OpenCV.loadLocally();
            if (org.veil.faces.NativeThreads.get() > 0) {
                org.opencv.core.Core.setNumThreads(org.veil.faces.NativeThreads.get());
            }
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("cannot load the OpenCV native library for "
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + ": " + e, e);
        }
        loaded = true;
    }
}

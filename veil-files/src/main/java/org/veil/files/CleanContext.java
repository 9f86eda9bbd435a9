package org.veil.files;

/**
 * What a cleaner may use besides its input: the options, the limits, and the way to clean a file embedded in
 * the one it is cleaning (a JPEG inside a .docx, a member of a ZIP), which goes through detection, the right
 * cleaner and verification again, one level deeper.
 */
public interface CleanContext {
    CleanOptions options();

    Limits limits();

    /** How deep in nested containers this file is; 0 for a file the user named. */
    int depth();

    /** The type of an embedded file, from its content (and its name, which must agree). */
    FileType detect(byte[] content, String name) throws RefusedException;

    /**
     * A cleaned and verified copy of an embedded file. Throws {@link RefusedException} when it cannot be cleaned;
     * the caller decides whether to drop the member (only where dropping is safe and said so) or refuse.
     */
    byte[] cleanEmbedded(byte[] content, String name) throws RefusedException;
}

package org.veil.files;

import java.util.List;
import java.util.Set;

/**
 * The independent check after cleaning: re-reads the output with a different reader than the cleaner used and
 * lists every identifying field that is still there. An empty list means clean; anything else makes Veil refuse
 * the file and write nothing.
 */
public interface Verifier {
    Set<FileType> types();

    /** Identifying fields left in a cleaned file, described for the user; empty when clean. */
    List<String> residue(byte[] cleaned, FileType type, CleanContext context) throws RefusedException;
}

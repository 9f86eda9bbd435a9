package org.veil.files;

import java.util.List;
import java.util.Set;

/**
 * One cleaner per format family. A cleaner either returns a complete, cleaned copy or throws
 * {@link RefusedException}: it never returns something it only partly understood (fail closed).
 */
public interface Cleaner {
    /** The types this family handles. */
    Set<FileType> types();

    /** The metadata this file carries, grouped, for {@code veil scrub show}. */
    List<MetadataItem> inspect(byte[] content, FileType type, CleanContext context) throws RefusedException;

    /** A cleaned copy of {@code content}; the input array is not modified. */
    byte[] clean(byte[] content, FileType type, CleanContext context) throws RefusedException;
}

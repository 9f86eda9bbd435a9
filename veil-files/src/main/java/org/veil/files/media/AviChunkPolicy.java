package org.veil.files.media;

import java.util.Map;
import java.util.Set;

/**
 * Which chunks a cleaned AVI keeps where, shared by the cleaner and the verifier: the headers, stream formats,
 * OpenDML indexes, the media ('movi') and its index ('idx1'). Everything else — the INFO list (title, artist,
 * ISFT software, ICRD date), IDIT and ISMP times, stream names ('strn'), driver data ('strd'), XMP ('_PMX') and
 * unknown chunks — becomes a zero-filled JUNK chunk of the same size, so every index offset stays valid; JUNK
 * already there is zeroed.
 */
public final class AviChunkPolicy {
    /** Chunk ids allowed per parent: the RIFF form type ("AVI ", "AVIX") or LIST type ("hdrl", "strl", "odml"). */
    private static final Map<String, Set<String>> CHILDREN = Map.of(
            "AVI ", Set.of("LIST hdrl", "LIST movi", "idx1"),
            "AVIX", Set.of("LIST movi"),
            "hdrl", Set.of("avih", "LIST strl", "LIST odml"),
            "strl", Set.of("strh", "strf", "indx", "vprp"),
            "odml", Set.of("dmlh"));

    private AviChunkPolicy() {
    }

    /** Whether a chunk ({@code "LIST type"} for lists) stays inside {@code parent}. */
    public static boolean allowed(String parent, String chunk) {
        return CHILDREN.getOrDefault(parent, Set.of()).contains(chunk);
    }

    /** Whether the list's children are policed too ('movi' holds the media and is kept whole). */
    public static boolean walked(String listType) {
        return CHILDREN.containsKey(listType);
    }
}

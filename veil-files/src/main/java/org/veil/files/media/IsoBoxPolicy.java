package org.veil.files.media;

import java.util.Map;
import java.util.Set;

/**
 * Which boxes an MP4/QuickTime file may keep, per parent: the structure needed to play the media, and nothing
 * that carries tags. Everything else (udta, meta, uuid incl. XMP, ilst, prft wall-clock times, emsg, vendor boxes)
 * is replaced by a zero-filled 'free' box of the same size, so chunk offsets into mdat stay valid.
 * Shared by the cleaner and the verifier so both apply the same definition of "structural".
 */
public final class IsoBoxPolicy {
    /** The top level is keyed by the empty string. */
    private static final Map<String, Set<String>> CHILDREN = Map.ofEntries(
            Map.entry("", Set.of("ftyp", "styp", "moov", "mdat", "moof", "mfra", "sidx", "ssix", "pdin")),
            Map.entry("moov", Set.of("mvhd", "trak", "mvex", "iods")),
            Map.entry("trak", Set.of("tkhd", "edts", "mdia", "tref", "tapt")),
            Map.entry("edts", Set.of("elst")),
            Map.entry("mdia", Set.of("mdhd", "hdlr", "minf", "elng")),
            Map.entry("minf", Set.of("vmhd", "smhd", "hmhd", "nmhd", "sthd", "gmhd", "hdlr", "dinf", "stbl")),
            Map.entry("dinf", Set.of("dref")),
            Map.entry("stbl", Set.of("stsd", "stts", "ctts", "cslg", "stss", "stps", "stsh", "sdtp", "stsc", "stsz",
                    "stz2", "stco", "co64", "sgpd", "sbgp", "subs", "saiz", "saio", "padb")),
            Map.entry("mvex", Set.of("mehd", "trex", "leva")),
            Map.entry("moof", Set.of("mfhd", "traf", "pssh")),
            Map.entry("traf", Set.of("tfhd", "tfdt", "trun", "sbgp", "sgpd", "subs", "saiz", "saio", "senc", "sdtp")),
            Map.entry("mfra", Set.of("tfra", "mfro")));

    /** Padding boxes: kept, with their payload zeroed, since editors leave old tags in them. */
    public static final Set<String> FILLERS = Set.of("free", "skip", "wide");

    /** Header boxes whose creation and modification times are set to 0. */
    public static final Set<String> TIMED = Set.of("mvhd", "tkhd", "mdhd");

    private IsoBoxPolicy() {
    }

    /** Whether {@code type} may stay inside {@code parent} ("" for the top level). */
    public static boolean allowed(String parent, String type) {
        return FILLERS.contains(type) || CHILDREN.getOrDefault(parent, Set.of()).contains(type);
    }

    /** Whether the box's children are walked (and policed) too. */
    public static boolean container(String type) {
        return CHILDREN.containsKey(type);
    }
}

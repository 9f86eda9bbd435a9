package org.veil.files.media;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.veil.files.MetadataGroup;

/** Which {@link MetadataGroup} a tag belongs to, for each tagging vocabulary found in audio and video files. */
public final class TagGroups {
    private static final Set<String> ID3_PEOPLE = Set.of("TPE1", "TPE2", "TPE3", "TPE4", "TCOM", "TEXT", "TOLA",
            "TOPE", "TOLY", "TIPL", "TMCL", "TOWN", "TPUB", "TCOP", "IPLS", "WOAR", "TP1", "TP2", "TP3", "TP4", "TCM",
            "TXT", "TOA", "TOL", "TCR", "TPB");
    private static final Set<String> ID3_TIME = Set.of("TDRC", "TDAT", "TIME", "TYER", "TDOR", "TORY", "TDEN",
            "TDRL", "TDTG", "TRDA", "TYE", "TDA", "TIM", "TOR", "TRD");
    private static final Set<String> ID3_SOFTWARE = Set.of("TSSE", "TENC", "TSS", "TEN");
    private static final Set<String> ID3_EMBEDDED = Set.of("APIC", "PIC");
    private static final Set<String> ID3_OTHER = Set.of("GEOB", "PRIV", "UFID", "GEO", "UFI", "MCDI", "MCI");

    /** Vorbis comment field names, MP4 item names without "©", and QuickTime key names, lower case. */
    private static final Map<String, MetadataGroup> NAMED = Map.ofEntries(
            Map.entry("artist", MetadataGroup.PEOPLE), Map.entry("albumartist", MetadataGroup.PEOPLE),
            Map.entry("album_artist", MetadataGroup.PEOPLE), Map.entry("performer", MetadataGroup.PEOPLE),
            Map.entry("composer", MetadataGroup.PEOPLE), Map.entry("author", MetadataGroup.PEOPLE),
            Map.entry("contact", MetadataGroup.PEOPLE), Map.entry("copyright", MetadataGroup.PEOPLE),
            Map.entry("lyricist", MetadataGroup.PEOPLE), Map.entry("encoded_by", MetadataGroup.PEOPLE),
            Map.entry("art", MetadataGroup.PEOPLE), Map.entry("aart", MetadataGroup.PEOPLE),
            Map.entry("aut", MetadataGroup.PEOPLE), Map.entry("wrt", MetadataGroup.PEOPLE),
            Map.entry("cpy", MetadataGroup.PEOPLE), Map.entry("cprt", MetadataGroup.PEOPLE),
            Map.entry("prd", MetadataGroup.PEOPLE), Map.entry("dir", MetadataGroup.PEOPLE),
            Map.entry("date", MetadataGroup.TIME), Map.entry("day", MetadataGroup.TIME),
            Map.entry("creation_time", MetadataGroup.TIME), Map.entry("creationdate", MetadataGroup.TIME),
            Map.entry("year", MetadataGroup.TIME),
            Map.entry("encoder", MetadataGroup.SOFTWARE), Map.entry("encoder_options", MetadataGroup.SOFTWARE),
            Map.entry("too", MetadataGroup.SOFTWARE), Map.entry("swr", MetadataGroup.SOFTWARE),
            Map.entry("enc", MetadataGroup.SOFTWARE), Map.entry("software", MetadataGroup.SOFTWARE),
            Map.entry("location", MetadataGroup.LOCATION), Map.entry("xyz", MetadataGroup.LOCATION),
            Map.entry("iso6709", MetadataGroup.LOCATION), Map.entry("loci", MetadataGroup.LOCATION),
            Map.entry("mak", MetadataGroup.DEVICE), Map.entry("mod", MetadataGroup.DEVICE),
            Map.entry("make", MetadataGroup.DEVICE), Map.entry("model", MetadataGroup.DEVICE),
            Map.entry("metadata_block_picture", MetadataGroup.EMBEDDED), Map.entry("coverart", MetadataGroup.EMBEDDED),
            Map.entry("covr", MetadataGroup.EMBEDDED));

    private static final Map<String, MetadataGroup> RIFF_INFO = Map.ofEntries(
            Map.entry("IART", MetadataGroup.PEOPLE), Map.entry("ICMS", MetadataGroup.PEOPLE),
            Map.entry("IENG", MetadataGroup.PEOPLE), Map.entry("ITCH", MetadataGroup.PEOPLE),
            Map.entry("ICOP", MetadataGroup.PEOPLE), Map.entry("ISRC", MetadataGroup.PEOPLE),
            Map.entry("ICRD", MetadataGroup.TIME), Map.entry("IDIT", MetadataGroup.TIME),
            Map.entry("ISFT", MetadataGroup.SOFTWARE));

    private TagGroups() {
    }

    /** An ID3v2 frame (v2.2 three-letter or v2.3/2.4 four-letter id). */
    public static MetadataGroup id3(String frameId) {
        if (ID3_PEOPLE.contains(frameId)) {
            return MetadataGroup.PEOPLE;
        }
        if (ID3_TIME.contains(frameId)) {
            return MetadataGroup.TIME;
        }
        if (ID3_SOFTWARE.contains(frameId)) {
            return MetadataGroup.SOFTWARE;
        }
        if (ID3_EMBEDDED.contains(frameId)) {
            return MetadataGroup.EMBEDDED;
        }
        if (ID3_OTHER.contains(frameId)) {
            return MetadataGroup.OTHER;
        }
        return frameId.startsWith("T") || frameId.startsWith("W") || frameId.startsWith("COM")
                || frameId.startsWith("ULT") || frameId.startsWith("USLT")
                ? MetadataGroup.DESCRIPTION : MetadataGroup.OTHER;
    }

    /**
     * A named field: a Vorbis comment ("ARTIST"), an MP4 item ("©ART"), a QuickTime key
     * ("com.apple.quicktime.location.ISO6709") or an APE item ("Artist").
     */
    public static MetadataGroup named(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("©", "").replace(" ", "_");
        MetadataGroup g = NAMED.get(n);
        if (g == null && n.contains(".")) {
            g = NAMED.get(n.substring(n.lastIndexOf('.') + 1));
        }
        if (g == null && n.contains("location")) {
            g = MetadataGroup.LOCATION;
        }
        return g == null ? MetadataGroup.DESCRIPTION : g;
    }

    /** A RIFF INFO sub-chunk ("IART", "ICRD"). */
    public static MetadataGroup riffInfo(String id) {
        return RIFF_INFO.getOrDefault(id, MetadataGroup.DESCRIPTION);
    }
}

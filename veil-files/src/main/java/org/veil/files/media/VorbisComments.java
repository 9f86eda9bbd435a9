package org.veil.files.media;

import java.util.ArrayList;
import java.util.List;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * The Vorbis comment structure shared by FLAC, Ogg Vorbis and Opus: a vendor string, then NAME=value fields,
 * all little-endian length-prefixed UTF-8.
 */
public final class VorbisComments {
    /** The vendor string, the fields, and where the structure ends (framing bit or padding may follow). */
    public record Parsed(String vendor, List<String> fields, int end) {
    }

    private VorbisComments() {
    }

    /** Parses the structure at {@code at}, within {@code end}; refuses if a length runs past it. */
    public static Parsed parse(byte[] b, int at, int end) throws RefusedException {
        int p = at;
        long vendorLength = u32(b, p, end);
        if (p + 4 + vendorLength > end) {
            throw new RefusedException("malformed Vorbis comment (vendor string runs past its block)");
        }
        String vendor = Bin.utf8(b, p + 4, (int) vendorLength);
        p += 4 + (int) vendorLength;
        long count = u32(b, p, end);
        p += 4;
        List<String> fields = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            long len = u32(b, p, end);
            if (p + 4 + len > end) {
                throw new RefusedException("malformed Vorbis comment (a field runs past its block)");
            }
            fields.add(Bin.utf8(b, p + 4, (int) len));
            p += 4 + (int) len;
        }
        return new Parsed(vendor, fields, p);
    }

    /** The fields as metadata items, the vendor string (encoder library and version) as SOFTWARE. */
    public static List<MetadataItem> items(Parsed c, String where) {
        List<MetadataItem> items = new ArrayList<>();
        if (!c.vendor().isEmpty()) {
            items.add(new MetadataItem(MetadataGroup.SOFTWARE, where + " vendor", Bin.display(c.vendor())));
        }
        for (String f : c.fields()) {
            int eq = f.indexOf('=');
            String name = (eq < 0 ? f : f.substring(0, eq)).toUpperCase(java.util.Locale.ROOT);
            String value = eq < 0 ? "" : f.substring(eq + 1);
            MetadataGroup g = TagGroups.named(name);
            items.add(new MetadataItem(g, where + " " + name,
                    g == MetadataGroup.EMBEDDED ? value.length() + " bytes" : Bin.display(value)));
        }
        return items;
    }

    private static long u32(byte[] b, int p, int end) throws RefusedException {
        if (p + 4 > end) {
            throw new RefusedException("malformed Vorbis comment (truncated)");
        }
        return Bin.u32le(b, p);
    }
}

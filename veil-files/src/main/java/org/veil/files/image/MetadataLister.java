package org.veil.files.image;

import com.drew.lang.KeyValuePair;
import com.drew.metadata.Directory;
import com.drew.metadata.ErrorDirectory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.jfxx.JfxxDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veil.files.FileType;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.RefusedException;

/**
 * What {@code veil scrub show} lists for an image: every field metadata-extractor finds that is not pure
 * structure, sorted into groups by directory (GPS, thumbnails, maker notes) and otherwise by the field's name.
 */
public final class MetadataLister {
    private static final int MAX_VALUE = 200;

    private final ImageVerifier.MetadataReader reader;

    MetadataLister() {
        this(ImageMetadata::read);
    }

    MetadataLister(ImageVerifier.MetadataReader reader) {
        this.reader = reader;
    }

    List<MetadataItem> list(byte[] content, FileType type, boolean keepIcc) throws RefusedException {
        Metadata metadata;
        try {
            metadata = reader.read(content);
        } catch (RefusedException e) {
            if (!(e.getCause() instanceof RuntimeException)) {
                throw e;
            }
            // An internal error in metadata-extractor says nothing about the file: listing is best effort, and
            // cleaning and verification (which do not depend on this listing) decide whether it is refused.
            return List.of(new MetadataItem(MetadataGroup.OTHER, "metadata",
                    "not listed: metadata-extractor failed on this file (" + e.getCause().getClass().getSimpleName()
                            + ")"));
        }
        List<MetadataItem> items = new ArrayList<>();
        for (Directory d : metadata.getDirectories()) {
            if (d instanceof ErrorDirectory) {
                continue;
            }
            if (d instanceof XmpDirectory xmp) {
                for (Map.Entry<String, String> p : xmp.getXmpProperties().entrySet()) {
                    items.add(item(classify(p.getKey()), "XMP " + p.getKey(), p.getValue()));
                }
                continue;
            }
            for (Tag t : d.getTags()) {
                if (StructuralTags.isStructural(d, t.getTagType(), type, keepIcc)) {
                    continue;
                }
                if (d instanceof PngDirectory && t.getTagType() == PngDirectory.TAG_TEXTUAL_DATA
                        && d.getObject(t.getTagType()) instanceof List<?> pairs) {
                    for (Object o : pairs) {
                        if (o instanceof KeyValuePair kv) {
                            items.add(item(classify(kv.getKey()), "PNG text " + kv.getKey(), kv.getValue().toString()));
                        }
                    }
                    continue;
                }
                items.add(item(group(d, t.getTagName()), d.getName() + " " + t.getTagName(), t.getDescription()));
            }
        }
        return items;
    }

    private static MetadataItem item(MetadataGroup group, String name, String value) {
        String v = value == null ? "" : value.strip();
        return new MetadataItem(group, name, v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) + "…" : v);
    }

    private static MetadataGroup group(Directory d, String tagName) {
        if (d instanceof GpsDirectory) {
            return MetadataGroup.LOCATION;
        }
        if (d instanceof ExifThumbnailDirectory || d instanceof JfxxDirectory) {
            return MetadataGroup.HISTORY;
        }
        if (d.getClass().getPackageName().endsWith("makernotes")) {
            return MetadataGroup.DEVICE;
        }
        return classify(tagName);
    }

    /** The group a field belongs to, judged from its name (EXIF, IPTC, XMP and PNG keywords alike). */
    public static MetadataGroup classify(String fieldName) {
        String n = fieldName.toLowerCase(Locale.ROOT);
        if (containsAny(n, "software", "creatortool", "creator tool", "originating program", "program version",
                "producer", "host computer", "processing")) {
            return MetadataGroup.SOFTWARE;
        }
        if (containsAny(n, "artist", "author", "creator", "owner", "copyright", "rights", "by-line", "credit",
                "writer", "contact", "person")) {
            return MetadataGroup.PEOPLE;
        }
        if (containsAny(n, "gps", "latitude", "longitude", "location", "city", "country", "province", "state")) {
            return MetadataGroup.LOCATION;
        }
        if (containsAny(n, "make", "model", "serial", "lens", "camera", "body", "device")) {
            return MetadataGroup.DEVICE;
        }
        if (n.contains("date") || n.contains("time") && !n.contains("exposure")) {
            return MetadataGroup.TIME;
        }
        if (containsAny(n, "thumbnail", "preview", "history", "derived", "documentid", "instanceid")) {
            return MetadataGroup.HISTORY;
        }
        if (containsAny(n, "description", "caption", "comment", "keyword", "title", "subject", "headline", "text",
                "object name", "label", "instruction")) {
            return MetadataGroup.DESCRIPTION;
        }
        return MetadataGroup.OTHER;
    }

    private static boolean containsAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}

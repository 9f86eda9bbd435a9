package org.veil.files.heif;

import com.drew.imaging.heif.HeifMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.ErrorDirectory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.file.FileTypeDirectory;
import com.drew.metadata.heif.HeifDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.veil.files.MetadataGroup;
import org.veil.files.MetadataItem;
import org.veil.files.image.MetadataLister;

/**
 * metadata-extractor's HEIF reader over the file: the Exif, GPS and XMP fields it finds, for {@code scrub show}
 * (listing is best effort; cleaning never depends on it), and for the verifier, the directories that hold
 * metadata at all.
 */
final class HeifLister {
    private static final int MAX_VALUE = 200;

    /** The fields metadata-extractor reads, outside its structural HEIF and file-type directories. */
    List<MetadataItem> fields(byte[] content) {
        Metadata m = read(content);
        if (m == null) {
            return List.of(new MetadataItem(MetadataGroup.OTHER, "metadata",
                    "not listed: metadata-extractor could not read this file"));
        }
        List<MetadataItem> items = new ArrayList<>();
        for (Directory d : m.getDirectories()) {
            if (structural(d)) {
                continue;
            }
            if (d instanceof XmpDirectory xmp) {
                for (Map.Entry<String, String> p : xmp.getXmpProperties().entrySet()) {
                    items.add(item(MetadataLister.classify(p.getKey()), "XMP " + p.getKey(), p.getValue()));
                }
                continue;
            }
            for (Tag t : d.getTags()) {
                MetadataGroup g = d instanceof GpsDirectory ? MetadataGroup.LOCATION
                        : MetadataLister.classify(t.getTagName());
                items.add(item(g, d.getName() + " " + t.getTagName(), t.getDescription()));
            }
        }
        return items;
    }

    /** What metadata-extractor still finds outside structure: directories with their field counts. */
    static List<String> residue(byte[] content) {
        Metadata m = read(content);
        if (m == null) {
            return List.of("metadata-extractor cannot read the cleaned HEIF file");
        }
        List<String> found = new ArrayList<>();
        for (Directory d : m.getDirectories()) {
            if (!structural(d) && d.getTagCount() > 0) {
                found.add(d.getName() + " metadata (" + d.getTagCount() + " fields)");
            }
        }
        return found;
    }

    private static boolean structural(Directory d) {
        return d instanceof HeifDirectory || d instanceof FileTypeDirectory || d instanceof ErrorDirectory;
    }

    private static Metadata read(byte[] content) {
        try {
            return HeifMetadataReader.readMetadata(new ByteArrayInputStream(content));
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            // metadata-extractor sizes tables from counts in the file; a hostile count fails this read only.
            return null;
        }
    }

    private static MetadataItem item(MetadataGroup group, String name, String value) {
        String v = value == null ? "" : value.strip();
        return new MetadataItem(group, name, v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) + "…" : v);
    }
}

package org.veil.files.markup;

import java.util.Locale;
import org.veil.files.MetadataGroup;

/** The group a named field belongs to (an HTML meta name, a Dublin Core element), from words in its name. */
final class MetadataNames {
    private MetadataNames() {
    }

    static MetadataGroup groupOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (containsAny(n, "author", "creator", "contributor", "publisher", "owner", "copyright", "rights")) {
            return MetadataGroup.PEOPLE;
        }
        if (containsAny(n, "generator", "application", "producer", "progid", "version")) {
            return MetadataGroup.SOFTWARE;
        }
        if (containsAny(n, "date", "created", "modified", "revised", "time")) {
            return MetadataGroup.TIME;
        }
        if (containsAny(n, "description", "keywords", "subject", "title", "comment")) {
            return MetadataGroup.DESCRIPTION;
        }
        if (containsAny(n, "geo.", "position", "placename", "icbm")) {
            return MetadataGroup.LOCATION;
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

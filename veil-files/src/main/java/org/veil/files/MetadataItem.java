package org.veil.files;

/** One metadata field found in a file: its group, a name as the format calls it, and its value. */
public record MetadataItem(MetadataGroup group, String name, String value) {
    public MetadataItem {
        value = value == null ? "" : value;
    }
}

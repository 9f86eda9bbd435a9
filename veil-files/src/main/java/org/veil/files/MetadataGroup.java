package org.veil.files;

/** Groups of metadata shown by {@code veil scrub show}, each with why it matters to someone at risk. */
public enum MetadataGroup {
    LOCATION("GPS coordinates and place names point to where the file was made"),
    DEVICE("camera and device makes, models and serial numbers tie files to one owner's equipment"),
    PEOPLE("author, editor, artist and comment names identify who made or touched the file"),
    TIME("creation and edit times reveal when and for how long someone worked on it"),
    SOFTWARE("producer and software versions fingerprint the author's machine"),
    HISTORY("tracked changes, thumbnails, previews and old revisions keep content that was deleted or cropped"),
    DESCRIPTION("titles, subjects, keywords, descriptions and custom fields often carry names or notes"),
    EMBEDDED("attachments, scripts and embedded files can carry their own metadata or call home"),
    OTHER("other fields that do not belong to the content");

    private final String why;

    MetadataGroup(String why) {
        this.why = why;
    }

    public String why() {
        return why;
    }
}

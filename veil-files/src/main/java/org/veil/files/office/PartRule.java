package org.veil.files.office;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.veil.files.MetadataGroup;

/**
 * What the cleaner does with one part, decided from its name and content type (as mat2 does): rewrite it, clean
 * it, clean it as an embedded file, drop it as metadata, or refuse the document. Anything not on the allow-list
 * of content parts is {@link Kind#UNKNOWN} and makes the document refused.
 */
record PartRule(Kind kind, MetadataGroup group, String what) {
    enum Kind {
        CONTENT_TYPES, RELATIONSHIPS, CORE_PROPERTIES, APP_PROPERTIES, XML, MEDIA, EMBEDDING, REMOVE, MACROS, UNKNOWN
    }

    private static final String OX = "application/vnd.openxmlformats-officedocument.";
    private static final Set<String> XML_CONTENT = Set.of(
            // WordprocessingML
            OX + "wordprocessingml.document.main+xml", OX + "wordprocessingml.template.main+xml",
            OX + "wordprocessingml.styles+xml", "application/vnd.ms-word.styleswitheffects+xml",
            OX + "wordprocessingml.numbering+xml", OX + "wordprocessingml.fonttable+xml",
            OX + "wordprocessingml.settings+xml", OX + "wordprocessingml.websettings+xml",
            OX + "wordprocessingml.footnotes+xml", OX + "wordprocessingml.endnotes+xml",
            OX + "wordprocessingml.header+xml", OX + "wordprocessingml.footer+xml",
            // DrawingML, shared by all three
            OX + "theme+xml", OX + "themeoverride+xml", OX + "drawing+xml", OX + "vmldrawing",
            OX + "drawingml.chart+xml", OX + "drawingml.chartshapes+xml",
            "application/vnd.ms-office.chartstyle+xml", "application/vnd.ms-office.chartcolorstyle+xml",
            OX + "drawingml.diagramdata+xml", OX + "drawingml.diagramlayout+xml",
            OX + "drawingml.diagramstyle+xml", OX + "drawingml.diagramcolors+xml",
            "application/vnd.ms-office.drawingml.diagramdrawing+xml",
            // SpreadsheetML
            OX + "spreadsheetml.sheet.main+xml", OX + "spreadsheetml.template.main+xml",
            OX + "spreadsheetml.worksheet+xml", OX + "spreadsheetml.chartsheet+xml",
            OX + "spreadsheetml.sharedstrings+xml", OX + "spreadsheetml.styles+xml",
            OX + "spreadsheetml.calcchain+xml", OX + "spreadsheetml.table+xml",
            OX + "spreadsheetml.sheetmetadata+xml", OX + "spreadsheetml.pivottable+xml",
            OX + "spreadsheetml.pivotcachedefinition+xml", OX + "spreadsheetml.pivotcacherecords+xml",
            // PresentationML
            OX + "presentationml.presentation.main+xml", OX + "presentationml.slideshow.main+xml",
            OX + "presentationml.template.main+xml", OX + "presentationml.slide+xml",
            OX + "presentationml.slidelayout+xml", OX + "presentationml.slidemaster+xml",
            OX + "presentationml.notesslide+xml", OX + "presentationml.notesmaster+xml",
            OX + "presentationml.handoutmaster+xml", OX + "presentationml.presprops+xml",
            OX + "presentationml.tablestyles+xml");

    private static final Pattern COMMENTS = Pattern.compile(
            "^(word|xl|ppt)/(comments[^/]*\\.xml|commentsExtended\\.xml|commentsIds\\.xml|commentsExtensible\\.xml"
                    + "|threadedComments/.*|comments/.*|commentAuthors\\.xml|authors\\.xml)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PEOPLE = Pattern.compile("^(word|xl|ppt)/(people\\.xml|persons/.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THUMBNAIL = Pattern.compile("^docProps/thumbnail\\.[^/]*$", Pattern.CASE_INSENSITIVE);

    static PartRule of(String name, Optional<String> contentType) {
        String type = contentType.orElse("");
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.equals(PartNames.CONTENT_TYPES)) {
            return keep(Kind.CONTENT_TYPES);
        }
        if (PartNames.isRels(name)) {
            return keep(Kind.RELATIONSHIPS);
        }
        if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml") || type.contains("vbaproject")
                || type.contains("vbadata") || type.contains("macroenabled")) {
            return new PartRule(Kind.MACROS, MetadataGroup.EMBEDDED, "macros (VBA project)");
        }
        if (name.startsWith("[trash]/")) {
            return remove(MetadataGroup.HISTORY, "deleted leftovers in [trash]");
        }
        if (name.startsWith("customXml/")) {
            return remove(MetadataGroup.DESCRIPTION, "custom XML data");
        }
        if (name.startsWith("docMetadata/") || type.contains("classificationlabels")) {
            return remove(MetadataGroup.OTHER, "sensitivity label");
        }
        if (THUMBNAIL.matcher(name).matches()) {
            return remove(MetadataGroup.HISTORY, "thumbnail");
        }
        if (type.equals("application/vnd.openxmlformats-package.core-properties+xml")) {
            return keep(Kind.CORE_PROPERTIES);
        }
        if (type.equals(OX + "extended-properties+xml")) {
            return keep(Kind.APP_PROPERTIES);
        }
        if (type.equals(OX + "custom-properties+xml")) {
            return remove(MetadataGroup.DESCRIPTION, "custom properties");
        }
        if (PEOPLE.matcher(name).matches() || type.endsWith(".people+xml") || type.endsWith(".person+xml")) {
            return remove(MetadataGroup.PEOPLE, "people");
        }
        if (COMMENTS.matcher(name).matches() || type.contains("comments") || type.contains("commentauthors")
                || type.equals("application/vnd.ms-powerpoint.authors+xml")) {
            return remove(MetadataGroup.PEOPLE, "comments");
        }
        if (lower.contains("/printersettings/") || type.contains("printersettings")) {
            return remove(MetadataGroup.DEVICE, "printer settings");
        }
        if (type.endsWith("presentationml.viewprops+xml")) {
            return remove(MetadataGroup.HISTORY, "view settings (last view)");
        }
        if (type.contains("revisionheaders") || type.contains("revisionlog") || type.contains("usernames")) {
            return remove(MetadataGroup.HISTORY, "shared-workbook revisions");
        }
        if (type.endsWith("wordprocessingml.document.glossary+xml")) {
            return remove(MetadataGroup.OTHER, "building blocks (glossary)");
        }
        if (XML_CONTENT.contains(type)) {
            return keep(Kind.XML);
        }
        if (lower.contains("/embeddings/")) {
            return new PartRule(Kind.EMBEDDING, MetadataGroup.EMBEDDED, "embedded object");
        }
        if (lower.contains("/media/") || type.startsWith("image/") || type.startsWith("audio/")
                || type.startsWith("video/")) {
            return new PartRule(Kind.MEDIA, MetadataGroup.EMBEDDED, "embedded media");
        }
        return new PartRule(Kind.UNKNOWN, MetadataGroup.OTHER,
                type.isEmpty() ? "a part without a content type" : "a part of type " + type);
    }

    private static PartRule keep(Kind kind) {
        return new PartRule(kind, null, null);
    }

    private static PartRule remove(MetadataGroup group, String what) {
        return new PartRule(Kind.REMOVE, group, what);
    }
}

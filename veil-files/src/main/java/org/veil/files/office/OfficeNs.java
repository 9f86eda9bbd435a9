package org.veil.files.office;

/** The Office Open XML namespaces and relationship types the office cleaner reads or rewrites. */
final class OfficeNs {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision";
    static final String X15AC = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac";
    /** Legacy VML drawings refer to relationships with o:relid as well as r:id. */
    static final String VML_OFFICE = "urn:schemas-microsoft-com:office:office";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    static final String EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    static final String CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    static final String VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    /** Strict Open XML: same structure, other namespaces; Veil refuses it rather than miss its metadata. */
    static final String STRICT_PREFIX = "http://purl.oclc.org/ooxml/";

    static final String REL_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    static final String REL_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail";

    static final String CORE_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<cp:coreProperties xmlns:cp=\"" + CORE + "\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>";
    static final String APP_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<Properties xmlns=\"" + EXTENDED + "\" xmlns:vt=\"" + VT + "\"/>";

    private OfficeNs() {
    }

    /** The last segment of a relationship type URI, e.g. "comments". */
    static String relKind(String type) {
        return type.substring(type.lastIndexOf('/') + 1);
    }
}

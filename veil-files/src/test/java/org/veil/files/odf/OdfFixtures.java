package org.veil.files.odf;

import static org.veil.files.odf.TestZip.utf8;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** OpenDocument packages with planted metadata, built the way LibreOffice lays them out. */
final class OdfFixtures {
    static final String SECRET = "Ivan Petrov-Secret";
    static final String PRINTER = "HP-Secret-Office";
    static final String PRINTER_BLOB = Base64.getEncoder().encodeToString(utf8("driver " + PRINTER + " queue=floor3"));
    static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\""
            + " xmlns:ooo=\"http://openoffice.org/2004/office\""
            + " xmlns:officeooo=\"http://openoffice.org/2009/office\""
            + " xmlns:chart=\"urn:oasis:names:tc:opendocument:xmlns:chart:1.0\"";
    static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    static final String ODT_CONTENT = DECL + "<office:document-content" + NS + " office:version=\"1.3\">"
            + "<office:scripts/><office:automatic-styles><style:style style:name=\"P1\" style:family=\"paragraph\">"
            + "<style:text-properties officeooo:rsid=\"0012ab34\" officeooo:paragraph-rsid=\"0012ab34\"/>"
            + "</style:style></office:automatic-styles>"
            + "<office:body><office:text>"
            + "<text:tracked-changes text:track-changes=\"true\">"
            + "<text:changed-region xml:id=\"ct1\" text:id=\"ct1\"><text:insertion><office:change-info>"
            + "<dc:creator>" + SECRET + "</dc:creator><dc:date>2023-05-04T10:11:12</dc:date>"
            + "</office:change-info></text:insertion></text:changed-region>"
            + "<text:changed-region xml:id=\"ct2\" text:id=\"ct2\"><text:deletion><office:change-info>"
            + "<dc:creator>" + SECRET + "</dc:creator><dc:date>2023-05-04T10:12:00</dc:date>"
            + "</office:change-info><text:p>deleted secret text</text:p></text:deletion></text:changed-region>"
            + "</text:tracked-changes>"
            + "<text:p text:style-name=\"P1\">Visible start. <text:change-start text:change-id=\"ct1\"/>inserted text"
            + "<text:change-end text:change-id=\"ct1\"/> and <text:change text:change-id=\"ct2\"/>the end.</text:p>"
            + "<text:p>Second paragraph<office:annotation office:name=\"a1\"><dc:creator>" + SECRET + "</dc:creator>"
            + "<dc:date>2023-05-04T10:13:00</dc:date><text:p>planted comment</text:p></office:annotation>"
            + " with a note<office:annotation-end office:name=\"a1\"/>.</text:p>"
            + "<!-- saved by " + SECRET + " -->"
            + "<text:p>Привет, мир — Unicode stays.<draw:frame draw:name=\"Image1\" svg:width=\"1cm\" svg:height=\"1cm\">"
            + "<draw:image xlink:href=\"Pictures/x.png\" xlink:type=\"simple\"/></draw:frame></text:p>"
            + "</office:text></office:body></office:document-content>";

    static final String[] ODT_PARAGRAPHS = {"Visible start. inserted text and the end.",
            "Second paragraph with a note.", "Привет, мир — Unicode stays."};

    static final String STYLES = DECL + "<office:document-styles" + NS + " office:version=\"1.3\">"
            + "<office:styles><style:style style:name=\"Standard\" style:family=\"paragraph\">"
            + "<style:text-properties officeooo:rsid=\"0012ab34\"/></style:style></office:styles>"
            + "<office:master-styles><style:master-page style:name=\"Standard\"><style:header>"
            + "<text:p>Header text</text:p></style:header></style:master-page></office:master-styles>"
            + "</office:document-styles>";

    static final String META = DECL + "<office:document-meta" + NS + " office:version=\"1.3\"><office:meta>"
            + "<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator>"
            + "<meta:initial-creator>" + SECRET + "</meta:initial-creator>"
            + "<dc:creator>" + SECRET + "</dc:creator>"
            + "<meta:creation-date>2023-05-01T09:00:00.123</meta:creation-date>"
            + "<dc:date>2023-05-04T10:14:00.456</dc:date>"
            + "<meta:editing-cycles>17</meta:editing-cycles>"
            + "<meta:editing-duration>PT3H12M</meta:editing-duration>"
            + "<meta:printed-by>" + SECRET + "</meta:printed-by>"
            + "<meta:document-statistic meta:page-count=\"1\" meta:word-count=\"12\"/>"
            + "<dc:title>Secret Title</dc:title><meta:keyword>whistleblower</meta:keyword>"
            + "<meta:template xlink:type=\"simple\" xlink:href=\"file:///home/ivan/Templates/memo.ott\"/>"
            + "<meta:user-defined meta:name=\"SourceName\">Source Alpha-Secret</meta:user-defined>"
            + "</office:meta></office:document-meta>";

    static final String SETTINGS = DECL + "<office:document-settings" + NS + " office:version=\"1.3\"><office:settings>"
            + "<config:config-item-set config:name=\"ooo:view-settings\">"
            + "<config:config-item config:name=\"ViewAreaTop\" config:type=\"long\">4242</config:config-item>"
            + "</config:config-item-set>"
            + "<config:config-item-set config:name=\"ooo:configuration-settings\">"
            + "<config:config-item config:name=\"PrinterName\" config:type=\"string\">" + PRINTER + "</config:config-item>"
            + "<config:config-item config:name=\"PrinterSetup\" config:type=\"base64Binary\">" + PRINTER_BLOB
            + "</config:config-item>"
            + "<config:config-item config:name=\"PrinterIndependentLayout\" config:type=\"string\">high-resolution"
            + "</config:config-item>"
            + "<config:config-item config:name=\"CurrentDatabaseDataSource\" config:type=\"string\">"
            + "file:///home/ivan/contacts.odb</config:config-item>"
            + "<config:config-item config:name=\"RsidRoot\" config:type=\"int\">1193524</config:config-item>"
            + "<config:config-item config:name=\"AddParaTableSpacing\" config:type=\"boolean\">true</config:config-item>"
            + "</config:config-item-set></office:settings></office:document-settings>";

    static final String CHART_CONTENT = DECL + "<office:document-content" + NS + " office:version=\"1.3\">"
            + "<office:body><office:chart><chart:chart><chart:title><text:p>Chart title</text:p></chart:title>"
            + "</chart:chart></office:chart></office:body></office:document-content>";

    private OdfFixtures() {
    }

    static String manifest(String rootType, String... entries) {
        StringBuilder sb = new StringBuilder(DECL + "<manifest:manifest xmlns:manifest=\""
                + "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\""
                + rootType + "\"/>");
        for (int i = 0; i < entries.length; i += 2) {
            sb.append("<manifest:file-entry manifest:full-path=\"").append(entries[i])
                    .append("\" manifest:media-type=\"").append(entries[i + 1]).append("\"/>");
        }
        return sb.append("</manifest:manifest>").toString();
    }

    /** A text document with everything the brief lists planted in it. */
    static Map<String, byte[]> odtMembers() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("mimetype", utf8("application/vnd.oasis.opendocument.text"));
        m.put("Configurations2/", new byte[0]);
        m.put("Configurations2/accelerator/current.xml", new byte[0]);
        m.put("Pictures/x.png", TestContext.pngWithAuthor());
        m.put("content.xml", utf8(ODT_CONTENT));
        m.put("styles.xml", utf8(STYLES));
        m.put("meta.xml", utf8(META));
        m.put("settings.xml", utf8(SETTINGS));
        m.put("manifest.rdf", utf8("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>"));
        m.put("Thumbnails/thumbnail.png", TestContext.pngWithAuthor());
        m.put("Object 1/content.xml", utf8(CHART_CONTENT));
        m.put("Object 1/meta.xml", utf8(META));
        m.put("Object 1/settings.xml", utf8(SETTINGS));
        m.put("ObjectReplacements/Object 1", utf8("SVM1 preview " + SECRET));
        m.put("META-INF/documentsignatures.xml", utf8("<signatures>" + SECRET + "</signatures>"));
        m.put("META-INF/manifest.xml", utf8(manifest("application/vnd.oasis.opendocument.text",
                "Configurations2/", "application/vnd.sun.xml.ui.configuration",
                "Pictures/x.png", "image/png", "content.xml", "text/xml", "styles.xml", "text/xml",
                "meta.xml", "text/xml", "settings.xml", "text/xml", "manifest.rdf", "application/rdf+xml",
                "Thumbnails/thumbnail.png", "image/png",
                "Object 1/", "application/vnd.oasis.opendocument.chart", "Object 1/content.xml", "text/xml",
                "Object 1/meta.xml", "text/xml", "Object 1/settings.xml", "text/xml",
                "ObjectReplacements/Object 1", "application/x-openoffice-gdimetafile;windows_formatname=&quot;GDIMetaFile&quot;")));
        return m;
    }

    static byte[] odt() {
        return TestZip.build(odtMembers());
    }

    static final String ODS_CONTENT = DECL + "<office:document-content" + NS + " office:version=\"1.3\">"
            + "<office:body><office:spreadsheet>"
            + "<table:tracked-changes><table:cell-content-change table:id=\"ct1\"><table:cell-address table:column=\"0\""
            + " table:row=\"0\" table:table=\"0\"/><office:change-info><dc:creator>" + SECRET + "</dc:creator>"
            + "<dc:date>2023-05-04T10:11:12</dc:date></office:change-info><table:previous>"
            + "<table:change-track-table-cell office:value-type=\"string\"><text:p>deleted secret text</text:p>"
            + "</table:change-track-table-cell></table:previous></table:cell-content-change></table:tracked-changes>"
            + "<table:table table:name=\"Sheet1\"><table:table-row><table:table-cell office:value-type=\"string\">"
            + "<office:annotation><dc:creator>" + SECRET + "</dc:creator><dc:date>2023-05-04T10:13:00</dc:date>"
            + "<text:p>planted comment</text:p></office:annotation><text:p>inserted text</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"float\" office:value=\"42\"><text:p>42</text:p></table:table-cell>"
            + "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>";

    static byte[] ods() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("mimetype", utf8("application/vnd.oasis.opendocument.spreadsheet"));
        m.put("content.xml", utf8(ODS_CONTENT));
        m.put("meta.xml", utf8(META));
        m.put("settings.xml", utf8(SETTINGS));
        m.put("Thumbnails/thumbnail.png", TestContext.pngWithAuthor());
        m.put("META-INF/manifest.xml", utf8(manifest("application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "text/xml", "meta.xml", "text/xml", "settings.xml", "text/xml",
                "Thumbnails/thumbnail.png", "image/png")));
        return TestZip.build(m);
    }

    /** The text document with one member replaced or added. */
    static byte[] odtWith(String name, byte[] data) {
        Map<String, byte[]> m = odtMembers();
        m.put(name, data);
        return TestZip.build(m);
    }
}

package org.veil.documents;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small DOCX and ODT documents written by hand (plain ZIP and XML), with a name in every place text lives. */
final class TestDocs {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private TestDocs() {
    }

    static String p(String runs) {
        return "<w:p>" + runs + "</w:p>";
    }

    static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    static String r(String props, String text) {
        return "<w:r><w:rPr>" + props + "</w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String part(String root, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:" + root + " xmlns:w=\"" + W
                + "\" xmlns:r=\"" + R + "\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"
                + "wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + body + "</w:" + root + ">";
    }

    /** A Word document: the body paragraphs, plus header, footer, footnote, comment and a mailto link. */
    static byte[] docx(String body, String header, String footer, String footnote, String comment, String link) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"appli"
                + "cation/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType="
                + "\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"" + CT
                + "document.main+xml\"/><Override PartName=\"/word/header1.xml\" ContentType=\"" + CT
                + "header+xml\"/><Override PartName=\"/word/footer1.xml\" ContentType=\"" + CT + "footer+xml\"/>"
                + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"" + CT + "footnotes+xml\"/>"
                + "<Override PartName=\"/word/comments.xml\" ContentType=\"" + CT + "comments+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package"
                + ".core-properties+xml\"/></Types>");
        m.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + REL
                + "officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas"
                + ".openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core"
                + ".xml\"/></Relationships>");
        m.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                + "\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "header\" Target=\"header1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL + "footer\" Target=\"footer1.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL + "footnotes\" Target=\"footnotes.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + REL + "comments\" Target=\"comments.xml\"/>"
                + "<Relationship Id=\"rId5\" Type=\"" + REL + "hyperlink\" Target=\"" + link
                + "\" TargetMode=\"External\"/></Relationships>");
        m.put("word/document.xml", part("document", "<w:body>" + body
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/><w:footerReference "
                + "w:type=\"default\" r:id=\"rId2\"/></w:sectPr></w:body>"));
        m.put("word/header1.xml", part("hdr", p(r(header))));
        m.put("word/footer1.xml", part("ftr", p(r(footer))));
        m.put("word/footnotes.xml", part("footnotes", "<w:footnote w:id=\"1\">" + p(r(footnote)) + "</w:footnote>"));
        m.put("word/comments.xml", part("comments", "<w:comment w:id=\"0\" w:author=\"Reviewer\">" + p(r(comment))
                + "</w:comment>"));
        m.put("docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"http://"
                + "schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/"
                + "elements/1.1/\"><dc:creator>Marina Sokolova</dc:creator><dc:title>Statement</dc:title>"
                + "</cp:coreProperties>");
        return TestZip.zip(m);
    }

    static String footnoteRef() {
        return "<w:r><w:footnoteReference w:id=\"1\"/></w:r>";
    }

    static String commentAnchor(String runs) {
        return "<w:commentRangeStart w:id=\"0\"/>" + runs + "<w:commentRangeEnd w:id=\"0\"/><w:r>"
                + "<w:commentReference w:id=\"0\"/></w:r>";
    }

    static String hyperlink(String text) {
        return "<w:hyperlink r:id=\"rId5\">" + r(text) + "</w:hyperlink>";
    }

    static String deleted(String text) {
        return "<w:del w:id=\"7\" w:author=\"Editor\"><w:r><w:delText xml:space=\"preserve\">" + text
                + "</w:delText></w:r></w:del>";
    }

    static String inserted(String text) {
        return "<w:ins w:id=\"8\" w:author=\"Editor\">" + r(text) + "</w:ins>";
    }

    static String picture(String descr, String title) {
        return "<w:r><w:drawing><wp:inline><wp:extent cx=\"10\" cy=\"10\"/><wp:docPr id=\"1\" name=\"Picture 1\" "
                + "descr=\"" + descr + "\" title=\"" + title + "\"/><a:graphic><a:graphicData uri=\"http://schemas"
                + ".openxmlformats.org/drawingml/2006/picture\"/></a:graphic></wp:inline></w:drawing></w:r>";
    }

    // ---- OpenDocument text ----

    static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private static String odfRoot(String root, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:" + root + " xmlns:office=\"urn:oasis:names:tc:"
                + "opendocument:xmlns:office:1.0\" xmlns:text=\"" + TEXT_NS + "\" xmlns:style=\"urn:oasis:names:tc:"
                + "opendocument:xmlns:style:1.0\" xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                + "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" xmlns:xlink=\"http://www."
                + "w3.org/1999/xlink\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:meta=\"urn:oasis:names:"
                + "tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\">" + body + "</office:" + root + ">";
    }

    /** An OpenDocument text: body (office:text content), header and footer in styles.xml, a title in meta.xml. */
    static byte[] odt(String body, String header, String footer) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("mimetype", "application/vnd.oasis.opendocument.text");
        m.put("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest="
                + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis."
                + "opendocument.text\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type="
                + "\"text/xml\"/><manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/"
                + "xml\"/><manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>");
        m.put("content.xml", odfRoot("document-content", "<office:body><office:text>" + body
                + "</office:text></office:body>"));
        m.put("styles.xml", odfRoot("document-styles", "<office:master-styles><style:master-page style:name="
                + "\"Standard\"><style:header><text:p>" + header + "</text:p></style:header><style:footer><text:p>"
                + footer + "</text:p></style:footer></style:master-page></office:master-styles>"));
        m.put("meta.xml", odfRoot("document-meta", "<office:meta><dc:title>Statement</dc:title><meta:initial-"
                + "creator>Marina Sokolova</meta:initial-creator></office:meta>"));
        return TestZip.zip(m);
    }
}

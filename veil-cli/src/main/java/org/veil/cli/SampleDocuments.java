package org.veil.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.veil.files.archive.ZipMember;
import org.veil.files.archive.ZipWriter;

/**
 * Documents for {@code veil bench documents}, written here from paragraphs of text: a Word document (each
 * paragraph split over two runs, the second one bold) and an OpenDocument text with the same paragraphs.
 */
final class SampleDocuments {
    private SampleDocuments() {
    }

    static byte[] docx(List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            int half = p.indexOf(' ', p.length() / 2);
            half = half < 0 ? p.length() : half;
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(escape(p.substring(0, half)))
                    .append("</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">")
                    .append(escape(p.substring(half))).append("</w:t></w:r></w:p>");
        }
        return ZipWriter.write(List.of(
                member("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                        + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                        + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                        + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "</Types>"),
                member("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                        + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                        + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                        + "Target=\"word/document.xml\"/></Relationships>"),
                member("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://"
                        + "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
                        + "</w:body></w:document>")));
    }

    static byte[] odt(List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<text:p>").append(escape(p)).append("</text:p>");
        }
        String ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:"
                + "tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\"";
        return ZipWriter.write(List.of(
                member("mimetype", "application/vnd.oasis.opendocument.text"),
                member("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                        + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version="
                        + "\"1.3\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/"
                        + "vnd.oasis.opendocument.text\"/><manifest:file-entry manifest:full-path=\"content.xml\" "
                        + "manifest:media-type=\"text/xml\"/></manifest:manifest>"),
                member("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ns
                        + "><office:body><office:text>" + body + "</office:text></office:body>"
                        + "</office:document-content>")));
    }

    private static ZipMember member(String name, String xml) {
        return new ZipMember(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

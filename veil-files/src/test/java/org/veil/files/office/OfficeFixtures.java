package org.veil.files.office;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Minimal but structurally valid Word, Excel and PowerPoint packages written part by part, with planted
 * metadata: an author, a company, a comment, tracked changes, revision ids, custom properties, a thumbnail,
 * printer settings. Tests change single parts with {@link #put} and {@link #remove}.
 */
final class OfficeFixtures {
    static final String AUTHOR = "Ivan Petrov-Secret";
    /** Values that must not survive cleaning anywhere in the package. */
    static final List<String> PLANTED = List.of(AUTHOR, "Maria Secretova", "Secret Company Ltd", "Boss Secretov",
            "planted comment", "deleted secret text", "moved away text", "SecretTemplate", "IvanPetrovSecret",
            "00A1B2C3", "00D4E5F6", "2023-05-17", "2024-03-01", "SN-VEIL-123456", "THUMB-SECRET", "Secret Title Plan",
            "1A2B3C4D", "CUSTOMXML-SECRET", "VML-NOTE-SECRET", "ivan@secret.example", "SECRET-DOC-ID",
            "Microsoft Office", "16.0000");

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PR = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String OX = "application/vnd.openxmlformats-officedocument.";
    private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    private static final String CHANGE = " w:author=\"" + AUTHOR + "\" w:date=\"2024-03-01T10:00:00Z\"";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    OfficeFixtures put(String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    OfficeFixtures put(String name, byte[] data) {
        parts.put(name, data);
        return this;
    }

    OfficeFixtures remove(String name) {
        parts.remove(name);
        return this;
    }

    String text(String name) {
        return new String(parts.get(name), StandardCharsets.UTF_8);
    }

    /** Replaces {@code from} by {@code to} in one part, failing if it is not there (a fixture typo). */
    OfficeFixtures edit(String name, String from, String to) {
        String t = text(name);
        if (!t.contains(from)) {
            throw new IllegalArgumentException(name + " has no " + from);
        }
        return put(name, t.replace(from, to));
    }

    byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] png() {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String rels(String... idTypeTarget) {
        StringBuilder s = new StringBuilder(DECL + "<Relationships xmlns=\"" + PR + "\">");
        for (int i = 0; i < idTypeTarget.length; i += 3) {
            String target = idTypeTarget[i + 2];
            boolean external = target.contains(":");
            s.append("<Relationship Id=\"").append(idTypeTarget[i]).append("\" Type=\"")
                    .append(idTypeTarget[i + 1].startsWith("http") ? idTypeTarget[i + 1] : RT + idTypeTarget[i + 1])
                    .append("\" Target=\"").append(target).append('"')
                    .append(external ? " TargetMode=\"External\"" : "").append("/>");
        }
        return s.append("</Relationships>").toString();
    }

    private static void properties(OfficeFixtures f, String application) {
        f.put("docProps/core.xml", DECL + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms="
                + "\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>Secret Title Plan</dc:title><dc:creator>" + AUTHOR + "</dc:creator>"
                + "<cp:lastModifiedBy>Maria Secretova</cp:lastModifiedBy><cp:revision>7</cp:revision>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-05-17T09:13:00Z</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2023-05-17T11:40:00Z</dcterms:modified>"
                + "</cp:coreProperties>");
        f.put("docProps/app.xml", DECL + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<Template>SecretTemplate.dotm</Template><TotalTime>42</TotalTime><Pages>1</Pages>"
                + "<Application>" + application + "</Application><Company>Secret Company Ltd</Company>"
                + "<Manager>Boss Secretov</Manager><AppVersion>16.0000</AppVersion></Properties>");
        f.put("docProps/custom.xml", DECL + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"SourceName\">"
                + "<vt:lpwstr>" + AUTHOR + "</vt:lpwstr></property></Properties>");
        f.put("docProps/thumbnail.jpeg", thumbnail());
    }

    private static byte[] thumbnail() {
        byte[] marker = "THUMB-SECRET".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[marker.length + 4];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xD8;
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE;
        System.arraycopy(marker, 0, out, 4, marker.length);
        return out;
    }

    private static String packageRels(String mainPart) {
        return rels("rId1", "officeDocument", mainPart,
                "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml",
                "rId3", "extended-properties", "docProps/app.xml",
                "rId4", "custom-properties", "docProps/custom.xml",
                "rId5", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
                "docProps/thumbnail.jpeg");
    }

    private static String propertyTypes() {
        return "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                + "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
                + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
                + override("/docProps/app.xml", OX + "extended-properties+xml")
                + override("/docProps/custom.xml", OX + "custom-properties+xml");
    }

    static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }

    private static String types(String body) {
        return DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" + propertyTypes()
                + body + "</Types>";
    }

    /** The paragraphs of the Word fixture's body, as text, once changes are accepted. */
    static final List<String> DOCX_TEXT_AFTER = List.of("First paragraph stays.", "Commented words here.",
            "Before inserted text after.", "", "Visit the link.", "Joined paragraph.", "", "Bold now.");

    static OfficeFixtures docx() {
        OfficeFixtures f = new OfficeFixtures();
        f.put("[Content_Types].xml", types(
                "<Default Extension=\"bin\" ContentType=\"" + OX + "wordprocessingml.printerSettings\"/>"
                + override("/word/document.xml", OX + "wordprocessingml.document.main+xml")
                + override("/word/styles.xml", OX + "wordprocessingml.styles+xml")
                + override("/word/settings.xml", OX + "wordprocessingml.settings+xml")
                + override("/word/comments.xml", OX + "wordprocessingml.comments+xml")
                + override("/word/people.xml", OX + "wordprocessingml.people+xml")
                + override("/customXml/itemProps1.xml", OX + "customXmlProperties+xml")));
        f.put("_rels/.rels", packageRels("word/document.xml"));
        properties(f, "Microsoft Office Word");
        f.put("word/document.xml", DECL + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>"
                + "<w:p w:rsidR=\"00A1B2C3\" w:rsidRDefault=\"00A1B2C3\"><w:r><w:t>First paragraph stays.</w:t></w:r></w:p>"
                + "<w:p w:rsidR=\"00A1B2C3\"><w:commentRangeStart w:id=\"0\"/><w:r w:rsidRPr=\"00D4E5F6\">"
                + "<w:t>Commented words</w:t></w:r><w:commentRangeEnd w:id=\"0\"/><w:r><w:rPr><w:rStyle "
                + "w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"0\"/></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> here.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">Before </w:t></w:r><w:ins w:id=\"1\"" + CHANGE + ">"
                + "<w:r><w:t>inserted text</w:t></w:r></w:ins><w:del w:id=\"2\"" + CHANGE + "><w:r>"
                + "<w:delText>deleted secret text</w:delText></w:r></w:del><w:r><w:t xml:space=\"preserve\"> after."
                + "</w:t></w:r></w:p>"
                + "<w:p><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent "
                + "cx=\"381000\" cy=\"381000\"/><wp:docPr id=\"1\" name=\"Picture 1\"/><a:graphic><a:graphicData "
                + "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr "
                + "id=\"1\" name=\"Picture 1\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rId6\"/>"
                + "<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
                + "<a:ext cx=\"381000\" cy=\"381000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
                + "</pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">Visit </w:t></w:r><w:hyperlink r:id=\"rId7\"><w:r>"
                + "<w:t>the link</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:rPr><w:del w:id=\"3\"" + CHANGE + "/></w:rPr></w:pPr><w:r><w:t xml:space=\"preserve\">"
                + "Joined </w:t></w:r></w:p><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>paragraph.</w:t>"
                + "</w:r></w:p>"
                + "<w:p><w:moveFromRangeStart w:id=\"4\"" + CHANGE + " w:name=\"move1\"/><w:moveFrom w:id=\"5\"" + CHANGE
                + "><w:r><w:t>moved away text</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id=\"4\"/></w:p>"
                + "<w:p><w:pPr><w:pPrChange w:id=\"6\"" + CHANGE + "><w:pPr><w:jc w:val=\"left\"/></w:pPr></w:pPrChange>"
                + "</w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id=\"7\"" + CHANGE + "><w:rPr/></w:rPrChange></w:rPr>"
                + "<w:t>Bold now.</w:t></w:r></w:p>"
                + "<w:sectPr w:rsidR=\"00A1B2C3\"><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" "
                + "w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"
                + "<w:printerSettings r:id=\"rId8\"/></w:sectPr></w:body></w:document>");
        f.put("word/_rels/document.xml.rels", rels("rId1", "styles", "styles.xml", "rId2", "settings", "settings.xml",
                "rId3", "comments", "comments.xml",
                "rId4", "http://schemas.microsoft.com/office/2011/relationships/people", "people.xml",
                "rId5", "customXml", "../customXml/item1.xml", "rId6", "image", "media/image1.png",
                "rId7", "hyperlink", "https://example.org/", "rId8", "printerSettings",
                "printerSettings/printerSettings1.bin"));
        f.put("word/styles.xml", DECL + "<w:styles xmlns:w=\"" + W + "\"><w:style w:type=\"paragraph\" w:default=\"1\" "
                + "w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:rsid w:val=\"00A1B2C3\"/></w:style>"
                + "</w:styles>");
        f.put("word/settings.xml", DECL + "<w:settings xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\" xmlns:w14="
                + "\"http://schemas.microsoft.com/office/word/2010/wordml\"><w:attachedTemplate r:id=\"rId1\"/>"
                + "<w:trackRevisions/><w:defaultTabStop w:val=\"708\"/><w:characterSpacingControl "
                + "w:val=\"doNotCompress\"/><w:rsids><w:rsidRoot w:val=\"00A1B2C3\"/><w:rsid w:val=\"00A1B2C3\"/>"
                + "<w:rsid w:val=\"00D4E5F6\"/></w:rsids><w14:docId w14:val=\"1A2B3C4D\"/></w:settings>");
        f.put("word/_rels/settings.xml.rels", rels("rId1", "attachedTemplate",
                "file:///C:/Users/IvanPetrovSecret/Templates/SecretTemplate.dotm"));
        f.put("word/comments.xml", DECL + "<w:comments xmlns:w=\"" + W + "\"><w:comment w:id=\"0\"" + CHANGE
                + " w:initials=\"IP\"><w:p><w:r><w:t>planted comment</w:t></w:r></w:p></w:comment></w:comments>");
        f.put("word/people.xml", DECL + "<w15:people xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
                + "<w15:person w15:author=\"" + AUTHOR + "\"><w15:presenceInfo w15:providerId=\"None\" w15:userId=\""
                + "ivan@secret.example\"/></w15:person></w15:people>");
        f.put("customXml/item1.xml", "<data>CUSTOMXML-SECRET</data>");
        f.put("customXml/itemProps1.xml", DECL + "<ds:datastoreItem ds:itemID=\"{11111111-2222-3333-4444-555555555555}\""
                + " xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\"/>");
        f.put("customXml/_rels/item1.xml.rels", rels("rId1", "customXmlProps", "itemProps1.xml"));
        f.put("word/media/image1.png", png());
        f.put("word/printerSettings/printerSettings1.bin", "PRINTER SN-VEIL-123456".getBytes(StandardCharsets.UTF_8));
        return f;
    }

    static OfficeFixtures xlsx() {
        OfficeFixtures f = new OfficeFixtures();
        f.put("[Content_Types].xml", types(
                "<Default Extension=\"bin\" ContentType=\"" + OX + "spreadsheetml.printerSettings\"/>"
                + "<Default Extension=\"vml\" ContentType=\"" + OX + "vmlDrawing\"/>"
                + override("/xl/workbook.xml", OX + "spreadsheetml.sheet.main+xml")
                + override("/xl/worksheets/sheet1.xml", OX + "spreadsheetml.worksheet+xml")
                + override("/xl/sharedStrings.xml", OX + "spreadsheetml.sharedStrings+xml")
                + override("/xl/comments1.xml", OX + "spreadsheetml.comments+xml")
                + override("/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml")
                + override("/xl/persons/person.xml", "application/vnd.ms-excel.person+xml")));
        f.put("_rels/.rels", packageRels("xl/workbook.xml"));
        properties(f, "Microsoft Office Excel");
        String x = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        f.put("xl/workbook.xml", DECL + "<workbook xmlns=\"" + x + "\" xmlns:r=\"" + R + "\" xmlns:mc=\"http://schemas."
                + "openxmlformats.org/markup-compatibility/2006\" xmlns:x15ac=\"http://schemas.microsoft.com/office/"
                + "spreadsheetml/2010/11/ac\" xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\""
                + " mc:Ignorable=\"x15ac xr\"><fileVersion appName=\"xl\"/><fileSharing userName=\"" + AUTHOR + "\"/>"
                + "<workbookPr/><mc:AlternateContent><mc:Choice Requires=\"x15\"><x15ac:absPath url=\"C:\\Users\\"
                + "IvanPetrovSecret\\Documents\\\"/></mc:Choice></mc:AlternateContent><xr:revisionPtr revIDLastSave=\"0\""
                + " documentId=\"8_{SECRET-DOC-ID}\"/><bookViews><workbookView/></bookViews><sheets><sheet "
                + "name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        f.put("xl/_rels/workbook.xml.rels", rels("rId1", "worksheet", "worksheets/sheet1.xml",
                "rId2", "sharedStrings", "sharedStrings.xml",
                "rId3", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml"));
        f.put("xl/worksheets/sheet1.xml", DECL + "<worksheet xmlns=\"" + x + "\" xmlns:r=\"" + R + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>42</v></c></row></sheetData>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"portrait\" r:id=\"rId3\"/><legacyDrawing r:id=\"rId2\"/>"
                + "</worksheet>");
        f.put("xl/worksheets/_rels/sheet1.xml.rels", rels("rId1", "comments", "../comments1.xml",
                "rId2", "vmlDrawing", "../drawings/vmlDrawing1.vml",
                "rId3", "printerSettings", "../printerSettings/printerSettings1.bin",
                "rId4", "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
                "../threadedComments/threadedComment1.xml"));
        f.put("xl/sharedStrings.xml", DECL + "<sst xmlns=\"" + x + "\" count=\"1\" uniqueCount=\"1\"><si><t>Cell "
                + "content stays</t></si></sst>");
        f.put("xl/comments1.xml", DECL + "<comments xmlns=\"" + x + "\"><authors><author>" + AUTHOR + "</author>"
                + "</authors><commentList><comment ref=\"A1\" authorId=\"0\"><text><r><t>planted comment</t></r></text>"
                + "</comment></commentList></comments>");
        f.put("xl/threadedComments/threadedComment1.xml", DECL + "<ThreadedComments xmlns=\"http://schemas.microsoft.com"
                + "/office/spreadsheetml/2018/threadedcomments\"><threadedComment ref=\"A1\" dT=\"2024-03-01T10:00:00\" "
                + "personId=\"{AAAA}\" id=\"{BBBB}\"><text>planted comment</text></threadedComment></ThreadedComments>");
        f.put("xl/persons/person.xml", DECL + "<personList xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/"
                + "2018/threadedcomments\"><person displayName=\"" + AUTHOR + "\" id=\"{AAAA}\" userId=\""
                + "ivan@secret.example\" providerId=\"None\"/></personList>");
        f.put("xl/drawings/vmlDrawing1.vml", "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:x=\"urn:schemas-"
                + "microsoft-com:office:excel\"><v:shape id=\"_x0000_s1025\"><v:textbox><div>VML-NOTE-SECRET</div>"
                + "</v:textbox><x:ClientData ObjectType=\"Note\"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData>"
                + "</v:shape></xml>");
        f.put("xl/printerSettings/printerSettings1.bin", "PRINTER SN-VEIL-123456".getBytes(StandardCharsets.UTF_8));
        return f;
    }

    static OfficeFixtures pptx() {
        OfficeFixtures f = new OfficeFixtures();
        String pml = OX + "presentationml.";
        f.put("[Content_Types].xml", types(
                override("/ppt/presentation.xml", pml + "presentation.main+xml")
                + override("/ppt/slideMasters/slideMaster1.xml", pml + "slideMaster+xml")
                + override("/ppt/slideLayouts/slideLayout1.xml", pml + "slideLayout+xml")
                + override("/ppt/slides/slide1.xml", pml + "slide+xml")
                + override("/ppt/theme/theme1.xml", OX + "theme+xml")
                + override("/ppt/presProps.xml", pml + "presProps+xml")
                + override("/ppt/viewProps.xml", pml + "viewProps+xml")
                + override("/ppt/commentAuthors.xml", pml + "commentAuthors+xml")
                + override("/ppt/comments/comment1.xml", pml + "comments+xml")));
        f.put("_rels/.rels", packageRels("ppt/presentation.xml"));
        properties(f, "Microsoft Office PowerPoint");
        String p = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"" + R + "\" "
                + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
        String tree = "<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
                + "<p:grpSpPr/>%s</p:spTree></p:cSld>";
        f.put("ppt/presentation.xml", DECL + "<p:presentation " + p + "><p:sldMasterIdLst><p:sldMasterId "
                + "id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId2\"/>"
                + "</p:sldIdLst><p:sldSz cx=\"9144000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
                + "</p:presentation>");
        f.put("ppt/_rels/presentation.xml.rels", rels("rId1", "slideMaster", "slideMasters/slideMaster1.xml",
                "rId2", "slide", "slides/slide1.xml", "rId3", "theme", "theme/theme1.xml",
                "rId4", "presProps", "presProps.xml", "rId5", "viewProps", "viewProps.xml",
                "rId6", "commentAuthors", "commentAuthors.xml"));
        f.put("ppt/slideMasters/slideMaster1.xml", DECL + "<p:sldMaster " + p + ">" + String.format(tree, "")
                + "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" "
                + "accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" "
                + "folHlink=\"folHlink\"/><p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/>"
                + "</p:sldLayoutIdLst></p:sldMaster>");
        f.put("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels("rId1", "slideLayout",
                "../slideLayouts/slideLayout1.xml", "rId2", "theme", "../theme/theme1.xml"));
        f.put("ppt/slideLayouts/slideLayout1.xml", DECL + "<p:sldLayout " + p + ">" + String.format(tree, "")
                + "</p:sldLayout>");
        f.put("ppt/slideLayouts/_rels/slideLayout1.xml.rels", rels("rId1", "slideMaster",
                "../slideMasters/slideMaster1.xml"));
        f.put("ppt/slides/slide1.xml", DECL + "<p:sld " + p + ">" + String.format(tree, "<p:sp><p:nvSpPr><p:cNvPr "
                + "id=\"2\" name=\"Title 1\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:r>"
                + "<a:t>Slide text stays</a:t></a:r></a:p></p:txBody></p:sp>") + "</p:sld>");
        f.put("ppt/slides/_rels/slide1.xml.rels", rels("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml",
                "rId2", "comments", "../comments/comment1.xml"));
        f.put("ppt/theme/theme1.xml", DECL + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " name=\"Office\"><a:themeElements/></a:theme>");
        f.put("ppt/presProps.xml", DECL + "<p:presentationPr " + p + "/>");
        f.put("ppt/viewProps.xml", DECL + "<p:viewPr " + p + " lastView=\"sldView\"/>");
        f.put("ppt/commentAuthors.xml", DECL + "<p:cmAuthorLst " + p + "><p:cmAuthor id=\"1\" name=\"" + AUTHOR
                + "\" initials=\"IP\" lastIdx=\"1\" clrIdx=\"0\"/></p:cmAuthorLst>");
        f.put("ppt/comments/comment1.xml", DECL + "<p:cmLst " + p + "><p:cm authorId=\"1\" dt=\"2024-03-01T10:00:00\" "
                + "idx=\"1\"><p:pos x=\"10\" y=\"10\"/><p:text>planted comment</p:text></p:cm></p:cmLst>");
        return f;
    }
}

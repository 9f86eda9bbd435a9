package org.veil.files.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

/** Builds the test PDFs: one carrying every kind of metadata the cleaner must remove, and simple variants. */
final class DirtyPdf {
    static final String AUTHOR = "Ivan Petrov-Secret";
    static final String VISIBLE = "Visible report text";
    static final String DELETED = "deleted secret text";
    /** Strings planted in the dirty PDF that must not survive cleaning, in any encoding or stream. */
    static final String[] PLANTED = {AUTHOR, "VeilWriter", "SecretProducer", "planted title", "planted department",
        "secret-notes", "planted script", "planted notes body", "SN-VEIL-123456", "VeilCam", "planted comment",
        DELETED, "page-xmp-secret", "IllustratorPrivate", "D:2019", "20190314", "planted-file-id"};

    private DirtyPdf() {
    }

    static byte[] photo() throws IOException {
        try (InputStream in = DirtyPdf.class.getResourceAsStream("/pdf/photo-exif.jpg")) {
            return in.readAllBytes();
        }
    }

    /** Every kind of metadata, then an incremental update that drops the second line of text. */
    static byte[] everything() throws IOException {
        return dropSecondContentStream(firstRevision());
    }

    static byte[] firstRevision() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE,
                    false)) {
                text(cs, font, 700, VISIBLE);
                cs.drawImage(JPEGFactory.createFromByteArray(doc, photo()), 72, 450, 128, 96);
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    false)) {
                text(cs, font, 650, DELETED);
            }
            info(doc.getDocumentInformation());
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            catalog.setMetadata(xmp(doc, "<dc:creator><rdf:Seq><rdf:li>" + AUTHOR + "</rdf:li></rdf:Seq></dc:creator>"
                    + "<xmp:CreatorTool>VeilWriter 9.1</xmp:CreatorTool>"));
            page.setMetadata(xmp(doc, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">page-xmp-secret</rdf:li>"
                    + "</rdf:Alt></dc:title>"));
            PDComplexFileSpecification notes = attachment(doc);
            names(doc, catalog, notes);
            catalog.setOpenAction(new PDActionJavaScript("app.alert('planted script on open');"));
            pageExtras(doc, page);
            annotations(page, notes);
            COSArray id = new COSArray();
            id.add(new COSString("planted-file-id"));
            id.add(new COSString("planted-file-id"));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            return save(doc);
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float y, String line) throws IOException {
        cs.beginText();
        cs.setFont(font, 14);
        cs.newLineAtOffset(72, y);
        cs.showText(line);
        cs.endText();
    }

    private static void info(PDDocumentInformation info) {
        info.setAuthor(AUTHOR);
        info.setCreator("VeilWriter 9.1");
        info.setProducer("SecretProducer 4.2");
        info.setTitle("planted title");
        info.setCreationDate(date());
        info.setModificationDate(date());
        info.setCustomMetadataValue("Department", "planted department");
    }

    static Calendar date() {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(2019, Calendar.MARCH, 14, 9, 26, 53);
        return c;
    }

    private static PDMetadata xmp(PDDocument doc, String fields) throws IOException {
        String packet = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">" + fields
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        PDMetadata m = new PDMetadata(doc);
        m.importXMPMetadata(packet.getBytes(StandardCharsets.UTF_8));
        return m;
    }

    private static PDComplexFileSpecification attachment(PDDocument doc) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc,
                new ByteArrayInputStream("planted notes body".getBytes(StandardCharsets.US_ASCII)));
        file.setSubtype("text/plain");
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile("secret-notes.txt");
        spec.setFileUnicode("secret-notes.txt");
        spec.setEmbeddedFile(file);
        return spec;
    }

    private static void names(PDDocument doc, PDDocumentCatalog catalog, PDComplexFileSpecification notes) {
        PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
        files.setNames(Map.of("secret-notes.txt", notes));
        PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
        scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert('planted script');")));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(files);
        names.setJavascript(scripts);
        catalog.setNames(names);
    }

    /** A thumbnail, Illustrator-style private data, a modification time and a script on page open. */
    private static void pageExtras(PDDocument doc, PDPage page) throws IOException {
        COSDictionary dict = page.getCOSObject();
        BufferedImage thumb = new BufferedImage(16, 22, BufferedImage.TYPE_INT_RGB);
        dict.setItem(COSName.THUMB, LosslessFactory.createFromImage(doc, thumb).getCOSObject());
        COSDictionary privateData = new COSDictionary();
        privateData.setString(COSName.getPDFName("Owner"), "IllustratorPrivate " + AUTHOR);
        COSDictionary app = new COSDictionary();
        app.setItem(COSName.getPDFName("Private"), privateData);
        app.setDate(COSName.LAST_MODIFIED, date());
        COSDictionary pieceInfo = new COSDictionary();
        pieceInfo.setItem(COSName.getPDFName("Illustrator"), app);
        dict.setItem(COSName.PIECE_INFO, pieceInfo);
        dict.setDate(COSName.LAST_MODIFIED, date());
        COSDictionary aa = new COSDictionary();
        aa.setItem(COSName.O, new PDActionJavaScript("app.alert('planted script on page');"));
        dict.setItem(COSName.AA, aa);
    }

    private static void annotations(PDPage page, PDComplexFileSpecification notes) throws IOException {
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(400, 700, 20, 20));
        note.setContents("Check the numbers");
        note.setTitlePopup(AUTHOR);
        note.setModifiedDate(date());
        note.setCreationDate(date());
        note.setRichContents("<body><p>" + AUTHOR + "</p></body>");
        PDAnnotationPopup popup = new PDAnnotationPopup();
        popup.setRectangle(new PDRectangle(420, 600, 150, 100));
        note.setPopup(popup);
        popup.getCOSObject().setItem(COSName.PARENT, note);
        PDAnnotationFileAttachment clip = new PDAnnotationFileAttachment();
        clip.setRectangle(new PDRectangle(400, 650, 20, 20));
        clip.setFile(notes);
        clip.setTitlePopup(AUTHOR);
        page.getAnnotations().add(note);
        page.getAnnotations().add(popup);
        page.getAnnotations().add(clip);
    }

    /** An incremental update: the page keeps only its first content stream, so the second is history. */
    static byte[] dropSecondContentStream(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            COSArray contents = (COSArray) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            page.getCOSObject().setItem(COSName.CONTENTS, contents.get(0));
            page.getCOSObject().setNeedToBeUpdated(true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setModificationDate(date());
            info.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** A plain one-page document with {@link #VISIBLE} and optionally a JPEG. */
    static byte[] simple(boolean withPhoto) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 700, VISIBLE);
                if (withPhoto) {
                    cs.drawImage(JPEGFactory.createFromByteArray(doc, photo()), 72, 450, 128, 96);
                }
            }
            doc.getDocumentInformation().setAuthor(AUTHOR);
            return save(doc);
        }
    }

    static byte[] encrypted(String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(simple(false))) {
            doc.protect(new StandardProtectionPolicy("owner-pw", userPassword, new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }
}

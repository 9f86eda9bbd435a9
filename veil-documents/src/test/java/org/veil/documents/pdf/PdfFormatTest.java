package org.veil.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.documents.DocumentRefused;
import org.veil.documents.ParsedDocument;
import org.veil.documents.TextEdit;
import org.veil.files.CleanOptions;
import org.veil.files.Scrubber;

class PdfFormatTest {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private final PdfFormat format = new PdfFormat();

    @TempDir
    Path tmp;

    @Test
    void latinNameInStandard14FontIsRemovedAndTheRestStaysInPlace() throws Exception {
        byte[] input = PdfSamples.lines(null,
                new String[] {"Yesterday Anna Keller met the press in Berlin.", "The minister thanked Anna Keller again."},
                new String[] {"Second page without names."});
        byte[] output = redact(input, "[PERSON A]", "Anna Keller");
        assertRedacted(input, output, List.of("Anna", "Keller"),
                List.of("Yesterday", "met the press in Berlin.", "The minister thanked", "again.", "Second page"),
                0, "Anna", "met");
        assertTrue(PdfProbe.text(output).contains("[PERSON A]"), "the placeholder is written in the box");
    }

    @Test
    void redactedOutputPassesTheFileScrubberAndStaysRedacted() throws Exception {
        assumeTrue(Files.isReadable(DEJAVU), "skipped: " + DEJAVU + " is absent (Debian fonts-dejavu-core)");
        byte[] input = PdfSamples.lines(null, new String[] {"Yesterday Anna Keller met the press in Berlin."});
        byte[] output = redact(input, "[ЛИЦО А]", "Anna Keller");
        byte[] scrubbed = Scrubber.standard(CleanOptions.defaults()).clean(output, "statement.pdf");
        String text = PdfProbe.text(scrubbed);
        assertFalse(text.contains("Anna") || text.contains("Keller"), text);
        assertTrue(text.contains("Yesterday") && text.contains("[ЛИЦО А]") && text.contains("met the press"), text);
    }

    @Test
    void textIsInReadingOrderWithPagesSeparatedByABlankLine() throws Exception {
        byte[] input = PdfSamples.lines(null, new String[] {"First page."}, new String[] {"Second page."});
        String text = format.parse(input).text();
        assertTrue(text.matches("(?s)First page\\.\\n\\n+Second page\\.\\s*"), text);
    }

    @Test
    void rewritingWithoutEditsKeepsTheText() throws Exception {
        byte[] input = PdfSamples.lines(null, new String[] {"Nothing to hide here."});
        ParsedDocument parsed = format.parse(input);
        byte[] output = parsed.rewrite(List.of());
        assertEquals(parsed.text(), format.parse(output).text());
    }

    @Test
    void cyrillicNameInEmbeddedTrueTypeFont() throws Exception {
        assumeTrue(Files.isReadable(DEJAVU), "skipped: " + DEJAVU + " is absent (Debian fonts-dejavu-core)");
        PDDocument doc = new PDDocument();
        PDFont font = PDType0Font.load(doc, DEJAVU.toFile());
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(font, 12);
            cs.newLineAtOffset(72, 700);
            cs.showText("Вчера Анна Каренина встретилась с прессой.");
            cs.endText();
        }
        byte[] input = PdfSamples.save(doc);
        byte[] output = redact(input, "[ЛИЦО А]", "Анна Каренина");
        assertRedacted(input, output, List.of("Анна", "Каренина"), List.of("Вчера", "встретилась с прессой."),
                0, "Анна", "встретилась");
        assertTrue(PdfProbe.text(output).contains("[ЛИЦО А]"), "the Cyrillic placeholder is embedded");
    }

    @Test
    void nameSplitAcrossKernedTjElementsWithWordSpacingAndQuoteOperators() throws Exception {
        byte[] input = PdfSamples.rawPage("""
                BT /F1 12 Tf 2 Tw 16 TL 72 700 Td
                [(Yesterday ) (An) -20 (na K) 35 (el) 10 (ler) ( met the press.)] TJ
                (Then Anna Keller left.) '
                1 0.5 (Anna Keller came back.) "
                ET
                /Span << /ActualText (Anna Keller) /Alt (Anna Keller) >> BDC
                BT /F1 12 Tf 72 600 Td (A. K. signed.) Tj ET
                EMC
                """);
        byte[] output = redact(input, "[PERSON A]", "Anna Keller");
        assertRedacted(input, output, List.of("Anna", "Keller", "nna", "eller"),
                List.of("Yesterday", "met the press.", "Then", "left.", "came back.", "A. K. signed."),
                0, "Anna", "met");
        assertEquals(PdfProbe.find(input, 0, "left.").x(), PdfProbe.find(output, 0, "left.").x(), 0.05);
        assertEquals(PdfProbe.find(input, 0, "came").x(), PdfProbe.find(output, 0, "came").x(), 0.05);
    }

    @Test
    void nameDrawnOutOfOrderIsReadByPosition() throws Exception {
        float x = 72 + PdfSamples.helvetica().getStringWidth("Yesterday Anna ") / 1000f * 12;
        byte[] input = PdfSamples.rawPage("BT /F1 12 Tf " + x + " 700 Td (Keller met the press.) Tj ET\n"
                + "BT /F1 12 Tf 72 700 Td (Yesterday Anna ) Tj ET\n");
        byte[] output = redact(input, "[PERSON A]", "Anna Keller");
        assertRedacted(input, output, List.of("Anna", "Keller"), List.of("Yesterday", "met the press."),
                0, "Anna", "met");
    }

    @Test
    void slantedTextIsReadWholeAndRedacted() throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(PdfSamples.helvetica(), 12);
            cs.newLineAtOffset(72, 700);
            cs.showText("Upright text stays.");
            cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(30), 100, 300));
            cs.showText("Stamped: Anna Keller approved.");
            cs.endText();
        }
        byte[] input = PdfSamples.save(doc);
        assertTrue(format.parse(input).text().contains("Stamped: Anna Keller approved."), "slanted text reads whole");
        byte[] output = redact(input, "[PERSON A]", "Anna Keller");
        for (String original : List.of("Anna", "Keller")) {
            assertFalse(PdfProbe.text(output).contains(original), original);
            assertFalse(format.everyText(output).contains(original), original);
        }
        assertTrue(PdfProbe.text(output).contains("Upright text stays."));
        assertTrue(format.parse(output).text().contains("Stamped:"), "the rest of the slanted line is kept");
    }

    @Test
    void fakeBoldDuplicateUnderTheBoxGoesToo() throws Exception {
        byte[] input = PdfSamples.rawPage("BT /F1 12 Tf 72 700 Td (Yesterday Anna Keller met us.) Tj ET\n"
                + "BT /F1 12 Tf 72.3 700 Td (Yesterday Anna Keller met us.) Tj ET\n");
        assertEquals(1, format.parse(input).text().split("Anna Keller", -1).length - 1,
                "text extraction folds the duplicate away");
        byte[] output = redact(input, "[PERSON A]", "Anna Keller");
        assertRedacted(input, output, List.of("Anna", "Keller", "nna", "elle"), List.of("Yesterday", "met us."),
                0, "Anna", "met");
    }

    @Test
    void nameInsideAFormXObject() throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(0, 0, 400, 40));
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), PdfSamples.helvetica());
        form.setResources(resources);
        try (var out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write("BT /F1 12 Tf 0 10 Td (Memo by Anna Keller, filed today.) Tj ET".getBytes(StandardCharsets.US_ASCII));
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(PdfSamples.helvetica(), 12);
            cs.newLineAtOffset(72, 700);
            cs.showText("Page text before the memo.");
            cs.endText();
            cs.saveGraphicsState();
            cs.transform(Matrix.getTranslateInstance(72, 600));
            cs.drawForm(form);
            cs.restoreGraphicsState();
        }
        byte[] input = PdfSamples.save(doc);
        byte[] output = redact(input, "[PERSON A]", "Anna Keller");
        assertRedacted(input, output, List.of("Anna", "Keller"),
                List.of("Page text before the memo.", "Memo by", ", filed today."), 0, "Anna", "filed");
    }

    @Test
    void annotationsOutlineInfoAndXmpAreRemoved() throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(PdfSamples.helvetica(), 12);
            cs.newLineAtOffset(72, 700);
            cs.showText("Statement of Anna Keller, witness.");
            cs.endText();
        }
        PDAnnotationText note = new PDAnnotationText();
        note.setContents("Call Anna Keller back");
        note.setRectangle(new PDRectangle(300, 700, 20, 20));
        page.getAnnotations().add(note);
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle("Interview with Anna Keller");
        item.setDestination(page);
        outline.addLast(item);
        doc.getDocumentCatalog().setDocumentOutline(outline);
        PDDocumentInformation info = new PDDocumentInformation();
        info.setAuthor("Anna Keller");
        info.setTitle("Keller statement");
        doc.setDocumentInformation(info);
        PDMetadata xmp = new PDMetadata(doc);
        xmp.importXMPMetadata("<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>Anna Keller</dc:creator></x:xmpmeta>"
                .getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(xmp);
        PDOptionalContentProperties layers = new PDOptionalContentProperties();
        layers.addGroup(new PDOptionalContentGroup("Notes of Anna Keller"));
        doc.getDocumentCatalog().setOCProperties(layers);
        byte[] input = PdfSamples.save(doc);
        String before = format.everyText(input);
        for (String where : List.of("Call Anna Keller back", "Interview with Anna Keller", "Keller statement",
                "<dc:creator>Anna Keller", "Notes of Anna Keller")) {
            assertTrue(before.contains(where), "the independent reader sees " + where);
        }
        byte[] output = redact(input, "[PERSON A]", "Anna Keller");
        assertRedacted(input, output, List.of("Anna", "Keller"), List.of("Statement of", ", witness."),
                0, "Anna", "witness");
        try (PDDocument out = Loader.loadPDF(output)) {
            assertTrue(out.getPage(0).getAnnotations().isEmpty());
            assertEquals("Layer 1", out.getDocumentCatalog().getOCProperties().getOptionalContentGroups()
                    .iterator().next().getName());
            assertEquals(null, out.getDocumentCatalog().getDocumentOutline());
            assertEquals(null, out.getDocumentCatalog().getMetadata());
        }
    }

    @Test
    void formFieldValuesAreFlattenedAndRedacted() throws Exception {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(PdfSamples.helvetica(), 12);
            cs.newLineAtOffset(72, 700);
            cs.showText("Applicant name:");
            cs.endText();
        }
        PDAcroForm form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        PDResources dr = new PDResources();
        form.setDefaultResources(dr);
        COSName helv = dr.add(PdfSamples.helvetica());
        form.setDefaultAppearance("/" + helv.getName() + " 12 Tf 0 g");
        PDTextField field = new PDTextField(form);
        field.setPartialName("applicant");
        form.getFields().add(field);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(180, 690, 250, 30));
        widget.setPage(page);
        page.getAnnotations().add(widget);
        field.setValue("Anna Keller of Bremen");
        byte[] input = PdfSamples.save(doc);
        assertTrue(format.parse(input).text().contains("Anna Keller of Bremen"), "detection sees the field value");
        byte[] output = redact(input, "[PERSON A]", "Anna Keller");
        // Plain PDFBox extraction ignores widgets: compare positions with a copy flattened by PDFBox itself.
        assertRedacted(PdfProbe.flattened(input), output, List.of("Anna", "Keller"),
                List.of("Applicant name:", "of Bremen"), 0, "Anna", "Bremen");
        try (PDDocument out = Loader.loadPDF(output)) {
            assertEquals(null, out.getDocumentCatalog().getAcroForm(null));
        }
    }

    @Test
    void theIndependentReaderSeesTextThatPlainExtractionMisses() throws Exception {
        PDDocument doc = Loader.loadPDF(PdfSamples.rawPage("""
                /Span << /ActualText (hidden witness seven) >> BDC
                BT /F1 12 Tf 72 700 Td (Visible line.) Tj ET
                EMC
                """));
        PDFormXObject unused = new PDFormXObject(doc);
        unused.setBBox(new PDRectangle(0, 0, 100, 20));
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), PdfSamples.helvetica());
        unused.setResources(resources);
        try (var out = unused.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write("BT /F1 9 Tf 0 5 Td [(never ) -10 (drawn form)] TJ ET".getBytes(StandardCharsets.US_ASCII));
        }
        doc.getPage(0).getResources().add(unused);
        byte[] input = PdfSamples.save(doc);
        String plain = PdfProbe.text(input);
        assertFalse(plain.contains("never drawn form") || plain.contains("hidden witness seven"), plain);
        String every = format.everyText(input);
        assertTrue(every.contains("never drawn form"), "a form XObject nobody draws");
        assertTrue(every.contains("hidden witness seven"), "ActualText of marked content");
        byte[] output = format.parse(input).rewrite(List.of());
        assertFalse(format.everyText(output).contains("hidden witness seven"), "ActualText is removed");
    }

    private static final String STATEMENT_HTML = """
            <html><head><meta charset="utf-8"></head><body><h1>Report on Anna Keller</h1>
            <p>Yesterday <b>Anna</b> <i>Keller</i> met the press in
            <a href="mailto:anna.keller@example.org">Berlin</a>.</p>
            <table border="1"><tr><td>Name</td><td>Anna Keller</td></tr><tr><td>City</td><td>Bremen</td></tr></table>
            <p>Вчера Анна Каренина встретилась с прессой.</p>
            </body></html>
            """;

    @Test
    void taggedPdfWrittenByLibreOffice() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "skipped: soffice is absent (Debian libreoffice-writer-nogui)");
        Path html = tmp.resolve("statement.html");
        Files.writeString(html, STATEMENT_HTML);
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
                "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}",
                "--outdir", tmp.toString(), html.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        assumeTrue(finished(p), "skipped: soffice did not finish in 3 minutes");
        Path pdf = tmp.resolve("statement.pdf");
        assertTrue(Files.exists(pdf), "soffice wrote no PDF: " + Files.readString(tmp.resolve("soffice.log")));
        assertStatementRedacted(Files.readAllBytes(pdf));
    }

    @Test
    void pdfPrintedByChromium() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "skipped: chromium is absent (Debian chromium)");
        Path html = tmp.resolve("statement.html");
        Files.writeString(html, STATEMENT_HTML);
        Path pdf = tmp.resolve("statement.pdf");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + tmp.resolve("chrome"), "--print-to-pdf=" + pdf, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        assumeTrue(finished(p), "skipped: chromium did not finish in 3 minutes");
        assertTrue(Files.exists(pdf), "chromium wrote no PDF: " + Files.readString(tmp.resolve("chromium.log")));
        assertStatementRedacted(Files.readAllBytes(pdf));
    }

    /** Waits up to 3 minutes for a converter, and stops it if it hangs. */
    private static boolean finished(Process p) throws InterruptedException {
        if (p.waitFor(180, TimeUnit.SECONDS)) {
            return true;
        }
        p.destroyForcibly();
        return false;
    }

    private void assertStatementRedacted(byte[] input) throws Exception {
        assertTrue(format.everyText(input).contains("mailto:anna.keller@example.org"), "the link is in the input");
        byte[] output = redact(input, "[PERSON A]", "Anna Keller", "Анна Каренина");
        assertRedacted(input, output, List.of("Anna", "Keller", "anna.keller", "Анна", "Каренина"),
                List.of("Report on", "Yesterday", "met the press in Berlin.", "Name", "City Bremen", "Вчера",
                        "встретилась с прессой."), 0, "Anna", "met");
        assertEquals(PdfProbe.find(input, 0, "встретилась").x(), PdfProbe.find(output, 0, "встретилась").x(), 0.05);
    }

    @Test
    void spanAcrossALineBreakGetsABoxOnEachLine() throws Exception {
        byte[] input = PdfSamples.lines(null, new String[] {"The report was written by Anna", "Keller and sent on."});
        ParsedDocument parsed = format.parse(input);
        String text = parsed.text();
        int start = text.indexOf("Anna");
        int end = text.indexOf("Keller") + "Keller".length();
        byte[] output = parsed.rewrite(List.of(new TextEdit(start, end, "[PERSON A]")));
        assertRedacted(input, output, List.of("Anna", "Keller"), List.of("The report was written by", "and sent on."),
                0, "Anna", "and");
        PdfProbe.Spot second = PdfProbe.find(input, 0, "Keller");
        assertTrue(PdfProbe.darkShare(output, 0, second) > 0.5, "the second line has its own box");
    }

    @Test
    void fontWithoutUnicodeMappingIsRefused() throws Exception {
        assumeTrue(Files.isReadable(DEJAVU), "skipped: " + DEJAVU + " is absent (Debian fonts-dejavu-core)");
        PDDocument doc = new PDDocument();
        PDFont font = PDType0Font.load(doc, DEJAVU.toFile());
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(font, 12);
            cs.newLineAtOffset(72, 700);
            cs.showText("Statement of Anna Keller.");
            cs.endText();
        }
        PDDocument reread = Loader.loadPDF(PdfSamples.save(doc));
        PDResources resources = reread.getPage(0).getResources();
        for (COSName name : resources.getFontNames()) {
            resources.getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
        }
        byte[] unmapped = PdfSamples.save(reread);
        DocumentRefused refused = assertThrows(DocumentRefused.class, () -> format.parse(unmapped));
        assertTrue(refused.getMessage().contains("ToUnicode"), refused.getMessage());
    }

    @Test
    void type3FontIsRefused() throws Exception {
        PDDocument doc = Loader.loadPDF(PdfSamples.rawPage("BT /F3 12 Tf 72 700 Td (aaa) Tj ET"));
        COSStream glyph = doc.getDocument().createCOSStream();
        try (var out = glyph.createOutputStream()) {
            out.write("500 0 d0 0 0 500 500 re f".getBytes(StandardCharsets.US_ASCII));
        }
        COSDictionary procs = new COSDictionary();
        procs.setItem(COSName.getPDFName("a"), glyph);
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(97));
        differences.add(COSName.getPDFName("a"));
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.DIFFERENCES, differences);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE3);
        font.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 500, 500).getCOSArray());
        font.setItem(COSName.FONT_MATRIX, numbers(0.001f, 0f, 0f, 0.001f, 0f, 0f));
        font.setItem(COSName.CHAR_PROCS, procs);
        font.setItem(COSName.ENCODING, encoding);
        font.setInt(COSName.FIRST_CHAR, 97);
        font.setInt(COSName.LAST_CHAR, 97);
        font.setItem(COSName.WIDTHS, numbers(500f));
        doc.getPage(0).getResources().put(COSName.getPDFName("F3"), new PDType3Font(font));
        byte[] type3 = PdfSamples.save(doc);
        DocumentRefused refused = assertThrows(DocumentRefused.class, () -> format.parse(type3));
        assertTrue(refused.getMessage().contains("Type 3"), refused.getMessage());
    }

    private static COSArray numbers(float... values) {
        COSArray array = new COSArray();
        for (float v : values) {
            array.add(new COSFloat(v));
        }
        return array;
    }

    @Test
    void encryptedPdfIsRefused() throws Exception {
        PDDocument doc = Loader.loadPDF(PdfSamples.lines(null, new String[] {"Secret of Anna Keller."}));
        doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
        byte[] locked = PdfSamples.save(doc);
        DocumentRefused refused = assertThrows(DocumentRefused.class, () -> format.parse(locked));
        assertTrue(refused.getMessage().contains("encrypted"), refused.getMessage());
        PDDocument open = Loader.loadPDF(PdfSamples.lines(null, new String[] {"Secret of Anna Keller."}));
        open.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
        byte[] ownerOnly = PdfSamples.save(open);
        assertTrue(assertThrows(DocumentRefused.class, () -> format.parse(ownerOnly)).getMessage()
                .contains("encrypted"));
    }

    @Test
    void scannedPageWithoutTextLayerIsRefused() throws Exception {
        byte[] scan = imagePage(null);
        DocumentRefused refused = assertThrows(DocumentRefused.class, () -> format.parse(scan));
        assertTrue(refused.getMessage().contains("OCR is not supported yet"), refused.getMessage());
    }

    @Test
    void scanUnderAnInvisibleOcrLayerIsRefused() throws Exception {
        byte[] scan = imagePage("Anna Keller");
        DocumentRefused refused = assertThrows(DocumentRefused.class, () -> format.parse(scan));
        assertTrue(refused.getMessage().contains("OCR"), refused.getMessage());
    }

    @Test
    void truncatedAndCorruptPdfsAreRefused() throws Exception {
        byte[] whole = PdfSamples.lines(null, new String[] {"Statement of Anna Keller."});
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        assertTrue(assertThrows(DocumentRefused.class, () -> format.parse(half)).getMessage().contains("truncated"));
        byte[] garbage = "%PDF-1.7\nthis is not a pdf at all\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThrows(DocumentRefused.class, () -> format.parse(garbage));
        assertThrows(DocumentRefused.class, () -> format.everyText(half));
    }

    @Test
    void editBeyondTheTextIsRefused() throws Exception {
        ParsedDocument parsed = format.parse(PdfSamples.lines(null, new String[] {"Short."}));
        assertThrows(DocumentRefused.class, () -> parsed.rewrite(List.of(new TextEdit(0, 500, "x"))));
    }

    /** A page drawing a grey image, with {@code ocrText} as invisible text on top when not null. */
    private static byte[] imagePage(String ocrText) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        BufferedImage img = new BufferedImage(50, 20, BufferedImage.TYPE_INT_RGB);
        PDImageXObject image = LosslessFactory.createFromImage(doc, img);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(image, 72, 600, 400, 160);
            if (ocrText != null) {
                cs.beginText();
                cs.setRenderingMode(RenderingMode.NEITHER);
                cs.setFont(PdfSamples.helvetica(), 12);
                cs.newLineAtOffset(80, 650);
                cs.showText(ocrText);
                cs.endText();
            }
        }
        return PdfSamples.save(doc);
    }

    /** Parses, replaces every occurrence of each name, rewrites. */
    private byte[] redact(byte[] input, String replacement, String... names) throws DocumentRefused {
        ParsedDocument parsed = format.parse(input);
        String text = parsed.text();
        List<TextEdit> edits = new ArrayList<>();
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                int start = text.codePointCount(0, at);
                edits.add(new TextEdit(start, start + name.codePointCount(0, name.length()), replacement));
            }
        }
        assertFalse(edits.isEmpty(), "the parsed text holds the name: " + text);
        edits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return parsed.rewrite(edits);
    }

    private void assertRedacted(byte[] input, byte[] output, List<String> originals, List<String> kept, int page,
                                String name, String wordAfter) throws Exception {
        String extracted = PdfProbe.text(output);
        String every = format.everyText(output);
        for (String original : originals) {
            assertFalse(extracted.contains(original), "text extraction still finds " + original + ":\n" + extracted);
            assertFalse(every.contains(original), "the independent reader still finds " + original);
        }
        String flat = extracted.replaceAll("\\s+", " ");
        for (String word : kept) {
            assertTrue(flat.contains(word), "lost '" + word + "' in:\n" + extracted);
        }
        assertEquals(PdfProbe.pages(input), PdfProbe.pages(output), "page count");
        PdfProbe.Spot before = PdfProbe.find(input, page, wordAfter);
        PdfProbe.Spot after = PdfProbe.find(output, page, wordAfter);
        assertNotNull(after, wordAfter + " is gone");
        assertEquals(before.x(), after.x(), 0.05, wordAfter + " moved horizontally");
        assertEquals(before.y(), after.y(), 0.05, wordAfter + " moved vertically");
        PdfProbe.Spot where = PdfProbe.find(input, page, name);
        assertTrue(PdfProbe.darkShare(input, page, where) < 0.5, "the input has no box there");
        assertTrue(PdfProbe.darkShare(output, page, where) > 0.5, "a dark box covers where " + name + " was");
    }
}

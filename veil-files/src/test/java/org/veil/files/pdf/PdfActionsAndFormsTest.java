package org.veil.files.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.files.pdf.PdfAssertions.assertAbsent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.veil.files.FileType;
import org.veil.files.RefusedException;

/** Links, launch actions, form fields, private keys and hostile nesting. */
class PdfActionsAndFormsTest {
    private final PdfCleaner cleaner = new PdfCleaner();
    private final PdfVerifier verifier = new PdfVerifier();

    private static byte[] linksAndForm() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            page.getAnnotations().add(link(uri("https://example.org/report"), 100));
            page.getAnnotations().add(link(uri("javascript:app.alert('planted script')"), 200));
            PDActionLaunch launch = new PDActionLaunch();
            launch.getCOSObject().setString(COSName.F, "planted-launch.exe");
            page.getAnnotations().add(link(launch, 300));
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDTextField field = new PDTextField(form);
            field.setPartialName("reporter_name");
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(100, 500, 200, 20));
            widget.setPage(page);
            page.getAnnotations().add(widget);
            form.getFields().add(field);
            doc.getDocumentCatalog().getCOSObject().setString(COSName.getPDFName("ACME_PrivateOwner"), DirtyPdf.AUTHOR);
            page.getCOSObject().setString(COSName.getPDFName("ACME_Editor"), DirtyPdf.AUTHOR);
            return DirtyPdf.save(doc);
        }
    }

    private static PDActionURI uri(String target) {
        PDActionURI a = new PDActionURI();
        a.setURI(target);
        return a;
    }

    private static PDAnnotationLink link(org.apache.pdfbox.pdmodel.interactive.action.PDAction action, float y) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, y, 100, 20));
        link.setAction(action);
        return link;
    }

    @Test
    void webLinksAndFormFieldsStayScriptsLaunchesAndPrivateKeysGo() throws Exception {
        byte[] dirty = linksAndForm();
        String residue = String.join("\n", verifier.residue(dirty, FileType.PDF, TestContext.standard()));
        assertTrue(residue.contains("javascript: link"), residue);
        assertTrue(residue.contains("Launch action"), residue);
        assertTrue(residue.contains("/ACME_PrivateOwner, not a standard key of a Catalog"), residue);
        assertTrue(residue.contains("/ACME_Editor, not a standard key of a Page"), residue);

        byte[] cleaned = cleaner.clean(dirty, FileType.PDF, TestContext.standard());
        assertEquals(List.of(), verifier.residue(cleaned, FileType.PDF, TestContext.standard()));
        assertAbsent(PdfAssertions.rawAndDecoded(cleaned), DirtyPdf.AUTHOR, "planted script", "planted-launch");
        try (PDDocument doc = Loader.loadPDF(cleaned)) {
            List<PDAnnotation> annots = doc.getPage(0).getAnnotations();
            assertEquals(4, annots.size(), "links and the widget stay; only their unsafe actions go");
            assertEquals("https://example.org/report",
                    ((PDActionURI) ((PDAnnotationLink) annots.get(0)).getAction()).getURI());
            assertNull(annots.get(1).getCOSObject().getDictionaryObject(COSName.A));
            assertNull(annots.get(2).getCOSObject().getDictionaryObject(COSName.A));
            COSDictionary widget = annots.get(3).getCOSObject();
            assertEquals("reporter_name", widget.getString(COSName.T), "a field's name is part of the form");
            assertEquals("reporter_name", doc.getDocumentCatalog().getAcroForm().getFields().get(0).getPartialName());
        }
    }

    @Test
    void hostileNestingIsRefusedNotACrash() {
        int depth = 20_000;
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /X " + "[".repeat(depth) + "]".repeat(depth)
                + " >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        byte[] bytes = pdf.getBytes(StandardCharsets.US_ASCII);
        RefusedException e = assertThrows(RefusedException.class,
                () -> cleaner.clean(bytes, FileType.PDF, TestContext.standard()));
        assertTrue(e.getMessage().contains("too deeply"), e.getMessage());
    }

    @Test
    void aCleanFileHasNoResidueAndCleaningIsStable() throws Exception {
        byte[] once = cleaner.clean(DirtyPdf.simple(true), FileType.PDF, TestContext.standard());
        byte[] twice = cleaner.clean(once, FileType.PDF, TestContext.standard());
        assertEquals(List.of(), verifier.residue(twice, FileType.PDF, TestContext.standard()));
        assertEquals(PdfAssertions.text(once), PdfAssertions.text(twice));
        assertFalse(PdfAssertions.text(twice).isBlank());
    }
}

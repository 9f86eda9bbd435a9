package org.veil.documents.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.veil.documents.DocumentFormat;
import org.veil.documents.DocumentRefused;
import org.veil.documents.EmbeddedImages;
import org.veil.documents.ParsedDocument;
import org.veil.files.FileType;

/**
 * PDF with true redaction: the glyphs of each replaced span are removed from the content streams (pages and
 * form XObjects), a box with the placeholder is drawn in their place, and the parts of the file that hold
 * text outside the pages (annotations, form fields, bookmarks, attachments, JavaScript, structure tree,
 * metadata) are removed. Refuses encrypted, truncated and corrupt files, scanned pages (OCR is not supported
 * yet), and fonts whose glyphs cannot be mapped to text reliably.
 */
public final class PdfFormat implements DocumentFormat {
    private final EmbeddedImages images;

    /** Pictures in the pages go through {@code images} (faces covered, or the document refused). */
    public PdfFormat(EmbeddedImages images) {
        this.images = images;
    }

    /** A PDF family that refuses every PDF holding a picture. */
    public PdfFormat() {
        this(EmbeddedImages.REFUSE);
    }

    @Override
    public String name() {
        return "PDF";
    }

    @Override
    public boolean handles(FileType type) {
        return type == FileType.PDF;
    }

    @Override
    public ParsedDocument parse(byte[] content) throws DocumentRefused {
        try (PDDocument doc = PdfOpening.open(content)) {
            TracedDocument trace = PdfOpening.trace(doc);
            return new PdfRedaction(content.clone(), trace.text(), images);
        } catch (IOException e) {
            throw new DocumentRefused("the PDF could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public String everyText(byte[] output) throws DocumentRefused {
        try (PDDocument doc = PdfOpening.open(output)) {
            return PdfTextWitness.everyText(doc);
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefused("the PDF could not be read back for verification: " + e.getMessage(), e);
        }
    }
}

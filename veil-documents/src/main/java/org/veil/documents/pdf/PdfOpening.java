package org.veil.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.veil.documents.DocumentRefused;
import org.veil.files.RefusedException;
import org.veil.files.pdf.PdfLoader;

/** Opening, tracing and saving a PDF, with every failure turned into a one-line refusal. */
final class PdfOpening {
    private PdfOpening() {
    }

    /** Refuses encrypted, truncated and unreadable files (veil-files' loader decides, as for scrubbing). */
    static PDDocument open(byte[] content) throws DocumentRefused {
        try {
            return PdfLoader.load(content);
        } catch (RefusedException e) {
            throw new DocumentRefused(e.getMessage(), e);
        }
    }

    /**
     * Flattens the form first: the fields' visible values become page content, so they are traced, shown to
     * detection and redacted like the rest, instead of being lost with the form. The same bytes flatten the
     * same way each time, which parse and rewrite rely on.
     */
    static TracedDocument trace(PDDocument doc) throws DocumentRefused {
        try {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form != null) {
                if (form.xfaIsDynamic()) {
                    throw new DocumentRefused("the PDF is a dynamic XFA form, which is not supported");
                }
                form.flatten();
            }
            return GlyphTracer.trace(doc);
        } catch (TraceRefusal e) {
            throw new DocumentRefused(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefused("the PDF's content could not be read: " + e.getMessage(), e);
        }
    }

    static byte[] save(PDDocument doc) throws DocumentRefused {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefused("the redacted PDF could not be written: " + e.getMessage(), e);
        }
    }
}

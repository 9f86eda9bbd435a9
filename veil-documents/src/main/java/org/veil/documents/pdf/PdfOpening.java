package org.veil.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
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

    static TracedDocument trace(PDDocument doc) throws DocumentRefused {
        try {
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

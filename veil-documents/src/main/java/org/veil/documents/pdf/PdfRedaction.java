package org.veil.documents.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.veil.documents.DocumentRefused;
import org.veil.documents.EmbeddedImages;
import org.veil.documents.ParsedDocument;
import org.veil.documents.TextEdit;

/**
 * A parsed PDF. Rewriting reopens the original bytes and traces them again (the same bytes give the same
 * operators and glyphs), so each rewrite starts from the untouched document and the parsed form holds no
 * open PDFBox objects.
 */
final class PdfRedaction implements ParsedDocument {
    private final byte[] original;
    private final String text;
    private final EmbeddedImages images;

    PdfRedaction(byte[] original, String text, EmbeddedImages images) {
        this.original = original;
        this.text = text;
        this.images = images;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public byte[] rewrite(List<TextEdit> edits) throws DocumentRefused {
        try (PDDocument doc = PdfOpening.open(original)) {
            TracedDocument trace = PdfOpening.trace(doc);
            if (!trace.text().equals(text)) {
                throw new DocumentRefused("the PDF read differently the second time; it cannot be redacted safely");
            }
            RedactionPlan plan = plan(trace, edits);
            Set<COSDictionary> rewrittenPages = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : doc.getPages()) {
                // A malformed page tree may list one page twice: its content must be cut once, not twice.
                if (page.hasContents() && rewrittenPages.add(page.getCOSObject())) {
                    List<Object> tokens = rewritten(page.getCOSObject(), new PDFStreamParser(page), trace, plan);
                    PDStream fresh = new PDStream(doc);
                    write(fresh.getCOSObject(), tokens);
                    page.setContents(fresh);
                }
                DocumentParts.stripPropertyLists(page.getResources());
            }
            for (PDFormXObject form : trace.forms()) {
                COSStream stream = form.getCOSObject();
                List<Object> tokens = rewritten(stream, new PDFStreamParser(form), trace, plan);
                write(stream, tokens);
                DocumentParts.removeFromForm(stream);
                DocumentParts.stripPropertyLists(form.getResources());
            }
            DocumentParts.removeFrom(doc);
            new PdfPictures(images).coverAll(doc);
            RedactionPainter.paint(doc, plan.boxes());
            return PdfOpening.save(doc);
        } catch (TraceRefusal e) {
            throw new DocumentRefused(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefused("the PDF could not be redacted: " + e.getMessage(), e);
        }
    }

    private static RedactionPlan plan(TracedDocument trace, List<TextEdit> edits) throws DocumentRefused {
        try {
            return RedactionPlan.of(trace, edits);
        } catch (IllegalArgumentException e) {
            throw new DocumentRefused(e.getMessage(), e);
        }
    }

    private static List<Object> rewritten(Object key, PDFStreamParser parser, TracedDocument trace,
                                          RedactionPlan plan) throws IOException {
        List<Object> tokens = parser.parse();
        return new ContentRewriter(key, trace.shown(), plan.removed()).rewrite(tokens);
    }

    private static void write(COSStream stream, List<Object> tokens) throws IOException {
        // The new data is Flate-compressed; parameters of the old filter chain must not apply to it.
        stream.removeItem(COSName.DECODE_PARMS);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
    }
}

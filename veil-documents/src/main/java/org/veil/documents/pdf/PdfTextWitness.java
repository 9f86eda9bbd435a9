package org.veil.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Everything a reader could get out of a PDF as text, read independently of the redaction's own tracer:
 * PDFBox's plain text extraction, in stream order and by position; a raw scan of every content stream
 * reachable from the pages (forms, patterns, annotation appearances) decoding each shown string through its
 * font, with marked-content properties; and every string and name anywhere in the object graph (Info,
 * outlines, annotations, form fields, names, structure tree) plus the XMP packets.
 */
final class PdfTextWitness {
    private final StringBuilder out = new StringBuilder();
    private final Set<Object> scannedStreams = Collections.newSetFromMap(new IdentityHashMap<>());

    private PdfTextWitness() {
    }

    static String everyText(PDDocument doc) throws IOException {
        PdfTextWitness witness = new PdfTextWitness();
        witness.out.append(new PDFTextStripper().getText(doc)).append('\n');
        // Sorted by position too: on rotated or cropped pages the stream-order reading can cut words apart.
        PDFTextStripper sorted = new PDFTextStripper();
        sorted.setSortByPosition(true);
        witness.out.append(sorted.getText(doc)).append('\n');
        for (PDPage page : doc.getPages()) {
            witness.scanContent(page, page.getResources());
            for (PDAnnotation annotation : page.getAnnotations()) {
                PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
                if (appearance != null) {
                    witness.scanContent(appearance, appearance.getResources());
                }
            }
        }
        witness.walkObjects(doc.getDocument().getTrailer());
        return witness.out.toString();
    }

    private void scanContent(PDContentStream content, PDResources resources) throws IOException {
        Object key = content instanceof COSObjectable c ? c.getCOSObject() : content;
        if (!scannedStreams.add(key)) {
            return;
        }
        PDResources own = content.getResources() != null ? content.getResources() : resources;
        PDFont font = null;
        List<Object> tokens = new PDFStreamParser(content).parse();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof Operator op)) {
                continue;
            }
            List<Object> operands = tokens.subList(from, i);
            from = i + 1;
            switch (op.getName()) {
                case "Tf" -> font = fontOf(own, operands);
                case "Tj", "'", "\"", "TJ" -> {
                    for (Object o : operands) {
                        shown(o, font);
                    }
                }
                case "ET" -> out.append('\n');
                case "BDC", "DP" -> operands.forEach(o -> walkObjects((COSBase) o));
                default -> {
                }
            }
        }
        out.append('\n');
        scanResources(own);
    }

    private void shown(Object operand, PDFont font) {
        if (operand instanceof COSString s) {
            out.append(decode(s.getBytes(), font));
        } else if (operand instanceof COSArray array) {
            for (COSBase element : array) {
                shown(element, font);
            }
        }
    }

    /** The string through its font's Unicode mapping, or as Latin-1 bytes when there is no usable font. */
    private static String decode(byte[] bytes, PDFont font) {
        if (font == null) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        StringBuilder text = new StringBuilder();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            while (in.available() > 0) {
                String unicode = font.toUnicode(font.readCode(in));
                if (unicode != null) {
                    text.append(unicode);
                }
            }
        } catch (IOException | RuntimeException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return text.toString();
    }

    private static PDFont fontOf(PDResources resources, List<Object> operands) {
        if (resources == null || operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
            return null;
        }
        try {
            return resources.getFont(name);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void scanResources(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                scanContent(form, resources);
            }
        }
        for (COSName name : resources.getPatternNames()) {
            PDAbstractPattern pattern = resources.getPattern(name);
            if (pattern instanceof PDTilingPattern tiling) {
                scanContent(tiling, resources);
            }
        }
    }

    /** Every string and name reachable from {@code root}, and the text of XMP metadata streams. */
    private void walkObjects(COSBase root) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            COSBase base = todo.pop();
            if (base instanceof COSObject ref) {
                base = ref.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSString s) {
                out.append(s.getString()).append('\n');
            } else if (base instanceof COSName n) {
                out.append(n.getName()).append('\n');
            } else if (base instanceof COSArray array) {
                array.forEach(todo::push);
            } else if (base instanceof COSDictionary dict) {
                for (var entry : dict.entrySet()) {
                    out.append(entry.getKey().getName()).append('\n');
                    todo.push(entry.getValue());
                }
                if (dict instanceof COSStream stream && COSName.METADATA.equals(stream.getCOSName(COSName.TYPE))) {
                    out.append(xmp(stream)).append('\n');
                }
            }
        }
    }

    private static String xmp(COSStream stream) {
        try (InputStream in = stream.createInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}

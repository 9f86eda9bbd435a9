package org.veil.documents.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's text extraction, instrumented so that every character of the text it writes is tied to the glyph
 * that drew it: which content stream, which operator, which string, which character code. The text is read
 * by position, line by line from the top (a generator may draw a line's pieces in any order; reading by
 * position keeps names whole), pages separated by a blank line. Refuses what it
 * cannot map reliably: Type 3 and vertical fonts, glyphs without a Unicode mapping, right-to-left text, pages
 * that are images without a text layer, and scans under an invisible OCR layer.
 */
final class GlyphTracer extends PDFTextStripper {
    private static final float DEFAULT_ASCENT = 0.9f;
    private static final float DEFAULT_DESCENT = -0.25f;

    private final Deque<StreamCursor> streams = new ArrayDeque<>();
    private final StringWriter out = new StringWriter();
    private final List<int[]> mappedUtf16 = new ArrayList<>();
    private final List<Glyph> mappedGlyphs = new ArrayList<>();
    private final List<Glyph> glyphs = new ArrayList<>();
    private final Map<TextPosition, Glyph> byPosition = new IdentityHashMap<>();
    private final Map<TracedDocument.OperatorRef, List<ShownString>> shown = new HashMap<>();
    private final Map<Object, PDFormXObject> forms = new IdentityHashMap<>();
    private TracedDocument.OperatorRef operator;
    private int stringIndex;
    private int glyphIndex;
    private int[] codeLengths;
    private Glyph pending;
    private int page = -1;
    private int pageGlyphs;
    private boolean pageHasImage;
    private boolean pageHasInvisibleText;
    private TraceRefusal refusal;
    /** This page's glyphs drawn at an angle that is not a multiple of 90°, in drawing order. */
    private final List<SkewedGlyph> skewed = new ArrayList<>();
    private SkewedGlyph pendingSkew;

    private GlyphTracer() {
        setLineSeparator("\n");
        setWordSeparator(" ");
        setPageStart("");
        setPageEnd("\n\n");
        setSortByPosition(true);
    }

    /** Traces the whole document; the text and the mapping describe every page. */
    static TracedDocument trace(PDDocument doc) throws IOException {
        GlyphTracer tracer = new GlyphTracer();
        try {
            tracer.writeText(doc, tracer.out);
        } catch (TraceRefusal e) {
            throw tracer.firstRefusal(e);
        }
        if (tracer.refusal != null) {
            throw tracer.refusal;
        }
        return tracer.result();
    }

    private TraceRefusal firstRefusal(TraceRefusal thrown) {
        return refusal != null ? refusal : thrown;
    }

    private TracedDocument result() {
        String text = out.toString();
        List<MappedGlyph> mapped = new ArrayList<>(mappedGlyphs.size());
        int utf16 = 0;
        int codePoints = 0;
        for (int i = 0; i < mappedUtf16.size(); i++) {
            int[] span = mappedUtf16.get(i);
            codePoints += text.codePointCount(utf16, span[0]);
            int start = codePoints;
            codePoints += text.codePointCount(span[0], span[1]);
            utf16 = span[1];
            mapped.add(new MappedGlyph(start, codePoints, mappedGlyphs.get(i)));
        }
        return new TracedDocument(text, List.copyOf(mapped), List.copyOf(glyphs), shown,
                List.copyOf(forms.values()));
    }

    private TraceRefusal refuse(String message) {
        TraceRefusal r = new TraceRefusal(message);
        if (refusal == null) {
            refusal = r;
        }
        return r;
    }

    @Override
    public void processPage(PDPage p) throws IOException {
        page++;
        pageGlyphs = 0;
        pageHasImage = false;
        pageHasInvisibleText = false;
        byPosition.clear(); // PDFBox writes each page's text before it moves to the next
        skewed.clear();
        streams.push(new StreamCursor(p.getCOSObject()));
        try {
            super.processPage(p);
        } finally {
            streams.pop();
        }
        int human = page + 1;
        if (!skewed.isEmpty()) {
            throw refuse("page " + human + ": slanted text could not be placed in the page's text");
        }
        if (pageHasImage && pageGlyphs == 0) {
            throw refuse("page " + human + " is an image without a text layer (a scan?); OCR is not supported yet");
        }
        if (pageHasImage && pageHasInvisibleText) {
            throw refuse("page " + human + " is a scan under an invisible OCR text layer; the names in the image"
                    + " cannot be redacted yet (OCR is not supported yet)");
        }
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        forms.putIfAbsent(form.getCOSObject(), form);
        streams.push(new StreamCursor(form.getCOSObject()));
        try {
            super.showForm(form);
        } finally {
            streams.pop();
        }
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        forms.putIfAbsent(form.getCOSObject(), form);
        streams.push(new StreamCursor(form.getCOSObject()));
        try {
            super.showTransparencyGroup(form);
        } finally {
            streams.pop();
        }
    }

    @Override
    protected void processOperator(Operator op, List<COSBase> operands) throws IOException {
        StreamCursor cursor = streams.peek();
        if (cursor == null) {
            throw refuse("content drawn outside any page (a pattern or annotation?) cannot be traced");
        }
        if (cursor.depth > 0) {
            // PDFBox runs ' as T* and Tj, " as Tw, Tc and ', TD as TL and Td: those belong to the outer operator.
            super.processOperator(op, operands);
            return;
        }
        cursor.operators++;
        operator = new TracedDocument.OperatorRef(cursor.key, cursor.operators);
        stringIndex = 0;
        noteImages(op, operands);
        cursor.depth++;
        try {
            super.processOperator(op, operands);
        } finally {
            cursor.depth--;
        }
    }

    private void noteImages(Operator op, List<COSBase> operands) {
        if ("BI".equals(op.getName())) {
            pageHasImage = true;
        } else if ("Do".equals(op.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
            PDResources resources = getResources();
            if (resources != null && resources.isImageXObject(name)) {
                pageHasImage = true;
            }
        }
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        PDFont font = getGraphicsState().getTextState().getFont();
        if (font == null) {
            throw refuse("page " + (page + 1) + " shows text without choosing a font; its text cannot be mapped");
        }
        codeLengths = codeLengths(font, string);
        List<ShownString> strings = shown.computeIfAbsent(operator, k -> new ArrayList<>());
        if (strings.size() == stringIndex) {
            strings.add(new ShownString(string.clone(), codeLengths));
        } else if (!Arrays.equals(strings.get(stringIndex).bytes(), string)) {
            throw refuse("a content stream read differently twice; the PDF is inconsistent");
        }
        glyphIndex = 0;
        super.showText(string);
        stringIndex++;
    }

    private static int[] codeLengths(PDFont font, byte[] string) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(string);
        int[] lengths = new int[string.length];
        int n = 0;
        while (in.available() > 0) {
            int before = in.available();
            font.readCode(in);
            lengths[n++] = before - in.available();
        }
        return Arrays.copyOf(lengths, n);
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        int human = page + 1;
        if (font instanceof PDType3Font) {
            throw refuse("page " + human + " uses a Type 3 font (" + font.getName()
                    + "), whose glyphs cannot be mapped to text reliably");
        }
        if (font.isVertical()) {
            throw refuse("page " + human + " has vertical text, which is not supported yet");
        }
        if (font.toUnicode(code) == null) {
            throw refuse("page " + human + ": the font " + font.getName()
                    + " has no reliable glyph-to-text mapping (no ToUnicode), so its text cannot be redacted safely");
        }
        if (glyphIndex >= codeLengths.length) {
            throw refuse("page " + human + ": a string split into more glyphs than character codes");
        }
        PDTextState state = getGraphicsState().getTextState();
        RenderingMode mode = state.getRenderingMode();
        if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
            pageHasInvisibleText = true;
        }
        float size = state.getFontSize();
        boolean space = codeLengths[glyphIndex] == 1 && code == 32;
        double advance = displacement.getX() * size + state.getCharacterSpacing()
                + (space ? state.getWordSpacing() : 0);
        double adjustment = size == 0 ? Double.NaN : -advance * 1000 / size;
        GlyphRef ref = new GlyphRef(operator.stream(), operator.operator(), stringIndex, glyphIndex);
        Glyph glyph = new Glyph(ref, page, box(trm, font, displacement.getX()), adjustment, upright(trm));
        glyphs.add(glyph);
        pageGlyphs++;
        pending = glyph;
        pendingSkew = slanted(trm) ? new SkewedGlyph(glyph, trm.transformPoint(0, 0),
                trm.transformPoint(displacement.getX(), 0), Math.abs(size * trm.getScalingFactorX())) : null;
        try {
            super.showGlyph(trm, font, code, displacement);
        } finally {
            pending = null;
            pendingSkew = null;
            glyphIndex++;
        }
    }

    /**
     * Text at an angle that is not a multiple of 90° (a diagonal stamp or watermark): PDFBox's line finder
     * cuts it into fragments, which would hide a name from detection, so it is read apart, in drawing order.
     */
    private static boolean slanted(Matrix m) {
        double degrees = Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX()));
        double offRight = Math.abs(degrees - 90 * Math.rint(degrees / 90));
        return offRight > 0.5;
    }

    private static boolean upright(Matrix m) {
        return Math.abs(m.getShearX()) < 1e-3 && Math.abs(m.getShearY()) < 1e-3
                && m.getScaleX() > 0 && m.getScaleY() > 0;
    }

    /** The glyph's advance by its ascent-to-descent height, carried to user space by the text rendering matrix. */
    private static Rectangle2D.Float box(Matrix trm, PDFont font, float width) {
        float ascent = DEFAULT_ASCENT;
        float descent = DEFAULT_DESCENT;
        PDFontDescriptor d = font.getFontDescriptor();
        if (d != null) {
            float a = d.getAscent() / 1000f;
            float de = d.getDescent() / 1000f;
            ascent = a >= 0.6f && a <= 1.2f ? a : ascent;
            descent = de <= -0.1f && de >= -0.5f ? de : descent;
        }
        float[][] corners = {{0, descent}, {width, descent}, {width, ascent}, {0, ascent}};
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (float[] c : corners) {
            Point2D.Float p = trm.transformPoint(c[0], c[1]);
            minX = Math.min(minX, p.x);
            minY = Math.min(minY, p.y);
            maxX = Math.max(maxX, p.x);
            maxY = Math.max(maxY, p.y);
        }
        return new Rectangle2D.Float(minX, minY, maxX - minX, maxY - minY);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (pendingSkew != null) {
            skewed.add(pendingSkew.withText(text.getUnicode()));
            return;
        }
        if (pending != null) {
            byPosition.put(text, pending);
        }
        super.processTextPosition(text);
    }

    /** Writes the page's slanted text as a paragraph of its own, words split where the pen jumped. */
    @Override
    protected void writePageEnd() throws IOException {
        if (!skewed.isEmpty()) {
            writeString("\n");
            SkewedGlyph previous = null;
            for (SkewedGlyph g : skewed) {
                if (previous != null) {
                    double gap = g.origin().distance(previous.end());
                    if (gap > 2 * g.size()) {
                        writeString("\n");
                    } else if (gap > 0.2 * g.size()) {
                        writeString(" ");
                    }
                }
                writeMapped(g.text(), g.glyph());
                previous = g;
            }
            writeString("\n");
            skewed.clear();
        }
        super.writePageEnd();
    }

    /** Writes each glyph's own text instead of the word PDFBox normalised, so offsets stay tied to glyphs. */
    @Override
    protected void writeString(String word, List<TextPosition> positions) throws IOException {
        for (TextPosition position : positions) {
            writeMapped(position.getUnicode(), byPosition.get(position));
        }
    }

    private void writeMapped(String unicode, Glyph glyph) throws IOException {
        int start = out.getBuffer().length();
        writeString(readable(unicode));
        if (glyph != null) {
            mappedUtf16.add(new int[] {start, out.getBuffer().length()});
            mappedGlyphs.add(glyph);
        }
    }

    private String readable(String unicode) {
        if (unicode == null) {
            return "";
        }
        boolean presentationForm = false;
        for (int i = 0; i < unicode.length(); ) {
            int cp = unicode.codePointAt(i);
            byte dir = Character.getDirectionality(cp);
            if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                throw refuse("the PDF has right-to-left text, which is not supported yet");
            }
            presentationForm |= (cp >= 0xFB00 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
            i += Character.charCount(cp);
        }
        // Ligature glyphs ("ﬁ") read as their letters, as PDFBox's own normalisation does, so names match.
        return presentationForm ? Normalizer.normalize(unicode, Normalizer.Form.NFKC) : unicode;
    }

    /** A slanted glyph: its origin and where its advance ends, in user space, and its size there. */
    private record SkewedGlyph(Glyph glyph, Point2D.Float origin, Point2D.Float end, float size, String text) {
        SkewedGlyph(Glyph glyph, Point2D.Float origin, Point2D.Float end, float size) {
            this(glyph, origin, end, size, "");
        }

        SkewedGlyph withText(String unicode) {
            return new SkewedGlyph(glyph, origin, end, size, unicode);
        }
    }

    /** The operator count within one content stream, as PDFBox's engine and a PDFStreamParser both see it. */
    private static final class StreamCursor {
        final Object key;
        int operators = -1;
        /** Above 0 while PDFBox runs the operators one content operator is made of. */
        int depth;

        StreamCursor(Object key) {
            this.key = key;
        }
    }
}

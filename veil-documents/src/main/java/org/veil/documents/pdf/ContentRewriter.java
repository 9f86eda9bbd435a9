package org.veil.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;

/**
 * Rewrites one content stream's tokens: the glyphs to remove are cut out of their Tj, TJ, ' and " operators,
 * which become TJ arrays whose numeric adjustments move the pen exactly as far as the removed glyphs did, so
 * the remaining text stays where it was. Marked-content properties that carry replacement text
 * ({@code /ActualText}, {@code /Alt}, {@code /E}) are dropped everywhere: they may hold the originals.
 */
final class ContentRewriter {
    /** Marked-content keys whose values are text a reader extracts instead of, or besides, the glyphs. */
    static final List<COSName> TEXT_PROPERTIES = List.of(COSName.ACTUAL_TEXT, COSName.ALT, COSName.E);

    private final Object stream;
    private final Map<TracedDocument.OperatorRef, List<ShownString>> shown;
    /** The glyphs to remove, each with the TJ adjustment that replaces its advance. */
    private final Map<GlyphRef, Double> removed;
    private final Set<Integer> operatorsCut = new HashSet<>();
    private int expectedCuts;
    private int cuts;

    ContentRewriter(Object stream, Map<TracedDocument.OperatorRef, List<ShownString>> shown,
                    Map<GlyphRef, Double> removed) {
        this.stream = stream;
        this.shown = shown;
        this.removed = removed;
        for (GlyphRef ref : removed.keySet()) {
            if (ref.stream() == stream) {
                operatorsCut.add(ref.operator());
                expectedCuts++;
            }
        }
    }

    List<Object> rewrite(List<Object> tokens) {
        List<Object> result = new ArrayList<>(tokens.size() + 16);
        List<COSBase> operands = new ArrayList<>();
        int operatorIndex = -1;
        for (Object token : tokens) {
            if (token instanceof Operator op) {
                operatorIndex++;
                emit(op, operands, operatorIndex, result);
                operands.clear();
            } else if (token instanceof COSBase base) {
                operands.add(base);
            }
        }
        result.addAll(operands);
        if (cuts != expectedCuts) {
            // Fail closed: a glyph to remove that was not met in the stream would otherwise stay in the output.
            throw new TraceRefusal("the content changed between reading and redaction (" + cuts + " of "
                    + expectedCuts + " glyphs found); the PDF cannot be redacted safely");
        }
        return result;
    }

    private void emit(Operator op, List<COSBase> operands, int index, List<Object> out) {
        for (COSBase operand : operands) {
            if (operand instanceof COSDictionary properties) {
                stripTextProperties(properties);
            }
        }
        String name = op.getName();
        boolean showsText = name.equals("Tj") || name.equals("TJ") || name.equals("'") || name.equals("\"");
        List<ShownString> strings = shown.get(new TracedDocument.OperatorRef(stream, index));
        if (!showsText || strings == null || !operatorsCut.contains(index)) {
            out.addAll(operands);
            out.add(op);
            return;
        }
        COSArray array = switch (name) {
            case "TJ" -> cut(index, (COSArray) last(operands, COSArray.class), strings);
            default -> cut(index, textOnly((COSString) last(operands, COSString.class)), strings);
        };
        if (name.equals("\"")) {
            // aw ac (s) " is aw Tw ac Tc (s) ': the spacings stay set afterwards, as they did before.
            out.add(operands.get(0));
            out.add(Operator.getOperator("Tw"));
            out.add(operands.get(1));
            out.add(Operator.getOperator("Tc"));
        }
        if (name.equals("\"") || name.equals("'")) {
            out.add(Operator.getOperator("T*"));
        }
        out.add(array);
        out.add(Operator.getOperator("TJ"));
    }

    private static COSArray textOnly(COSString string) {
        COSArray array = new COSArray();
        array.add(string);
        return array;
    }

    private static COSBase last(List<COSBase> operands, Class<? extends COSBase> type) {
        if (operands.isEmpty() || !type.isInstance(operands.get(operands.size() - 1))) {
            throw new TraceRefusal("a text operator has malformed operands; the PDF cannot be redacted safely");
        }
        return operands.get(operands.size() - 1);
    }

    private COSArray cut(int index, COSArray original, List<ShownString> strings) {
        COSArray result = new COSArray();
        int stringIndex = 0;
        for (int i = 0; i < original.size(); i++) {
            COSBase element = original.getObject(i);
            if (element instanceof COSNumber) {
                result.add(element);
            } else if (element instanceof COSString string) {
                if (stringIndex >= strings.size()
                        || !Arrays.equals(strings.get(stringIndex).bytes(), string.getBytes())) {
                    throw new TraceRefusal("a text operator reads differently than when it was traced");
                }
                cutString(index, stringIndex, strings.get(stringIndex), result);
                stringIndex++;
            }
        }
        return result;
    }

    private void cutString(int index, int stringIndex, ShownString string, COSArray into) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        double pendingAdjustment = 0;
        boolean pending = false;
        int offset = 0;
        int[] lengths = string.codeLengths();
        for (int g = 0; g < lengths.length; g++) {
            GlyphRef ref = new GlyphRef(stream, index, stringIndex, g);
            if (removed.containsKey(ref)) {
                if (kept.size() > 0) {
                    into.add(new COSString(kept.toByteArray()));
                    kept.reset();
                }
                pendingAdjustment += adjustmentOf(ref);
                pending = true;
                cuts++;
            } else {
                if (pending) {
                    into.add(new COSFloat((float) pendingAdjustment));
                    pendingAdjustment = 0;
                    pending = false;
                }
                kept.write(string.bytes(), offset, lengths[g]);
            }
            offset += lengths[g];
        }
        if (kept.size() > 0) {
            into.add(new COSString(kept.toByteArray()));
        }
        if (pending) {
            into.add(new COSFloat((float) pendingAdjustment));
        }
    }

    private double adjustmentOf(GlyphRef ref) {
        Double value = removed.get(ref);
        if (value == null || value.isNaN() || value.isInfinite()) {
            throw new TraceRefusal("a glyph to remove is drawn at font size 0; its place cannot be kept");
        }
        return value;
    }

    static void stripTextProperties(COSDictionary properties) {
        for (COSName key : TEXT_PROPERTIES) {
            properties.removeItem(key);
        }
    }
}

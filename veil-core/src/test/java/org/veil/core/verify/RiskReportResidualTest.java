package org.veil.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.Replacement;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.model.Span;

/** The detector's second look: what it flags outside Veil's replacements, found in linear time. */
class RiskReportResidualTest {
    private static Span span(int start, String text, EntityType type) {
        return new Span(start, start + text.length(), text, type, IdentifierKind.DIRECT, 1.0, "test", null);
    }

    @Test
    void countsOnlyNewDetectionsOutsideReplacements() {
        String source = "Ivan met Olga in IBAN country.";
        String output = "[PERSON] met Olga in IBAN country.";
        Replacement ivan = new Replacement(span(0, "Ivan", EntityType.PERSON), "PERSON", "redact", "[PERSON]", 0, 8);
        Anonymized a = new Anonymized(output, source, "publish", List.of(ivan));
        Analysis again = new Analysis(new Document("out", output, "en"), List.of(
                span(0, "[PERSON]", EntityType.PERSON), span(13, "Olga", EntityType.PERSON),
                span(21, "IBAN", EntityType.CODE)), List.of());
        // "Olga" and "IBAN" were both visible in the source; nothing is new.
        assertTrue(RiskReport.residual(a, again).isEmpty());
        Analysis more = new Analysis(again.document(), List.of(span(13, "Olga in", EntityType.PERSON)), List.of());
        assertTrue(RiskReport.residual(a, more).isEmpty(), "a multi-word span seen in the source");
        Anonymized olgaMasked = new Anonymized(output, source, "publish", List.of(ivan,
                new Replacement(span(9, "Olga", EntityType.PERSON), "PERSON", "keep", "Olga", 13, 17)));
        assertTrue(RiskReport.residual(olgaMasked, again).isEmpty(), "kept on purpose");
    }

    @Test
    void aDetectionTheSourceDidNotShowIsResidual() {
        // Text outside every replacement record that the source did not show (an operator that wrote without
        // recording it) is what the second look exists for.
        String source = "Ivan met her at noon.";
        String output = "Kolya met Zed at noon.";
        Replacement r = new Replacement(span(0, "Ivan", EntityType.PERSON), "PERSON", "surrogate", "Kolya", 0, 5);
        Anonymized a = new Anonymized(output, source, "publish", List.of(r));
        Analysis again = new Analysis(new Document("out", output, "en"), List.of(span(0, "Kolya", EntityType.PERSON),
                span(10, "Zed", EntityType.PERSON), span(17, "noon", EntityType.DATETIME)), List.of());
        assertEquals(java.util.Map.of("PERSON", 1), RiskReport.residual(a, again));
    }

    @Test
    void residualIsLinearOnTwoMegabytes() {
        StringBuilder source = new StringBuilder();
        StringBuilder output = new StringBuilder();
        List<Replacement> rs = new ArrayList<>();
        List<Span> again = new ArrayList<>();
        int k = 0;
        while (output.length() < 2_000_000) {
            String name = "Name" + k++;
            int s = source.length();
            int o = output.length();
            source.append(name).append(" met Petrov").append(k).append(" today. ");
            output.append("[PERSON] met Petrov").append(k).append(" today. ");
            rs.add(new Replacement(span(s, name, EntityType.PERSON), "PERSON", "redact", "[PERSON]", o, o + 8));
            again.add(span(o, "[PERSON]", EntityType.PERSON));
            again.add(span(o + 13, "Petrov" + k, EntityType.PERSON));
        }
        Anonymized a = new Anonymized(output.toString(), source.toString(), "publish", rs);
        Analysis analysis = new Analysis(new Document("out", a.text(), "en"), again, List.of());
        long t0 = System.nanoTime();
        assertTrue(RiskReport.residual(a, analysis).isEmpty());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 20, "residual on 2 MB took " + seconds + " s");
    }
}

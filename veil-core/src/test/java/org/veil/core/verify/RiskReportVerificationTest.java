package org.veil.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.verify.RiskReport;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;

/** The risk report takes the independent checks into account, and only ever as counts. */
class RiskReportVerificationTest {
    private static RiskReport report(Anonymized a) {
        Analysis nothingRedetected = new Analysis(new Document("out", a.text(), "en"), List.of(), List.of());
        return RiskReport.of(a, nothingRedetected);
    }

    @Test
    void aCandidateKeepsTheLevelAboveLow() {
        RiskReport r = report(Fixture.anonymized("{PERSON:Ivan Voronin} drives a car with plate A123BC."));
        assertEquals(RiskReport.Level.MEDIUM, r.level(), r.toText());
        assertEquals(Map.of("CODE", 1), r.candidates());
    }

    @Test
    void aLeakMakesItHigh() {
        RiskReport r = report(Fixture.anonymized("{PERSON:Ivan Voronin} left. His mother calls Voronin daily."));
        assertEquals(RiskReport.Level.HIGH, r.level(), r.toText());
        assertEquals(Map.of("PERSON", 1), r.leaks());
    }

    @Test
    void aCleanTextIsLow() {
        RiskReport r = report(Fixture.anonymized("{PERSON:Ivan Voronin} left the city in {DATETIME:May 2022}."));
        assertEquals(RiskReport.Level.LOW, r.level(), r.toText());
    }

    @Test
    void theReportNamesNoOriginalValueInTextOrJson() throws Exception {
        Anonymized a = Fixture.anonymized("{PERSON:Ivan Voronin}, whose plate is A123BC 62, told Voronin's"
                + " friend voron_29 to write to {CONTACT:ivan.voronin@mail.ru} or ivan.voronin@mail.ru.");
        RiskReport r = report(a);
        assertFalse(r.leaks().isEmpty());
        assertFalse(r.candidates().isEmpty());
        String json = new ObjectMapper().writeValueAsString(r);
        for (String value : List.of("Ivan", "Voronin", "A123BC", "62", "voron_29", "ivan.voronin", "mail.ru")) {
            assertFalse(json.contains(value), value + " in " + json);
            assertFalse(r.toText().contains(value), value + " in " + r.toText());
        }
        assertTrue(json.contains("\"leaks\":{\"CONTACT\":1,\"PERSON\":1}"), json);
    }
}

package org.veil.core.publics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.veil.core.Analyzer;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.IdentifierKind;

class PublicEntitiesTest {
    private static final Analyzer ANALYZER = Analyzer.english();

    private static IdentifierKind kindOf(Analysis a, String surface) {
        return a.spans().stream().filter(s -> s.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " not found in " + a.spans())).kind();
    }

    @Test
    void publicFiguresAndNationalBodiesAreKept() {
        Analysis a = ANALYZER.analyze(Document.of("President Vladimir Putin spoke. The European Court of Human Rights"
                + " and the Court of Cassation ruled, and the Ministry of Defence replied to Ivan Petrov."));
        assertEquals(IdentifierKind.NONE, kindOf(a, "Vladimir Putin"));
        assertEquals(IdentifierKind.NONE, kindOf(a, "European Court of Human Rights"));
        assertEquals(IdentifierKind.NONE, kindOf(a, "Ministry of Defence"));
        assertEquals(IdentifierKind.DIRECT, kindOf(a, "Ivan Petrov"));
    }

    @Test
    void aCourtNamedAfterATownTellsWhere() {
        PublicEntities p = PublicEntities.load();
        assertEquals(false, p.isNationalInstitution("Kayseri Administrative Court"));
        assertEquals(true, p.isNationalInstitution("Supreme Administrative Court"));
        assertEquals(true, p.isNationalInstitution("Turkish Government"));
        assertEquals(true, p.isNationalInstitution("Министерство обороны"));
        assertEquals(true, p.isNationalInstitution("Министерством внутренних дел"));
        assertEquals(false, p.isNationalInstitution("Министерство обороны Рязанской области"));
    }
}

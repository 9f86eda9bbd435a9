package org.veil.core.recognize.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.recognize.Found;

class NameShapeRecognizersTest {
    @Test
    void titledInitialsAndNames() {
        var r = NameShapeRecognizers.titledName();
        assertEquals(List.of("Mr F.L."), Found.in(r, "the applicant, Mr F.L., lives"));
        assertEquals(List.of("Ms N.Ö. Akın"), Found.in(r, "represented by Ms N.Ö. Akın, a lawyer"));
        assertEquals(List.of("Dr Yalman"), Found.in(r, "examined by Dr Yalman on"));
        assertTrue(Found.in(r, "Mr. and the rest").isEmpty());
    }

    @Test
    void unknownAcronymsButNotHeadingsOrCommonOnes() {
        var r = NameShapeRecognizers.acronym();
        assertEquals(List.of("COTOREP"), Found.in(r, "The COTOREP assessed her disability."));
        assertTrue(Found.in(r, "THE FACTS\nThe applicant lives in the USA.").isEmpty());
    }

    @Test
    void organisationShape() {
        var r = OrganisationShapeRecognizer.create();
        assertEquals(List.of("London Borough of Islington"), Found.in(r, "worked for the London Borough of Islington."));
        assertEquals(List.of("Acme Holding"), Found.in(r, "shares in Acme Holding were"));
        assertTrue(Found.in(r, "the court said that").isEmpty());
    }
}

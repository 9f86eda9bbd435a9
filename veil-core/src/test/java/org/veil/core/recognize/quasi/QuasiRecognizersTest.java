package org.veil.core.recognize.quasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Found;

class QuasiRecognizersTest {
    private static LexiconRecognizer lexicon(String name, boolean plurals) {
        return new LexiconRecognizer(name, Lexicon.resource(name + ".txt", plurals), EntityType.DEMOGRAPHIC,
                IdentifierKind.QUASI, 0.7);
    }

    @Test
    void occupationsLongestFirstWithPlurals() {
        LexiconRecognizer occ = lexicon("occupations", true);
        assertEquals(List.of("primary school teacher"), Found.in(occ, "She is a primary school teacher."));
        assertEquals(List.of("journalists"), Found.in(occ, "Two journalists came."));
        assertTrue(Found.in(occ, "The weather was fine.").isEmpty());
    }

    @Test
    void nationalityReligionHealthPolitics() {
        assertEquals(List.of("Turkish national"), Found.in(lexicon("nationalities", false), "a Turkish national, was"));
        assertEquals(List.of("Jehovah’s Witnesses"), Found.in(lexicon("religions", false), "the Jehovah’s Witnesses met"));
        assertEquals(List.of("HIV-positive"), Found.in(lexicon("health", false), "he is HIV-positive and"));
        assertEquals(List.of("conscientious objector"), Found.in(lexicon("politics", true), "a conscientious objector"));
    }

    @Test
    void ages() {
        var age = QuasiPatterns.age();
        assertEquals(List.of("in his 20s"), Found.in(age, "Sokolov, in his 20s and"));
        assertEquals(List.of("aged 34"), Found.in(age, "a man aged 34 was"));
        assertEquals(List.of("27-year-old"), Found.in(age, "The 27-year-old said"));
        assertEquals(List.of("in her early thirties"), Found.in(age, "a woman in her early thirties"));
        assertTrue(Found.in(age, "in the 1990s he left").isEmpty());
    }

    @Test
    void familyWithSpecifics() {
        var family = QuasiPatterns.family();
        assertEquals(List.of("his girlfriend and her child"), Found.in(family, "lives with his girlfriend and her child in"));
        assertEquals(List.of("two children"), Found.in(family, "has two children."));
        assertEquals(List.of("Her brother-in-law"), Found.in(family, "Her brother-in-law Oleg works"));
        assertTrue(Found.in(family, "the child protection law").isEmpty());
    }

    @Test
    void militaryUnitsAndEmployers() {
        assertEquals(List.of("31st Guards Air Assault Brigade"),
                Found.in(QuasiPatterns.militaryUnit(), "in the 31st Guards Air Assault Brigade, he"));
        assertEquals(List.of("93rd brigade"), Found.in(QuasiPatterns.militaryUnit(), "his unit is 93rd brigade, call"));
        assertTrue(Found.in(QuasiPatterns.militaryUnit(), "3 companies and 2 army trucks").isEmpty());
        assertEquals(List.of("military unit 12345"), Found.in(QuasiPatterns.militaryUnit(), "at military unit 12345."));
        assertEquals(List.of("works from home for an IT company abroad"),
                Found.in(QuasiPatterns.employer(), "He works from home for an IT company abroad."));
        assertEquals(List.of("programmer"), Found.in(QuasiPatterns.jobAs(), "She worked as a programmer until"));
    }

    @Test
    void quantities() {
        var q = QuasiPatterns.quantity();
        assertEquals(List.of("EUR 4,000"), Found.in(q, "awarded EUR 4,000 for"));
        assertEquals(List.of("250,000 Swedish kronor"), Found.in(q, "paid 250,000 Swedish kronor to"));
        assertEquals(List.of("40%"), Found.in(q, "a 40% share"));
        assertEquals(List.of("22,000 ecstasy tablets"), Found.in(q, "with 22,000 ecstasy tablets in"));
        assertTrue(Found.in(q, "Article 8 of the Convention").isEmpty());
    }

    @Test
    void rolesCountAsJobsOnlyAfterACopula() {
        var r = QuasiPatterns.roleAsJob();
        assertEquals(List.of("lawyer"), Found.in(r, "the applicant, who is a lawyer, got married"));
        assertEquals(List.of("advocate"), Found.in(r, "unable to practise as an advocate for a year"));
        assertTrue(Found.in(r, "His lawyer complained to the judge.").isEmpty());
    }

    @Test
    void placeOfLivingFromContext() {
        var r = QuasiPatterns.placeOfLiving();
        assertEquals(List.of("Muş"), Found.in(r, "He was born in 1974 and lives in Muş. He is"));
        assertEquals(List.of("Saint-Didier-au-Mont-d’Or"), Found.in(r, "lives in Saint-Didier-au-Mont-d’Or."));
        assertEquals(List.of("Tbilisi"), Found.in(r, "he fled to Tbilisi in March"));
        assertTrue(Found.in(r, "born in March 1990").isEmpty());
        assertTrue(Found.in(r, "he lives in the country").isEmpty());
    }

    @Test
    void amountsWithTheCurrencyAfter() {
        var q = QuasiPatterns.quantity();
        assertEquals(List.of("100,000,000 TRL"), Found.in(q, "a fine of 100,000,000 TRL. The"));
        assertEquals(List.of("588 GDR marks"), Found.in(q, "the amount of 588 GDR marks (hereafter"));
        assertEquals(List.of("1,579 New Turkish liras (YTL)"), Found.in(q, "awarded 1,579 New Turkish liras (YTL) for"));
    }
}

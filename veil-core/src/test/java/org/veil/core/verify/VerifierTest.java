package org.veil.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.verify.Candidate.Kind;

class VerifierTest {
    private static final Verifier VERIFIER = Verifier.standard();

    private static Verification verify(String markup) {
        return VERIFIER.verify(Fixture.anonymized(markup));
    }

    private static List<String> candidateTexts(Verification v, Kind kind) {
        return v.candidates().stream().filter(c -> c.kind() == kind).map(Candidate::text).toList();
    }

    @Test
    void aSurnameAloneIsALeak() {
        Verification v = verify("{PERSON:Dmitri Sokolov} was called up. Later Sokolov fled to the border.");
        assertEquals(Map.of("PERSON", 1), v.leakCounts(), v.toString());
        assertEquals("[PERSON] was called up. Later ".length(), v.leaks().get(0).start());
    }

    @Test
    void theWholeNameLeftElsewhereIsOneLeak() {
        Verification v = verify("{PERSON:Olga Sokolova} called. Olga Sokolova said nothing more.");
        assertEquals(1, v.leaks().size(), v.toString());
    }

    @Test
    void aGivenNameOfFourLettersLeaksButAShortOneDoesNot() {
        assertEquals(1, verify("{PERSON:Olga Sokolova} called. Olga said no.").leaks().size());
        assertEquals(0, verify("{PERSON:Ivo Sanader} called. Ivo said no.").leaks().size());
    }

    @Test
    void aLeakInTheOtherScriptIsFound() {
        assertEquals(1, verify("{PERSON:Dmitri Sokolov} was called up. Соколов уехал.").leaks().size());
        assertEquals(1, verify("{PERSON:Дмитрий Воронин} уехал. Voronin is in Kazakhstan.").leaks().size());
    }

    @Test
    void anInflectedFormIsALeak() {
        Verification v = verify("{PERSON:Дмитрий Воронин} уехал. Повестку вручили матери Воронина.");
        assertEquals(Map.of("PERSON", 1), v.leakCounts(), v.toString());
    }

    @Test
    void otherReplacedValuesLeakInAnyCase() {
        Verification v = verify("Write to {CONTACT:d.sokolov@example.org} or D.SOKOLOV@EXAMPLE.ORG today.");
        assertEquals(Map.of("CONTACT", 1), v.leakCounts(), v.toString());
        Verification district = verify("He lives in {LOCATION:Vakhitovsky district}, near the Vakhitovsky market.");
        assertEquals(Map.of("LOCATION", 1), district.leakCounts(), district.toString());
    }

    @Test
    void veilsOwnReplacementsAreNoLeak() {
        assertTrue(verify("{PERSON:Dmitri Sokolov} and {PERSON:Sokolov} met.").leaks().isEmpty());
    }

    @Test
    void identifierShapesAreCandidates() {
        Verification v = verify("The car A123BC 62 belongs to voron_29, who posts as @voronin_real and was born in"
                + " 1985. Write to x.y@mail.ru or see https://vk.com/id123 or call +7 (912) 345-67-89.");
        assertEquals(List.of("A123BC"), candidateTexts(v, Kind.CODE), v.toString());
        assertTrue(candidateTexts(v, Kind.NUMBER).containsAll(List.of("62", "1985")), v.toString());
        assertEquals(List.of("voron_29", "@voronin_real"), candidateTexts(v, Kind.HANDLE));
        assertEquals(List.of("x.y@mail.ru"), candidateTexts(v, Kind.EMAIL));
        assertEquals(List.of("https://vk.com/id123"), candidateTexts(v, Kind.URL));
        assertEquals(List.of("+7 (912) 345-67-89"), candidateTexts(v, Kind.PHONE));
    }

    @Test
    void agesAndNumberedPlacesAreCandidates() {
        Verification v = verify("{PERSON:Ivan Voronin}, 29, lives in apartment 9 near Hospital No. 2. She is 61.");
        assertEquals(List.of("29", "9", "2", "61"), candidateTexts(v, Kind.NUMBER), v.toString());
    }

    @Test
    void capitalisedUnknownWordsAreCandidatesMidSentenceAndAtTheStart() {
        Verification v = verify("He was questioned by the Sovetsky district department. Voronin said nothing to"
                + " Jean-Pierre Kowalczyk or Kowalczyk-Nowak.");
        assertEquals(List.of("Sovetsky", "Voronin", "Jean-Pierre Kowalczyk", "Kowalczyk-Nowak"), candidateTexts(v, Kind.NAME),
                v.toString());
        Verification ru = verify("Его вызвали в Советский районный отдел, где был и Лёха.");
        assertEquals(List.of("Советский", "Лёха"), candidateTexts(ru, Kind.NAME), ru.toString());
    }

    @Test
    void aKnownNameIsACandidateMidSentenceEvenIfItIsAlsoAWord() {
        Verification v = verify("Yesterday we talked to Mark about it. Mark the date.");
        assertEquals(List.of("Mark"), candidateTexts(v, Kind.NAME), v.toString());
        assertEquals("Yesterday we talked to ".length() + 1, v.candidates().get(0).column());
    }

    @Test
    void aGivenNameTypedInLowerCaseIsACandidateButAnEverydayWordIsNot() {
        Verification v = verify("hi, it's olena again. my cousin oksana was taken. vera est. мир и роза.");
        assertEquals(List.of("olena", "oksana"), candidateTexts(v, Kind.NAME), v.toString());
    }

    @Test
    void publicNamesAndEverydayWordsAreNotCandidates() {
        Verification v = verify("However, President Putin flew to Moscow on Monday. The Ministry of Defence said"
                + " nothing. Later, in Saint Petersburg, officials met the UN and NATO. In 3 days it ends.");
        assertTrue(v.candidates().isEmpty(), v.candidates().toString());
        Verification ru = verify("Однако Путин прилетел в Москву. Потом в Москве говорили о России.");
        assertTrue(ru.candidates().isEmpty(), ru.candidates().toString());
    }

    @Test
    void aPublicFigureIsJudgedAsDetectionJudgesIt() {
        Verification full = verify("Yesterday Vladimir Putin and Dmitry Medvedev spoke, and Дмитрий Медведев agreed.");
        assertTrue(full.candidates().isEmpty(), full.candidates().toString());
        // "Medvedev" alone is a common surname: it may be anyone, so it is worth a look.
        Verification lone = verify("Yesterday we met Medvedev at the market. Вчера мы видели Медведева.");
        assertEquals(List.of("Medvedev", "Медведева"), candidateTexts(lone, Kind.NAME), lone.toString());
    }

    @Test
    void numbersCitingPublicTextsAndSharesAreNotCandidates() {
        Verification v = verify("Under Article 25 of the Convention and Rule 52 § 12, Protocol No. 11 and Articles"
                + " 125 and 168 of the Code. Он осуждён по статье 105 и ч. 12 ст. 30 УК. He paid 4500 roubles, 80% of it"
                + " cash and 15 per cent tax; 70 процентов.");
        assertEquals(List.of("4500"), candidateTexts(v, Kind.NUMBER), v.toString());
    }

    @Test
    void nothingInsideReplacementsIsACandidate() {
        Anonymized a = Fixture.anonymized("{PERSON:Ivan Voronin} ({DEMOGRAPHIC:29}) wrote to {CONTACT:v@x.ru}.");
        assertTrue(VERIFIER.verify(a).candidates().isEmpty(), VERIFIER.verify(a).toString());
    }

    @Test
    void candidatesCarryPositionAndContext() {
        Candidate c = verify("A quiet line.\nHe met Voronin there.").candidates().get(0);
        assertEquals(2, c.line());
        assertEquals(8, c.column());
        assertTrue(c.context().contains(">Voronin<"), c.context());
        assertFalse(c.context().contains("\n"));
    }

    /**
     * A correctness guard, not a benchmark: 2 MB must take about eight times what 256 kB takes (quadratic work
     * would take 64 times), and never minutes. Generous, as the machine may be busy.
     */
    @Test
    void verifyingTwoMegabytesIsLinear() {
        String paragraph = "{PERSON:Dmitri Sokolov}, a programmer from Kazan, met Sokolova at 14:30 near the"
                + " Vakhitovsky market; his plate was A123BC 62 and his handle voron_29. Later he left.\n";
        Anonymized small = Fixture.anonymized(paragraph.repeat(256_000 / paragraph.length()));
        Anonymized big = Fixture.anonymized(paragraph.repeat(2_048_000 / paragraph.length()));
        VERIFIER.verify(small); // word lists loaded and code compiled outside the timing
        double smallSeconds = Math.min(seconds(small), seconds(small));
        double bigSeconds = seconds(big);
        assertTrue(bigSeconds < 30 * smallSeconds + 2 && bigSeconds < 120,
                "2 MB took " + bigSeconds + " s, 256 kB " + smallSeconds + " s");
        assertEquals(6 * (2_048_000 / paragraph.length()), VERIFIER.verify(big).candidates().size());
    }

    private static double seconds(Anonymized a) {
        long t0 = System.nanoTime();
        VERIFIER.verify(a);
        return (System.nanoTime() - t0) / 1e9;
    }
}

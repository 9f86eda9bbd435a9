package org.veil.core.publics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.Analyzer;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.model.Span;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Specificity;

/** Per category: a mention kept as public context, and one that describes the people and stays masked. */
class PublicContextTest {
    private static final Analyzer ANALYZER = Analyzer.english();

    private static Analysis analyze(String text) {
        return ANALYZER.analyze(Document.of(text));
    }

    /** The kind of the {@code nth} (0-based) span whose text is {@code surface}; fails if there is none. */
    private static IdentifierKind kindOf(Analysis a, String surface, int nth) {
        List<Span> hits = a.spans().stream().filter(s -> s.text().equals(surface)).toList();
        assertTrue(hits.size() > nth, surface + " #" + nth + " not found in " + a.spans());
        return hits.get(nth).kind();
    }

    private static IdentifierKind kindOf(Analysis a, String surface) {
        return kindOf(a, surface, 0);
    }

    private static void assertMasked(Analysis a, String surface, int nth) {
        assertTrue(kindOf(a, surface, nth).masked(), surface + " #" + nth + " should be masked: " + a.spans());
    }

    @Test
    void countriesInNewsRolesAreKeptButWhereSomeoneMovesIsMasked() {
        Analysis a = analyze("Russia invaded Ukraine on 24 February 2022. A week later she moved to Georgia with"
                + " her children.");
        assertEquals(IdentifierKind.NONE, kindOf(a, "Russia"));
        assertEquals(IdentifierKind.NONE, kindOf(a, "Ukraine"));
        assertMasked(a, "Georgia", 0);

        Analysis ru = analyze("Россия ввела санкции. Он живёт в Грузии.");
        assertEquals(IdentifierKind.NONE, kindOf(ru, "Россия"));
        assertMasked(ru, "Грузии", 0);
    }

    @Test
    void aCapitalIsKeptOnlyWhenNoMentionOfItIsSomeonesWhereabouts() {
        Analysis news = analyze("Moscow said the talks would continue, and Moscow's envoy left early.");
        assertEquals(IdentifierKind.NONE, kindOf(news, "Moscow", 0));
        assertEquals(IdentifierKind.NONE, kindOf(news, "Moscow", 1));

        Analysis staying = analyze("Tbilisi said the talks would continue. He is staying in Tbilisi with his brother.");
        assertMasked(staying, "Tbilisi", 0);
        assertMasked(staying, "Tbilisi", 1);
    }

    @Test
    void publicFiguresAreKeptWithoutATitleAndInEveryCaseForm() {
        Analysis a = analyze("Zelensky met the mayor. Зеленский встретился с Путиным. Dmitri Sokolov did not attend.");
        assertEquals(IdentifierKind.NONE, kindOf(a, "Zelensky"));
        assertEquals(IdentifierKind.NONE, kindOf(a, "Путиным"));
        assertEquals(IdentifierKind.DIRECT, kindOf(a, "Dmitri Sokolov"));
    }

    @Test
    void aCommonSurnameAloneIsNotTakenForAPublicFigure() {
        PublicEntities publics = PublicEntities.load();
        String text = "Medvedev said it. Dmitry Medvedev said it. Lukashenko said it. Ivan Lukashenko said it.";
        assertEquals(IdentifierKind.DIRECT, publics.classify(text, person(text, "Medvedev", 0)).kind());
        assertEquals(IdentifierKind.NONE, publics.classify(text, person(text, "Dmitry Medvedev", 0)).kind());
        assertEquals(IdentifierKind.NONE, publics.classify(text, person(text, "Lukashenko", 0)).kind());
        // Another given name with a public figure's surname is someone else.
        assertEquals(IdentifierKind.DIRECT, publics.classify(text, person(text, "Ivan Lukashenko", 0)).kind());
    }

    private static Mention person(String text, String surface, int from) {
        int start = text.indexOf(surface, from);
        return new Mention(start, start + surface.length(), EntityType.PERSON, IdentifierKind.DIRECT, 0.9, "test",
                Specificity.STATISTICAL);
    }

    @Test
    void aLanguageIsKeptButSomeonesNationalityIsMasked() {
        Analysis a = analyze("The letter was translated from Russian by our correspondent. She is Russian and speaks"
                + " three languages.");
        assertEquals(IdentifierKind.NONE, kindOf(a, "Russian", 0));
        assertMasked(a, "Russian", 1);
    }

    @Test
    void aCountrysAdjectiveOnItsStateIsKeptButSomeonesServiceIsMasked() {
        Analysis a = analyze("The Russian army shelled the town. He served in the Russian army for two years.");
        assertEquals(IdentifierKind.NONE, kindOf(a, "Russian", 0));
        assertMasked(a, "Russian", 1);
    }

    @Test
    void genericRolesAreKeptButSomeonesOwnJobIsMasked() {
        Analysis a = analyze("A police officer stopped the car and the border guard took his passport. The letter"
                + " came from our correspondent.");
        assertEquals(IdentifierKind.NONE, kindOf(a, "police officer"));
        assertEquals(IdentifierKind.NONE, kindOf(a, "border guard"));
        assertEquals(IdentifierKind.NONE, kindOf(a, "correspondent"));

        Analysis own = analyze("The applicant, Ivan Petrov, is a police officer from Kazan.");
        assertMasked(own, "police officer", 0);
        Analysis trade = analyze("Sokolov, in his 20s and a programmer by training, works from home.");
        assertMasked(trade, "programmer", 0);
        Analysis statement = analyze("The Ministry of Defence has said that IT specialists are exempt.");
        assertEquals(IdentifierKind.NONE, kindOf(statement, "IT specialists"));
        Analysis their = analyze("His colleagues were programmers who worked for a bank.");
        assertMasked(their, "programmers", 0);
        Analysis inLaw = analyze("Contact: t.me/kupavna_m.\nHer brother-in-law Oleg works for a bank in Tyumen.");
        assertMasked(inLaw, "Her brother-in-law", 0);
    }

    @Test
    void lengthsOfTimeAreKeptButPrisonTermsAndAgesAreMasked() {
        Analysis a = analyze("The talks lasted four days. He was sentenced to ten years in prison.");
        assertEquals(IdentifierKind.NONE, kindOf(a, "four days"));
        // A prison term, with the court and the date, points at one case: TAB annotates it as quasi-identifying.
        assertMasked(a, "ten years", 0);

        Analysis ages = analyze("The pension is paid from the age of sixty. She was arrested at the age of 17.");
        assertEquals(IdentifierKind.NONE, kindOf(ages, "age of sixty"));
        assertMasked(ages, "at the age of 17", 0);
    }

    @Test
    void publicEventsAndTheirDatesAreKeptButSomeonesDateIsMasked() {
        Analysis a = analyze("The invasion on 24 February 2022 was condemned, as was the 2014 annexation of Crimea.");
        assertEquals(IdentifierKind.NONE, kindOf(a, "24 February 2022"));
        assertEquals(IdentifierKind.NONE, kindOf(a, "2014"));

        Analysis own = analyze("On 3 March 2021 the applicant was arrested in Kazan.");
        assertMasked(own, "3 March 2021", 0);
        assertMasked(own, "Kazan", 0);
    }

    @Test
    void aCountryAfterSomeonesTownIsPartOfTheirWhereabouts() {
        Analysis a = analyze("The applicant lives in Laupheim (Germany). Germany's courts dismissed the claim.");
        assertMasked(a, "Germany", 0);
        assertMasked(a, "Germany", 1);
    }
}

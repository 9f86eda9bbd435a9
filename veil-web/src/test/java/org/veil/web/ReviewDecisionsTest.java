package org.veil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policies;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.Entity;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.model.Span;

/** Decisions replayed onto an analysis give the analysis the anonymizer gets. */
class ReviewDecisionsTest {
    static final String TEXT = "Olga Petrova met the driver in Kazan. Petrova's son Timur wrote from Kazan;"
            + " timur signs as Tymur. Олег Бахыт и Бахыта видели с Бахытом.";

    /** A hand-made analysis: Olga Petrova / Petrova (E1), driver (E2), Kazan ×2 (E3). */
    static Analysis analysis() {
        List<Span> spans = new ArrayList<>();
        spans.add(span("Olga Petrova", 0, EntityType.PERSON, IdentifierKind.DIRECT, "E1"));
        spans.add(span("driver", 0, EntityType.DEMOGRAPHIC, IdentifierKind.QUASI, "E2"));
        spans.add(span("Kazan", 0, EntityType.LOCATION, IdentifierKind.QUASI, "E3"));
        spans.add(span("Petrova", 1, EntityType.PERSON, IdentifierKind.DIRECT, "E1"));
        spans.add(span("Kazan", 1, EntityType.LOCATION, IdentifierKind.QUASI, "E3"));
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Entity> entities = new ArrayList<>();
        for (String id : List.of("E1", "E2", "E3")) {
            List<Span> ms = spans.stream().filter(s -> s.entityId().equals(id)).toList();
            entities.add(new Entity(id, ms.get(0).type(), ms.get(0).kind(), ms.get(0).text(), ms));
        }
        return new Analysis(new Document("t", TEXT, "en"), spans, entities);
    }

    static Span span(String text, int nth, EntityType type, IdentifierKind kind, String id) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = TEXT.indexOf(text, at + 1);
        }
        int start = TEXT.codePointCount(0, at);
        return new Span(start, start + text.codePointCount(0, text.length()), text, type, kind, 0.9, "test", id);
    }

    static Reviewed replay(Decision... decisions) {
        return DecisionReplay.replay(analysis(), Terms.NONE, List.of(decisions));
    }

    static String publish(Reviewed r) {
        return new Anonymizer(Policies.publish(), new MemoryStore()).anonymize(r.analysis()).text();
    }

    static List<String> texts(Reviewed r) {
        return r.analysis().spans().stream().map(Span::text).toList();
    }

    @Test
    void rejectKeepsTheTextAndAcceptIsRemembered() {
        Span driver = span("driver", 0, EntityType.DEMOGRAPHIC, IdentifierKind.QUASI, "E2");
        Span kazan = span("Kazan", 0, EntityType.LOCATION, IdentifierKind.QUASI, "E3");
        Reviewed r = replay(new Decision.Reject(driver.start(), driver.end()),
                new Decision.Accept(kazan.start(), kazan.end()));
        assertFalse(texts(r).contains("driver"));
        assertTrue(publish(r).contains("met the driver in"), publish(r));
        assertTrue(r.accepted().contains(Reviewed.key(kazan.start(), kazan.end())));
    }

    @Test
    void keepMaskAndRetypeActOnTheWholeEntity() {
        Reviewed kept = replay(new Decision.Keep("E3"));
        assertEquals(2, kept.analysis().spans().stream().filter(s -> s.kind() == IdentifierKind.NONE).count());
        assertEquals(2, publish(kept).split("Kazan", -1).length - 1, publish(kept));
        Reviewed masked = replay(new Decision.Keep("E3"), new Decision.Mask("E3"));
        assertFalse(publish(masked).contains("Kazan"));
        Reviewed retyped = replay(new Decision.Retype("E3", EntityType.ORGANIZATION));
        assertTrue(publish(retyped).contains("[ORGANISATION 1]"), publish(retyped));
    }

    @Test
    void addFindsEveryOccurrenceSpellingAndCaseForm() {
        int start = TEXT.indexOf("Timur");
        Reviewed r = replay(new Decision.Add(start, start + 5, EntityType.PERSON));
        List<Span> added = r.analysis().spans().stream().filter(s -> s.recognizer().equals(DecisionReplay.RECOGNIZER))
                .toList();
        assertEquals(List.of("Timur", "timur", "Tymur"), added.stream().map(Span::text).toList());
        assertEquals(1, added.stream().map(Span::entityId).distinct().count());
        int ru = TEXT.codePointCount(0, TEXT.indexOf("Бахыт"));
        Reviewed cyr = replay(new Decision.Add(ru + 1, ru + 3, EntityType.PERSON));
        assertEquals(List.of("Бахыт", "Бахыта", "Бахытом"), cyr.analysis().spans().stream()
                .filter(s -> s.recognizer().equals(DecisionReplay.RECOGNIZER)).map(Span::text).toList(),
                "a partial selection snaps to the word; every case form is found");
    }

    @Test
    void addFindsThePersonAsTheLinkerWouldAndNotTheirRelative() {
        String text = "Alexei Voronin called. Лёша, as friends call him, met Marina Voronina. Алексею Воронину"
                + " писали. Voronin's car.";
        List<String> found = OccurrenceFinder.find(text, "Alexei Voronin", EntityType.PERSON).stream()
                .map(h -> text.substring(h[0], h[1])).toList();
        assertEquals(List.of("Alexei Voronin", "Лёша", "Алексею Воронину", "Voronin"), found);
        List<String> hers = OccurrenceFinder.find(text, "Marina Voronina", EntityType.PERSON).stream()
                .map(h -> text.substring(h[0], h[1])).toList();
        assertEquals(List.of("Marina Voronina"), hers, "his surname is not her name");
    }

    @Test
    void addedSelectionReplacesWhatItCoversAndAPossessiveStaysOutside() {
        int start = TEXT.indexOf("Petrova's");
        Reviewed r = replay(new Decision.Add(start, start + "Petrova".length(), EntityType.PERSON));
        List<String> t = texts(r);
        assertTrue(t.contains("Olga Petrova"), "a longer detection around an occurrence stays: " + t);
        assertEquals(1, t.stream().filter(x -> x.equals("Petrova")).count());
        assertFalse(t.contains("Petrova's"));
    }

    @Test
    void mergeAndSplit() {
        Reviewed merged = replay(new Decision.Merge("E3", "E1"));
        assertEquals(2, merged.analysis().entities().size());
        assertEquals(IdentifierKind.DIRECT, merged.analysis().entities().get(0).kind(), "masking wins");
        Span second = span("Petrova", 1, EntityType.PERSON, IdentifierKind.DIRECT, "E1");
        Reviewed split = replay(new Decision.Split(second.start(), second.end()));
        String out = publish(split);
        assertTrue(out.startsWith("[PERSON A]") && out.contains("[PERSON B]'s son"), out);
    }

    @Test
    void termsCarryToTheNextDocument() {
        Terms terms = Terms.NONE.withAllowed("DRIVER").withDenied("Timur", EntityType.PERSON);
        Reviewed r = DecisionReplay.replay(analysis(), terms, List.of());
        assertFalse(texts(r).contains("driver"));
        assertTrue(texts(r).containsAll(List.of("Timur", "timur", "Tymur")), texts(r).toString());
        assertTrue(r.analysis().entities().stream().anyMatch(e -> e.id().startsWith("T")));
        assertEquals(Terms.NONE, terms.without("driver").without("timur"));
    }

    @Test
    void aPlaceInThePublishedTextMapsBackToTheDocument() {
        Reviewed r = replay();
        org.veil.core.anonymize.Anonymized a = new Anonymizer(Policies.publish(), new MemoryStore())
                .anonymize(r.analysis());
        org.veil.core.Publisher.Published p = new org.veil.core.Publisher.Published(a, null, null, null);
        String out = a.text();
        for (String word : List.of("met the", "son", "wrote from", "signs as", "видели")) {
            int inOut = out.codePointCount(0, out.indexOf(word));
            assertEquals(TEXT.codePointCount(0, TEXT.indexOf(word)), ReviewSession.toSource(p, inOut), word);
        }
        int placeholder = out.codePointCount(0, out.indexOf("[PLACE 1]")) + 2;
        assertEquals(TEXT.codePointCount(0, TEXT.indexOf("Kazan")), ReviewSession.toSource(p, placeholder),
                "inside a replacement: the start of what it replaced");
    }

    @Test
    void decisionsThatNoLongerApplyDoNothing() {
        Reviewed r = replay(new Decision.Reject(0, 3), new Decision.Merge("E9", "E1"), new Decision.Keep("E9"),
                new Decision.Add(5, 5, EntityType.PERSON), new Decision.Add(-1, 99999, EntityType.PERSON));
        assertEquals(analysis().spans(), r.analysis().spans());
    }
}

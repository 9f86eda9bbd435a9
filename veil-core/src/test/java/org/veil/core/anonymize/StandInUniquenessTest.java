package org.veil.core.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.core.link.NameForms;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.Entity;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.model.Span;

/** Two people never get one stand-in, nor one stand-in surname: a reader would take them for one person or kin. */
class StandInUniquenessTest {
    private static final String[] GIVEN = {"Anna", "Boris", "Clara", "Denis", "Elena", "Fedor", "Galina", "Igor"};
    private static final String[] FAMILY = {"Abramov", "Belov", "Chernov", "Danilov", "Egorov", "Frolov", "Gusev",
        "Ilyin", "Kozlov", "Lebedev"};

    /** A hand-made analysis with one person entity per name, so the test does not depend on the tagger. */
    private static Analysis manyPeople(int count) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = GIVEN[i % GIVEN.length] + " " + FAMILY[i / GIVEN.length % FAMILY.length]
                    + (i >= GIVEN.length * FAMILY.length ? "a" : "");
            int start = text.length();
            text.append(name);
            Span s = new Span(start, text.length(), name, EntityType.PERSON, IdentifierKind.DIRECT, 0.9, "crf-ner",
                    "E" + (i + 1));
            spans.add(s);
            entities.add(new Entity("E" + (i + 1), EntityType.PERSON, IdentifierKind.DIRECT, name, List.of(s)));
            text.append(" spoke. ");
        }
        return new Analysis(new Document("d", text.toString(), "en"), spans, entities);
    }

    @Test
    void everyPersonGetsAStandInAndASurnameOfTheirOwn() {
        for (int run = 0; run < 5; run++) {
            Anonymized out = new Anonymizer(Policies.pseudonymise(), new MemoryStore()).anonymize(manyPeople(60));
            Set<String> full = new HashSet<>();
            Set<String> surnames = new HashSet<>();
            for (Replacement r : out.replacements()) {
                assertTrue(full.add(r.replacement()), "stand-in used twice: " + r.replacement());
                List<String> words = NameForms.nameWords(r.replacement());
                assertTrue(surnames.add(NameForms.fold(words.get(words.size() - 1))),
                        "stand-in surname used twice: " + r.replacement());
            }
            assertEquals(60, full.size());
        }
    }
}

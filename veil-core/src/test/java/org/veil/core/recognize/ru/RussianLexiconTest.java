package org.veil.core.recognize.ru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenCorpora and natasha name dictionary in case forms, and the document-level type vote. */
class RussianLexiconTest {
    private final RussianLexicon lex = RussianLexicon.bundled();

    @Test
    void surnamesPlacesAndOrganisationsInEveryCase() {
        for (String form : List.of("Вертинский", "Вертинского", "Вертинскому", "Вертинским", "вертинском")) {
            assertTrue((lex.marks(form) & RussianLexicon.SURNAME) != 0, form);
            assertEquals(lex.lemma("Вертинский"), lex.lemma(form), "one lemma: " + form);
        }
        for (String form : List.of("Москва", "Москвы", "Москве", "Москвой")) {
            assertTrue((lex.marks(form) & RussianLexicon.PLACE) != 0, form);
        }
        assertTrue((lex.marks("Госдумой") & RussianLexicon.ORGANISATION) != 0);
        assertTrue((lex.marks("Ивановичем") & RussianLexicon.PATRONYMIC) != 0);
        assertTrue((lex.marks("Ольгой") & RussianLexicon.GIVEN) != 0);
        assertNotEquals(lex.lemma("Вертинского"), lex.lemma("Москвы"));
        assertEquals(0, lex.marks("табуретка"), "an ordinary word");
        assertEquals(-1, lex.lemma("табуретка"));
    }

    @Test
    void listedSurnamesMatchTheirCaseForms() {
        // Not every surname is in OpenCorpora; the natasha list names the nominative, endings find the rest.
        for (String form : List.of("Тюркин", "Тюркину", "Тюркиным", "Тюркина", "Уорд", "Уорду", "Уордом")) {
            assertTrue((lex.marksWithListed(form) & RussianLexicon.LISTED_SURNAME) != 0, form);
        }
        assertEquals(0, lex.marksWithListed("Табуреткой") & RussianLexicon.LISTED_SURNAME);
    }

    @Test
    void oneNameOneTypeWithinADocument() {
        String text = "Вертинский приехал в Харбин. Сцены с Вертинским сняли. Публика ждала Вертинского. "
                + "Газета «Вертинский» вышла.";
        List<List<Tokens.Token>> sentences = RussianNer.sentences(Tokens.of(text));
        List<DocumentConsistency.Tagged> tagged = new ArrayList<>();
        tagged.add(new DocumentConsistency.Tagged(0, 0, 1, "PER"));
        tagged.add(new DocumentConsistency.Tagged(0, 3, 4, "LOC"));
        tagged.add(new DocumentConsistency.Tagged(1, 2, 3, "ORG"));
        List<String> out = DocumentConsistency.apply(sentences, tagged).stream()
                .map(t -> sentences.get(t.sentence()).get(t.from()).text() + ":" + t.type()).sorted().toList();
        assertEquals(List.of("Вертинский:ORG", "Вертинский:PER", "Вертинским:PER", "Вертинского:PER", "Харбин:LOC"),
                out, "the ORG guess is outvoted, the untagged form joins, the quoted newspaper is no person");
    }
}

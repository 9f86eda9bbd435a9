package org.veil.core.recognize.ru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The document pass after the tagger: organisation and place phrases, quoted and Latin names, name particles,
 * bracketed lists and the dictionary's corrections, each with a case where it must not fire.
 */
class RussianNamePatternsTest {
    /** Runs the document pass on {@code text} with the tagger's guesses given as "words=TYPE". */
    private static List<String> pass(String text, String... guesses) {
        List<List<Tokens.Token>> sentences = RussianNer.sentences(Tokens.of(text));
        List<DocumentConsistency.Tagged> tagged = new ArrayList<>();
        for (String g : guesses) {
            String[] words = g.substring(0, g.indexOf('=')).split(" ");
            tagged.add(find(sentences, words, g.substring(g.indexOf('=') + 1)));
        }
        return DocumentConsistency.apply(sentences, tagged).stream().map(t -> {
            List<Tokens.Token> s = sentences.get(t.sentence());
            return text.substring(s.get(t.from()).start(), s.get(t.to() - 1).end()) + "=" + t.type();
        }).sorted().toList();
    }

    private static DocumentConsistency.Tagged find(List<List<Tokens.Token>> sentences, String[] words, String type) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Tokens.Token> sentence = sentences.get(s);
            outer:
            for (int i = 0; i + words.length <= sentence.size(); i++) {
                for (int k = 0; k < words.length; k++) {
                    if (!sentence.get(i + k).text().equals(words[k])) {
                        continue outer;
                    }
                }
                return new DocumentConsistency.Tagged(s, i, i + words.length, type);
            }
        }
        throw new AssertionError("not in the text: " + String.join(" ", words));
    }

    @Test
    void headNounsMatchInEveryCaseAndNumber() {
        RussianGazetteer gaz = RussianGazetteer.INSTANCE;
        for (String w : List.of("компания", "компании", "компаний", "компанией", "компаниями", "Комитета",
                "сборной", "сборная", "интернет-издания")) {
            assertTrue(gaz.isOrgHead(w), w);
        }
        for (String w : List.of("реки", "реку", "озером", "площади", "посёлка", "бульваре")) {
            assertTrue(gaz.isPlaceHead(w), w);
        }
        for (String w : List.of("табуретка", "сказал", "Иванов")) {
            assertFalse(gaz.isOrgHead(w) || gaz.isPlaceHead(w), w);
        }
    }

    @Test
    void organisationNamesGrowOverTheirGenitivesAndAdjectives() {
        assertEquals(List.of("Комитет защиты журналистов=ORG"),
                pass("Об этом сообщает Комитет защиты журналистов.", "Комитет=ORG"));
        assertEquals(List.of("Федеральное авиационное управление=ORG"),
                pass("Вчера Федеральное авиационное управление пояснило.", "управление=ORG"));
        assertEquals(List.of("Комитет=ORG"), pass("Вчера Комитет заявил о нарушениях.", "Комитет=ORG"),
                "a verb is no genitive");
    }

    @Test
    void aHeadNounBeforeANameJoinsIt() {
        assertEquals(List.of("компанией «Алтек=ORG"), pass("Договор с компанией «Алтек» подписан.", "Алтек=ORG"));
        assertEquals(List.of("Алтек=ORG"), pass("Договор с «Алтек» подписан.", "Алтек=ORG"));
    }

    @Test
    void aParticularHeadNounIsAnOrganisation() {
        assertEquals(List.of("японского дипломатического ведомства=ORG"),
                pass("Вскоре представитель японского дипломатического ведомства вернулся."));
        assertEquals(List.of(), pass("Вскоре представитель дипломатического ведомства вернулся."),
                "without a country or a capital the head may be any ministry");
    }

    @Test
    void placeNamesTakeTheirHeadNoun() {
        assertEquals(List.of("реки Славянки=LOC"), pass("Рыба погибла из-за загрязнения реки Славянки.", "Славянки=PER"));
        assertEquals(List.of("Кронштадтском бульваре=LOC"),
                pass("Акция прошла на Кронштадтском бульваре вечером.", "Кронштадтском=PER"));
        assertEquals(List.of("Виктора Ишаева=PER"),
                pass("По мнению полпреда в округе Виктора Ишаева, часов много.", "Виктора Ишаева=PER"),
                "a person's full name after a place noun stays a person");
    }

    @Test
    void shortCapitalisedQuotationsAreOrganisations() {
        assertEquals(List.of("Спартака=ORG"), pass("Болельщики «Спартака» вышли на площадь."));
        assertEquals(List.of("Голоса Америки=ORG"),
                pass("Он сказал корреспонденту «Голоса Америки» вчера.", "Америки=LOC"));
        assertEquals(List.of(), pass("Он ответил «нет» и ушёл."), "lower case is a word, not a name");
        assertEquals(List.of(), pass("Он сказал: «Мы вышли на улицу и стояли там долго» и ушёл."),
                "a long quotation is speech");
    }

    @Test
    void latinNamesInRussianSentences() {
        assertEquals(List.of("Corriere della Sera=ORG"), pass("Об этом пишет Corriere della Sera сегодня."));
        assertEquals(List.of("Bilal Hussein=PER", "Билал Хассеин=PER"),
                pass("Задержан фотограф Билал Хассеин (Bilal Hussein) в Ираке.", "Билал Хассеин=PER"));
        assertEquals(List.of(), pass("The Independent wrote about it."), "an English sentence is the English model's");
    }

    @Test
    void nameParticlesJoinPeopleOnly() {
        assertEquals(List.of("Усамы бин Ладена=PER"), pass("После гибели Усамы бин Ладена всё изменилось.",
                "Усамы=PER", "Ладена=PER"));
        assertEquals(List.of("Иванов=PER", "Петров=PER"), pass("Пришли Иванов и Петров.", "Иванов=PER", "Петров=PER"));
    }

    @Test
    void sentenceInitialPrepositionsLeaveNames() {
        assertEquals(List.of("Манчестера=LOC"), pass("Из Манчестера поступают сообщения.", "Из Манчестера=PER"));
        assertEquals(List.of("Ли Со Ён=PER"), pass("Первой полетела Ли Со Ён из Сеула.", "Ли Со Ён=PER"),
                "capitalised in mid-sentence, «Ли» and «Со» are parts of a name");
    }

    @Test
    void bracketedListsAfterAPersonAndArabicArticles() {
        assertEquals(List.of("Бернс=PER", "Сен-Луи=PER", "Хитли=PER"),
                pass("Гол забил Бернс (Сен-Луи, Хитли) в начале.", "Бернс=PER"));
        assertEquals(List.of("Иванов=PER", "Москва=LOC"), pass("Выступил Иванов (Москва) первым.", "Иванов=PER",
                "Москва=LOC"));
        assertEquals(List.of("Иванов=PER"), pass("Выступил Иванов (Москва) первым.", "Иванов=PER").subList(0, 1));
        assertFalse(pass("Выступил Иванов (Москва) первым.", "Иванов=PER").contains("Москва=PER"),
                "a place in brackets is no assistant");
        assertEquals(List.of("аль-Барадеи=PER"), pass("Теперь вновь в игре аль-Барадеи."));
    }

    @Test
    void theDictionaryCorrectsPersonGuesses() {
        assertEquals(List.of("Росприроднадзору=ORG"), pass("Это неизвестно даже Росприроднадзору.", "Росприроднадзору=PER"));
        assertEquals(List.of("Иванову=PER"), pass("Это неизвестно даже Иванову.", "Иванову=PER"));
        assertEquals(List.of("Ливерпуль=LOC", "Манчестер=LOC"),
                pass("Беспорядки перекинулись на Ливерпуль и Манчестер.", "Ливерпуль=LOC", "Манчестер=PER"));
        assertEquals(List.of("Оливер Кан=PER"), pass("Вратарём стал Оливер Кан сегодня.", "Оливер Кан=PER"),
                "a place word inside a full name stays a name");
        assertEquals(List.of("Минобороны=ORG"), pass("Об этом сообщили в Минобороны вчера.", "Минобороны=PER"));
        assertEquals(List.of("МКС=LOC"), pass("Корабль пристыкован к МКС сегодня.", "МКС=LOC"),
                "between place and organisation the context decides");
    }
}

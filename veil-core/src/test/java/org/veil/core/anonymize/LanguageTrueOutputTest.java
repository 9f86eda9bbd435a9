package org.veil.core.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.veil.core.Analyzer;
import org.veil.core.model.Document;
import org.veil.core.model.EntityType;

/** Placeholders, generalisations and surrogates are written in the language of the sentence they stand in. */
class LanguageTrueOutputTest {
    private static final Analyzer ANALYZER = Analyzer.english();
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    private static String run(Policy p, MappingStore store, String text) {
        return new Anonymizer(p, store).anonymize(ANALYZER.analyze(Document.of(text))).text();
    }

    private static Optional<String> ru(EntityType type, String recognizer, String text, String before) {
        return Generaliser.generalise(type, recognizer, text, Language.RUSSIAN, before);
    }

    @Test
    void placeholdersFollowTheSentenceNotTheDocument() {
        String out = run(Policies.publish(), new MemoryStore(),
                "Дмитрий Соколов уехал в Казань. Dmitri Sokolov told us he left. Ольга Сидорова осталась.");
        assertEquals("[ЛИЦО А] уехал в [МЕСТО 1]. [PERSON A] told us he left. [ЛИЦО Б] осталась.", out);
    }

    @Test
    void aDateThatLostItsDayTakesIn() {
        String out = run(Policies.publish(), new MemoryStore(),
                "The order arrived on 22 September 2022. On 3 May 2021 he moved. He called on Monday.");
        assertTrue(out.contains("arrived in September 2022."), out);
        assertTrue(out.contains("In May 2021 he moved."), out);
        assertEquals(5, DatePreposition.onToReplace("left on ", "the 2010s"));
        assertEquals(-1, DatePreposition.onToReplace("left on ", "Monday 3 May"), "a day kept keeps 'on'");
        assertEquals(-1, DatePreposition.onToReplace("upon ", "May 2021"), "only the word 'on'");
        assertEquals("In ", DatePreposition.in("On "));
    }

    @Test
    void russianLabelsAndLettersKeepTheEntitysRank() {
        assertEquals("[ЛИЦО В]", Labels.render("[PERSON C]", EntityType.PERSON, Language.RUSSIAN));
        // The 27th person: Ю, as the Russian alphabet without Ё, Й, Ъ, Ы, Ь has 28 letters; the 29th is АА.
        assertEquals("[ЛИЦО Ю]", Labels.render("[PERSON AA]", EntityType.PERSON, Language.RUSSIAN));
        assertEquals("[ЛИЦО АА]", Labels.render("[PERSON AC]", EntityType.PERSON, Language.RUSSIAN));
        assertEquals("[PERSON C]", Labels.render("[PERSON C]", EntityType.PERSON, Language.ENGLISH));
        assertEquals("[ТЕЛЕФОН 2]", Labels.render("[PHONE 2]", EntityType.CONTACT, Language.RUSSIAN));
        assertEquals("[НОМЕР ДЕЛА 4]", Labels.render("[CASE NO 4]", EntityType.CODE, Language.RUSSIAN));
        // A label added by a later recognizer falls back to its type's Russian word, never stays English.
        assertEquals("[СУММА 1]", Labels.render("[BONUS 1]", EntityType.QUANTITY, Language.RUSSIAN));
        for (EntityType t : EntityType.values()) {
            String label = Labels.of(t, "none");
            assertFalse(LATIN.matcher(Labels.label(label, t, Language.RUSSIAN)).find(), label);
        }
        assertEquals("Ivan Petrov", Labels.render("Ivan Petrov", EntityType.PERSON, Language.RUSSIAN));
        for (String stored : new String[]{"[PERSON C]", "[PERSON AC]", "[PHONE 2]", "[CASE NO 4]", "[IP 1]"}) {
            String ru = Labels.render(stored, EntityType.MISC, Language.RUSSIAN);
            assertEquals(stored, Anonymizer.storedForm(ru), "back from " + ru);
        }
    }

    @Test
    void hashesAndTheDefaultRedactionMarkerToo() {
        MemoryStore store = new MemoryStore();
        Policy hash = new Policy("h", Map.of(), new Operator.Hash());
        assertTrue(run(hash, store, "Позвоните по номеру +7 912 345-67-89 завтра.")
                .matches("Позвоните по номеру \\[ТЕЛЕФОН [0-9a-f]{10}] завтра\\."));
        Policy redact = new Policy("r", Map.of(), new Operator.Redact(Labels.DEFAULT_MARKER));
        assertEquals("Позвоните по номеру [СКРЫТО] завтра. Call [REDACTED] now.", run(redact, store,
                "Позвоните по номеру +7 912 345-67-89 завтра. Call +7 912 345-67-89 now."));
        Policy own = new Policy("o", Map.of(), new Operator.Redact("###"));
        assertEquals("Позвоните по номеру ### завтра.", run(own, store, "Позвоните по номеру +7 912 345-67-89 завтра."));
    }

    @Test
    void russianAges() {
        assertEquals(Optional.of("20–29 лет"), ru(EntityType.DEMOGRAPHIC, "age", "29 лет", ""));
        assertEquals(Optional.of("ему 30–39 лет"), ru(EntityType.DEMOGRAPHIC, "age", "ему 34 года", ""));
        assertEquals(Optional.of("в возрасте 40–49 лет"), ru(EntityType.DEMOGRAPHIC, "age", "в возрасте 41 года", ""));
        assertEquals(Optional.of("20–29-летняя"), ru(EntityType.DEMOGRAPHIC, "age", "27-летняя", ""));
        assertEquals(Optional.of("20–29-летнему"), ru(EntityType.DEMOGRAPHIC, "age", "20-летнему", ""));
        assertEquals(Optional.of("несовершеннолетний"), ru(EntityType.DEMOGRAPHIC, "age", "15-летний", ""));
        assertEquals(Optional.of("в возрасте до 18 лет"), ru(EntityType.DEMOGRAPHIC, "age", "в возрасте 15 лет", ""));
        assertEquals(Optional.of("ей меньше 18 лет"), ru(EntityType.DEMOGRAPHIC, "age", "ей 16 лет", ""));
        // "Воронин, 29 лет": the recognizer takes the number alone, the noun stays in the text.
        assertEquals(Optional.of("20–29"), ru(EntityType.DEMOGRAPHIC, "age", "29", ""));
    }

    @Test
    void oneTownInBothScriptsAndAnyCaseKeepsOnePlaceholderAcrossDocuments() {
        MemoryStore store = new MemoryStore();
        String en = run(Policies.publish(), store, "Yesterday Ivan Sokolov moved to Ryazan with his wife.");
        String ru = run(Policies.publish(), store, "Вчера Иван Соколов переехал в Рязань. Из Рязани он пишет нам.");
        assertTrue(en.contains("[PLACE 1]"), en);
        assertTrue(ru.contains("в [МЕСТО 1]") && ru.contains("Из [МЕСТО 1]"), ru);
        assertEquals("riazan", Anonymizer.crossScriptKey("Рязани"));
        assertEquals("riazan", Anonymizer.crossScriptKey("Ryazan"));
    }

    @Test
    void aLoneHypocorismRendersAsTheStandInsGivenNameAndRussianNamesInLatinLettersAreRussian() {
        Surrogates s = new Surrogates(new MemoryStore());
        assertEquals("Isaac", s.renderPerson("Pasha", "Pavel", "Isaac Powell", Language.ENGLISH, ""));
        assertEquals("Roman", s.renderPerson("Pasha", "Pasha", "Roman Belov", Language.ENGLISH, ""));
        assertTrue(Surrogates.russianOrigin("Pavel Voronin"));
        assertTrue(Surrogates.russianOrigin("Galina Voronina"));
        assertFalse(Surrogates.russianOrigin("Peter Martin"), "-in after a given name that is not Russian");
    }

    @Test
    void russianDatesTakeTheCaseOfTheirSentence() {
        EntityType d = EntityType.DATETIME;
        assertEquals(Optional.of("в сентябре 2022 г."), ru(d, "ru-date", "28 сентября 2022 г.", "переехал"));
        assertEquals(Optional.of("сентября 2022 г."), ru(d, "ru-date", "28 сентября 2022 г.", "до"));
        assertEquals(Optional.of("сентябрю 2022 года"), ru(d, "ru-date", "28 сентября 2022 года", "к"));
        assertEquals(Optional.of("сентябрь 2022 г."), ru(d, "ru-date", "28 сентября 2022 г.", "по"));
        assertEquals(Optional.of("в мае"), ru(d, "ru-date", "3 мая", ""));
        assertEquals(Optional.of("в сентябре 2022 г."), ru(d, "datetime", "28.09.2022", "переехал"));
        assertEquals(Optional.of("в марте 2021 г."), ru(d, "datetime", "2021-03-05", ""));
        assertEquals(Optional.of("в сентябре"), ru(d, "ru-date", "в конце сентября", ""));
        assertEquals(Optional.of("2010 году"), ru(d, "ru-date", "июне 2010 года", "в"));
        assertEquals(Optional.of("2010 года"), ru(d, "ru-date", "июня 2010 года", "с"));
        assertEquals(Optional.of("2010 г."), ru(d, "ru-date", "март 2010 г.", "за"));
    }

    @Test
    void russianDecades() {
        EntityType d = EntityType.DATETIME;
        assertEquals(Optional.of("1990-х годах"), ru(d, "ru-date", "1993 году", "в"));
        assertEquals(Optional.of("1990-х годов"), ru(d, "ru-date", "1993 года", "с"));
        assertEquals(Optional.of("1990-е гг."), ru(d, "ru-date", "1993 г.", "в"));
        assertEquals(Optional.of("1990-х гг."), ru(d, "ru-date", "1993 г.", "до"));
        assertEquals(Optional.of("2020-е годы"), ru(d, "datetime", "2022", "в"));
        assertEquals(Optional.empty(), ru(d, "ru-date", "1990-х годах", "в"), "a decade is already coarse");
    }

    @Test
    void russianAmounts() {
        EntityType q = EntityType.QUANTITY;
        assertEquals(Optional.of("100 000–1 000 000 рублей"), ru(q, "quantity", "120 000 рублей", ""));
        assertEquals(Optional.of("10–100 рублей"), ru(q, "quantity", "21 рубль", ""));
        assertEquals(Optional.of("1 000–10 000 долларов"), ru(q, "quantity", "4 500 долларов", ""));
        assertEquals(Optional.of("10–20 процентов"), ru(q, "quantity", "15 процентов", ""));
    }

    @Test
    void theFullStopOfAYearAbbreviationSurvives() {
        Policy placeholders = new Policy("p", Map.of(), new Operator.Placeholder());
        assertEquals("Он уехал [ДАТА 1]. Потом вернулся.",
                run(placeholders, new MemoryStore(), "Он уехал 28 сентября 2022 г. Потом вернулся."));
        assertEquals("Он уехал в сентябре 2022 г. Потом вернулся.",
                run(Policies.publish(), new MemoryStore(), "Он уехал 28 сентября 2022 г. Потом вернулся."));
        assertEquals("Он уехал [ДАТА 1].", run(placeholders, new MemoryStore(), "Он уехал 28 сентября 2022 г."));
        assertEquals("[ДАТА 1]", Punctuation.keep("28 сентября 2022 г.", "[ДАТА 1]", " он вернулся"),
                "mid-sentence the abbreviation's dot ends nothing");
        assertEquals("ООО «Вектор", Punctuation.keep("ООО «Ромашка", "ООО «Вектор»", "» и"),
                "a closing quote left outside the span is not doubled");
    }

    @Test
    void pseudonymisedRussianHasNoLatinLetters() {
        String text = "Иван Петров, 29 лет, живёт в Казани по адресу ул. Ленина, д. 5, кв. 12. Его телефон "
                + "+7 912 345-67-89, паспорт 45 06 123456. Он родился в 1993 году и переехал 28 сентября 2022 г. "
                + "Вчера Петров позвонил Марии Вороновой и пожаловался Воронину. С Иваном Петровым работает "
                + "Анна Сергеевна Воронова из ООО «Ромашка». Его машина А123ВС 77 стоит в Москве.";
        for (int i = 0; i < 30; i++) {
            String out = run(Policies.pseudonymise(), new MemoryStore(), text);
            assertFalse(LATIN.matcher(out).find(), out);
            assertTrue(out.contains("+7 9"), "a Russian mobile stays a Russian mobile: " + out);
            assertTrue(Pattern.compile("по адресу (?:ул\\.|пер\\.|пр-т|б-р) \\p{IsCyrillic}+, д\\. \\d+, кв\\. \\d+\\. ")
                    .matcher(out).find(), "a Russian address of the same shape: " + out);
            assertFalse(Pattern.compile("(?<!\\p{L})(?:Иван(?:а|у|ом|е)?|Петров(?:а|у|ым|е)?|Ленина|Мари(?:я|и|ю|ей)"
                    + "|Воронов(?:а|ой|у|ым|е)?|Воронин(?:а|у|ым|е)?)(?!\\p{L})")
                    .matcher(out).find(), "an original name survived: " + out);
        }
        String publish = run(Policies.publish(), new MemoryStore(), text);
        assertFalse(LATIN.matcher(publish).find(), publish);
    }

    @Test
    void surrogateNamesTakeTheCaseOfTheOriginal() {
        Surrogates s = new Surrogates(new MemoryStore());
        String man = "Роман Белов";
        String[][] male = {
            {"Иван Петров", "", "Роман Белов"}, {"Ивана Петрова", "у", "Романа Белова"},
            {"Ивану Петрову", "к", "Роману Белову"}, {"Ивана Петрова", "видел", "Романа Белова"},
            {"Иваном Петровым", "с", "Романом Беловым"}, {"Иване Петрове", "о", "Романе Белове"},
            {"Воронину", "пожаловался", "Белову"}, {"Дмитрием", "с", "Романом"}};
        for (String[] c : male) {
            assertEquals(c[2], s.renderPerson(c[0], "Иван Петров", man, Language.RUSSIAN, c[1]), c[0]);
        }
        String woman = "Надежда Тимофеева";
        String[][] female = {
            {"Мария Воронова", "", "Надежда Тимофеева"}, {"Марии Вороновой", "у", "Надежды Тимофеевой"},
            {"Марии Вороновой", "позвонил", "Надежде Тимофеевой"}, {"Марию Воронову", "видел", "Надежду Тимофееву"},
            {"Марией Вороновой", "с", "Надеждой Тимофеевой"}, {"Марии Вороновой", "о", "Надежде Тимофеевой"}};
        for (String[] c : female) {
            assertEquals(c[2], s.renderPerson(c[0], "Мария Воронова", woman, Language.RUSSIAN, c[1]), c[0]);
        }
        // -ий, -й and -ия names and a patronymic, all in the instrumental.
        assertEquals("Василием Андреевым", s.renderPerson("Алексеем Ивановым", "Алексей Иванов", "Василий Андреев",
                Language.RUSSIAN, "с"));
        assertEquals("Марией Андреевой", s.renderPerson("Ольгой Ивановой", "Ольга Иванова", "Мария Андреева",
                Language.RUSSIAN, "с"));
        String three = s.renderPerson("Анной Сергеевной Вороновой", "Анна Сергеевна Воронова", woman,
                Language.RUSSIAN, "с");
        assertTrue(three.matches("Надеждой \\p{IsCyrillic}+(?:овной|евной|ьевной) Тимофеевой"), three);
        String sameMan = s.renderPerson("Петром Ильичом Соколовым", "Пётр Ильич Соколов", man, Language.RUSSIAN, "с");
        assertTrue(sameMan.matches("Романом \\p{IsCyrillic}+(?:ович|евич)ем Беловым"), sameMan);
        assertEquals("Roman Belov", s.renderPerson("Иваном Петровым", "Иван Петров", man, Language.ENGLISH, "с"));
        // A name in Latin letters inside a Russian sentence tells no case: the preposition does.
        assertEquals("Романом Беловым", s.renderPerson("Ivan Petrov", "Ivan Petrov", man, Language.RUSSIAN, "с"));
        assertEquals("Роман Белов", s.renderPerson("Ivan Petrov", "Ivan Petrov", man, Language.RUSSIAN, ""));
        assertEquals("Р. Белова", s.renderPerson("И. Петрова", "Иван Петров", man, Language.RUSSIAN, "у"));
        assertEquals("Robert Hughes", s.renderPerson("John Paul Smith", "John Paul Smith", "Robert Hughes",
                Language.ENGLISH, ""), "a middle name has no counterpart");
        assertEquals("Mrs Hughes", s.renderPerson("Mrs Smith", "Mrs Mary Smith", "Linda Hughes", Language.ENGLISH, ""));
    }

    @Test
    void organisationsInQuotesAndGenderFromAnObliqueGivenName() {
        assertEquals("Вектор", Surrogates.renderOrganisation("ООО «Вектор»", Language.RUSSIAN, true));
        assertEquals("ООО «Вектор»", Surrogates.renderOrganisation("ООО «Вектор»", Language.RUSSIAN, false));
        for (int i = 0; i < 10; i++) {
            String out = run(Policies.pseudonymise(), new MemoryStore(), "Отставки мэра Юрия Лужкова требуют давно.");
            Matcher m = Pattern.compile("Отставки мэра (\\p{IsCyrillic}+) (\\p{IsCyrillic}+(?:ова|ева|ёва|ина)) требуют давно\\.")
                    .matcher(out);
            assertTrue(m.matches(), "a man's surname in the genitive: " + out);
            // Men's names in -а (Никита → Никиты) look feminine when declined, so only the man's reading is asked for.
            assertTrue(RussianInflection.isGivenName(m.group(1), false)
                    && !m.group(1).matches(".*(?:ий|й|ь|[бвгджзклмнпрстфхцчшщ])"), "a man's given name, not in the nominative: " + out);
        }
    }

    @Test
    void surrogatePlacesTakeTheCaseOfTheOriginal() {
        assertEquals("Красногорске", Surrogates.renderPlace("Казани", "Красногорск", Language.RUSSIAN, "в"));
        assertEquals("Красногорск", Surrogates.renderPlace("Москву", "Красногорск", Language.RUSSIAN, "в"));
        assertEquals("Каменки", Surrogates.renderPlace("Москвы", "Каменка", Language.RUSSIAN, "из"));
        assertEquals("Октябрьском", Surrogates.renderPlace("Твери", "Октябрьский", Language.RUSSIAN, "в"));
        assertEquals("Krasnogorsk", Surrogates.renderPlace("Kazan", "Красногорск", Language.ENGLISH, "in"));
    }

    @Test
    void theWordBeforeTellsTheCase() {
        assertEquals("о", PrecedingWord.of("Мы говорили о Сидоровой и Соколове.", 26));
        assertEquals("позвонил", PrecedingWord.of("Вчера он позвонил Марии.", 18));
        assertEquals("и", PrecedingWord.of("Анна и Мария.", 7), "no preposition before the first phrase");
        assertEquals("", PrecedingWord.of("Мария пришла.", 0));
    }

    /** The Latin stand-in of an English sentence and the Cyrillic one of a Russian sentence. */
    private static String[] personIn(String out, String russianTail, String englishTail) {
        Matcher ru = Pattern.compile("(\\p{IsCyrillic}+ \\p{IsCyrillic}+) " + russianTail).matcher(out);
        Matcher en = Pattern.compile("([A-Z][a-z]+ [A-Z][a-z]+) " + englishTail).matcher(out);
        assertTrue(ru.find() && en.find(), out);
        return new String[]{ru.group(1), en.group(1)};
    }

    @Test
    void oneStandInInBothScriptsWithinADocument() {
        String out = run(Policies.pseudonymise(), new MemoryStore(), "Иван Петров уехал. Ivan Petrov left Kazan.");
        String[] p = personIn(out, "уехал", "left");
        assertEquals(Transliteration.toLatin(p[0]), p[1], out);
        assertFalse(p[0].equals("Иван Петров"), out);
    }

    @Test
    void oneStandInInBothScriptsAcrossDocuments() {
        MemoryStore store = new MemoryStore();
        String first = run(Policies.pseudonymise(), store, "Иван Петров уехал.");
        String second = run(Policies.pseudonymise(), store, "Later Ivan Petrov left.");
        String ru = first.replace(" уехал.", "");
        assertTrue(ru.matches("\\p{IsCyrillic}+ \\p{IsCyrillic}+"), first);
        assertEquals("Later " + Transliteration.toLatin(ru) + " left.", second);
        // The other way round: a Russian name met first in English is a Russian stand-in in Russian later.
        MemoryStore other = new MemoryStore();
        String en = run(Policies.pseudonymise(), other, "Dmitri Sokolov left.").replace(" left.", "");
        String again = run(Policies.pseudonymise(), other, "Дмитрий Соколов уехал.").replace(" уехал.", "");
        assertTrue(again.matches("\\p{IsCyrillic}+ \\p{IsCyrillic}+"), again);
        assertEquals(en, Transliteration.toLatin(again));
        // Placeholders: the same entity, the same rank, in either language.
        MemoryStore third = new MemoryStore();
        assertEquals("[PERSON A] left.", run(Policies.publish(), third, "Ivan Petrov left."));
        assertEquals("[ЛИЦО А] уехал.", run(Policies.publish(), third, "Иван Петров уехал."));
    }
}

package org.veil.core.recognize.ru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.Analyzer;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Found;

/** Russian quasi-identifiers: each pattern finds its case and leaves the look-alike alone. */
class RussianQuasiTest {
    @Test
    void agesSetOffAfterANameOrStated() {
        var age = RussianRecognizers.age();
        assertEquals(List.of("29 лет"), Found.in(age, "Иван Петров, 29 лет, работает курьером."));
        assertEquals(List.of("24-летний"), Found.in(age, "24-летний житель Казани"));
        assertEquals(List.of("29"), Found.in(age, "задержан Иван Петров (29) из Твери"));
        assertEquals(List.of("ей исполнилось 40 лет"), Found.in(age, "в марте ей исполнилось 40 лет"));
        assertEquals(List.of("исполнилось 40 лет"), Found.in(age, "Сидорову исполнилось 40 лет"));
        assertEquals(List.of("ему было 19 лет"), Found.in(age, "тогда ему было 19 лет"));
        assertTrue(Found.in(age, "за 29 лет работы завод сменил трёх директоров").isEmpty(), "a duration");
        assertTrue(Found.in(age, "через 5 лет, как обещали, дорогу достроят").isEmpty(), "a duration");
        assertTrue(Found.in(age, "закон (2010) отменён").isEmpty(), "a year in brackets after a lower-case word");
    }

    @Test
    void militaryUnitsNumberedOrOrdinal() {
        var mil = RussianRecognizers.military();
        assertEquals(List.of("в/ч 41450"), Found.in(mil, "служил в в/ч 41450 под Псковом"));
        assertEquals(List.of("137-й гвардейский парашютно-десантный полк"),
                Found.in(mil, "его 137-й гвардейский парашютно-десантный полк стоит в Рязани"));
        assertEquals(List.of("5-й отдельной мотострелковой бригады"),
                Found.in(mil, "контрактник 5-й отдельной мотострелковой бригады"));
        assertTrue(Found.in(mil, "в 137-й раз он повторил").isEmpty(), "an ordinal without a unit");
        assertTrue(Found.in(mil, "5-й этаж, 3-я ротация кадров").isEmpty(), "no unit noun");
        assertTrue(Found.in(mil, "полк был расформирован").isEmpty(), "a unit without a number");
    }

    @Test
    void relativesWithTheirPossessive() {
        var family = new RussianLexiconRecognizer("family", "family.txt", EntityType.DEMOGRAPHIC);
        assertEquals(List.of("его мать"), Found.in(family, "Об этом рассказала его мать."));
        assertEquals(List.of("брата"), Found.in(family, "Полиция задержала брата подозреваемого."));
        assertTrue(Found.in(family, "Братство кольца вышло в прокат.").isEmpty(), "another word on the same root");
    }

    @Test
    void employersInQuotes() {
        var employer = RussianRecognizers.quotedEmployer();
        assertEquals(List.of("«Озон»"), Found.in(employer, "Она работает в «Озон» на складе."));
        assertEquals(List.of("«Ромашка»"), Found.in(employer, "директор ООО «Ромашка» Петров"));
        assertEquals(List.of("«Пятёрочка»"), Found.in(employer, "Сеть магазинов «Пятёрочка» уволила кассира."));
        assertTrue(Found.in(employer, "Он прочитал роман «Война и мир».").isEmpty(), "a book title");
        assertTrue(Found.in(employer, "Она сказала: «Я устала».").isEmpty(), "a quotation");
    }

    @Test
    void publicFiguresAndInstitutionsStayUnderPublish() {
        String text = "Путин подписал указ. В Минобороны и Госдуме это обсуждали, сказал Иван Сидоров.";
        Analysis a = Analyzer.english().analyze(Document.of(text));
        assertEquals(IdentifierKind.NONE, kind(a, "Путин"), a.spans().toString());
        assertEquals(IdentifierKind.NONE, kind(a, "Минобороны"), a.spans().toString());
        assertEquals(IdentifierKind.NONE, kind(a, "Госдуме"), a.spans().toString());
        assertEquals(IdentifierKind.DIRECT, kind(a, "Иван Сидоров"), a.spans().toString());
    }

    private static IdentifierKind kind(Analysis a, String text) {
        return a.spans().stream().filter(s -> s.text().equals(text)).map(s -> s.kind()).findFirst().orElse(null);
    }
}

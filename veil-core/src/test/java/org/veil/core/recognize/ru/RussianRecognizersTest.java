package org.veil.core.recognize.ru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.lang.LanguageDetector;
import org.veil.core.recognize.Found;

class RussianRecognizersTest {
    @Test
    void checksums() {
        assertTrue(RussianChecksums.inn("7707083893"));
        assertFalse(RussianChecksums.inn("7707083894"));
        assertTrue(RussianChecksums.inn("500500600786"));
        assertFalse(RussianChecksums.inn("500500600787"));
        assertTrue(RussianChecksums.snils("112-233-445 95"));
        assertFalse(RussianChecksums.snils("112-233-445 96"));
        assertTrue(RussianChecksums.ogrn("1027700132195"));
        assertFalse(RussianChecksums.ogrn("1027700132196"));
    }

    @Test
    void validatedNumbers() {
        assertEquals(List.of("500500600786"), Found.in(RussianRecognizers.inn(), "ИНН 500500600786, далее"));
        assertTrue(Found.in(RussianRecognizers.inn(), "ИНН 500500600787").isEmpty(), "bad check digits");
        assertEquals(List.of("112-233-445 95"), Found.in(RussianRecognizers.snils(), "СНИЛС 112-233-445 95."));
        assertEquals(List.of("1027700132195"), Found.in(RussianRecognizers.ogrn(), "ОГРН 1027700132195"));
    }

    @Test
    void documentsPlatesAddressesUnits() {
        assertEquals(List.of("45 06 123456"), Found.in(RussianRecognizers.passport(), "паспорт 45 06 123456, выдан"));
        assertEquals(List.of("АБ 1234567"), Found.in(RussianRecognizers.militaryId(), "военный билет АБ 1234567"));
        assertEquals(List.of("А123ВС 77"), Found.in(RussianRecognizers.plate(), "машина А123ВС 77 стояла"));
        assertTrue(Found.in(RussianRecognizers.plate(), "ФЫ123ЖЩ 77").isEmpty(), "letters not used on plates");
        assertEquals(List.of("ул. Ленина, д. 5, кв. 12"), Found.in(RussianRecognizers.address(), "по адресу ул. Ленина, д. 5, кв. 12."));
        assertEquals(List.of("улицу Ленина, д. 12, кв. 45"),
                Found.in(RussianRecognizers.address(), "пришла к родителям на улицу Ленина, д. 12, кв. 45. Он"));
        assertEquals(List.of("улице 8 Марта 3"), Found.in(RussianRecognizers.address(), "живёт на улице 8 Марта 3 с"));
        assertEquals(List.of("Ленинском проспекте, 5"),
                Found.in(RussianRecognizers.address(), "офис на Ленинском проспекте, 5 закрыт"));
        assertTrue(Found.in(RussianRecognizers.address(), "на улице было холодно, на площади тоже").isEmpty());
        assertTrue(Found.in(RussianRecognizers.address(), "гуляли по Невскому проспекту весь день").isEmpty(),
                "a street named before its word needs a house number");
        assertEquals(List.of("в/ч 12345"), Found.in(RussianRecognizers.military(), "служил в в/ч 12345"));
        assertEquals(List.of("категория годности Б"), Found.in(RussianRecognizers.military(), "категория годности Б."));
    }

    @Test
    void datesAndAges() {
        assertEquals(List.of("28 июня 2010 г."), Found.in(RussianRecognizers.date(), "28 июня 2010 г. он уехал"));
        assertEquals(List.of("в конце сентября"), Found.in(RussianRecognizers.date(), "вернулся в конце сентября"));
        assertEquals(List.of("20-летний"), Found.in(RussianRecognizers.age(), "20-летний житель"));
        assertEquals(List.of("ему за двадцать"), Found.in(RussianRecognizers.age(), "ему за двадцать, он"));
        assertTrue(Found.in(RussianRecognizers.date(), "статья 328 УК").isEmpty());
    }

    @Test
    void languageByScript() {
        assertEquals("ru", LanguageDetector.detect("Дмитрий живёт в Казани."));
        assertEquals("en", LanguageDetector.detect("Dmitri lives in Kazan."));
        assertEquals("und", LanguageDetector.detect("12345 !!"));
    }
}

package org.veil.core.recognize.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.recognize.Found;
import org.veil.core.recognize.ru.RussianRecognizers;

class PlateShapesTest {
    @Test
    void russianPlatesInEitherScript() {
        var ru = RussianRecognizers.plate();
        assertEquals(List.of("А123ВС 77"), Found.in(ru, "машина А123ВС 77 стояла"));
        assertEquals(List.of("A123BC 62"), Found.in(ru, "a grey Lada, A123BC 62, was seen"), "Latin look-alikes");
        assertEquals(List.of("A 123 BC 777 RUS"), Found.in(ru, "plate A 123 BC 777 RUS"));
        assertEquals(List.of("А123ВС"), Found.in(ru, "с номером А123ВС без региона"), "no region after «номер»");
        assertTrue(Found.in(ru, "ФЫ123ЖЩ 77 and Q123ZZ 77").isEmpty(), "letters not used on plates");
        assertTrue(Found.in(ru, "код А123ВС у детали").isEmpty(), "no region and no context");
        assertTrue(Found.in(ru, "А000ВС 77").isEmpty(), "000 is never issued");
    }

    @Test
    void europeanShapesAnywhere() {
        var eu = PatternRecognizers.euPlate();
        assertEquals(List.of("AB-123-CD"), Found.in(eu, "a Peugeot AB-123-CD parked"));
        assertEquals(List.of("AA 1234 BB"), Found.in(eu, "an Opel AA 1234 BB from Kyiv"));
        assertEquals(List.of("АА 1234 ВВ"), Found.in(eu, "авто АА 1234 ВВ з Києва"));
        assertEquals(List.of("AB12 CDE"), Found.in(PatternRecognizers.ukPlate(), "a car AB12 CDE was seen"));
        assertTrue(Found.in(eu, "the EU-US 2020 deal, UK 2020 EU, ISO 9001, F-16 and A320").isEmpty());
        assertTrue(Found.in(eu, "Windows 10, COVID-19 and version 2.1").isEmpty());
    }

    @Test
    void weakShapesOnlyAfterAPlateWord() {
        var ctx = PatternRecognizers.contextPlate();
        assertEquals(List.of("B-AB 1234"), Found.in(ctx, "licence plate B-AB 1234, was"));
        assertEquals(List.of("7ABC123"), Found.in(ctx, "California plate number 7ABC123."));
        assertEquals(List.of("ABC-1234"), Found.in(ctx, "with plates ABC-1234 on it"));
        assertEquals(List.of("B-AB 1234"), Found.in(ctx, "госномер B-AB 1234"));
        assertTrue(Found.in(ctx, "B-AB 1234 and 7ABC123 without a plate word").isEmpty());
        assertTrue(Found.in(ctx, "licence plates were checked in 2019; the plate was dirty").isEmpty(),
                "lower-case words are prose");
    }
}

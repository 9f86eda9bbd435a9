package org.veil.core.recognize.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.recognize.Found;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.ru.RussianRecognizers;

class AddressUnitsTest {
    @Test
    void unitsAfterAnAddressJoinIt() {
        Recognizer en = AddressUnits.extend(PatternRecognizers.streetAddress());
        assertEquals(List.of("12 Park Road, apartment 9"), Found.in(en, "lives at 12 Park Road, apartment 9, with"));
        assertEquals(List.of("221B Baker Street, flat 4B"), Found.in(en, "at 221B Baker Street, flat 4B."));
        assertEquals(List.of("12 Park Road"), Found.in(en, "at 12 Park Road, apartments are cheap"));
        Recognizer ru = AddressUnits.extend(RussianRecognizers.address());
        assertEquals(List.of("ул. Ленина, д. 5, кв. 7, комната 3"),
                Found.in(ru, "по адресу ул. Ленина, д. 5, кв. 7, комната 3."));
        assertEquals(List.of("ул. Мира, д. 3, офис 12"), Found.in(ru, "в ул. Мира, д. 3, офис 12 сидят"));
    }

    @Test
    void unitsAlone() {
        var alone = AddressUnits.standalone();
        assertEquals(List.of("apartment 9"), Found.in(alone, "she rents apartment 9 there"));
        assertEquals(List.of("apt. 9"), Found.in(alone, "apt. 9 on the left"));
        assertEquals(List.of("room 12"), Found.in(alone, "held in room 12 of the station"));
        assertEquals(List.of("kv. 7"), Found.in(alone, "dom 5, kv. 7"));
        assertEquals(List.of("кв. 7"), Found.in(alone, "дом 5, кв. 7"));
        assertEquals(List.of("квартире 7"), Found.in(alone, "в квартире 7 жили"));
        assertEquals(List.of("комната 3"), Found.in(alone, "комната 3 была пуста"));
    }

    @Test
    void roomsWithoutNumbersAndSquareMetresAreNot() {
        var alone = AddressUnits.standalone();
        assertTrue(Found.in(alone, "kept at room temperature; the flat was cold; room for 2 people").isEmpty());
        assertTrue(Found.in(alone, "площадь 50 кв. м, квартира большая").isEmpty());
        assertTrue(Found.in(alone, "in 1995 the war began, see page 29").isEmpty());
        assertTrue(Found.in(alone, "room 2.5 metres wide").isEmpty(), "a measure, not a room number");
    }
}

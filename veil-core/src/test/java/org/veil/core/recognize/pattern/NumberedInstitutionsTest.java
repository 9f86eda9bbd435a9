package org.veil.core.recognize.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.model.EntityType;
import org.veil.core.recognize.Found;

class NumberedInstitutionsTest {
    @Test
    void englishAndTransliterated() {
        var en = NumberedInstitutions.english();
        assertEquals(List.of("Hospital No. 2"), Found.in(en, "She works at Hospital No. 2 in Kazan."));
        assertEquals(List.of("Moscow City Clinical Hospital No. 15"),
                Found.in(en, "taken to Moscow City Clinical Hospital No. 15, where"));
        assertEquals(List.of("School No. 57"), Found.in(en, "near School No. 57."));
        assertEquals(List.of("Polyclinic No. 3"), Found.in(en, "In Polyclinic No. 3 the doctor"));
        assertEquals(List.of("Penal Colony No. 6"), Found.in(en, "serving time in Penal Colony No. 6"));
        assertEquals(List.of("SIZO-1", "IZ-77/1"), Found.in(en, "held in SIZO-1, then in IZ-77/1"));
        assertEquals(EntityType.ORGANIZATION, en.recognize("Hospital No. 2").get(0).type());
        assertEquals(List.of("Gymnasium 1520"), Found.in(en, "her daughter's school (Gymnasium 1520, class 7B)"));
        assertEquals(List.of("City Hospital 15"), Found.in(en, "born in City Hospital 15 in Tula"));
    }

    @Test
    void russianInAnyCase() {
        var ru = NumberedInstitutions.russian();
        assertEquals(List.of("больница № 2"), Found.in(ru, "больница № 2 закрыта"));
        assertEquals(List.of("городской клинической больнице № 15"),
                Found.in(ru, "лежал в городской клинической больнице № 15"));
        assertEquals(List.of("школе №57"), Found.in(ru, "учится в школе №57"));
        assertEquals(List.of("детский сад № 12"), Found.in(ru, "ходит в детский сад № 12"));
        assertEquals(List.of("СИЗО-1", "ФКУ ИК-6"), Found.in(ru, "из СИЗО-1 его перевели в ФКУ ИК-6"));
    }

    @Test
    void numbersWithoutAnInstitutionAreNot() {
        assertTrue(Found.in(NumberedInstitutions.english(),
                "the hospital was busy; Protocol No. 11; application no. 36110/97; Windows 10; COVID-19").isEmpty());
        assertTrue(Found.in(NumberedInstitutions.english(), "she is at school 3 days a week").isEmpty());
        assertTrue(Found.in(NumberedInstitutions.russian(), "в школе учатся 57 детей; статья № 2; ВКонтакте").isEmpty());
    }
}

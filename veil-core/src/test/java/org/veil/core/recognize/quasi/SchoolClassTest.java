package org.veil.core.recognize.quasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.recognize.Found;

class SchoolClassTest {
    @Test
    void classesInEnglishAndRussian() {
        var r = SchoolClass.create();
        assertEquals(List.of("class 7B"), Found.in(r, "her daughter's school (Gymnasium 1520, class 7B) were"));
        assertEquals(List.of("in the 9th grade"), Found.in(r, "his son is in the 9th grade now"));
        assertEquals(List.of("7 «Б» класс"), Found.in(r, "перешла в 7 «Б» класс"));
        assertEquals(List.of("9 классе"), Found.in(r, "сын учится в 9 классе школы"));
        assertEquals(List.of("7-м классе"), Found.in(r, "дочь в 7-м классе"));
    }

    @Test
    void marksAndCategoriesAreNot() {
        var r = SchoolClass.create();
        assertTrue(Found.in(r, "a grade 5 hurricane; first class ticket; class A drugs; grade 2 listed").isEmpty());
        assertTrue(Found.in(r, "класс обслуживания; 5 классов опасности").isEmpty());
    }
}

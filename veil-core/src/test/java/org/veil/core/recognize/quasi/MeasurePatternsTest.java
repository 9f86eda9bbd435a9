package org.veil.core.recognize.quasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.recognize.Found;

class MeasurePatternsTest {
    @Test
    void salaries() {
        var s = MeasurePatterns.salary();
        assertEquals(List.of("$1,200 a month"), Found.in(s, "She earns $1,200 a month."));
        assertEquals(List.of("45,000 roubles"), Found.in(s, "a salary of 45,000 roubles, paid late"));
        assertEquals(List.of("45 тысяч рублей"), Found.in(s, "зарплата 45 тысяч рублей"));
        assertEquals(List.of("30 000 руб. в месяц"), Found.in(s, "получает около 30 000 руб. в месяц"));
        assertTrue(Found.in(s, "the salary was late; the court awarded EUR 4,000; he earned respect").isEmpty());
        assertTrue(Found.in(s, "получил 5 лет колонии").isEmpty());
    }

    @Test
    void heightsAndWeights() {
        var h = MeasurePatterns.height();
        assertEquals(List.of("1.85 m"), Found.in(h, "Voronin is 1.85 m tall"));
        assertEquals(List.of("185 cm"), Found.in(h, "a height of 185 cm"));
        assertEquals(List.of("185 см"), Found.in(h, "рост 185 см"));
        assertEquals(List.of("1,85 м"), Found.in(h, "ростом 1,85 м"));
        assertEquals(List.of("6 ft 2 in"), Found.in(h, "he stands 6 ft 2 in"));
        var w = MeasurePatterns.weight();
        assertEquals(List.of("80 kg"), Found.in(w, "and weighs 80 kg."));
        assertEquals(List.of("80 кг"), Found.in(w, "вес 80 кг"));
        assertTrue(Found.in(h, "room temperature; a tall man; height of the wall; Windows 10").isEmpty());
        assertTrue(Found.in(w, "весь 2021 год; the weight of evidence").isEmpty());
    }

    @Test
    void russianMoneyAndMeasures() {
        var q = MeasurePatterns.russianQuantity();
        assertEquals(List.of("45 тысяч рублей"), Found.in(q, "штраф 45 тысяч рублей"));
        assertEquals(List.of("1,2 млн руб."), Found.in(q, "ущерб 1,2 млн руб."));
        assertEquals(List.of("185 см"), Found.in(q, "185 см"));
        assertEquals(List.of("30 процентов"), Found.in(q, "на 30 процентов"));
        assertTrue(Found.in(q, "в 1995 г. 45 тысяч человек; статья 29; 2021 год; Windows 10").isEmpty());
    }
}

package org.veil.core.recognize.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.recognize.Found;

class CallSignsTest {
    @Test
    void theSignAloneAfterItsCue() {
        var r = CallSigns.create();
        assertEquals(List.of("Lis"), Found.in(r, "his unit is 93rd brigade, call sign \"Lis\". we live"));
        assertEquals(List.of("Grom"), Found.in(r, "known by the callsign Grom since 2022"));
        assertEquals(List.of("Лис"), Found.in(r, "боец с позывным «Лис» вышел на связь"));
        assertEquals(List.of("Гром"), Found.in(r, "позывной: Гром."));
    }

    @Test
    void noCueNoSign() {
        assertTrue(Found.in(CallSigns.create(), "the sign said \"Lis\"; he called Grom; позвонил Гром").isEmpty());
    }
}

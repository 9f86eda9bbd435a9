package org.veil.core.recognize.quasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.recognize.Found;

class BodyMarksTest {
    @Test
    void englishMarkWithWhatItShowsAndWhereItIs() {
        assertEquals(List.of("a tattoo of a swallow on her left wrist"),
                Found.in(BodyMarks.english(), "She has a tattoo of a swallow on her left wrist. Contact"));
        assertEquals(List.of("a knife scar across his cheek"),
                Found.in(BodyMarks.english(), "He has a knife scar across his cheek, and"));
        assertEquals(List.of("birthmark"), Found.in(BodyMarks.english(), "a man with no birthmark"));
        assertTrue(Found.in(BodyMarks.english(), "the scarce tattooist scared them").isEmpty());
    }

    @Test
    void russianInAnyCase() {
        assertEquals(List.of("татуировка в виде ласточки на левом запястье"),
                Found.in(BodyMarks.russian(), "у неё татуировка в виде ласточки на левом запястье."));
        assertEquals(List.of("шрамом над бровью"), Found.in(BodyMarks.russian(), "мужчина со шрамом над бровью,"));
        assertTrue(Found.in(BodyMarks.russian(), "шрифт и родина").isEmpty());
    }
}

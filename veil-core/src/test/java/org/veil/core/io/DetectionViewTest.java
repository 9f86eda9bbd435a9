package org.veil.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policies;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.EntityType;
import org.veil.core.model.Span;

class DetectionViewTest {
    @Test
    void invisibleCharactersAreDroppedAndOffsetsMapBack() {
        String original = "Iv\u200Ban Pe\u00ADtrov";
        DetectionView v = DetectionView.of(original);
        assertEquals("Ivan Petrov", v.text());
        assertFalse(v.sameOffsets());
        int start = v.text().indexOf("Petrov");
        assertEquals(original.indexOf("Pe"), v.originalStart(start));
        assertEquals(original.length(), v.originalEnd(start + "Petrov".length()));
        assertEquals(original.indexOf(" "), v.originalEnd(v.text().indexOf(" ")), "end of Ivan maps to just before the space");
    }

    @Test
    void lookAlikeLettersTakeTheWordsMainScript() {
        // Latin "o" and "e" inside Cyrillic words, a Cyrillic "о" inside a Latin one.
        DetectionView v = DetectionView.of("Ивaн Пeтров met Petr\u043Ev");
        assertEquals("Иван Петров met Petrov", v.text());
        assertTrue(v.sameOffsets());
    }

    @Test
    void plainTextIsUnchanged() {
        String s = "Plain text, Обычный текст. A123BC 62.";
        assertEquals(s, DetectionView.of(s).text());
        assertTrue(DetectionView.of(s).sameOffsets());
    }

    @Test
    void hiddenCharactersDoNotHideANameFromTheAnalyzer() {
        String text = "Yesterday Mr Iv\u200Ban Pe\u200Btrov\u2060 said the police had visited him twice.";
        Analysis a = Analyzer.english().analyze(Document.of(text));
        Span person = a.spans().stream().filter(s -> s.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertTrue(person.text().contains("Iv\u200Ban"), person.text());
        String out = new Anonymizer(Policies.preset("publish"), new MemoryStore()).anonymize(a).text();
        assertFalse(out.contains("Iv\u200Ban") || out.contains("trov"), out);
        assertTrue(out.contains("said the police"), out);
    }
}

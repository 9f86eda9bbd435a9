package org.veil.core.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.veil.core.Analyzer;
import org.veil.core.model.Document;
import org.veil.core.recognize.ru.RussianNerRecognizer;

/** Loading a tagger only when a text needs it must not change what is found. */
class OnDemandLoadingTest {
    private static final String MIXED = "Mr Galip Yalman, a teacher from Izmir, was dismissed by Kayseri University."
            + "\n\nИван Петров встретил Марию Сидорову в Москве, а потом уехал в Новосибирск.\n\n"
            + "Later John Whitfield wrote to Иван Петров from Leeds.";

    @Test
    void lazyAndEagerTaggersFindTheSameOnMixedText() {
        assumeTrue(RussianNerRecognizer.bundled().isPresent(), "no Russian model in this build");
        Analyzer lazy = new Analyzer(RecognizerRegistry.english());
        Analyzer eager = new Analyzer(RecognizerRegistry.with(RussianNerRecognizer.bundled().orElseThrow()));
        for (String text : List.of(MIXED, "Иван Петров живёт в Москве.", "Mr Galip Yalman lives in Izmir.")) {
            assertEquals(eager.analyze(Document.of(text)).spans(), lazy.analyze(Document.of(text)).spans(), text);
        }
        assertTrue(lazy.analyze(Document.of(MIXED)).spans().stream()
                .anyMatch(s -> s.recognizer().equals("ru-ner") || s.recognizer().equals("en-ner")));
    }

    @Test
    void cyrillicOnlyTextLeavesTheEnglishModelUnloaded() {
        List<Recognizer> recognizers = RecognizerRegistry.english();
        new Analyzer(recognizers).analyze(Document.of("Иван Петров живёт в Москве."));
        OnDemandRecognizer english = recognizers.stream().filter(r -> r.name().equals("en-ner"))
                .map(OnDemandRecognizer.class::cast).findFirst().orElseThrow();
        assertFalse(english.isLoaded());
        new Analyzer(recognizers).analyze(Document.of("Mr Galip Yalman lives in Izmir."));
        assertTrue(english.isLoaded());
    }

    @Test
    void theOldCrfPathIsStillOneRegistryChoiceAway() {
        List<Recognizer> old = RecognizerRegistry.english(RecognizerRegistry.EnglishNames.CRF);
        assertTrue(old.stream().anyMatch(r -> r.name().equals("crf-ner")));
        assertTrue(old.stream().noneMatch(r -> r.name().equals("en-ner")));
        assertTrue(RecognizerRegistry.english().stream().anyMatch(r -> r.name().equals("en-ner")));
    }

    @Test
    void taggerLoadsOnlyForTextThatNeedsIt() {
        AtomicInteger loads = new AtomicInteger();
        Recognizer real = new Recognizer() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public List<Mention> recognize(String text) {
                return List.of(new Mention(0, 1, org.veil.core.model.EntityType.PERSON,
                        org.veil.core.model.IdentifierKind.DIRECT, 1, name(), Specificity.STATISTICAL));
            }
        };
        OnDemandRecognizer r = new OnDemandRecognizer("fake", t -> t.contains("x"), () -> {
            loads.incrementAndGet();
            return real;
        });
        assertTrue(r.recognize("abc").isEmpty());
        assertFalse(r.isLoaded());
        assertEquals(1, r.recognize("xyz").size());
        assertEquals(1, r.recognize("xx").size());
        assertEquals(1, loads.get());
        assertEquals("fake", r.name());
    }
}

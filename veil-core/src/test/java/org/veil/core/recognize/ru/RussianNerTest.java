package org.veil.core.recognize.ru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.veil.core.recognize.tagger.PerceptronTagger;
import org.veil.core.Analyzer;
import org.veil.core.link.NameForms;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.EntityType;
import org.veil.core.model.Span;

class RussianNerTest {
    private static final Analyzer ANALYZER = Analyzer.english();

    private static Set<String> personIds(Analysis a) {
        return a.spans().stream().filter(s -> s.type() == EntityType.PERSON).map(Span::entityId)
                .collect(Collectors.toSet());
    }

    private static Set<String> texts(Analysis a, EntityType type) {
        return a.spans().stream().filter(s -> s.type() == type).map(Span::text).collect(Collectors.toSet());
    }

    @Test
    void bundledModelFindsPeoplePlacesOrganisations() {
        assertTrue(RussianNerRecognizer.bundled().isPresent(), "the build ships the Russian model");
        Analysis a = ANALYZER.analyze(Document.of("Дмитрий Соколов встретился с Ольгой Петровой у здания мэрии"
                + " Москвы. Его задержали сотрудники ФСБ."));
        assertTrue(texts(a, EntityType.PERSON).containsAll(Set.of("Дмитрий Соколов", "Ольгой Петровой")), a.spans().toString());
        assertTrue(texts(a, EntityType.LOCATION).contains("Москвы"), a.spans().toString());
        assertTrue(texts(a, EntityType.ORGANIZATION).contains("ФСБ"), a.spans().toString());
    }

    @Test
    void mixedRussianAndEnglishTextAndCrossScriptLinking() {
        Analysis a = ANALYZER.analyze(Document.of("Дмитрий Соколов живёт в Казани. Dmitri Sokolov told the"
                + " reporter from London that Соколова ищут."));
        Set<String> ids = a.spans().stream().filter(s -> Set.of("Дмитрий Соколов", "Dmitri Sokolov", "Соколова")
                .contains(s.text())).map(Span::entityId).collect(Collectors.toSet());
        assertEquals(1, ids.size(), a.spans().toString());
        assertTrue(texts(a, EntityType.LOCATION).contains("London"), a.spans().toString());
    }

    @Test
    void inflectionDiminutivesAndScriptsFoldToOneName() {
        for (String form : List.of("Дмитрия", "Дмитрию", "Дмитрием", "Дима", "Dmitri", "Dmitry", "Dimitri")) {
            assertTrue(NameForms.similar("Дмитрий", form), form);
        }
        for (String form : List.of("Соколова", "Соколову", "Соколовым", "Sokolov")) {
            assertTrue(NameForms.similar("Соколов", form), form);
        }
        assertTrue(!NameForms.similar("Дмитрий", "Сергей"));
    }

    @Test
    void oneEntityAcrossCasesAndDiminutives() {
        Analysis a = ANALYZER.analyze(Document.of("Дмитрий Соколов уехал из Казани. Друзья Дмитрия говорят, что"
                + " Дима боится. Соколову звонили из военкомата."));
        assertEquals(1, personIds(a).size(), a.spans().toString());
        assertTrue(a.spans().stream().filter(s -> s.type() == EntityType.PERSON).count() >= 4, a.spans().toString());
    }

    @Test
    void patronymicsLinkToThePerson() {
        Analysis a = ANALYZER.analyze(Document.of("Дмитрий Сергеевич Соколов родился в Казани. Дмитрий Сергеевич"
                + " отказался от повестки, и Соколова объявили в розыск."));
        assertEquals(1, personIds(a).size(), a.spans().toString());
    }

    @Test
    void foldingAcrossScripts() {
        assertTrue(NameForms.similar("Дмитрий", "Dmitri"));
        assertTrue(NameForms.similar("Соколов", "Sokolov"));
        assertTrue(NameForms.similar("Соколова", "Соколов"), "an inflected form");
    }

    @Test
    void taggerRoundTripsThroughItsFileFormat() throws Exception {
        PerceptronTagger<List<Tokens.Token>> t = RussianNerRecognizer.bundled().orElseThrow().tagger();
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        t.write(buf);
        PerceptronTagger<List<Tokens.Token>> back = RussianNer.read(new java.io.ByteArrayInputStream(buf.toByteArray()));
        List<Tokens.Token> tokens = Tokens.of("Владимир Путин прилетел в Пекин.");
        assertEquals(t.tag(tokens), back.tag(tokens));
    }
}

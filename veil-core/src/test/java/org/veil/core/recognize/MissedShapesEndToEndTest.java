package org.veil.core.recognize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policies;
import org.veil.core.model.Document;

/**
 * The shapes a journalist's text kept after "veil text anonymize" (issue 9): plates, bare handles, birth years,
 * ages, flats after an address, numbered hospitals and schools, salaries, heights and weights. Under the
 * publish policy none of them may survive as written; ages and amounts may come back coarser.
 */
class MissedShapesEndToEndTest {
    private static final Analyzer ANALYZER = Analyzer.english();

    private static String publish(String text) {
        return new Anonymizer(Policies.publish(), new MemoryStore()).anonymize(ANALYZER.analyze(Document.of(text))).text();
    }

    private static void noneSurvive(String text, List<String> originals) {
        String out = publish(text);
        for (String o : originals) {
            assertTrue(text.contains(o), "test text must hold " + o);
            assertFalse(out.contains(o), "kept «" + o + "» in:\n" + out);
        }
    }

    @Test
    void english() {
        noneSurvive("Andrei Voronin, 29, drives a grey Lada with the plate A123BC 62. Online he goes by voron_29,"
                        + " and on Instagram he is ivan.petrov88. He was born in 1995 and lives at 12 Park Road,"
                        + " apartment 9. His mother Galina, 61, works at Hospital No. 2 and earns $1,200 a month."
                        + " She is 61. Voronin is 1.85 m tall and weighs 83 kg. A friend's car, licence plate"
                        + " B-AB 1234, stood near School No. 57; another had French plates AB-123-CD. His brother"
                        + " serves in Military Unit No. 1234 and sleeps in room 12.",
                List.of("Voronin, 29", "A123BC 62", "voron_29", "ivan.petrov88", "1995", "apartment 9", "Galina, 61",
                        "Hospital No. 2", "$1,200", "is 61", "1.85 m", "83 kg", "B-AB 1234", "School No. 57",
                        "AB-123-CD", "Unit No. 1234", "room 12"));
    }

    @Test
    void russian() {
        noneSurvive("Андрей Воронин, 29 лет, ездит на машине с номером А123ВС 77. В Телеграме у него ник voron_29."
                        + " Он 1995 года рождения и живёт по адресу ул. Ленина, д. 5, кв. 7. Его мать Галина, 61 год,"
                        + " работает в городской больнице № 2, её зарплата 45 тысяч рублей. В свои 29 он ведёт канал."
                        + " Рост 185 см, вес 83 кг. Его брат сидит в СИЗО-1, сестра учится в школе №57, а племянник"
                        + " ходит в детский сад № 12; у соседа украинские номера АА 1234 ВВ. Дядя служит в военной"
                        + " части № 4321, тётя сидит в ИК-6.",
                List.of("Воронин, 29", "А123ВС 77", "voron_29", "1995", "кв. 7", "Галина, 61", "больнице № 2",
                        "45 тысяч", "свои 29", "185 см", "83 кг", "СИЗО-1", "школе №57", "сад № 12", "АА 1234 ВВ",
                        "№ 4321", "ИК-6"));
    }

    @Test
    void ordinaryNumbersAndWordsStay() {
        String text = "Windows 10 crashed during COVID-19 lockdowns; version 2.1 keeps milk at room temperature."
                + " In 1995 the war began, see page 29, and the flat was cold.";
        String out = publish(text);
        for (String kept : List.of("Windows 10", "version 2.1", "room temperature", "page 29", "the flat was cold")) {
            assertTrue(out.contains(kept), "lost «" + kept + "» in:\n" + out);
        }
    }
}

package org.veil.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;

/**
 * The English tagger runs without a lock, so batch mode uses every core: two threads sharing one analyzer
 * must give, document for document, exactly what one thread gives.
 */
class ConcurrentAnalysisTest {
    private static final String[] PEOPLE = {"Galip Yalman", "Maria Kowalska", "John Whitfield", "Ayse Demir",
        "Peter O'Connor", "Ivan Horvat", "Sarah Lindqvist", "Mehmet Kaya"};
    private static final String[] PLACES = {"Izmir", "Gdansk", "Leeds", "Ankara", "Cork", "Split", "Uppsala",
        "Konya"};

    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 6; j++) {
                int k = (i + j) % PEOPLE.length;
                sb.append("On ").append(1 + (i * 7 + j) % 28).append(" March 20").append(10 + j).append(", Mr ")
                        .append(PEOPLE[k]).append(", a teacher born in ").append(PLACES[(k + i) % PLACES.length])
                        .append(", was questioned by officers of the ").append(PLACES[(k + 3) % PLACES.length])
                        .append(" police about the Kayseri University case. ").append(PEOPLE[k].split(" ")[1])
                        .append(" told the court he had met ").append(PEOPLE[(k + 1) % PEOPLE.length])
                        .append(" at the European Court of Human Rights.\n\n");
            }
            texts.add(sb.toString());
        }
        return texts;
    }

    @Test
    void twoThreadsGiveWhatOneThreadGives() throws Exception {
        Analyzer analyzer = Analyzer.english();
        List<String> texts = texts();
        List<Analysis> alone = new ArrayList<>();
        for (String t : texts) {
            alone.add(analyzer.analyze(Document.of(t)));
        }
        assertFalse(alone.get(0).spans().isEmpty(), "the test texts must hold names to find");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<Analysis>> together = new ArrayList<>();
                for (String t : texts) {
                    together.add(pool.submit(() -> analyzer.analyze(Document.of(t))));
                }
                for (int i = 0; i < texts.size(); i++) {
                    assertEquals(alone.get(i).spans(), together.get(i).get().spans(), "text " + i + ", round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

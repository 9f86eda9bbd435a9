package org.veil.core.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.core.Analyzer;
import org.veil.core.eval.TabCorpus;
import org.veil.core.eval.TabDocument;
import org.veil.core.model.Analysis;
import org.veil.core.verify.RiskReport;
import org.veil.core.model.Document;
import org.veil.core.model.IdentifierKind;
import org.veil.core.model.Span;

/**
 * Properties that must hold for any text: checked on hand-written stories and, when ../shared is present,
 * on the TAB dev documents.
 */
class AnonymizerPropertiesTest {
    private static final Analyzer ANALYZER = Analyzer.english();

    static Stream<String> texts() throws Exception {
        List<String> texts = new ArrayList<>(List.of(
                "Dmitri Sokolov, 27, lives in Kazan with his girlfriend and her child. Call +7 912 345-67-89 or"
                        + " write to d.sokolov@example.org. Dimitri served with the paratroopers until 2021.",
                "On 3 March 2021 Mr Galip Yalman, a teacher aged 34, was arrested in Izmir. Yalman's lawyer,"
                        + " Ms Ayşe Demir, paid EUR 4,000 on 11/03/2022 into IBAN GB82 WEST 1234 5698 7654 32.",
                "President Vladimir Putin signed the decree. Olga Petrova, a nurse in her thirties from Tver,"
                        + " refused.\r\nHer passport no. 4506 123456 was seized on 5 May 2022.",
                "Иван Петров живёт в Казани по адресу ул. Ленина, д. 5, кв. 12, телефон +7 912 345-67-89. Он"
                        + " переехал 28 сентября 2022 г. Вчера Петров позвонил Марии Вороновой из ООО «Ромашка».\n"
                        + "Ivan Petrov told us he left Kazan in 2022. С Иваном Петровым работает Анна Сергеевна Воронова."));
        Path dev = Path.of(System.getProperty("veil.shared", "../shared"), "data/tab/tab_dev_subset.json");
        if (Files.exists(dev)) {
            for (TabDocument d : TabCorpus.read(dev).subList(0, 6)) {
                texts.add(d.text());
            }
        }
        return texts.stream();
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void publishLeavesNoDetectedIdentifier(String text) {
        Analysis before = ANALYZER.analyze(Document.of(text));
        Anonymized out = new Anonymizer(Policies.publish(), new MemoryStore()).anonymize(before);
        for (Replacement r : out.replacements()) {
            if (r.span().kind() != IdentifierKind.NONE) {
                assertTrue(r.changed(), "kept: " + r);
            }
            if (r.span().kind() == IdentifierKind.DIRECT) {
                assertFalse(out.text().contains(r.span().text()), "direct identifier survived: " + r.span().text());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void everythingOutsideSpansIsCopiedExactly(String text) {
        Analysis before = ANALYZER.analyze(Document.of(text));
        Anonymized out = new Anonymizer(Policies.publish(), new MemoryStore()).anonymize(before);
        StringBuilder rebuilt = new StringBuilder();
        int[] cps = out.text().codePoints().toArray();
        int cursor = 0;
        for (Replacement r : out.replacements()) {
            rebuilt.append(new String(cps, cursor, r.outStart() - cursor)).append(r.span().text());
            cursor = r.outEnd();
        }
        rebuilt.append(new String(cps, cursor, cps.length - cursor));
        assertEquals(text, rebuilt.toString(), "putting originals back must give the input byte for byte");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void replacementsNeverReuseAnIdentifierFromTheInput(String text) {
        Analysis before = ANALYZER.analyze(Document.of(text));
        Set<String> inputs = new HashSet<>();
        before.maskable().forEach(s -> inputs.add(norm(s.text())));
        for (Anonymizer a : List.of(new Anonymizer(Policies.publish(), new MemoryStore()),
                new Anonymizer(Policies.pseudonymise(), new MemoryStore()))) {
            for (Replacement r : a.anonymize(before).replacements()) {
                // A generalised value is coarser on purpose and may well appear elsewhere ("July 2000").
                if (r.changed() && r.span().kind() != IdentifierKind.NONE && !r.operator().equals("generalise")) {
                    assertFalse(inputs.contains(norm(r.replacement())), "reused input identifier: " + r);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void runningAgainFindsNothingNew(String text) {
        for (Policy p : List.of(Policies.publish(), Policies.pseudonymise())) {
            Anonymized out = new Anonymizer(p, new MemoryStore()).anonymize(ANALYZER.analyze(Document.of(text)));
            Analysis again = ANALYZER.analyze(Document.of(out.text()));
            assertTrue(RiskReport.residualSpans(out, again).isEmpty(),
                    p.name() + ": new findings " + RiskReport.residualSpans(out, again) + " in\n" + out.text());
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void oneEntityOneReplacement(String text) {
        Analysis before = ANALYZER.analyze(Document.of(text));
        Anonymized out = new Anonymizer(Policies.publish(), new MemoryStore()).anonymize(before);
        for (Replacement a : out.replacements()) {
            for (Replacement b : out.replacements()) {
                if (a.span().entityId().equals(b.span().entityId()) && a.operator().equals("placeholder")) {
                    // One stored placeholder, written in the language of each sentence ([PERSON A] / [ЛИЦО А]).
                    assertEquals(Anonymizer.storedForm(a.replacement()), Anonymizer.storedForm(b.replacement()),
                            "entity " + a.span().entityId());
                }
            }
        }
        assertTrue(Pattern.compile("\\[PERSON A]|\\[ЛИЦО А]").matcher(out.text()).find() || before.spans().stream()
                .noneMatch(s -> s.type() == org.veil.core.model.EntityType.PERSON && s.kind().masked()));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void reviewReplacesNothing(String text) {
        Analysis before = ANALYZER.analyze(Document.of(text));
        Anonymized out = new Anonymizer(Policies.review(), new MemoryStore()).anonymize(before);
        assertEquals(text, out.text().replaceAll("\\[\\[(.*?)\\|[A-Z ]+]]", "$1"));
        for (Span s : before.maskable()) {
            assertTrue(out.text().contains("[[" + s.text() + "|"), s.text());
        }
    }
}

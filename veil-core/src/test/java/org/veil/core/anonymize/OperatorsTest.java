package org.veil.core.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.Analyzer;
import org.veil.core.model.Document;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;

class OperatorsTest {
    private static final Analyzer ANALYZER = Analyzer.english();

    private static String run(Policy p, MappingStore store, String text) {
        return new Anonymizer(p, store).anonymize(ANALYZER.analyze(Document.of(text))).text();
    }

    private static Policy all(Operator op) {
        return new Policy("test", Map.of(), op);
    }

    @Test
    void placeholdersAreTypedAndConsistent() {
        String out = run(Policies.publish(), new MemoryStore(),
                "Ivan Petrov met Olga Sidorova. Later Petrov called Olga.");
        assertEquals("[PERSON A] met [PERSON B]. Later [PERSON A] called [PERSON B].", out);
    }

    @Test
    void surrogatesKeepShapeGenderAndScript() {
        MemoryStore store = new MemoryStore();
        String out = run(Policies.pseudonymise(), store, "Mrs Olga Sidorova arrived. Sidorova waved.");
        assertTrue(out.startsWith("Mrs "), out);
        String[] words = out.split("[ .]+");
        assertEquals(words[2], words[4], "the surname is rendered the same each time: " + out);
        // A fresh store: with the same store the name would keep the stand-in it already has (same person).
        String ru = run(Policies.pseudonymise(), new MemoryStore(), "Ольга Сидорова приехала.");
        assertTrue(ru.matches("\\p{IsCyrillic}+ \\p{IsCyrillic}+а приехала\\."), "a Russian woman's name: " + ru);
    }

    @Test
    void oneRussianStandInAcrossScripts() {
        String out = run(Policies.pseudonymise(), new MemoryStore(),
                "Дмитрий Соколов уехал. Dmitri Sokolov told us he left.");
        String[] parts = out.split("\\. ");
        assertTrue(parts[0].matches("\\p{IsCyrillic}+ \\p{IsCyrillic}+ уехал"), out);
        assertTrue(parts[1].matches("[A-Z][a-z]+ [A-Z][a-z]+ told us he left\\."), out);
        assertEquals(Transliteration.toLatin(parts[0].replace(" уехал", "")), parts[1].replace(" told us he left.", ""),
                "the same stand-in, transliterated: " + out);
    }

    @Test
    void russianStandInsFollowTheCase() {
        assertEquals("Яковлева", like("Соколова", RussianDeclension.Kind.SURNAME, false, "Яковлев"));
        assertEquals("Яковлевым", like("Соколовым", RussianDeclension.Kind.SURNAME, false, "Яковлев"));
        assertEquals("Петровой", like("Сидоровой", RussianDeclension.Kind.SURNAME, true, "Петрова"));
        assertEquals("Тимофея", like("Дмитрия", RussianDeclension.Kind.GIVEN, false, "Тимофей"));
        assertEquals("Ивана", like("Дмитрия", RussianDeclension.Kind.GIVEN, false, "Иван"));
        assertEquals("Тимофея", like("Ивана", RussianDeclension.Kind.GIVEN, false, "Тимофей"));
        assertEquals("Тимофей", like("Дмитрий", RussianDeclension.Kind.GIVEN, false, "Тимофей"));
        String out = run(Policies.pseudonymise(), new MemoryStore(), "Дмитрий Соколов уехал. Друзья Дмитрия Соколова ждут.");
        assertTrue(out.matches("\\p{L}+ \\p{L}+ уехал\\. Друзья \\p{L}+[яа] \\p{L}+а ждут\\."), out);
        assertEquals("[ЛИЦО А] живёт в [МЕСТО 1].", run(Policies.publish(), new MemoryStore(), "Дмитрий Соколов живёт в Казани."));
    }

    /** The stand-in in the case of the mention. */
    private static String like(String mention, RussianDeclension.Kind kind, boolean female, String standIn) {
        return RussianDeclension.decline(standIn, kind, female,
                RussianInflection.caseOf(java.util.List.of(mention), java.util.List.of(kind), female, ""));
    }

    @Test
    void datesShiftByOneOffsetSoIntervalsSurvive() {
        String out = run(Policies.pseudonymise(), new MemoryStore(), "He left on 1 March 2020 and came back on 11 March 2020.");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2} \\w+ \\d{4})").matcher(out);
        assertTrue(m.find(), out);
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu",
                java.util.Locale.ENGLISH);
        java.time.LocalDate a = java.time.LocalDate.parse(m.group(1), f);
        assertTrue(m.find(), out);
        java.time.LocalDate b = java.time.LocalDate.parse(m.group(1), f);
        assertEquals(10, java.time.temporal.ChronoUnit.DAYS.between(a, b));
        assertNotEquals(java.time.LocalDate.of(2020, 3, 1), a);
    }

    @Test
    void generaliseAgesDatesAmounts() {
        assertEquals(java.util.Optional.of("in their 20s"), Generaliser.generalise(EntityType.DEMOGRAPHIC, "age", "in his 27th year"));
        assertEquals(java.util.Optional.of("30-something"), Generaliser.generalise(EntityType.DEMOGRAPHIC, "age", "34-year-old"));
        assertEquals(java.util.Optional.of("March 2021"), Generaliser.generalise(EntityType.DATETIME, "datetime", "3 March 2021"));
        assertEquals(java.util.Optional.of("2021"), Generaliser.generalise(EntityType.DATETIME, "datetime", "March 2021"));
        assertEquals(java.util.Optional.of("the 1940s"), Generaliser.generalise(EntityType.DATETIME, "datetime", "1949"));
        assertEquals(java.util.Optional.of("EUR 1,000–10,000"), Generaliser.generalise(EntityType.QUANTITY, "quantity", "EUR 4,000"));
    }

    @Test
    void maskHashEncryptRedact() {
        MemoryStore store = new MemoryStore();
        assertEquals("Card ************5679.", run(all(new Operator.Mask(4, '*')), store, "Card 4276380012345679."));
        assertEquals("**** **** 1234 5679", Anonymizer.mask("4276 3800 1234 5679", 8, '*'));
        String h1 = run(all(new Operator.Hash()), store, "Write to anna@example.org now.");
        String h2 = run(all(new Operator.Hash()), store, "Or anna@example.org later.");
        assertTrue(h1.matches("Write to \\[EMAIL [0-9a-f]{10}] now\\."), h1);
        assertEquals(h1.substring(9, 27), h2.substring(3, 21), "keyed hash is stable per store");
        String enc = run(all(new Operator.Encrypt()), store, "Write to anna@example.org now.");
        assertTrue(enc.matches("Write to \\[ENC:[A-Za-z0-9_-]+] now\\."), enc);
        assertEquals("Write to [REDACTED] now.", run(all(new Operator.Redact("[REDACTED]")), store, "Write to anna@example.org now."));
    }

    @Test
    void publicFiguresAreKeptByDefault() {
        String out = run(Policies.publish(), new MemoryStore(), "President Vladimir Putin met Ivan Petrov.");
        assertEquals("President Vladimir Putin met [PERSON A].", out);
    }

    @TempDir
    Path dir;

    @Test
    void policyFilesAndTheirErrors() throws Exception {
        Path ok = Files.writeString(dir.resolve("p.yaml"), "name: mine\ndefault: redact\nrules:\n"
                + "  PERSON: {DIRECT: surrogate}\n  CODE:\n    DIRECT: {operator: mask, keep: 2}\n");
        Policy p = Policies.parse(ok);
        assertEquals("mine", p.name());
        assertEquals(new Operator.Surrogate(), p.operatorFor(EntityType.PERSON, IdentifierKind.DIRECT));
        assertEquals(new Operator.Mask(2, '*'), p.operatorFor(EntityType.CODE, IdentifierKind.DIRECT));
        assertEquals(new Operator.Keep(), p.operatorFor(EntityType.PERSON, IdentifierKind.NONE));
        Path badOp = Files.writeString(dir.resolve("b.yaml"), "rules:\n  PERSON:\n    DIRECT: shred\n");
        PolicyException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyException.class, () -> Policies.parse(badOp));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("unknown operator 'shred'"), e.getMessage());
        Path badType = Files.writeString(dir.resolve("t.json"), "{\"rules\": {\"PEOPLE\": \"redact\"}}");
        e = org.junit.jupiter.api.Assertions.assertThrows(PolicyException.class, () -> Policies.parse(badType));
        assertTrue(e.getMessage().contains("unknown entity type 'PEOPLE'"), e.getMessage());
        Path badKey = Files.writeString(dir.resolve("k.yaml"), "name: x\nrulez: {}\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(PolicyException.class, () -> Policies.parse(badKey));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("unknown key 'rulez'"), e.getMessage());
    }

    @Test
    void placeholderLetters() {
        assertEquals("A", Labels.letters(1));
        assertEquals("Z", Labels.letters(26));
        assertEquals("AA", Labels.letters(27));
    }
}

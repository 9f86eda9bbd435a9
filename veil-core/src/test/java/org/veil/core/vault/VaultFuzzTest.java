package org.veil.core.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.core.vault.VaultFiles.PASS;
import static org.veil.core.vault.VaultFiles.rows;
import static org.veil.core.vault.VaultFiles.sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.Policies;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.model.EntityType;
import org.veil.core.model.IdentifierKind;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Recognizer;

/**
 * Random damage to a vault file, byte flips or row edits made with SQL, always ends in a clean refusal
 * ({@link VaultException}) or in exactly the pseudonyms of the intact vault: never another exception, a hang
 * or a wrong pseudonym.
 */
class VaultFuzzTest {
    private static final String TEXT = "Dmitri Sokolov met Olga Petrova in Kazan. Later Olga Petrova called"
            + " Ivan Orlov in Moscow and Dmitri Sokolov.";
    private static final List<String> TABLES = List.of("entries", "aliases", "counters", "meta");
    /** Longer runs: -Dveil.fuzz.seed=N -Dveil.fuzz.iterations=N. */
    private static final long SEED = Long.getLong("veil.fuzz.seed", 17);
    private static final int ITERATIONS = Integer.getInteger("veil.fuzz.iterations", 80);

    @TempDir
    static Path dir;

    private static Analysis analysis;
    private static byte[] intact;
    private static String expectedText;
    private static Set<String> expectedEntries;

    @BeforeAll
    static void intactVault() throws Exception {
        analysis = new Analyzer(List.of(new Shapes())).analyze(Document.of(TEXT));
        Path file = dir.resolve("intact.vault");
        try (Vault v = VaultFiles.create(file)) {
            v.inTransaction(() -> new Anonymizer(Policies.publish(), v).anonymize(analysis));
        }
        assertFalse(Files.exists(dir.resolve("intact.vault-wal")), "everything checkpointed into the file");
        intact = Files.readAllBytes(file);
        Outcome second = use(file);
        expectedText = second.text();
        expectedEntries = second.entries();
        assertTrue(expectedText.contains("[PERSON A]") && expectedEntries.size() >= 4, expectedText);
    }

    /** Two capitalised words are a person, one after "in" a place: the vault is under test, not the models. */
    private static final class Shapes implements Recognizer {
        private static final Pattern PERSON = Pattern.compile("\\b[A-Z][a-z]+ [A-Z][a-z]+\\b");
        private static final Pattern PLACE = Pattern.compile("(?<=\\bin )[A-Z][a-z]+\\b");

        @Override
        public String name() {
            return "test-shapes";
        }

        @Override
        public List<Mention> recognize(String text) {
            List<Mention> out = new ArrayList<>();
            for (Matcher m = PERSON.matcher(text); m.find(); ) {
                out.add(new Mention(m.start(), m.end(), EntityType.PERSON, IdentifierKind.DIRECT, 0.9, name(), 1));
            }
            for (Matcher m = PLACE.matcher(text); m.find(); ) {
                out.add(new Mention(m.start(), m.end(), EntityType.LOCATION, IdentifierKind.QUASI, 0.9, name(), 1));
            }
            return out;
        }
    }

    private record Outcome(String text, Set<String> entries) {
    }

    /** What a user does with the vault: list it, then anonymize the same text again. */
    private static Outcome use(Path file) {
        try (Vault v = Vault.open(file, PASS)) {
            Set<String> entries = v.entries().stream()
                    .map(e -> e.type() + "|" + e.original() + "|" + e.replacement()).collect(Collectors.toSet());
            String text = v.inTransaction(() -> new Anonymizer(Policies.publish(), v).anonymize(analysis)).text();
            return new Outcome(text, entries);
        }
    }

    private static Path freshCopy(String name) throws Exception {
        Path file = dir.resolve(name + ".vault");
        Files.write(file, intact);
        return file;
    }

    /** Refused cleanly, or the intact vault's result; true when refused. */
    private boolean refusedOrCorrect(Path file, String what) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Outcome got;
            try {
                got = use(file);
            } catch (VaultException e) {
                assertFalse(e.getMessage().contains("\n"), what + ": one line: " + e.getMessage());
                return true;
            } catch (RuntimeException | Error e) {
                throw new AssertionError(what + ": " + e, e);
            }
            assertEquals(expectedText, got.text(), what + ": wrong pseudonyms");
            assertEquals(expectedEntries, got.entries(), what + ": wrong entries");
            return false;
        }, what + ": hang");
    }

    @Test
    void randomByteFlipsInTheFile() throws Exception {
        Random random = new Random(SEED);
        int refused = 0;
        int iterations = ITERATIONS;
        for (int i = 0; i < iterations; i++) {
            Path file = freshCopy("flip" + i);
            byte[] bytes = intact.clone();
            StringBuilder what = new StringBuilder("seed " + SEED + " flip " + i + ":");
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                int at = random.nextInt(bytes.length);
                // Most of the file is free space; aim most flips at bytes in use.
                for (int tries = 0; bytes[at] == 0 && tries < 50 && random.nextInt(4) > 0; tries++) {
                    at = random.nextInt(bytes.length);
                }
                int mask = 1 + random.nextInt(255);
                bytes[at] ^= (byte) mask;
                what.append(' ').append(at).append('^').append(mask);
            }
            Files.write(file, bytes);
            if (refusedOrCorrect(file, what.toString())) {
                refused++;
            }
        }
        assertTrue(refused > 0 && refused < iterations, refused + " of " + iterations + " refused");
    }

    @Test
    void randomRowEdits() throws Exception {
        Random random = new Random(SEED);
        int changed = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            Path file = freshCopy("edit" + i);
            String before = content(file);
            String what = "seed " + SEED + " edit " + i + ": " + edit(file, random);
            boolean edited = !before.equals(content(file));
            boolean refused = refusedOrCorrect(file, what);
            if (edited) {
                // Even an edit that happens to keep every pseudonym right is a sign of tampering.
                assertTrue(refused, what + ": a changed vault was used");
                changed++;
            }
        }
        assertTrue(changed >= ITERATIONS / 2, "only " + changed + " edits changed the vault");
    }

    /** Every row of every table, as text, in a fixed order. */
    private static String content(Path file) throws SQLException {
        StringBuilder out = new StringBuilder();
        for (String table : TABLES) {
            for (Object[] row : rows(file, "SELECT * FROM " + table + " ORDER BY 1")) {
                out.append(table);
                for (Object v : row) {
                    out.append('|').append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** One random edit: delete, swap two rows' values, change a value, or copy a row under a new key. */
    private static String edit(Path file, Random random) throws SQLException {
        String table = TABLES.get(random.nextInt(TABLES.size()));
        List<Object[]> columns = rows(file, "SELECT name, pk FROM pragma_table_info('" + table + "')");
        List<Object[]> all = rows(file, "SELECT rowid, * FROM " + table);
        Object[] row = all.get(random.nextInt(all.size()));
        Object[] other = all.get(random.nextInt(all.size()));
        int c = random.nextInt(columns.size());
        String column = (String) columns.get(c)[0];
        Object value = row[c + 1];
        String desc;
        try {
            switch (random.nextInt(5)) {
                case 0 -> {
                    sql(file, "DELETE FROM " + table + " WHERE rowid = ?", row[0]);
                    desc = "delete";
                }
                case 1 -> {
                    // Through a free value, so that swapping primary keys does not collide.
                    sql(file, "UPDATE " + table + " SET " + column + " = ? WHERE rowid = ?", "swap-tmp", row[0]);
                    sql(file, "UPDATE " + table + " SET " + column + " = ? WHERE rowid = ?", value, other[0]);
                    sql(file, "UPDATE " + table + " SET " + column + " = ? WHERE rowid = ?", other[c + 1], row[0]);
                    desc = "swap";
                }
                case 2 -> {
                    sql(file, "UPDATE " + table + " SET " + column + " = ? WHERE rowid = ?", changed(value, random),
                            row[0]);
                    desc = "change";
                }
                case 3 -> {
                    String cols = columns.stream().map(k -> (String) k[0]).collect(Collectors.joining(", "));
                    sql(file, "INSERT INTO " + table + " (" + cols + ") SELECT " + cols + " FROM " + table
                            + " WHERE rowid = ?", row[0]);
                    desc = "copy";
                }
                default -> {
                    sql(file, "UPDATE " + table + " SET " + column + " = (SELECT " + column + " FROM " + table
                            + " WHERE rowid = ?) WHERE rowid = ?", other[0], row[0]);
                    desc = "overwrite from another row";
                }
            }
        } catch (SQLException e) {
            // A constraint (primary key, NOT NULL) refused the edit; what is left is still a valid case.
            desc = "refused by SQLite (" + e.getErrorCode() + ")";
        }
        return desc + " " + table + "." + column;
    }

    private static Object changed(Object value, Random random) {
        if (value instanceof byte[] b) {
            byte[] copy = b.clone();
            if (copy.length > 0) {
                copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
            }
            return copy;
        }
        if (value instanceof Number n) {
            return n.longValue() + (random.nextBoolean() ? 1 : -1);
        }
        String s = String.valueOf(value);
        return s.isEmpty() ? "x" : s.substring(0, s.length() - 1) + (char) (s.charAt(s.length() - 1) ^ 1);
    }
}

package org.veil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.Analyzer;
import org.veil.core.Publisher;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.MappingStore;
import org.veil.core.anonymize.Policies;
import org.veil.core.anonymize.Replacement;
import org.veil.core.model.Document;
import org.veil.core.vault.Vault;

/**
 * Issue 16 in local[2] (one session for the class; local[2,4] lets a failed task be retried): 500 documents,
 * 20 people under spelling variants, each with one pseudonym corpus-wide, identical to the single-machine
 * engine run document by document with a shared store, and a task failure in pass 2 changes nothing.
 */
class CorpusJobTest {
    private static final int DOCS = 500;
    private static final char[] PASS = "correct horse battery".toCharArray();
    private static SparkSession spark;
    private static final List<NamedCorpus.Doc> CORPUS = NamedCorpus.documents(DOCS);

    @TempDir
    static Path dir;
    private static Path corpus;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().config(CorpusJob.quiet(new SparkConf()).setMaster("local[2,4]")
                .setAppName("veil-spark-test").set("spark.sql.shuffle.partitions", "4")).getOrCreate();
        corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        for (NamedCorpus.Doc d : CORPUS) {
            Files.writeString(corpus.resolve(d.id()), d.text());
        }
        // A document Veil cannot read: recorded in errors/, never written.
        Files.write(corpus.resolve("zz-binary.txt"), new byte[]{0, 1, 2, 0, (byte) 0xff, 0, 'P', 'a'});
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everyPersonHasOnePseudonymAndTheResultIsTheSingleMachineOneEvenAfterATaskFailure() throws IOException {
        CorpusSummary summary = new CorpusAnonymizer(spark).run(
                CorpusOptions.of(corpus.toString(), dir.resolve("out").toString()), null);
        Map<String, String> spark1 = documents(dir.resolve("out"));

        // The single-machine engine, document by document in id order, with one shared store.
        Analyzer analyzer = Analyzer.english();
        Publisher publisher = new Publisher(analyzer, Policies.publish());
        MappingStore store = new org.veil.core.anonymize.MemoryStore();
        Map<String, String> single = new TreeMap<>();
        Map<Integer, Set<String>> pseudonyms = new HashMap<>();
        for (NamedCorpus.Doc d : CORPUS) {
            Publisher.Published p = publisher.publish(analyzer.analyze(new Document(d.id(), d.text(),
                    Engines.language("auto", d.text()))), store);
            single.put(d.id(), p.anonymized().text());
            for (int k = 0; k < d.surfaces().size(); k++) {
                pseudonyms.computeIfAbsent(d.persons().get(k), x -> new HashSet<>())
                        .add(replacementOf(p.anonymized(), d.surfaces().get(k), d.id()));
            }
        }
        // "Equal": the same text for every document (the engine is deterministic given the order and keys).
        assertEquals(single, spark1);

        Set<String> used = new HashSet<>();
        for (int person = 0; person < NamedCorpus.PEOPLE.size(); person++) {
            Set<String> mine = pseudonyms.get(person);
            assertEquals(1, mine.size(), NamedCorpus.PEOPLE.get(person).all() + " got " + mine);
            assertTrue(used.add(mine.iterator().next()), "two people share " + mine);
        }
        for (NamedCorpus.Doc d : CORPUS) {
            for (String surface : d.surfaces()) {
                assertFalse(spark1.get(d.id()).contains(surface), d.id() + " still names " + surface);
            }
        }
        assertEquals(DOCS + 1, summary.documents());
        assertEquals(DOCS, summary.anonymized());
        assertEquals(1, summary.failed());
        assertFalse(spark1.containsKey("zz-binary.txt"), "an unreadable document is never written");
        List<JsonNode> errors = lines(dir.resolve("out").resolve(CorpusOutput.ERRORS));
        assertEquals(1, errors.size());
        assertEquals("zz-binary.txt", errors.get(0).get("id").asText());
        assertEquals("read", errors.get(0).get("error_stage").asText());
        List<JsonNode> risk = lines(dir.resolve("out").resolve(CorpusOutput.RISK));
        assertEquals(DOCS, risk.size());
        for (JsonNode r : risk) {
            assertTrue(r.get("replaced_by_type").get("PERSON").asInt() >= 2, r.toString());
            assertFalse(r.has("text"), "the risk table holds no text");
        }
        assertTrue(Files.exists(dir.resolve("out/summary.json")));

        // A task of pass 2 fails on its first attempt: the retried output is complete and the same.
        new CorpusAnonymizer(spark).run(CorpusOptions.of(corpus.toString(), dir.resolve("retried").toString())
                .failingOnceInPass2(), null);
        assertEquals(spark1, documents(dir.resolve("retried")));
        try (Stream<Path> s = Files.walk(dir.resolve("retried"))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".veil-")), "no staged leftovers");
        }

        // Nothing of the documents reached Spark's log, which did record the failed task.
        String log = Files.readString(Path.of("target/veil-spark-test.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("fault injected in pass 2"), "the log was captured");
        for (NamedCorpus.Person p : NamedCorpus.PEOPLE) {
            for (String surface : p.all()) {
                assertFalse(log.contains(surface), "the log names " + surface);
                assertFalse(log.contains(surface.substring(surface.lastIndexOf(' ') + 1)),
                        "the log names " + surface);
            }
        }
    }

    @Test
    void standInsAreKeyedByTheVaultAndMatchTheSingleMachineVault() throws IOException {
        Path a = dir.resolve("a.vault");
        Vault.create(a, PASS).close();
        Path b = dir.resolve("b.vault");
        Files.copy(a, b);
        List<NamedCorpus.Doc> few = CORPUS.subList(0, 120);
        Path in = dir.resolve("few");
        Files.createDirectories(in);
        for (NamedCorpus.Doc d : few) {
            Files.writeString(in.resolve(d.id()), d.text());
        }
        new CorpusAnonymizer(spark).run(CorpusOptions.of(in.toString(), dir.resolve("pseudo").toString())
                .withVault(a.toString()).withPolicy("pseudonymise"), PASS);
        Map<String, String> fromSpark = documents(dir.resolve("pseudo"));

        Analyzer analyzer = Analyzer.english();
        Publisher publisher = new Publisher(analyzer, Policies.pseudonymise());
        Map<String, String> single = new TreeMap<>();
        try (Vault v = Vault.open(b, PASS)) {
            for (NamedCorpus.Doc d : few) {
                Document doc = new Document(d.id(), d.text(), Engines.language("auto", d.text()));
                single.put(d.id(), v.inTransaction(() -> publisher.publish(analyzer.analyze(doc), v))
                        .anonymized().text());
            }
        }
        assertEquals(single, fromSpark);
        // The driver wrote the vault once, at the end: it holds what the single-machine vault holds.
        try (Vault va = Vault.open(a, PASS); Vault vb = Vault.open(b, PASS)) {
            assertEquals(pairs(vb), pairs(va));
            assertTrue(pairs(va).size() >= NamedCorpus.PEOPLE.size());
        }
    }

    @Test
    void jsonLinesComeBackAsJsonLinesWithOnlyIdAndText() throws IOException {
        Path in = dir.resolve("in.jsonl");
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (NamedCorpus.Doc d : CORPUS.subList(0, 40)) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("key", d.id());
            row.put("body", d.text());
            row.put("author", "Pavel Voronin");
            sb.append(json.writeValueAsString(row)).append('\n');
        }
        Files.writeString(in, sb);
        CorpusSummary s = new CorpusAnonymizer(spark).run(CorpusOptions.of(in.toString(),
                dir.resolve("json-out").toString()).withFormat(CorpusOptions.Format.JSONL, "body", "key"), null);
        assertEquals(40, s.anonymized());
        List<JsonNode> rows = lines(dir.resolve("json-out").resolve(CorpusOutput.DOCUMENTS));
        assertEquals(40, rows.size());
        for (JsonNode r : rows) {
            assertEquals(Set.of("key", "body"), fieldNames(r), "only the id and the anonymized text");
            assertFalse(r.get("body").asText().contains("Voronin"), r.toString());
        }
    }

    @Test
    void parquetComesBackAsParquet() {
        List<org.apache.spark.sql.Row> rows = new ArrayList<>();
        for (NamedCorpus.Doc d : CORPUS.subList(40, 60)) {
            rows.add(org.apache.spark.sql.RowFactory.create(d.id(), d.text()));
        }
        Path in = dir.resolve("in.parquet");
        spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType().add("id", "string").add("text", "string"))
                .write().parquet(in.toString());
        Path out = dir.resolve("parquet-out");
        new CorpusAnonymizer(spark).run(CorpusOptions.of(in.toString(), out.toString())
                .withFormat(CorpusOptions.Format.PARQUET, "text", "id"), null);
        List<org.apache.spark.sql.Row> back = spark.read().parquet(out.resolve(CorpusOutput.DOCUMENTS).toString())
                .collectAsList();
        assertEquals(20, back.size());
        for (org.apache.spark.sql.Row r : back) {
            NamedCorpus.Doc d = CORPUS.get(Integer.parseInt(r.getString(0).substring(4, 8)));
            d.surfaces().forEach(surface -> assertFalse(r.getString(1).contains(surface), r.toString()));
        }
    }

    @Test
    void anExistingOutputIsRefusedAndAFailedRunLeavesNothing() throws IOException {
        Path taken = dir.resolve("taken");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("keep.txt"), "mine");
        assertThrows(CorpusRefused.class, () -> new CorpusAnonymizer(spark).run(
                CorpusOptions.of(corpus.toString(), taken.toString()), null));
        assertEquals("mine", Files.readString(taken.resolve("keep.txt")));
        Path out = dir.resolve("missing-column");
        assertThrows(CorpusRefused.class, () -> new CorpusAnonymizer(spark).run(CorpusOptions.of(
                corpus.resolve("doc-0000.txt").toString(), out.toString())
                .withFormat(CorpusOptions.Format.TEXT, "text", "id"), null));
        assertFalse(Files.exists(out), "a refused run leaves no output");
        Path noVault = dir.resolve("no-vault");
        assertThrows(CorpusRefused.class, () -> new CorpusAnonymizer(spark).run(CorpusOptions.of(
                corpus.toString(), noVault.toString()).withVault(dir.resolve("none.vault").toString()), PASS));
        assertFalse(Files.exists(noVault), "a refused run leaves no output");
    }

    private static Set<String> fieldNames(JsonNode r) {
        Set<String> out = new HashSet<>();
        r.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> pairs(Vault v) {
        Set<String> out = new HashSet<>();
        v.entries().forEach(e -> out.add(e.type() + "|" + e.original() + "|" + e.replacement()));
        return out;
    }

    /** The stored form of the replacement of the span that holds {@code surface}. */
    private static String replacementOf(Anonymized a, String surface, String id) {
        for (Replacement r : a.replacements()) {
            if (r.span().text().contains(surface) || surface.contains(r.span().text())) {
                return Anonymizer.storedForm(r.replacement());
            }
        }
        throw new AssertionError(id + ": '" + surface + "' was not found as a span");
    }

    private static Map<String, String> documents(Path out) throws IOException {
        Path docs = out.resolve(CorpusOutput.DOCUMENTS);
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> s = Files.walk(docs)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                texts.put(docs.relativize(p).toString(), Files.readString(p));
            }
        }
        return texts;
    }

    private static List<JsonNode> lines(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    if (!line.isBlank()) {
                        out.add(json.readTree(line));
                    }
                }
            }
        }
        return out;
    }
}

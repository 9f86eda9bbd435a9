package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.Analyzer;
import org.veil.core.Publisher;
import org.veil.core.eval.FactRuCorpus;
import org.veil.core.eval.FactRuDocument;
import org.veil.core.eval.TabCorpus;
import org.veil.core.recognize.ru.RussianLexicon;
import org.veil.core.recognize.ru.RussianNerRecognizer;
import org.veil.core.eval.TabDocument;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.MappingStore;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policies;
import org.veil.core.model.Document;
import org.veil.core.model.EntityType;
import org.veil.core.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code veil bench text}: warm single-thread throughput, peak heap, and cold start of {@code text detect},
 * each next to a baseline measured in the same run (a regex tokenisation pass; a JVM printing its version).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Print speed and memory figures.",
        subcommands = {BenchCommand.Text.class, ScrubBench.class, FacesBench.class, DocumentBench.class,
                VideoBench.class, CorpusBench.class})
final class BenchCommand extends GroupCommand {

    @Command(name = "text", mixinStandardHelpOptions = true, description = "Benchmark text detection.")
    static final class Text implements Callable<Integer> {
        private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

        @Spec
        CommandSpec spec;

        @Option(names = "--tab", description = "TAB JSON whose texts to use (default: ../shared/data/tab/tab_dev_subset.json,"
                + " else the built-in sample)")
        Path tab;

        @Option(names = "--seconds", defaultValue = "15", description = "measuring time per figure")
        double seconds;

        @Option(names = "--no-cold-start", description = "skip the cold-start measurement")
        boolean noColdStart;

        @Option(names = "--heap-mb", defaultValue = "20", paramLabel = "MB",
                description = "size of the input whose peak heap a fresh text detect process under -Xmx1g reports"
                        + " (default: ${DEFAULT-VALUE}; 0 skips)")
        int heapMb;

        @Option(names = "--heap-without-taggers", description = "measure the peak heap only without the statistical"
                + " taggers (minutes instead of most of an hour on 20 MB)")
        boolean heapWithoutTaggers;

        @Option(names = "--sizes", split = ",", defaultValue = "1", paramLabel = "MB",
                description = "sizes in MB of one long text for detect vs anonymize (default: ${DEFAULT-VALUE}; 0 skips)")
        int[] sizes;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<String> texts = corpus(out);
            long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
            // Wall-clock figures stretch with the machine's load; say how loaded it was.
            out.printf("machine: %d cores, load average %.1f at start%n", Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            TextSpeed speed = new TextSpeed(out);
            if (!noColdStart) {
                speed.coldStart(texts.get(0), russianSample());
            }
            speed.englishNames(texts, seconds);
            speed.singlePassAndWarm(texts, seconds);
            speed.withoutTaggers("English (TAB texts)", texts, seconds);
            speed.scaling(texts, seconds);
            Analyzer analyzer = Analyzer.english();
            texts.forEach(t -> analyzer.analyze(Document.of(t))); // warm-up
            double veil = kbPerSecond(texts, bytes, t -> analyzer.analyze(Document.of(t)).spans().size());
            double base = kbPerSecond(texts, bytes, Text::countTokens);
            out.printf("warm throughput, one thread: %.1f KB/s (baseline regex tokeniser %.1f KB/s; ratio %.4f)%n",
                    veil, base, veil / base);
            double anonymize = kbPerSecond(texts, bytes, t -> new Anonymizer(Policies.publish(), new MemoryStore())
                    .anonymize(analyzer.analyze(Document.of(t))).text().length());
            out.printf("detect + anonymize (publish): %.1f KB/s (ratio to detect only %.3f)%n", anonymize,
                    anonymize / veil);
            vaultLookups(out);
            longTexts(out, analyzer, texts);
            russian(out, analyzer, veil, speed);
            out.printf("peak heap used: %.0f MB (max heap %d MB)%n", Measure.peakHeapMb(),
                    Runtime.getRuntime().maxMemory() / 1048576);
            if (heapMb > 0) {
                speed.peakHeap(texts, heapMb, false);
                if (!heapWithoutTaggers) {
                    speed.peakHeap(texts, heapMb, true);
                }
            }
            out.flush();
            return 0;
        }

        /**
         * One long text of each size, made of the corpus texts one after another: the time of {@code text
         * detect} (analysis) next to that of {@code text anonymize} (analysis, replacement and verification),
         * one pass each, as a user's single run would do.
         */
        private void longTexts(PrintWriter out, Analyzer analyzer, List<String> texts) {
            Publisher publisher = new Publisher(analyzer, Policies.publish());
            for (int mb : sizes) {
                if (mb <= 0) {
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (int i = 0; sb.length() < mb * 1_000_000; i++) {
                    sb.append(texts.get(i % texts.size())).append("\n\n");
                }
                String text = sb.toString();
                long t0 = System.nanoTime();
                int spans = analyzer.analyze(Document.of(text)).spans().size();
                long t1 = System.nanoTime();
                Publisher.Published p = publisher.publish(analyzer.analyze(Document.of(text)), new MemoryStore());
                long t2 = System.nanoTime();
                out.printf("%d MB text (%d spans): detect %.1f s, anonymize + verify %.1f s (ratio %.2f; %s)%n", mb,
                        spans, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (double) (t2 - t1) / (t1 - t0),
                        p.output() == null ? "second detection skipped above "
                                + Publisher.REDETECT_LIMIT / 1024 + " KB" : "second detection ran");
                out.flush();
            }
        }

        private List<String> corpus(PrintWriter out) throws IOException {
            Path file = tab != null ? tab : Path.of("../shared/data/tab/tab_dev_subset.json");
            List<String> texts = new ArrayList<>();
            if (Files.isRegularFile(file)) {
                for (TabDocument d : TabCorpus.read(file)) {
                    texts.add(d.text());
                }
                out.println("corpus: " + file + " (" + texts.size() + " texts)");
            } else {
                texts.add(DemoCommand.sample());
                out.println("corpus: built-in sample story (" + file + " not found)");
            }
            return texts;
        }

        private double kbPerSecond(List<String> texts, long bytes, java.util.function.ToIntFunction<String> work) {
            long start = System.nanoTime();
            long rounds = 0;
            long sink = 0;
            while (System.nanoTime() - start < seconds * 1e9 || rounds == 0) {
                for (String t : texts) {
                    sink += work.applyAsInt(t);
                }
                rounds++;
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            return sink < 0 ? 0 : rounds * bytes / 1024.0 / elapsed;
        }

        /** Russian throughput (factRuEval texts) next to the English figure, and the Russian model's load time. */
        private void russian(PrintWriter out, Analyzer analyzer, double englishKbs, TextSpeed speed)
                throws IOException {
            Path dir = Path.of("../shared/data/factru/devset");
            if (!Files.isDirectory(dir)) {
                out.println("russian: skipped (" + dir + " not found)");
                return;
            }
            List<String> texts = new ArrayList<>();
            for (FactRuDocument d : FactRuCorpus.read(dir)) {
                texts.add(d.text());
            }
            long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
            texts.forEach(t -> analyzer.analyze(Document.of(t)));
            double ru = kbPerSecond(texts, bytes, t -> analyzer.analyze(Document.of(t)).spans().size());
            out.printf("russian warm throughput, one thread: %.1f KB/s (ratio to English %.2f)%n", ru, ru / englishKbs);
            speed.withoutTaggers("Russian (factRuEval texts)", texts, seconds);
            long t0 = System.nanoTime();
            try (var in = new java.util.zip.GZIPInputStream(
                    RussianNerRecognizer.class.getResourceAsStream(RussianNerRecognizer.MODEL), 1 << 16)) {
                org.veil.core.recognize.ru.RussianNer.read(in);
            }
            long t1 = System.nanoTime();
            int forms = RussianLexicon.load().size();
            long t2 = System.nanoTime();
            out.printf("russian model load: %.0f ms (tagger %.0f ms, name dictionary of %d forms %.0f ms)%n",
                    (t2 - t0) / 1e6, (t1 - t0) / 1e6, forms, (t2 - t1) / 1e6);
        }

        /** Vault look-ups per second on 1,000 entries, next to the in-memory store in the same run. */
        private void vaultLookups(PrintWriter out) throws IOException {
            Path dir = Files.createTempDirectory("veil-bench-vault");
            Path file = dir.resolve("bench.vault");
            MemoryStore memory = new MemoryStore();
            try (Vault vault = Vault.create(file, "benchmark passphrase".toCharArray())) {
                vault.inTransaction(() -> {
                    for (int i = 0; i < 1000; i++) {
                        vault.remember(EntityType.PERSON, List.of("alias " + i), "Person " + i, "[PERSON " + i + "]");
                        memory.remember(EntityType.PERSON, List.of("alias " + i), "Person " + i, "[PERSON " + i + "]");
                    }
                    return null;
                });
                double v = lookupsPerSecond(vault);
                double m = lookupsPerSecond(memory);
                out.printf("vault look-ups: %.0f /s (in-memory store %.0f /s; ratio %.4f)%n", v, m, v / m);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir.resolve("bench.vault-wal"));
                Files.deleteIfExists(dir.resolve("bench.vault-shm"));
                Files.deleteIfExists(dir);
            }
        }

        private double lookupsPerSecond(MappingStore store) {
            long start = System.nanoTime();
            long n = 0;
            while (System.nanoTime() - start < Math.min(seconds, 3) * 1e9) {
                if (store.lookup(EntityType.PERSON, "alias " + (n % 1000)).isEmpty()) {
                    throw new IllegalStateException("vault lost an entry during the benchmark");
                }
                n++;
            }
            return n / ((System.nanoTime() - start) / 1e9);
        }

        private static int countTokens(String t) {
            int n = 0;
            Matcher m = TOKEN.matcher(t);
            while (m.find()) {
                n++;
            }
            return n;
        }

        /** About 1 KB of Russian news (the first factRuEval dev text when present) for the cold start. */
        private static String russianSample() throws IOException {
            Path dir = Path.of("../shared/data/factru/devset");
            if (Files.isDirectory(dir)) {
                for (FactRuDocument d : FactRuCorpus.read(dir)) {
                    if (d.text().length() >= 1024) {
                        return d.text();
                    }
                }
            }
            return "Иван Петров встретил Марию Сидорову в Москве 12 мая 2015 года, а потом уехал в Новосибирск. "
                    .repeat(12);
        }
    }
}

package org.veil.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.Analyzer;
import org.veil.core.model.Document;
import org.veil.core.recognize.Mention;
import org.veil.core.recognize.Recognizer;
import org.veil.core.recognize.RecognizerRegistry;

/**
 * The figures of issue 13 for {@code veil bench text}: cold start of a fresh process (with and without the
 * launcher's class-data-sharing archive, next to a bare JVM), single-pass and warm throughput on one core,
 * scaling over two threads (next to the old path, where the English tagger was behind one lock), and the peak
 * heap of a fresh {@code text detect} process on a large input under a 1 GB heap.
 */
final class TextSpeed {
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final PrintWriter out;
    private final Path jar;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    TextSpeed(PrintWriter out) throws Exception {
        this.out = out;
        this.jar = Path.of(TextSpeed.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Median of five fresh {@code text detect} processes on about 1 KB, next to five of {@code java -version}. */
    void coldStart(String english, String russian) throws Exception {
        Path en = Files.createTempFile("veil-bench-en", ".txt");
        Path ru = Files.createTempFile("veil-bench-ru", ".txt");
        try {
            Files.writeString(en, upToKb(english));
            Files.writeString(ru, upToKb(russian));
            double jvm = medianSeconds(List.of(java, "-version"));
            out.printf("cold start, bare JVM (java -version): %.2f s (baseline)%n", jvm);
            Path jsa = jar.resolveSibling("veil.jsa");
            boolean archive = Files.isRegularFile(jsa)
                    && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar)) >= 0;
            List<String> plain = List.of(java, "-jar", jar.toString(), "text", "detect");
            List<String> shared = List.of(java, "-XX:SharedArchiveFile=" + jsa,
                    "-Xlog:cds=off,cds+dynamic=off", "-jar", jar.toString(), "text",
                    "detect");
            for (Path input : List.of(en, ru)) {
                String what = input == en ? "English" : "Russian";
                double old = medianSeconds(with(plain, input));
                out.printf("cold start, text detect on 1 KB %s, no CDS archive: %.2f s (ratio to bare JVM %.1f)%n",
                        what, old, old / jvm);
                if (archive) {
                    double now = medianSeconds(with(shared, input));
                    out.printf("cold start, text detect on 1 KB %s, with the launcher's CDS archive: %.2f s "
                            + "(ratio to bare JVM %.1f; to no archive %.2f)%n", what, now, now / jvm, now / old);
                }
            }
            if (!archive) {
                out.println("cold start with CDS archive: skipped (" + jsa + " missing or older than the jar;"
                        + " the ./veil launcher makes it on its first run after a build)");
            }
            out.flush();
        } finally {
            Files.deleteIfExists(en);
            Files.deleteIfExists(ru);
        }
    }

    /**
     * The English name model, the default tagger next to the old CRF path, on this thread's CPU time (the
     * machine is shared, so wall-clock time would measure the neighbours): its load (with the word lists its
     * first text pulls in), its own single-pass and warm throughput, and the whole detection's with it.
     * Must run before anything else in the process loads either model.
     */
    void englishNames(List<String> texts, double seconds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] tagger = null;
        for (RecognizerRegistry.EnglishNames names : RecognizerRegistry.EnglishNames.values()) {
            long c0 = cpu.getCurrentThreadCpuTime();
            Recognizer r = names.loaded();
            r.recognize("Mr John Smith lives in London.");
            double load = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
            double[] alone = cpuKbPerSecond(texts, seconds, r::recognize);
            Analyzer analyzer = new Analyzer(RecognizerRegistry.english(names));
            double[] all = cpuKbPerSecond(texts, seconds, t -> analyzer.analyze(Document.of(t)));
            String what = names == RecognizerRegistry.EnglishNames.TAGGER ? "English names, tagger (default)"
                    : "English names, old CRF path";
            out.printf("%s: load %.0f ms CPU; the recognizer alone single pass %.1f KB/s, warm %.1f KB/s; whole"
                    + " detection single pass %.1f KB/s, warm %.1f KB/s (per core, CPU time)%s%n", what, load,
                    alone[0], alone[1], all[0], all[1], tagger == null ? "" : String.format(
                            "; tagger to CRF: load %.3f, alone warm %.1f, detection warm %.2f", tagger[0] / load,
                            tagger[2] / alone[1], tagger[4] / all[1]));
            if (tagger == null) {
                tagger = new double[] {load, alone[0], alone[1], all[0], all[1]};
            }
            out.flush();
        }
    }

    /** KB per CPU second of one pass over the texts, then of passes repeated for {@code seconds} of CPU. */
    private static double[] cpuKbPerSecond(List<String> texts, double seconds, Consumer<String> work) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double kb = bytes(texts) / 1024.0;
        long c0 = cpu.getCurrentThreadCpuTime();
        texts.forEach(work);
        double single = kb / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
        c0 = cpu.getCurrentThreadCpuTime();
        int rounds = 0;
        while (rounds == 0 || cpu.getCurrentThreadCpuTime() - c0 < seconds * 1e9) {
            texts.forEach(work);
            rounds++;
        }
        return new double[] {single, rounds * kb / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9)};
    }

    /**
     * One pass over the texts by an analyzer whose models are loaded but whose code is not yet compiled (what a
     * single {@code veil} run over a folder sees), then the warm figure after {@code seconds} of work.
     */
    double singlePassAndWarm(List<String> texts, double seconds) {
        long bytes = bytes(texts);
        Analyzer analyzer = Analyzer.english();
        long t0 = System.nanoTime();
        analyzer.analyze(Document.of("Mr John Smith lives in London. Иван Петров живёт в Москве."));
        double load = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        texts.forEach(t -> analyzer.analyze(Document.of(t)));
        double single = bytes / 1024.0 / ((System.nanoTime() - t0) / 1e9);
        double warm = throughput(analyzer, texts, 1, seconds);
        out.printf("model load (English + Russian, in process): %.2f s%n", load);
        out.printf("single pass, one core: %.1f KB/s; warm, one core: %.1f KB/s (%d texts, %d KB)%n", single, warm,
                texts.size(), bytes / 1024);
        out.flush();
        return warm;
    }

    /**
     * The pipeline without its statistical taggers (patterns, lists, public context, overlaps, linking): one
     * pass and warm, on one core, in CPU time of the measuring thread, and the CPU time of each recognizer in
     * the warm run, so that what the taggers leave to the rest shows and its hot spots are named.
     */
    void withoutTaggers(String what, List<String> texts, double seconds) {
        long bytes = bytes(texts);
        Map<String, long[]> cpu = new TreeMap<>();
        List<Recognizer> timed = RecognizerRegistry.withoutTaggers().stream().map(r -> cpuTimed(r, cpu)).toList();
        Analyzer analyzer = new Analyzer(timed);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        texts.forEach(t -> analyzer.analyze(Document.of(t)));
        double single = bytes / 1024.0 / ((threads.getCurrentThreadCpuTime() - t0) / 1e9);
        cpu.values().forEach(v -> v[0] = 0);
        t0 = threads.getCurrentThreadCpuTime();
        long rounds = 0;
        while (threads.getCurrentThreadCpuTime() - t0 < seconds * 1e9 || rounds == 0) {
            texts.forEach(t -> analyzer.analyze(Document.of(t)));
            rounds++;
        }
        long total = threads.getCurrentThreadCpuTime() - t0;
        double warm = rounds * bytes / 1024.0 / (total / 1e9);
        out.printf("%s without the taggers (rules, lists, context, linking), one core, CPU time: single pass %.1f KB/s,"
                + " warm %.1f KB/s%n", what, single, warm);
        long recognizers = cpu.values().stream().mapToLong(v -> v[0]).sum();
        StringBuilder top = new StringBuilder();
        cpu.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(6)
                .forEach(e -> top.append(String.format(" %s %.0f%%", e.getKey(), 100.0 * e.getValue()[0] / total)));
        out.printf("  share of that CPU time: recognizers %.0f%% (largest:%s), overlaps, context and linking %.0f%%%n",
                100.0 * recognizers / total, top, 100.0 * (total - recognizers) / total);
        out.flush();
    }

    /** A recognizer that adds the CPU time of each call to {@code cpu} under its name. */
    private static Recognizer cpuTimed(Recognizer r, Map<String, long[]> cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] sum = cpu.computeIfAbsent(r.name(), k -> new long[1]);
        return new Recognizer() {
            @Override
            public String name() {
                return r.name();
            }

            @Override
            public List<Mention> recognize(String text) {
                long t0 = threads.getCurrentThreadCpuTime();
                List<Mention> found = r.recognize(text);
                sum[0] += threads.getCurrentThreadCpuTime() - t0;
                return found;
            }
        };
    }

    /** Two threads sharing one analyzer, as folder mode runs, against one thread; then the old locked path. */
    void scaling(List<String> texts, double seconds) {
        Analyzer analyzer = Analyzer.english();
        throughput(analyzer, texts, 2, Math.min(seconds, 5)); // warm-up on both threads
        double one = throughput(analyzer, texts, 1, seconds);
        double two = throughput(analyzer, texts, 2, seconds);
        out.printf("2 threads over the texts: %.1f KB/s (one thread %.1f KB/s; scaling %.2f on %d cores)%n", two,
                one, two / one, Runtime.getRuntime().availableProcessors());
        Analyzer locked = new Analyzer(RecognizerRegistry.english(RecognizerRegistry.EnglishNames.CRF).stream()
                .map(TextSpeed::lockedIfCrf).toList());
        throughput(locked, texts, 2, Math.min(seconds, 5));
        double oldOne = throughput(locked, texts, 1, seconds);
        double oldTwo = throughput(locked, texts, 2, seconds);
        out.printf("old path (English CRF behind one lock), 2 threads: %.1f KB/s (one thread %.1f KB/s; "
                + "scaling %.2f)%n", oldTwo, oldOne, oldTwo / oldOne);
        out.flush();
    }

    /** The old path: every call to the English tagger serialised on one lock, as before issue 13. */
    private static Recognizer lockedIfCrf(Recognizer r) {
        if (!r.name().equals("crf-ner")) {
            return r;
        }
        return new Recognizer() {
            @Override
            public String name() {
                return r.name();
            }

            @Override
            public synchronized List<Mention> recognize(String text) {
                return r.recognize(text);
            }
        };
    }

    /**
     * Peak heap of a fresh process under {@code -Xmx1g} on one text of {@code mb} MB made of the corpus texts,
     * read from its GC log: the most in use before a collection (garbage included) and the most still live
     * after one. With {@code taggers} it is {@code text detect} itself; without, {@link HeapProbe} (the same
     * steps without the statistical taggers, which take most of an hour on 20 MB).
     */
    void peakHeap(List<String> texts, int mb, boolean taggers) throws Exception {
        Path dir = Files.createTempDirectory("veil-bench-heap");
        Path input = dir.resolve("long.txt");
        Path log = dir.resolve("gc.log");
        try {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; sb.length() < mb * 1_000_000; i++) {
                sb.append(texts.get(i % texts.size())).append("\n\n");
            }
            Files.writeString(input, sb);
            long t0 = System.nanoTime();
            List<String> command = taggers
                    ? List.of(java, "-Xmx1g", "-Xlog:gc:file=" + log, "-jar", jar.toString(), "text", "detect",
                            input.toString())
                    : List.of(java, "-Xmx1g", "-Xlog:gc:file=" + log, "-cp", jar.toString(),
                            HeapProbe.class.getName(), input.toString());
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int rc = p.waitFor();
            double secs = (System.nanoTime() - t0) / 1e9;
            long peak = 0;
            long live = 0;
            for (String line : Files.readAllLines(log)) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find()) {
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                    // Only collections that move objects tell what is live; a remark or cleanup pause of
                    // concurrent marking reports the heap as it stands, garbage included.
                    if (line.contains("Pause Young") || line.contains("Pause Full")) {
                        live = Math.max(live, Long.parseLong(m.group(2)));
                    }
                }
            }
            out.printf("%d MB input, fresh %s under -Xmx1g: %s, peak heap %d MB before a collection, %d MB live"
                    + " after one (ratio to the 1 GB cap %.2f), %.0f s, %.1f KB/s%n", mb,
                    taggers ? "text detect" : "detection without the taggers",
                    rc == 0 ? "finished" : "FAILED (exit " + rc + ")", peak, live, live / 1024.0, secs,
                    Files.size(input) / 1024.0 / secs);
            out.flush();
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(log);
            Files.deleteIfExists(dir);
        }
    }

    private static double throughput(Analyzer analyzer, List<String> texts, int threads, double seconds) {
        long bytes = bytes(texts);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long rounds = 0;
            while (System.nanoTime() - start < seconds * 1e9 || rounds == 0) {
                List<Future<Integer>> done = new ArrayList<>();
                for (String t : texts) {
                    done.add(pool.submit(() -> analyzer.analyze(Document.of(t)).spans().size()));
                }
                for (Future<Integer> f : done) {
                    f.get();
                }
                rounds++;
            }
            return rounds * bytes / 1024.0 / ((System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            throw new IllegalStateException("benchmark run failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long bytes(List<String> texts) {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private static String upToKb(String text) {
        return text.substring(0, Math.min(1024, text.length()));
    }

    private static List<String> with(List<String> command, Path input) {
        List<String> c = new ArrayList<>(command);
        c.add(input.toString());
        return c;
    }

    private static double medianSeconds(List<String> command) throws Exception {
        return Measure.medianSeconds(5, () -> {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("cold-start run failed: " + String.join(" ", command));
            }
        });
    }
}

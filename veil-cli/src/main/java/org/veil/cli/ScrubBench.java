package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.veil.files.CleanOptions;
import org.veil.files.ScrubResult;
import org.veil.files.Scrubber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veil bench scrub}: Veil against mat2 on the same dirty corpus in the same run — which formats each
 * cleans, how many identifying tags exiftool still reads in each output, and files per second as a ratio.
 */
@Command(name = "scrub", mixinStandardHelpOptions = true,
        description = "Benchmark metadata scrubbing against mat2 (if installed) on the sample corpus.")
final class ScrubBench implements Callable<Integer> {
    /** Tag names exiftool uses for identifying fields (people, devices, places, times, software, notes). */
    private static final Pattern IDENTIFYING = Pattern.compile("(?i)^(Artist|Author|Creator|By-line|Make|Model"
            + "|\\w*SerialNumber|Software|Producer|CreatorTool|GPS\\w*|Comment|UserComment|Description"
            + "|ImageDescription|Subject|Keywords|CreateDate|ModifyDate|DateTimeOriginal|MetadataDate|LastModifiedBy"
            + "|Company|Manager|TotalEditTime|Thumbnail\\w*|PreviewImage|Copyright|Encoder|EncodedBy|EncoderSettings"
            + "|HostComputer|OwnerName|Lens\\w*|DocumentID|InstanceID|Generator|InitialCreator|Publisher|Contributor"
            + "|Location\\w*|AppVersion|Application|Revision\\w*|Date|TrackCreateDate|TrackModifyDate"
            + "|MediaCreateDate|MediaModifyDate|XMPToolkit|History\\w*)$");
    private static final List<String> PLANTED = List.of("ivan petrov-secret", "sn-veil-123456", "planted comment",
            "veilcam x1-secret", "secrettool 9.9");

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "dirty files to use (default: the built-in samples)")
    Path corpus;

    @Option(names = "--runs", defaultValue = "3", description = "timed runs per tool; the median is reported")
    int runs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("veil-bench-scrub");
        try {
            List<Path> files = corpus == null ? SampleFiles.extractTo(work.resolve("corpus")) : list(corpus);
            boolean exiftool = onPath("exiftool");
            boolean mat2 = onPath("mat2");
            out.printf("corpus: %d files%s%n", files.size(), corpus == null ? " (built-in samples)" : " in " + corpus);

            Path veilOut = work.resolve("veil");
            double veilSeconds = Measure.medianSeconds(runs, () -> runVeil(files, veilOut));
            double warm = warmFilesPerSecond(files, work.resolve("warm"));
            Path mat2Dir = work.resolve("mat2");
            double mat2Seconds = mat2 ? Measure.medianSeconds(runs, () -> runMat2(files, mat2Dir)) : Double.NaN;

            out.printf("%-18s %-7s %-9s %-7s %-9s %s%n", "file", "veil", "tags left", "mat2", "tags left",
                    "tags before");
            int[] totals = new int[5];
            for (Path f : files) {
                String name = f.getFileName().toString();
                Path v = veilOut.resolve(name);
                Path m = mat2Dir.resolve(mat2Name(name));
                int before = exiftool ? identifyingTags(f) : -1;
                boolean vOk = Files.exists(v);
                boolean mOk = mat2 && Files.exists(m);
                int vLeft = vOk && exiftool ? identifyingTags(v) : -1;
                int mLeft = mOk && exiftool ? identifyingTags(m) : -1;
                totals[0] += vOk ? 1 : 0;
                totals[1] += Math.max(vLeft, 0);
                totals[2] += mOk ? 1 : 0;
                totals[3] += Math.max(mLeft, 0);
                totals[4] += Math.max(before, 0);
                out.printf("%-18s %-7s %-9s %-7s %-9s %s%n", name, vOk ? "cleaned" : "refused", count(vLeft),
                        mat2 ? (mOk ? "cleaned" : "failed") : "-", count(mLeft), count(before));
            }
            out.printf("%-18s %-7s %-9d %-7s %-9s %d%n", "total", totals[0] + "/" + files.size(), totals[1],
                    mat2 ? totals[2] + "/" + files.size() : "-", mat2 ? String.valueOf(totals[3]) : "-", totals[4]);
            out.printf("veil, one process over the corpus: %.2f s = %.1f files/s (JVM start included)%n", veilSeconds,
                    files.size() / veilSeconds);
            out.printf("veil, warm in-process: %.1f files/s%n", warm);
            if (mat2) {
                out.printf("mat2, one process over the corpus: %.2f s = %.1f files/s; veil/mat2 speed ratio %.2f%n",
                        mat2Seconds, files.size() / mat2Seconds, mat2Seconds / veilSeconds);
            } else {
                out.println("mat2 is not installed (apt-get install mat2): no comparison");
            }
            if (!exiftool) {
                out.println("exiftool is not installed (apt-get install libimage-exiftool-perl): tags not counted");
            }
            out.println("tags left: identifying tags (people, devices, GPS, dates, software, comments, thumbnails) "
                    + "or planted values exiftool still reads in the output; '-' where there is no output");
            return 0;
        } finally {
            Folders.deleteTree(work);
        }
    }



    private static void runVeil(List<Path> files, Path outDir) throws Exception {
        Folders.deleteTree(outDir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(ScrubBench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx3g", "-cp", jar, Main.class.getName(), "scrub", "-o",
                outDir.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        run(cmd, null);
    }

    private static void runMat2(List<Path> files, Path dir) throws Exception {
        Folders.deleteTree(dir);
        Files.createDirectories(dir);
        List<String> cmd = new ArrayList<>(List.of("mat2"));
        for (Path f : files) {
            Path copy = dir.resolve(f.getFileName());
            Files.copy(f, copy);
            cmd.add(copy.toString());
        }
        run(cmd, dir);
    }

    private static double warmFilesPerSecond(List<Path> files, Path outDir) throws IOException {
        Scrubber s = Scrubber.standard(CleanOptions.defaults());
        Files.createDirectories(outDir);
        int done = 0;
        long start = 0;
        for (int round = 0; round < 6; round++) {
            if (round == 1) {
                start = System.nanoTime(); // the first round warms the JIT
                done = 0;
            }
            for (Path f : files) {
                ScrubResult r = s.scrub(f, outDir.resolve(f.getFileName()));
                done += r instanceof ScrubResult.Cleaned ? 1 : 0;
            }
        }
        return done / ((System.nanoTime() - start) / 1e9);
    }

    /** mat2 writes NAME.cleaned.EXT beside its input. */
    private static String mat2Name(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name + ".cleaned" : name.substring(0, dot) + ".cleaned" + name.substring(dot);
    }

    static int identifyingTags(Path file) throws Exception {
        String dump = run(List.of("exiftool", "-a", "-u", "-G1", "-s", "-ee", file.toString()), null);
        int n = 0;
        for (String line : dump.split("\n")) {
            int close = line.indexOf(']');
            int colon = line.indexOf(':', close + 1);
            if (close < 0 || colon < 0) {
                continue;
            }
            String group = line.substring(1, close).strip();
            String tag = line.substring(close + 1, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (group.equals("System") || group.equals("File") || group.equals("ExifTool")
                    || group.equals("Composite")) {
                continue;
            }
            boolean planted = PLANTED.stream().anyMatch(value.toLowerCase(Locale.ROOT)::contains);
            boolean neutral = value.isEmpty() || value.startsWith("0000:00:00") || value.startsWith("1980:01:01 00:00")
                    || value.equals("0");
            if (planted || IDENTIFYING.matcher(tag).matches() && !neutral) {
                n++;
            }
        }
        return n;
    }

    private static String count(int n) {
        return n < 0 ? "-" : String.valueOf(n);
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String run(List<String> cmd, Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + cmd.get(0));
        }
        return output;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}

package org.veil.spark;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the corpus job embedded: a child JVM with Spark's jars and the job jar, exactly the classpath
 * spark-submit gives it on a cluster. The {@code veil} jar itself carries no Spark: Spark needs its own
 * Jackson (2.21) and hundreds of megabytes of jars that {@code veil text} would otherwise load and ship.
 * Uses no Spark class, so it runs inside the {@code veil} command.
 */
public final class JobLauncher {
    /** Spark's own {@code --add-opens} list for JDK 17 (spark-parent's extraJavaTestArgs). */
    public static final List<String> JDK17_OPENS = List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");
    public static final String HOME_PROPERTY = "veil.spark.home";
    public static final String HOME_ENV = "VEIL_SPARK_HOME";
    static final String JOB_JAR = "veil-spark-job.jar";
    static final String LIB = "spark-lib";

    private final Path home;
    private final String heap;

    /** @param home a folder holding veil-spark-job.jar and spark-lib/ */
    public JobLauncher(Path home, String heap) {
        if (!Files.isRegularFile(home.resolve(JOB_JAR)) || !Files.isDirectory(home.resolve(LIB))) {
            throw new CorpusRefused("no Spark runtime in " + home + " (expected " + JOB_JAR + " and " + LIB
                    + "/; build it with mvn package -pl veil-spark -am, or set " + HOME_ENV + ")");
        }
        this.home = home;
        this.heap = heap;
    }

    /**
     * Where the runtime is: {@code -Dveil.spark.home}, else VEIL_SPARK_HOME, else beside the running jar
     * ({@code spark/}) or, in a source tree, {@code veil-spark/target}.
     */
    public static JobLauncher locate(String heap) {
        String set = System.getProperty(HOME_PROPERTY, System.getenv(HOME_ENV));
        if (set != null) {
            return new JobLauncher(Path.of(set), heap);
        }
        Path jarDir = runningFrom();
        for (Path candidate : List.of(jarDir.resolve("spark"), jarDir.resolve("../../veil-spark/target"),
                jarDir.resolve("../../../veil-spark/target"))) {
            if (Files.isRegularFile(candidate.resolve(JOB_JAR))) {
                return new JobLauncher(candidate.normalize(), heap);
            }
        }
        return new JobLauncher(jarDir.resolve("spark"), heap);
    }

    private static Path runningFrom() {
        try {
            Path p = Path.of(JobLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(p) ? p : p.getParent();
        } catch (URISyntaxException | SecurityException e) {
            return Path.of(".");
        }
    }

    /** The child's command line. */
    public List<String> command(List<String> jobArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.addAll(JDK17_OPENS);
        // Spark's jars first: their Jackson is the one the job was built against.
        cmd.add("-cp");
        cmd.add(home.resolve(LIB) + File.separator + "*" + File.pathSeparator + home.resolve(JOB_JAR));
        cmd.add(CorpusJob.class.getName());
        cmd.addAll(jobArgs);
        return cmd;
    }

    /**
     * Runs the job and waits. Its stderr passes through; its stdout (the summary JSON) is returned.
     *
     * @param env extra environment (the vault passphrase), never put on the command line
     */
    public Result run(CorpusOptions options, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(options.toArgs()));
        if (options.master() == null || options.master().startsWith("local")) {
            // Local mode talks to itself only: no need to look for (and warn about) a network address.
            pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        }
        pb.environment().putAll(env);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out.strip());
    }

    /**
     * The child's exit code (0, {@link CorpusJob#REFUSED} or {@link CorpusJob#FAILED}) and its summary JSON
     * (empty on failure).
     */
    public record Result(int exitCode, String summaryJson) {
    }
}

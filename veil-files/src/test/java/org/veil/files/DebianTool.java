package org.veil.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool from a Debian package that a test uses to make or decode real files (heif-enc, avifenc,
 * cjxl, ffmpeg…). Tests call {@link #require} first, which skips them with the package to install when the tool
 * is absent.
 */
public record DebianTool(String command, String debianPackage) {
    public static final DebianTool HEIF_ENC = new DebianTool("heif-enc", "libheif-examples");
    public static final DebianTool HEIF_CONVERT = new DebianTool("heif-convert", "libheif-examples");
    public static final DebianTool AVIFENC = new DebianTool("avifenc", "libavif-bin");
    public static final DebianTool AVIFDEC = new DebianTool("avifdec", "libavif-bin");
    public static final DebianTool CJXL = new DebianTool("cjxl", "libjxl-tools");
    public static final DebianTool DJXL = new DebianTool("djxl", "libjxl-tools");
    public static final DebianTool FFMPEG = new DebianTool("ffmpeg", "ffmpeg");
    public static final DebianTool EXIFTOOL = new DebianTool("exiftool", "libimage-exiftool-perl");

    /** Whether the command is on the PATH. */
    public boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Skips the calling test, saying which package is missing, unless every tool is there. */
    public static void require(DebianTool... tools) {
        for (DebianTool t : tools) {
            if (!t.available()) {
                System.out.println("SKIPPED: " + t.command + " is not installed (apt-get install " + t.debianPackage
                        + ")");
                org.junit.jupiter.api.Assumptions.assumeTrue(false, t.command + " is not installed");
            }
        }
    }

    /** Runs {@code args} (the first being a tool's command); fails with its output unless it exits with 0. */
    public static String run(List<String> args) throws IOException {
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(args.get(0) + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", args) + " failed (" + p.exitValue() + "): " + out);
        }
        return out;
    }
}

package org.veil.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's exiftool, the reference reader users know, to plant and to read metadata in tests. */
final class Exiftool {
    private Exiftool() {
    }

    static boolean available() {
        try {
            return run(List.of("exiftool", "-ver")).exit == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Every tag exiftool can read, duplicates and unknown tags included, as "[Group] Tag: value" lines. */
    static String dump(Path file) throws IOException {
        Result r = run(List.of("exiftool", "-a", "-u", "-G1", "-s", "-ee", file.toString()));
        return r.output;
    }

    /** Writes tags in place ({@code -Tag=value} arguments); fails the test if exiftool refuses. */
    static void write(Path file, List<String> tagArguments) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("exiftool", "-q", "-overwrite_original", "-m"));
        cmd.addAll(tagArguments);
        cmd.add(file.toString());
        Result r = run(cmd);
        if (r.exit != 0) {
            throw new IOException("exiftool could not write " + file + ": " + r.output);
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("exiftool timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new Result(p.exitValue(), out);
    }
}

package org.veil.faces.video;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.veil.files.RefusedException;

/**
 * The ffmpeg and ffprobe programs Veil drives for video (Debian's {@code ffmpeg} package), found on the PATH at
 * run time: Veil ships no codecs of its own. {@code videoEncoder} is libx264 when this build has it, else ffmpeg's
 * own MPEG-4 part 2 encoder, which every build has.
 */
public record Ffmpeg(Path ffmpeg, Path ffprobe, String videoEncoder) {
    /** The message when ffmpeg is missing, saying how to get it. */
    public static final String MISSING = "covering faces in video needs ffmpeg and ffprobe, which were not found; "
            + "install them (Debian/Ubuntu: sudo apt install ffmpeg) and try again";

    /** ffmpeg and ffprobe from the PATH, or empty when either is missing or does not run. */
    public static Optional<Ffmpeg> find() {
        return find(System.getenv("PATH"));
    }

    /** As {@link #find()}, searching the folders of {@code searchPath} (a PATH value). */
    static Optional<Ffmpeg> find(String searchPath) {
        Optional<Path> ffmpeg = onPath(searchPath, "ffmpeg");
        Optional<Path> ffprobe = onPath(searchPath, "ffprobe");
        if (ffmpeg.isEmpty() || ffprobe.isEmpty()) {
            return Optional.empty();
        }
        try {
            String encoders = run(List.of(ffmpeg.get().toString(), "-hide_banner", "-encoders"));
            String encoder = encoders.contains(" libx264 ") ? "libx264" : "mpeg4";
            return Optional.of(new Ffmpeg(ffmpeg.get(), ffprobe.get(), encoder));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** As {@link #find}, refusing with {@link #MISSING} when absent. */
    public static Ffmpeg require() throws RefusedException {
        return find().orElseThrow(() -> new RefusedException(MISSING));
    }

    private static Optional<Path> onPath(String path, String program) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Standard output of a short command that must succeed without a word on standard error. */
    static String run(List<String> command) throws IOException {
        try (ExternalProcess p = ExternalProcess.start(command, false)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = p.stdout()) {
                in.transferTo(out);
            }
            int code = p.finish();
            if (code != 0 || !p.errors().isEmpty()) {
                // Errors on standard error with exit code 0 (a damaged file read in part) fail too.
                throw new IOException(p.errors().isEmpty() ? "exit code " + code : p.firstError());
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }
}

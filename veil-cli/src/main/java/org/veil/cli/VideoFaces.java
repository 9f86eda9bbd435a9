package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.veil.faces.FaceDetector;
import org.veil.faces.video.Ffmpeg;
import org.veil.faces.video.VideoLimits;
import org.veil.faces.video.VideoRedactor;
import org.veil.files.RefusedException;

/**
 * The video half of {@code veil faces}: one video through {@link VideoRedactor} into a temporary file beside its
 * output, published through {@link SafeOutput} only after the covered video passed verification, with a live frame
 * counter and ETA on standard error when that is a terminal.
 */
final class VideoFaces {
    private final FaceDetector detector;
    private final VideoRedactor.Options options;
    private final PrintWriter err;
    private VideoRedactor redactor;

    VideoFaces(FaceDetector detector, VideoRedactor.Options options, PrintWriter err) {
        this.detector = detector;
        this.options = options;
        this.err = err;
    }

    /** Covers {@code input} into {@code output} (an .mp4); refusals leave nothing behind. */
    VideoRedactor.Result cover(Path input, Path output, SafeOutput outputs) throws RefusedException, IOException {
        if (redactor == null) {
            redactor = new VideoRedactor(Ffmpeg.require(), detector, VideoLimits.defaults());
        }
        // Refuses a bad video before a temporary file is created.
        redactor.probe(input);
        outputs.check(output);
        Live live = new Live(Names.shown(input));
        try (SafeOutput.Staged staged = outputs.stage(output, new byte[0])) {
            VideoRedactor.Result r;
            try {
                r = redactor.redact(input, staged.temporaryFile(), options, live);
            } finally {
                live.end();
            }
            staged.publish();
            live.summary(r.frames());
            return r;
        }
    }

    /** The frame counter: one updating line on a terminal, nothing in a log. */
    private final class Live implements VideoRedactor.Progress {
        private final String name;
        private final boolean terminal = System.console() != null;
        private final long started = System.nanoTime();
        private long lastDrawn;

        Live(String name) {
            this.name = name;
        }

        @Override
        public void frames(long done, long expected) {
            long now = System.nanoTime();
            if (!terminal || now - lastDrawn < 250_000_000L) {
                return;
            }
            lastDrawn = now;
            double fps = done / seconds();
            long left = Math.max(0, expected - done);
            err.printf(Locale.ROOT, "\r%s: frame %d/%d (%d%%), %.1f frames/s, ETA %s   ", name, done, expected,
                    Math.min(100, done * 100 / Math.max(1, expected)), fps,
                    fps > 0 ? String.format(Locale.ROOT, "%.0f s", left / fps) : "?");
            err.flush();
        }

        void end() {
            if (lastDrawn != 0) {
                err.println();
                err.flush();
            }
        }

        void summary(long frames) {
            double s = seconds();
            err.printf(Locale.ROOT, "%s: %d frames in %.1f s (%.1f frames/s)%n", name, frames, s, frames / s);
            err.flush();
        }

        private double seconds() {
            return Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        }
    }
}

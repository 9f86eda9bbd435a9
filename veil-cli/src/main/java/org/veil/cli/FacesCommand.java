package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.faces.Box;
import org.veil.faces.FaceDetector;
import org.veil.faces.FaceRedactor;
import org.veil.faces.NativeThreads;
import org.veil.faces.StandardFaceDetectors;
import org.veil.faces.cover.CoverShape;
import org.veil.faces.cover.CoverStyle;
import org.veil.faces.video.VideoContainer;
import org.veil.faces.video.VideoRedactor;
import org.veil.files.FileIo;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil faces}: finds and covers faces; the output is re-encoded from pixels and carries no metadata.
 * Exit codes as for scrub: 0 every photo done, 3 at least one refused, 1 bad usage, 2 internal error.
 */
@Command(name = "faces", mixinStandardHelpOptions = true,
        description = {"Find faces in photos and videos and cover them; the output carries no metadata at all.",
                "Writes NAME.faces.EXT beside each photo (PNG unless the photo is a JPEG), or into -o OUTDIR; "
                        + "existing files are not replaced without --force.",
                "Videos (MP4, MOV, MKV, WebM) need ffmpeg and become NAME.faces.mp4 (H.264, audio kept)."})
final class FacesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IMAGE|VIDEO|DIR", arity = "1..*", description = "photos, videos, or folders to walk")
    List<Path> inputs;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "OUTDIR", description = "write covered copies here")
    Path outDir;

    @Option(names = "--style", defaultValue = "solid", description = "solid (default), pixelate or blur; "
            + "pixelate and blur are weaker: face recognisers can often still match them")
    String style;

    @Option(names = "--shape", defaultValue = "ellipse", description = "ellipse (default) or box")
    String shape;

    @Option(names = "--margin", defaultValue = "1.3", description = "grow each face's cover by this factor to take "
            + "in hair and ears (default ${DEFAULT-VALUE}; 1.0 is the ellipse fitted to the face)")
    double margin;

    @Option(names = "--threshold", defaultValue = "" + StandardFaceDetectors.DEFAULT_THRESHOLD,
            description = "lowest detection score that is covered (default ${DEFAULT-VALUE}; lower finds more)")
    double threshold;

    @Option(names = "--preview", description = "also write NAME" + FaceRedactor.PREVIEW_MARK + ".png beside the "
            + "output: the UNCOVERED photo with numbered faces and scores, for review only (veil scrub and veil faces "
            + "refuse it as input; delete it after review)")
    boolean preview;

    @Option(names = "--thorough", description = "also run BlazeFace and the OpenCV cascades after YuNet: a few more "
            + "faces found, more regions covered that hold none, and many times slower")
    boolean thorough;

    @Option(names = "--box", paramLabel = "x,y,w,h", description = "cover this region too (repeatable)")
    List<String> boxes = new ArrayList<>();

    @Mixin
    ForceOption force = new ForceOption();

    @Option(names = "--keep", paramLabel = "N", description = "leave face N (as numbered in the preview) "
            + "uncovered, for a consenting person (repeatable)")
    List<Integer> keep = new ArrayList<>();

    @Option(names = "--no-audio", description = "video: drop the sound (kept by default)")
    boolean noAudio;

    @Option(names = "--detect-every", defaultValue = "1", paramLabel = "K", description = "video: run the "
            + "detector on every K-th frame only and track faces in between (default ${DEFAULT-VALUE}: every frame)")
    int detectEvery;

    @Option(names = "--hold", defaultValue = "" + VideoRedactor.Options.DEFAULT_HOLD, paramLabel = "FRAMES",
            description = "video: keep a face covered this many frames before and after the detector sees it "
                    + "(default ${DEFAULT-VALUE}), so it cannot flash up when a frame is missed")
    int hold;

    @Override
    public Integer call() throws Exception {
        FaceRedactor.Options options = new FaceRedactor.Options(parse(CoverStyle.class, style, "--style"),
                parse(CoverShape.class, shape, "--shape"), checkedMargin(), threshold, new HashSet<>(keep),
                parseBoxes());
        PrintWriter out = spec.commandLine().getOut();
        if (options.style() != CoverStyle.SOLID) {
            spec.commandLine().getErr().println("veil: note: --style " + style + " is weaker than solid; machine "
                    + "face recognisers can often see through it");
        }
        Limits limits = FaceRedactor.limits();
        int done = 0;
        int refused = 0;
        long covered = 0;
        List<OutputTargets.Target> targets = new OutputTargets(".faces", outDir, false).expand(inputs);
        SafeOutput outputs = new SafeOutput(force.force, true, targets.stream().map(OutputTargets.Target::input)
                .toList());
        int workers = Math.max(1, Math.min(targets.size(), Math.min(MAX_WORKERS,
                Runtime.getRuntime().availableProcessors())));
        if (workers > 1 && System.getProperty(NativeThreads.PROPERTY) == null) {
            // Photos run side by side, one per core; each detector then keeps to its own core.
            System.setProperty(NativeThreads.PROPERTY, "1");
        }
        List<FaceDetector> detectors = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            BlockingQueue<FaceRedactor> idle = new ArrayBlockingQueue<>(workers);
            for (int i = 0; i < workers; i++) {
                FaceDetector d = StandardFaceDetectors.byName(thorough ? StandardFaceDetectors.THOROUGH
                        : StandardFaceDetectors.DEFAULT);
                detectors.add(d);
                idle.add(new FaceRedactor(d, limits));
            }
            VideoFaces videos = null;
            // Covered in parallel, written in order; at most two photos per worker wait in memory.
            Deque<Future<FaceRedactor.Result>> pending = new ArrayDeque<>();
            int next = 0;
            for (OutputTargets.Target t : targets) {
                while (next < targets.size() && pending.size() < 2 * workers) {
                    pending.add(submit(pool, idle, targets.get(next++), limits, options));
                }
                Future<FaceRedactor.Result> result = pending.poll();
                Path writing = null;
                try {
                    if (t.problem() == null && VideoContainer.isVideo(t.input())) {
                        if (preview) {
                            throw new RefusedException("--preview is for photos; a video gets no preview");
                        }
                        if (videos == null) {
                            // Videos are covered one at a time, frame by frame, with a detector of their own.
                            FaceDetector d = StandardFaceDetectors.byName(thorough ? StandardFaceDetectors.THOROUGH
                                    : StandardFaceDetectors.DEFAULT);
                            detectors.add(d);
                            videos = new VideoFaces(d, videoOptions(options), spec.commandLine().getErr());
                        }
                        Path output = withExtension(t.output(), "mp4");
                        writing = output;
                        VideoRedactor.Result r = videos.cover(t.input(), output, outputs);
                        done++;
                        covered += r.faces();
                        out.printf("covered  %s -> %s (%d face%s tracked, %d of %d frames covered, %s)%n",
                                Names.shown(t.input()), Names.shown(output), r.faces(), r.faces() == 1 ? "" : "s",
                                r.coveredFrames(), r.frames(), r.audioStreams() == 0 ? "no audio"
                                        : r.audioReencoded() ? "audio re-encoded to AAC" : "audio kept");
                        out.flush();
                        continue;
                    }
                    FaceRedactor.Result r = await(result);
                    Path output = withExtension(t.output(), r.type().extension());
                    Map<Path, byte[]> files = new LinkedHashMap<>();
                    files.put(output, r.output());
                    if (r.preview() != null) {
                        files.put(previewPath(t.input(), output), r.preview());
                    }
                    // All are checked first, so a refused preview does not leave a covered copy without it.
                    for (Path f : files.keySet()) {
                        writing = f;
                        outputs.check(f);
                    }
                    for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                        writing = f.getKey();
                        outputs.write(f.getKey(), f.getValue());
                    }
                    done++;
                    covered += r.coveredCount();
                    out.printf("covered  %s -> %s (%d face%s covered, %d kept)%n", Names.shown(t.input()),
                            Names.shown(output), r.coveredCount(), r.coveredCount() == 1 ? "" : "s",
                            r.faces().size() - r.coveredCount());
                } catch (RefusedException e) {
                    refused++;
                    out.printf("refused  %s: %s%n", Names.shown(t.input()), Names.shown(e.getMessage()));
                } catch (IOException e) {
                    refused++;
                    out.printf("refused  %s: could not write %s: %s%n", Names.shown(t.input()),
                            Names.shown(writing), SafeOutput.describe(e));
                }
            }
        } finally {
            pool.shutdownNow();
            detectors.forEach(FaceDetector::close);
        }
        out.printf("%d photo%s done, %d face%s covered, %d refused%n", done, done == 1 ? "" : "s", covered,
                covered == 1 ? "" : "s", refused);
        out.flush();
        return refused == 0 ? 0 : ScrubCommand.SOME_REFUSED;
    }

    /** Photos covered at once: each holds its decoded pixels and a detector's buffers. */
    private static final int MAX_WORKERS = 4;

    private Future<FaceRedactor.Result> submit(ExecutorService pool, BlockingQueue<FaceRedactor> idle,
                                               OutputTargets.Target t, Limits limits,
                                               FaceRedactor.Options options) {
        return pool.submit(() -> {
            if (t.problem() != null) {
                throw new RefusedException(t.problem());
            }
            if (VideoContainer.isVideo(t.input())) {
                return null; // covered in order by the main loop, not here
            }
            byte[] input = FileIo.read(t.input(), limits);
            FaceRedactor redactor = idle.take();
            try {
                return redactor.redact(input, t.input().getFileName().toString(), options, preview);
            } finally {
                idle.add(redactor);
            }
        });
    }

    /** The photo's result; a refusal or read error as thrown by the worker, anything else as an internal error. */
    private static FaceRedactor.Result await(Future<FaceRedactor.Result> f) throws RefusedException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RefusedException r) {
                throw r;
            }
            if (e.getCause() instanceof IOException io) {
                throw new RefusedException("cannot read it: " + SafeOutput.describe(io));
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private VideoRedactor.Options videoOptions(FaceRedactor.Options cover) {
        if (detectEvery < 1 || detectEvery > 30) {
            throw new UserError("--detect-every must be between 1 and 30");
        }
        if (hold < 1 || hold > 60) {
            throw new UserError("--hold must be between 1 and 60 frames");
        }
        return new VideoRedactor.Options(cover, !noAudio, detectEvery, Math.max(hold, detectEvery));
    }

    private double checkedMargin() {
        if (margin < 1.0 || margin > 4.0) {
            throw new UserError("--margin must be between 1.0 and 4.0");
        }
        return margin;
    }

    private List<Box> parseBoxes() {
        List<Box> out = new ArrayList<>();
        for (String b : boxes) {
            String[] p = b.split(",");
            try {
                if (p.length != 4) {
                    throw new NumberFormatException();
                }
                out.add(new Box(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()),
                        Double.parseDouble(p[2].trim()), Double.parseDouble(p[3].trim())));
            } catch (IllegalArgumentException e) {
                throw new UserError("--box takes x,y,w,h in pixels (for example 120,80,60,60), not '" + b + "'");
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new UserError(option + " takes " + java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList() + ", not '" + value + "'");
    }

    /** photo.jpg → photo.UNCOVERED-PREVIEW.png, in the output's folder. */
    static Path previewPath(Path input, Path output) {
        String n = input.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return output.resolveSibling((dot <= 0 ? n : n.substring(0, dot)) + FaceRedactor.PREVIEW_MARK + ".png");
    }

    /** photo.faces.bmp → photo.faces.png when the output is a PNG. */
    private static Path withExtension(Path p, String ext) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return p.resolveSibling((dot <= 0 ? n : n.substring(0, dot)) + "." + ext);
    }
}

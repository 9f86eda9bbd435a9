package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veil.faces.Box;
import org.veil.faces.FaceDetector;
import org.veil.faces.FaceRedactor;
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

    @Option(names = "--margin", defaultValue = "1.3", description = "grow each face box by this factor to take in "
            + "hair and ears (default ${DEFAULT-VALUE})")
    double margin;

    @Option(names = "--threshold", defaultValue = "" + StandardFaceDetectors.DEFAULT_THRESHOLD,
            description = "lowest detection score that is covered (default ${DEFAULT-VALUE}; lower finds more)")
    double threshold;

    @Option(names = "--preview", description = "also write NAME.preview.png: the UNCOVERED photo with numbered "
            + "boxes and scores, for review only")
    boolean preview;

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
        try (FaceDetector detector = StandardFaceDetectors.create()) {
            FaceRedactor redactor = new FaceRedactor(detector, limits);
            VideoFaces videos = new VideoFaces(detector, videoOptions(options), spec.commandLine().getErr());
            List<OutputTargets.Target> targets = new OutputTargets(".faces", outDir, false).expand(inputs);
            SafeOutput outputs = new SafeOutput(force.force, true, targets.stream().map(OutputTargets.Target::input)
                    .toList());
            for (OutputTargets.Target t : targets) {
                Path writing = null;
                try {
                    if (t.problem() != null) {
                        throw new RefusedException(t.problem());
                    }
                    if (VideoContainer.isVideo(t.input())) {
                        if (preview) {
                            throw new RefusedException("--preview is for photos; a video gets no preview");
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
                    FaceRedactor.Result r = redactor.redact(FileIo.read(t.input(), limits),
                            t.input().getFileName().toString(), options, preview);
                    Path output = withExtension(t.output(), r.type().extension());
                    Map<Path, byte[]> files = new LinkedHashMap<>();
                    files.put(output, r.output());
                    if (r.preview() != null) {
                        files.put(withExtension(output, "preview.png"), r.preview());
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
        }
        out.printf("%d photo%s done, %d face%s covered, %d refused%n", done, done == 1 ? "" : "s", covered,
                covered == 1 ? "" : "s", refused);
        out.flush();
        return refused == 0 ? 0 : ScrubCommand.SOME_REFUSED;
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

    /** photo.faces.bmp → photo.faces.png when the output is a PNG. */
    private static Path withExtension(Path p, String ext) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return p.resolveSibling((dot <= 0 ? n : n.substring(0, dot)) + "." + ext);
    }
}

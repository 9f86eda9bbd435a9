package org.veil.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.faces.FaceDetector;
import org.veil.faces.StandardFaceDetectors;
import org.veil.faces.eval.AnnotatedImage;
import org.veil.faces.eval.FaceEvaluation;
import org.veil.faces.eval.FaceEvaluator;
import org.veil.faces.eval.ImageSource;
import org.veil.faces.eval.ShippedEvalSet;
import org.veil.faces.eval.WiderAnnotations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veil eval faces [ANNOTATIONS]}: face detection scored on WIDER FACE-format annotations. */
@Command(name = "faces", mixinStandardHelpOptions = true,
        description = {"Recall and precision of face detection at IoU >= 0.5, by face size, images per second; "
                + "the default detector and Veil's previous one in the same run.",
                "Without ANNOTATIONS, the built-in evaluation set is used."})
final class FacesEval implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ANNOTATIONS", arity = "0..1",
            description = "WIDER FACE ground-truth text file (image path; face count; x y w h … per face)")
    Path annotations;

    @Option(names = "--images", paramLabel = "DIR",
            description = "folder the image paths are relative to (default: the annotation file's folder)")
    Path images;

    @Option(names = "--detector", paramLabel = "NAME", description = "only this detector: yunet, thorough, "
            + "ensemble (Veil's detector before YuNet), blazeface or cascade. Default: yunet, then ensemble in the "
            + "same run, for comparison")
    String detector;

    @Override
    public Integer call() throws Exception {
        List<AnnotatedImage> set;
        ImageSource source;
        if (annotations == null) {
            set = ShippedEvalSet.annotations();
            source = ShippedEvalSet.images();
        } else {
            try {
                set = WiderAnnotations.read(annotations);
            } catch (java.io.IOException e) {
                throw new UserError(e.getMessage());
            }
            source = ImageSource.folder(images != null ? images : annotations.toAbsolutePath().getParent());
        }
        if (set.isEmpty()) {
            throw new UserError("the annotation file lists no images");
        }
        List<String> names = detector != null ? List.of(detector)
                : List.of(StandardFaceDetectors.DEFAULT, StandardFaceDetectors.PREVIOUS);
        List<FaceEvaluation> results = new java.util.ArrayList<>();
        for (String name : names) {
            try (FaceDetector d = StandardFaceDetectors.byName(name)) {
                d.detect(FaceEvaluator.load(source, set.get(0).relativePath())); // warm-up, not timed
                FaceEvaluation e = FaceEvaluator.evaluate(d, set, source);
                results.add(e);
                spec.commandLine().getOut().print(e.toText());
                spec.commandLine().getOut().println();
                spec.commandLine().getOut().flush();
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        if (results.size() == 2) {
            FaceEvaluation a = results.get(0);
            FaceEvaluation b = results.get(1);
            spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                    "compared: %s recall %.3f precision %.3f, %.0f ms/image; %s recall %.3f precision %.3f, "
                            + "%.0f ms/image (same run)%n", a.detector(), a.counts().recall(), a.counts().precision(),
                    a.millisPerImage(), b.detector(), b.counts().recall(), b.counts().precision(),
                    b.millisPerImage());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}

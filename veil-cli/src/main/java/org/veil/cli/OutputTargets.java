package org.veil.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the files and folders named on the command line into (input, output) pairs. Outputs go beside the
 * input as {@code NAME<mark>.EXT} (photo.clean.jpg, photo.faces.jpg), or into an output folder (keeping paths
 * below a named folder), or over the
 * input itself when the user asked for in-place. An output that would overwrite an input without in-place is
 * refused, because originals are never modified unless asked.
 */
final class OutputTargets {

    /** One file to scrub, or one that cannot even be attempted ({@code problem} set). */
    record Target(Path input, Path output, String problem) {
    }

    private final String mark;
    private final Path outDir;
    private final boolean inPlace;
    private boolean skipHiddenAndLinks;

    OutputTargets(String mark, Path outDir, boolean inPlace) {
        if (outDir != null && outDir.toString().equals("-")) {
            throw new UserError("-o names a folder here; standard output is not supported");
        }
        if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new UserError("-o " + Names.shown(outDir) + " is not a folder");
        }
        this.mark = mark;
        this.outDir = outDir;
        this.inPlace = inPlace;
    }

    /**
     * Below a named folder, hidden files and folders (".name") and symbolic links are not inputs: text batches
     * should not pick up .git or editor files, nor leave the folder through a link.
     */
    OutputTargets skippingHiddenAndLinks() {
        skipHiddenAndLinks = true;
        return this;
    }

    List<Target> expand(List<Path> named) {
        List<Target> targets = new ArrayList<>();
        for (Path p : named) {
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                targets.add(target(p, null));
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))
                        .filter(f -> !isOwnOutputOrTemp(f))
                        .filter(f -> !skipHiddenAndLinks || !(Files.isSymbolicLink(f) || isHiddenBelow(p, f)))
                        .sorted()
                        .forEach(f -> targets.add(target(f, p)));
            } catch (IOException | UncheckedIOException e) {
                targets.add(new Target(p, null, "cannot list the folder: " + e.getMessage()));
            }
        }
        return targets;
    }

    private Target target(Path input, Path root) {
        if (input.toString().indexOf('\uFFFD') >= 0 && !Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
            // The JVM decodes arguments by the locale; bytes that are not UTF-8 are lost on the way.
            return new Target(input, null, "no such file; its name is probably not valid UTF-8, which cannot be "
                    + "passed as an argument: name its folder instead, or rename it");
        }
        if (org.veil.faces.FaceRedactor.isPreviewName(input.getFileName().toString())) {
            // veil faces --preview writes the photo UNCOVERED, for review; it must never pass for a cleaned file.
            return new Target(input, null, "an uncovered face preview (veil faces --preview): it shows the faces, "
                    + "so it is never cleaned or copied; delete it once reviewed");
        }
        Path output = outputFor(input, root);
        boolean overwritesInput = output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
        return new Target(input, output, overwritesInput && !inPlace
                ? "the output would overwrite the original; use --in-place to replace it" : null);
    }

    private Path outputFor(Path file, Path root) {
        if (inPlace) {
            return file;
        }
        if (outDir == null) {
            return file.resolveSibling(markedName(file.getFileName().toString()));
        }
        if (root == null) {
            return outDir.resolve(file.getFileName());
        }
        Path base = root.toAbsolutePath().normalize();
        Path top = base.getFileName() == null ? Path.of("root") : base.getFileName();
        return outDir.resolve(top).resolve(base.relativize(file.toAbsolutePath().normalize()));
    }

    private static boolean isHiddenBelow(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** photo.jpg → photo.clean.jpg; notes → notes.clean (with mark ".clean"). */
    String markedName(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + mark : name.substring(0, dot) + mark + name.substring(dot);
    }

    /** Files a previous run wrote beside their inputs, our temporary files and the output folder are no inputs. */
    private boolean isOwnOutputOrTemp(Path f) {
        if (SafeOutput.isTemporary(f)) {
            return true;
        }
        String n = f.getFileName().toString();
        if (outDir != null) {
            return f.toAbsolutePath().normalize().startsWith(outDir.toAbsolutePath().normalize());
        }
        int dot = n.lastIndexOf('.');
        String stem = dot <= 0 ? n : n.substring(0, dot);
        return !inPlace && stem.endsWith(mark);
    }
}

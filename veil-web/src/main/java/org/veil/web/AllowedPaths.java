package org.veil.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files and folders named on the command line, and the only places the workbench reads from or writes
 * next to. A requested path is refused if it names "..", lies outside them once normalised, or leads outside
 * them through a symbolic link (checked on the real path).
 */
final class AllowedPaths {
    private static final int MAX_LISTED = 500;
    private final List<Path> folders = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    AllowedPaths(List<Path> given) {
        for (Path p : given) {
            Path real;
            try {
                real = p.toRealPath();
            } catch (IOException e) {
                throw new IllegalArgumentException("no such file or folder: " + p);
            }
            (Files.isDirectory(real) ? folders : files).add(real);
        }
    }

    /** One document the page may open: its real path and how to show it. */
    record Listed(String path, String name) {
    }

    /** The files given, then the regular files below the folders given (no links, no hidden files). */
    List<Listed> documents() {
        List<Listed> out = new ArrayList<>();
        files.forEach(f -> out.add(new Listed(f.toString(), f.getFileName().toString())));
        for (Path root : folders) {
            try (Stream<Path> walk = Files.walk(root, 6)) {
                walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                        .filter(f -> !isHiddenOrOurs(root.relativize(f)))
                        .sorted().limit(MAX_LISTED)
                        .forEach(f -> out.add(new Listed(f.toString(), root.getFileName() + "/" + root.relativize(f))));
            } catch (IOException | UncheckedIOException e) {
                // An unreadable folder lists nothing; opening a path in it is still checked on its own.
            }
        }
        return out.size() > MAX_LISTED ? out.subList(0, MAX_LISTED) : out;
    }

    private static boolean isHiddenOrOurs(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        String n = rel.getFileName().toString();
        return n.contains(Exporter.DOCUMENT_MARK + ".") || n.endsWith(Exporter.DOCUMENT_MARK)
                || n.endsWith(Exporter.REPORT_SUFFIX);
    }

    /** The real path of a requested file, if it is one of the files given or lies below a folder given. */
    Path resolve(String requested) throws Refused {
        if (requested == null || requested.isBlank() || requested.indexOf('\0') >= 0) {
            throw new Refused(400, "no path given");
        }
        Path p;
        try {
            p = Path.of(requested);
        } catch (InvalidPathException e) {
            throw new Refused(400, "not a valid path");
        }
        for (Path part : p) {
            if (part.toString().equals("..")) {
                throw new Refused(403, "paths with '..' are refused");
            }
        }
        List<Path> candidates = new ArrayList<>();
        if (p.isAbsolute()) {
            candidates.add(p.normalize());
        } else {
            folders.forEach(f -> candidates.add(f.resolve(p).normalize()));
            folders.forEach(f -> {
                // The page lists files as FOLDER/relative; accept that form too.
                if (p.getNameCount() > 1 && p.getName(0).toString().equals(f.getFileName().toString())) {
                    candidates.add(f.resolve(p.subpath(1, p.getNameCount())).normalize());
                }
            });
        }
        for (Path c : candidates) {
            if (!inside(c)) {
                continue;
            }
            Path real;
            try {
                real = c.toRealPath();
            } catch (IOException e) {
                continue;
            }
            if (!inside(real)) {
                throw new Refused(403, "that path leads outside the folders given");
            }
            if (!Files.isRegularFile(real)) {
                throw new Refused(400, "not a file: " + requested);
            }
            return real;
        }
        if (candidates.stream().noneMatch(this::inside)) {
            throw new Refused(403, "only files given to veil review or below its folders can be opened");
        }
        throw new Refused(404, "no such file: " + requested);
    }

    private boolean inside(Path p) {
        return files.contains(p) || folders.stream().anyMatch(f -> p.startsWith(f) && !p.equals(f));
    }

    /** Where uploaded documents are exported: the first folder given, else the folder of the first file. */
    Path uploadFolder() {
        if (!folders.isEmpty()) {
            return folders.get(0);
        }
        return files.isEmpty() ? null : files.get(0).getParent();
    }
}

package org.veil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dirty sample files shipped inside the jar (made by tools/make-sample-files.sh, each with planted values),
 * copied out to a folder so that commands can work on them as on any user file.
 */
final class SampleFiles {
    private static final String ROOT = "/org/veil/cli/sample/files/";

    private SampleFiles() {
    }

    static List<Path> extractTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (String name : read("INDEX").lines().map(String::strip).filter(n -> !n.isEmpty()).toList()) {
            try (InputStream in = SampleFiles.class.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    throw new IllegalStateException("sample file " + name + " missing from the build");
                }
                Path p = dir.resolve(name);
                Files.write(p, in.readAllBytes());
                files.add(p);
            }
        }
        return files;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = SampleFiles.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("sample files missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

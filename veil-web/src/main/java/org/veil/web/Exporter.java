package org.veil.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.veil.core.Publisher.Published;

/**
 * Writes the published document and its risk report beside the input (story.txt → story.anon.txt and
 * story.risk.txt). An existing file is replaced only when the reviewer confirmed it; each file goes to a
 * temporary name first and is moved into place, so a failure leaves no half-written file.
 */
final class Exporter {
    static final String DOCUMENT_MARK = ".anon";
    static final String REPORT_SUFFIX = ".risk.txt";

    private Exporter() {
    }

    record Exported(Path document, Path report) {
    }

    static Exported export(Path folder, String name, Published published, boolean overwrite) throws Refused {
        int dot = name.lastIndexOf('.');
        String stem = dot <= 0 ? name : name.substring(0, dot);
        String ext = dot <= 0 ? ".txt" : name.substring(dot);
        Path doc = folder.resolve(stem + DOCUMENT_MARK + ext);
        Path report = folder.resolve(stem + REPORT_SUFFIX);
        List<String> existing = new ArrayList<>();
        for (Path p : List.of(doc, report)) {
            if (Files.isSymbolicLink(p)) {
                throw new Refused(409, p.getFileName() + " is a symbolic link; it is never written through");
            }
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                existing.add(p.getFileName().toString());
            }
        }
        if (!existing.isEmpty() && !overwrite) {
            throw new Refused(409, "exists: " + String.join(", ", existing));
        }
        try {
            write(doc, published.anonymized().text());
            write(report, published.risk().toText());
        } catch (IOException e) {
            throw new Refused(500, "could not write beside the input: " + e.getMessage());
        }
        return new Exported(doc, report);
    }

    private static void write(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".veil-", ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

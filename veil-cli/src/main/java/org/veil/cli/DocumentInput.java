package org.veil.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.veil.documents.DocumentAnonymizer;
import org.veil.documents.DocumentFormat;
import org.veil.documents.DocumentFormats;
import org.veil.documents.DocumentRefused;
import org.veil.documents.FaceCovering;
import org.veil.files.FileIo;
import org.veil.files.FileType;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.archive.SafeZip;

/**
 * One input of {@code veil text} read as a document (DOCX, ODT, HTML, Markdown...) when its content says it is
 * one. Plain text, and anything no document family reads, is left to the text reader and its own checks and
 * messages (encodings, byte order marks, "looks like a binary file").
 */
final class DocumentInput {
    private static DocumentAnonymizer documents;

    private DocumentInput() {
    }

    /** Shared by the commands of one run: pictures in documents have their faces covered. */
    static synchronized DocumentAnonymizer documents() {
        if (documents == null) {
            documents = new DocumentAnonymizer(DocumentFormats.standard(new FaceCovering()));
        }
        return documents;
    }

    /** The document {@code file} holds, or empty when it is for the text reader; a refusal is a user error. */
    static Optional<DocumentAnonymizer.Opened> open(String file) {
        if (file.equals("-")) {
            return Optional.empty();
        }
        Path path = Path.of(file);
        try {
            return read(path);
        } catch (DocumentRefused e) {
            throw new UserError(Names.shown(path) + ": " + e.getMessage());
        }
    }

    /** The document {@code path} holds, or empty when it is for the text reader (plain text, binary, missing). */
    static Optional<DocumentAnonymizer.Opened> read(Path path) throws DocumentRefused {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        byte[] content;
        try {
            content = FileIo.read(path, Limits.defaults());
        } catch (RefusedException e) {
            return Optional.empty();
        }
        if (content.length == 0) {
            return Optional.empty();
        }
        String name = path.getFileName().toString();
        FileType type;
        try {
            type = documents().detect(content, name);
        } catch (DocumentRefused e) {
            if (looksLikeAnOfficeContainer(content)) {
                throw new DocumentRefused(e.getMessage() + "; nothing was written");
            }
            return Optional.empty();
        }
        Optional<DocumentFormat> family = documents().family(type, name);
        if (family.isEmpty() || family.get().name().equals("text")) {
            return Optional.empty();
        }
        return Optional.of(documents().open(content, name, type));
    }

    /** ZIP packages and OLE2 files (encrypted Office documents): their refusal says more than "binary". */
    private static boolean looksLikeAnOfficeContainer(byte[] c) {
        return SafeZip.looksLikeZip(c) || c.length >= 4 && (c[0] & 0xFF) == 0xD0 && (c[1] & 0xFF) == 0xCF
                && (c[2] & 0xFF) == 0x11 && (c[3] & 0xFF) == 0xE0;
    }

    /** Whether the output is text that may go to standard output (HTML, Markdown), not a binary package. */
    static boolean textOutput(DocumentAnonymizer.Opened doc) {
        return doc.type() == FileType.HTML || doc.type() == FileType.TEXT;
    }
}

package org.veil.files.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.veil.files.RefusedException;

/**
 * Opens a PDF for the cleaner, the inspector and other modules (veil-documents redacts PDFs), refusing what
 * cannot be cleaned completely: encrypted files (their strings and streams would be written back under a key
 * Veil does not control) and truncated files (the missing tail may have held the content; a repaired copy
 * would silently differ from what the author made).
 */
public final class PdfLoader {
    /** How far from the end the last %%EOF may be: writers and mail gateways append a few bytes of junk. */
    private static final int EOF_TAIL = 1024;
    static final String ENCRYPTED = "the PDF is encrypted; remove the password first";

    private PdfLoader() {
    }

    public static PDDocument load(byte[] content) throws RefusedException {
        if (!endsWithEofMarker(content)) {
            throw new RefusedException("the PDF is truncated (no %%EOF end marker); it may be incomplete");
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(content);
        } catch (InvalidPasswordException e) {
            throw new RefusedException(ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new RefusedException("the PDF is malformed and could not be read: " + e.getMessage(), e);
        }
        if (doc.isEncrypted()) {
            close(doc);
            throw new RefusedException(ENCRYPTED);
        }
        return doc;
    }

    public static void close(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // Memory-only document: nothing to release that matters.
        }
    }

    /** Counts "%%EOF" markers: each incremental update appends one. */
    static int countEofMarkers(byte[] content) {
        return countAscii(content, "%%EOF");
    }

    static int countAscii(byte[] content, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        int count = 0;
        outer:
        for (int i = 0; i + n.length <= content.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (content[i + j] != n[j]) {
                    continue outer;
                }
            }
            count++;
        }
        return count;
    }

    private static boolean endsWithEofMarker(byte[] content) {
        int from = Math.max(0, content.length - EOF_TAIL);
        byte[] tail = java.util.Arrays.copyOfRange(content, from, content.length);
        return countEofMarkers(tail) > 0;
    }
}

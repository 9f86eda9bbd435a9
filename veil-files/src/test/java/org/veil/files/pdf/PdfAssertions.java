package org.veil.files.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Searching a PDF's raw bytes and every decoded stream for planted strings; extracting its visible text. */
final class PdfAssertions {
    private PdfAssertions() {
    }

    /** The raw file followed by every stream decoded, so compression cannot hide a planted string. */
    static byte[] rawAndDecoded(byte[] pdf) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (COSObjectKey key : List.copyOf(doc.getDocument().getXrefTable().keySet())) {
                COSBase o = doc.getDocument().getObjectFromPool(key).getObject();
                if (o instanceof COSStream s) {
                    try (InputStream in = s.createInputStream()) {
                        all.write(in.readAllBytes());
                    } catch (IOException e) {
                        // DCT streams decode to pixels; their raw bytes are in the file already.
                    }
                }
            }
        }
        return all.toByteArray();
    }

    static void assertAbsent(byte[] haystack, String... planted) {
        for (String p : planted) {
            for (Charset cs : List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16BE,
                    StandardCharsets.UTF_16LE)) {
                assertFalse(contains(haystack, p.getBytes(cs)), "'" + p + "' (" + cs + ") survived cleaning");
            }
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static boolean contains(byte[] haystack, String ascii) {
        return contains(haystack, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}

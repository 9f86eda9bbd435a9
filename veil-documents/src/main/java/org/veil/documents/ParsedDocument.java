package org.veil.documents;

import java.util.List;

/** A document read by its {@link DocumentFormat}: its text for detection and the means to write it back. */
public interface ParsedDocument {
    /**
     * The text detection sees, in reading order; parts (body, headers, footnotes, comments...) are separated
     * by blank lines so that linking works across them.
     */
    String text();

    /**
     * The same document with each edit applied and nothing else changed in content. Offsets are code points
     * into {@link #text()}; edits never overlap and come in text order.
     */
    byte[] rewrite(List<TextEdit> edits) throws DocumentRefused;
}

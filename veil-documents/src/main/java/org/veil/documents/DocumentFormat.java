package org.veil.documents;

import java.util.Map;
import org.veil.files.FileType;

/**
 * One document family Veil can anonymize inside (DOCX, ODT, PDF, HTML, Markdown, plain text). Like mat2's
 * parsers, each family reads what it understands and refuses the rest: a part it cannot rewrite is a
 * refusal, never a silent pass-through.
 */
public interface DocumentFormat {
    /** Short name for messages and reports ("DOCX"). */
    String name();

    /** Whether this family handles files that content-based detection classified as {@code type}. */
    boolean handles(FileType type);

    /**
     * As {@link #handles(FileType)}, with the file's name for families that content cannot tell apart (Markdown
     * is plain text by content; a {@code .md} name makes it Markdown).
     */
    default boolean handles(FileType type, String name) {
        return handles(type);
    }

    /** Reads the document's text in reading order, with enough of the structure to write it back. */
    ParsedDocument parse(byte[] content) throws DocumentRefused;

    /**
     * An extractor independent of {@link #parse}: every piece of text the output would show or carry (all XML
     * text and attribute values, PDF text extraction...), used to check that no replaced original survived.
     */
    String everyText(byte[] output) throws DocumentRefused;

    /**
     * {@link #everyText} by place in the output (a part of a package, a page), so that a refusal can say where an
     * original was found. By default the whole output is one place.
     */
    default Map<String, String> textByPlace(byte[] output) throws DocumentRefused {
        return Map.of("the document", everyText(output));
    }
}

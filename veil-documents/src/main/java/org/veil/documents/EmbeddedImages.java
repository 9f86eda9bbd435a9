package org.veil.documents;

/**
 * What happens to a picture inside a document (DOCX word/media, ODT Pictures): it comes back covered, or the
 * document is refused. A picture is never passed on unchecked.
 */
@FunctionalInterface
public interface EmbeddedImages {
    /** The picture to write in place of {@code data}; {@code name} is its path in the package, for messages. */
    byte[] cover(String name, byte[] data) throws DocumentRefused;

    /** Refuses every document that holds a picture. */
    EmbeddedImages REFUSE = (name, data) -> {
        throw new DocumentRefused("the document holds a picture ('" + name + "') and pictures are not checked in "
                + "this run; nothing was written");
    };
}

package org.veil.core.recognize;

import java.util.List;

/** Finds one family of identifiers. Implementations are stateless after construction and thread-safe. */
public interface Recognizer {
    /** Short stable name, reported on every span it produces. */
    String name();

    List<Mention> recognize(String text);
}

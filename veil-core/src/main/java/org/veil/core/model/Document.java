package org.veil.core.model;

import java.util.Objects;

/** A text to analyse. {@code language} is an ISO 639-1 code such as "en". */
public record Document(String id, String text, String language) {
    public Document {
        Objects.requireNonNull(text, "text");
        id = id == null ? "doc" : id;
        language = language == null ? "en" : language;
    }

    public static Document of(String text) {
        return new Document("doc", text, "en");
    }
}

package org.veil.core.model;

/** How much a span tells about who someone is. */
public enum IdentifierKind {
    /** Identifies a person on its own (name, passport number, phone). */
    DIRECT,
    /** Narrows a person down in combination with others (age, job, town, date). */
    QUASI,
    /** Recognised but safe to keep (public figures and institutions). */
    NONE;

    public boolean masked() {
        return this != NONE;
    }
}

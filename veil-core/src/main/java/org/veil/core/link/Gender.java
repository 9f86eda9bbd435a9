package org.veil.core.link;

/** Grammatical gender of a name form, as far as Russian morphology or a name list tells it. */
public enum Gender {
    MALE, FEMALE
}

package org.veil.core.anonymize;

/** The language a replacement is written in: that of the sentence it stands in. */
enum Language {
    ENGLISH, RUSSIAN
}

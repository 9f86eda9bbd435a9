package org.veil.core.model;

/** What a span refers to. Closed set: operators and policies key on it. */
public enum EntityType {
    PERSON, LOCATION, ORGANIZATION, DATETIME,
    /** ID, case, application, document, passport, IBAN, card numbers. */
    CODE,
    /** E-mail, phone, handle, URL, IP address. */
    CONTACT,
    QUANTITY,
    /** Age, job, nationality, ethnicity, health, religion, politics, education, family. */
    DEMOGRAPHIC,
    /** Rank, unit, service category. */
    MILITARY,
    MISC
}

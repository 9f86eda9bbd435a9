package org.veil.core.anonymize;

import java.util.Map;
import org.veil.core.model.EntityType;

/** The word a placeholder uses for a span, from its type and the recognizer that found it. */
final class Labels {
    private static final Map<String, String> BY_RECOGNIZER = Map.ofEntries(
            Map.entry("address", "ADDRESS"), Map.entry("gps", "COORDINATES"), Map.entry("iban", "IBAN"),
            Map.entry("payment-card", "CARD"), Map.entry("case-number", "CASE NO"),
            Map.entry("document-number", "ID NUMBER"), Map.entry("ssn", "ID NUMBER"),
            Map.entry("vehicle-plate", "PLATE"), Map.entry("email", "EMAIL"), Map.entry("phone", "PHONE"),
            Map.entry("url", "LINK"), Map.entry("handle", "HANDLE"), Map.entry("ipv4", "IP"), Map.entry("ipv6", "IP"),
            Map.entry("age", "AGE"), Map.entry("occupations", "OCCUPATION"), Map.entry("occupation", "OCCUPATION"),
            Map.entry("nationalities", "NATIONALITY"), Map.entry("religions", "RELIGION"),
            Map.entry("health", "HEALTH"), Map.entry("politics", "AFFILIATION"), Map.entry("education", "EDUCATION"),
            Map.entry("family", "FAMILY"), Map.entry("employer", "EMPLOYER"), Map.entry("military-unit", "UNIT"),
            Map.entry("address-unit", "ADDRESS"), Map.entry("birth-year", "BIRTH YEAR"),
            Map.entry("institution", "INSTITUTION"), Map.entry("salary", "SALARY"), Map.entry("height", "HEIGHT"),
            Map.entry("weight", "WEIGHT"));
    private static final Map<EntityType, String> BY_TYPE = Map.of(EntityType.PERSON, "PERSON",
            EntityType.LOCATION, "PLACE", EntityType.ORGANIZATION, "ORGANISATION", EntityType.DATETIME, "DATE",
            EntityType.CODE, "ID", EntityType.CONTACT, "CONTACT", EntityType.QUANTITY, "AMOUNT",
            EntityType.DEMOGRAPHIC, "DETAIL", EntityType.MILITARY, "MILITARY", EntityType.MISC, "DETAIL");

    private Labels() {
    }

    static String of(EntityType type, String recognizer) {
        return BY_RECOGNIZER.getOrDefault(recognizer, BY_TYPE.get(type));
    }

    /** "[PERSON A]" for people (letters read as names), "[PLACE 2]" for everything else. */
    static String placeholder(String label, int n) {
        return "[" + label + " " + (label.equals("PERSON") ? letters(n) : Integer.toString(n)) + "]";
    }

    static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            sb.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return sb.toString();
    }
}

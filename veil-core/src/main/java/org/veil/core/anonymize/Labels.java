package org.veil.core.anonymize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.model.EntityType;

/**
 * The word a placeholder uses for a span, from its type and the recognizer that found it. The vault keeps
 * the English form ("[PERSON A]"); a placeholder in a Russian sentence is rendered in Russian ("[ЛИЦО А]")
 * with the same number, and a person's letter becomes the Cyrillic letter of the same rank (A → А, B → Б,
 * C → В), so one entity reads as one in both languages and Russian texts get Russian enumeration.
 */
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
            Map.entry("weight", "WEIGHT"), Map.entry("body-mark", "FEATURE"), Map.entry("call-sign", "CALL SIGN"));
    private static final Map<EntityType, String> BY_TYPE = Map.of(EntityType.PERSON, "PERSON",
            EntityType.LOCATION, "PLACE", EntityType.ORGANIZATION, "ORGANISATION", EntityType.DATETIME, "DATE",
            EntityType.CODE, "ID", EntityType.CONTACT, "CONTACT", EntityType.QUANTITY, "AMOUNT",
            EntityType.DEMOGRAPHIC, "DETAIL", EntityType.MILITARY, "MILITARY", EntityType.MISC, "DETAIL");

    /**
     * Russian words for the English labels. A label missing here (a new recognizer) falls back to the Russian
     * word for its entity type, so no English word ever reaches a Russian sentence.
     */
    private static final Map<String, String> RUSSIAN = Map.ofEntries(
            Map.entry("PERSON", "ЛИЦО"), Map.entry("PLACE", "МЕСТО"), Map.entry("ORGANISATION", "ОРГАНИЗАЦИЯ"),
            Map.entry("DATE", "ДАТА"), Map.entry("ID", "НОМЕР"), Map.entry("CONTACT", "КОНТАКТ"),
            Map.entry("AMOUNT", "СУММА"), Map.entry("DETAIL", "СВЕДЕНИЯ"), Map.entry("MILITARY", "СЛУЖБА"),
            Map.entry("ADDRESS", "АДРЕС"), Map.entry("COORDINATES", "КООРДИНАТЫ"), Map.entry("IBAN", "СЧЁТ"),
            Map.entry("CARD", "КАРТА"), Map.entry("CASE NO", "НОМЕР ДЕЛА"), Map.entry("ID NUMBER", "НОМЕР ДОКУМЕНТА"),
            Map.entry("PLATE", "ГОСНОМЕР"), Map.entry("EMAIL", "ПОЧТА"), Map.entry("PHONE", "ТЕЛЕФОН"),
            Map.entry("LINK", "ССЫЛКА"), Map.entry("HANDLE", "АККАУНТ"), Map.entry("IP", "СЕТЕВОЙ АДРЕС"),
            Map.entry("AGE", "ВОЗРАСТ"), Map.entry("OCCUPATION", "ПРОФЕССИЯ"),
            Map.entry("NATIONALITY", "НАЦИОНАЛЬНОСТЬ"), Map.entry("RELIGION", "РЕЛИГИЯ"),
            Map.entry("HEALTH", "ЗДОРОВЬЕ"), Map.entry("AFFILIATION", "ВЗГЛЯДЫ"), Map.entry("EDUCATION", "ОБРАЗОВАНИЕ"),
            Map.entry("FAMILY", "РОДСТВЕННИК"), Map.entry("EMPLOYER", "РАБОТОДАТЕЛЬ"),
            Map.entry("UNIT", "ВОИНСКАЯ ЧАСТЬ"), Map.entry("SALARY", "ЗАРПЛАТА"), Map.entry("VEHICLE", "ТРАНСПОРТ"),
            Map.entry("FEATURE", "ПРИМЕТА"), Map.entry("CALL SIGN", "ПОЗЫВНОЙ"));
    /** Cyrillic letters in alphabet order, without those that cannot start a word or look alike (Ё, Й, Ъ, Ы, Ь). */
    private static final String CYRILLIC_LETTERS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ";
    /** The marker of the redact operator when a policy names none. */
    static final String DEFAULT_MARKER = "[REDACTED]";
    private static final Pattern WRITTEN_RUSSIAN = Pattern.compile("\\[(\\p{IsCyrillic}[\\p{IsCyrillic} ]*) (\\p{IsCyrillic}+|\\d+)]");
    private static final Pattern STORED = Pattern.compile("\\[([A-Z][A-Z ]*) ([A-Z]+|\\d+)]");

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
        return letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    }

    private static String letters(int n, String alphabet) {
        StringBuilder sb = new StringBuilder();
        int size = alphabet.length();
        for (int k = n; k > 0; k = (k - 1) / size) {
            sb.insert(0, alphabet.charAt((k - 1) % size));
        }
        return sb.toString();
    }

    /**
     * The stored form of a placeholder as written in any language: "[ЛИЦО В]" → "[PERSON C]", so a reader of
     * a Russian text can ask the vault who "[ЛИЦО В]" is. Anything else is returned as it is.
     */
    static String stored(String written) {
        Matcher m = WRITTEN_RUSSIAN.matcher(written.strip());
        if (!m.matches()) {
            return written;
        }
        String english = RUSSIAN.entrySet().stream().filter(e -> e.getValue().equals(m.group(1)))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (english == null) {
            return written;
        }
        String id = m.group(2);
        if (!id.matches("\\d+")) {
            int n = 0;
            for (char c : id.toCharArray()) {
                int rank = CYRILLIC_LETTERS.indexOf(c);
                if (rank < 0) {
                    return written;
                }
                n = n * CYRILLIC_LETTERS.length() + rank + 1;
            }
            id = letters(n);
        }
        return "[" + english + " " + id + "]";
    }

    /** The default redaction marker reads "[СКРЫТО]" in a Russian sentence; a marker of the user's own stays. */
    static String redacted(String marker, Language language) {
        return language == Language.RUSSIAN && marker.equals(DEFAULT_MARKER) ? "[СКРЫТО]" : marker;
    }

    /** The label in the given language: "PHONE" → "ТЕЛЕФОН"; an unknown label takes its type's word. */
    static String label(String label, EntityType type, Language language) {
        if (language == Language.ENGLISH) {
            return label;
        }
        String word = RUSSIAN.get(label);
        if (word == null) {
            word = RUSSIAN.get(BY_TYPE.get(type));
        }
        return word == null ? label : word;
    }

    /**
     * A stored placeholder ("[PERSON C]", "[PLACE 2]") as it reads in a sentence of the
     * given language ("[ЛИЦО В]", "[МЕСТО 2]"); anything that is not a placeholder is returned as it is.
     */
    static String render(String stored, EntityType type, Language language) {
        Matcher m = STORED.matcher(stored);
        if (language == Language.ENGLISH || !m.matches()) {
            return stored;
        }
        String id = m.group(2);
        if (id.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            int n = 0;
            for (char c : id.toCharArray()) {
                n = n * 26 + (c - 'A' + 1);
            }
            id = letters(n, CYRILLIC_LETTERS);
        }
        return "[" + label(m.group(1), type, language) + " " + id + "]";
    }
}

package org.veil.core.lang;

/**
 * Tells Russian from English by script: the share of Cyrillic among letters. Enough to route a paragraph;
 * transliterated Russian reads as English, which is what its spelling is.
 */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    /**
     * The language a document is analysed in: "ru" or "en", English when no letter tells (every entry point
     * decides it this way, so a text gets the same analysis from the command, the workbench and the corpus job).
     */
    public static String documentLanguage(String text) {
        String detected = detect(text);
        return detected.equals("und") ? "en" : detected;
    }

    /** "ru", "en", or "und" for a text without letters. */
    public static String detect(String text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        if (cyrillic + latin == 0) {
            return "und";
        }
        return cyrillic >= latin ? "ru" : "en";
    }
}

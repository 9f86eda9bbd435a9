package org.veil.spark;

import org.veil.core.Analyzer;
import org.veil.core.lang.LanguageDetector;

/**
 * One analyzer per JVM: models load once per executor, not once per task. Thread-safe, as the analyzer is.
 */
final class Engines {
    private static Analyzer analyzer;

    private Engines() {
    }

    static synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = Analyzer.english();
        }
        return analyzer;
    }

    /** The document's language as the single-machine command chooses it ("auto": detected, English if unsure). */
    static String language(String lang, String text) {
        return lang.equals("auto") ? LanguageDetector.documentLanguage(text) : lang;
    }
}

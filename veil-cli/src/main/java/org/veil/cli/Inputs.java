package org.veil.cli;

import org.veil.core.io.InputRejected;
import org.veil.core.lang.LanguageDetector;
import org.veil.core.io.TextInput;

/** Reads FILE or '-' (standard input) for a command, turning refusals into user errors. */
final class Inputs {
    private Inputs() {
    }

    static String read(String file) {
        return read(file, new TextInput());
    }

    /** As {@link #read}, keeping a UTF-8 byte order mark as U+FEFF, for outputs that copy the input's bytes. */
    static String readKeepingBom(String file) {
        return read(file, new TextInput().keepingByteOrderMark());
    }

    private static String read(String file, TextInput input) {
        try {
            return input.read(file, System.in);
        } catch (InputRejected e) {
            // The JVM decodes arguments by the locale; bytes that are not UTF-8 arrive as U+FFFD and are lost.
            boolean undecodable = e.reason() == InputRejected.Reason.NOT_FOUND && file.indexOf('\uFFFD') >= 0;
            throw new UserError(e.getMessage() + (undecodable ? " Its name is probably not valid UTF-8, which cannot"
                    + " be passed as an argument: rename the file, or pipe it in with '-'." : ""));
        }
    }

    /**
     * The document language: "en" or "ru" as given, or detected from the script for "auto". One analyzer
     * serves both (each recognizer keys on its own script), so mixed texts work under any setting.
     */
    static String language(String lang, String text) {
        return switch (lang) {
            case "en", "ru" -> lang;
            case "auto" -> LanguageDetector.documentLanguage(text);
            default -> throw new UserError("language '" + lang + "' is not supported; use en, ru or auto");
        };
    }
}

package org.veil.cli;

import org.veil.core.io.InputRejected;
import org.veil.core.lang.LanguageDetector;
import org.veil.core.io.TextInput;

/** Reads FILE or '-' (standard input) for a command, turning refusals into user errors. */
final class Inputs {
    private Inputs() {
    }

    static String read(String file) {
        return read(file, System.in);
    }

    /**
     * Whether the input starts with a UTF-8 byte order mark, which the reader drops for detection; outputs put
     * it back, so a file's bytes outside the replaced spans stay as they were. Standard input is peeked at
     * through {@link #stdin()}, which must then be what the text is read from.
     */
    static boolean startsWithBom(String file, java.io.BufferedInputStream stdin) {
        byte[] head = new byte[3];
        int n = 0;
        try {
            if (file.equals("-")) {
                stdin.mark(3);
                n = stdin.readNBytes(head, 0, 3);
                stdin.reset();
            } else {
                try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))) {
                    n = in.readNBytes(head, 0, 3);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return false; // the read that follows reports the problem
        }
        return n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

    /** Standard input, buffered so its first bytes can be peeked at. */
    static java.io.BufferedInputStream stdin() {
        return new java.io.BufferedInputStream(System.in);
    }

    static String read(String file, java.io.InputStream stdin) {
        TextInput input = new TextInput();
        try {
            return input.read(file, stdin);
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
            case "auto" -> {
                String detected = LanguageDetector.detect(text);
                yield detected.equals("und") ? "en" : detected;
            }
            default -> throw new UserError("language '" + lang + "' is not supported; use en, ru or auto");
        };
    }
}

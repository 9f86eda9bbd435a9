package org.veil.cli;

import org.veil.core.io.InputRejected;
import org.veil.core.io.TextInput;

/** Reads FILE or '-' (standard input) for a command, turning refusals into user errors. */
final class Inputs {
    private Inputs() {
    }

    static String read(String file) {
        TextInput input = new TextInput();
        try {
            return input.read(file, System.in);
        } catch (InputRejected e) {
            throw new UserError(e.getMessage());
        }
    }

    static String requireEnglish(String lang) {
        if (!lang.equals("en")) {
            throw new UserError("language '" + lang + "' is not supported yet; use --lang en");
        }
        return lang;
    }
}

package org.veil.cli;

import java.io.Console;
import java.util.Arrays;

/** Passphrases come from the environment or an interactive prompt, never from the command line. */
final class Passphrases {
    static final String ENV = "VEIL_PASSPHRASE";
    static final String NEW_ENV = "VEIL_NEW_PASSPHRASE";

    private Passphrases() {
    }

    static char[] current() {
        return read(ENV, "Vault passphrase: ", false);
    }

    static char[] fresh(String env) {
        return read(env, "New vault passphrase: ", true);
    }

    private static char[] read(String env, String prompt, boolean confirm) {
        String fromEnv = System.getenv(env);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new UserError("no passphrase: set " + env + " or run in a terminal to be prompted");
        }
        char[] first = console.readPassword(prompt);
        if (first == null) {
            throw new UserError("no passphrase given");
        }
        if (confirm) {
            char[] again = console.readPassword("Repeat it: ");
            if (again == null || !Arrays.equals(first, again)) {
                throw new UserError("the two passphrases differ; nothing was changed");
            }
        }
        return first;
    }
}

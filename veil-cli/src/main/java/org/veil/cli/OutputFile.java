package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One output named by an option ({@code -o FILE}, {@code --report FILE}): a file written through
 * {@link SafeOutput}, or the console when the option is absent or {@code -}. Staging and publishing are separate
 * so that a command can commit other state (the vault) in between; a staged file that is never published is
 * deleted when the {@link SafeOutput} is closed.
 */
final class OutputFile {
    private final Path file;
    private final SafeOutput policy;
    private final PrintWriter console;
    private SafeOutput.Staged staged;
    private String pendingText;

    private OutputFile(Path file, SafeOutput policy, PrintWriter console) {
        this.file = file;
        this.policy = policy;
        this.console = console;
    }

    /**
     * Checks the output at once, so that a refusal comes before any work.
     *
     * @param console where '-' (or no option) goes; null when the output is binary and must be a file
     */
    static OutputFile to(Path option, SafeOutput policy, PrintWriter console) {
        if (option == null || option.toString().equals("-")) {
            if (console == null) {
                throw new UserError("this output is binary: name a file, not standard output");
            }
            return new OutputFile(null, policy, console);
        }
        try {
            policy.check(option);
        } catch (IOException e) {
            throw failed(option, e);
        }
        return new OutputFile(option, policy, console);
    }

    void stage(String text) {
        if (file == null) {
            pendingText = text;
        } else {
            stage(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Bytes for a file; for the console only text (UTF-8), since binary outputs are refused there at once. */
    void stage(byte[] data) {
        if (file == null) {
            pendingText = new String(data, StandardCharsets.UTF_8);
            return;
        }
        try {
            staged = policy.stage(file, data);
        } catch (IOException e) {
            throw failed(file, e);
        }
    }

    void publish() {
        if (file == null) {
            console.print(pendingText);
            console.flush();
            return;
        }
        try {
            staged.publish();
        } catch (IOException e) {
            throw failed(file, e);
        }
    }

    void write(String text) {
        stage(text);
        publish();
    }

    void write(byte[] data) {
        stage(data);
        publish();
    }

    /** Where it went, for messages. */
    String name() {
        return file == null ? "standard output" : Names.shown(file);
    }

    private static UserError failed(Path file, IOException e) {
        return new UserError("cannot write " + Names.shown(file) + ": " + SafeOutput.describe(e));
    }
}

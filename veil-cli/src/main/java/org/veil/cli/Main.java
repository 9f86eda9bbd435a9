package org.veil.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code veil} command. Exit codes: 0 done, 1 refused input or bad usage, 2 internal error. */
@Command(name = "veil", mixinStandardHelpOptions = true, version = "veil 0.1.0",
        description = "Find and remove what identifies people in text, files and photos, offline.",
        subcommands = {TextCommand.class, ScrubCommand.class, FacesCommand.class, VaultCommand.class,
                ReviewCommand.class, EvalCommand.class, BenchCommand.class,
                TrainCommand.class, DemoCommand.class})
public final class Main extends GroupCommand {

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter err = line.getErr();
            if (ex instanceof UserError) {
                err.println("veil: " + ex.getMessage());
                return 1;
            }
            err.println("veil: internal error: " + ex + " (set VEIL_DEBUG=1 for details)");
            if (System.getenv("VEIL_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return 2;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("veil: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'veil " + ex.getCommandLine().getCommandName() + " --help'.");
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}

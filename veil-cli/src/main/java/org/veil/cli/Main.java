package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The {@code veil} command. Exit codes: 0 done, 1 refused input or bad usage, 2 internal error. */
@Command(name = "veil", mixinStandardHelpOptions = true, version = "veil 0.1.0",
        description = "Find and remove what identifies people in text, files and photos, offline.",
        subcommands = {TextCommand.class, ScrubCommand.class, FacesCommand.class, VaultCommand.class,
                ReviewCommand.class, EvalCommand.class, BenchCommand.class, CorpusCommand.class,
                TrainCommand.class, DemoCommand.class})
public final class Main extends GroupCommand {

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionStrategy(parsed -> {
            refuseEmptyArguments(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter err = line.getErr();
            if (ex instanceof UserError) {
                err.println("veil: " + Names.shown(ex.getMessage()));
                return 1;
            }
            // A full disk or a vanished folder is the environment, not a bug in Veil: one line, exit 1.
            IOException io = ex instanceof IOException e ? e
                    : ex instanceof UncheckedIOException u ? u.getCause() : null;
            if (io != null) {
                err.println("veil: " + Names.shown(ioProblem(io)));
                return 1;
            }
            err.println("veil: internal error: " + Names.shown(ex) + " (set VEIL_DEBUG=1 for details)");
            if (System.getenv("VEIL_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return 2;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("veil: " + Names.shown(ex.getMessage()));
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help'.");
            return 1;
        });
        return cl;
    }

    /**
     * An empty argument is never meant: as a path it would name the current folder (so {@code veil scrub ""}
     * would clean everything in it), and as a value it is a slip. Checked once here for every command.
     */
    private static void refuseEmptyArguments(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            for (ArgSpec arg : p.matchedArgs()) {
                if (arg.originalStringValues().stream().anyMatch(String::isEmpty)) {
                    String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName()
                            : arg.paramLabel();
                    throw new ParameterException(p.commandSpec().commandLine(),
                            "an empty argument was given for " + name + "; name a file or value");
                }
            }
        }
    }

    private static String ioProblem(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String what = e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
            return f.getFile() + ": " + what;
        }
        return "I/O error: " + SafeOutput.describe(e);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}

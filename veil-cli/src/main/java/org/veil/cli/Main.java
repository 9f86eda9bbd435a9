package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The {@code veil} command. Exit codes: 0 done, 1 refused input or bad usage, 2 internal error. */
@Command(name = "veil", mixinStandardHelpOptions = true, version = "veil 0.1.0",
        description = "Find and remove what identifies people in text, files and photos, offline.")
public final class Main extends GroupCommand {
    /** The subcommands by name, in the order the usage lists them. */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(TextCommand.class, ScrubCommand.class,
            FacesCommand.class, VaultCommand.class, ReviewCommand.class, EvalCommand.class, BenchCommand.class,
            CorpusCommand.class, TrainCommand.class, DemoCommand.class);

    /** The whole command tree. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command tree for these arguments: when the first one names a subcommand, only that subcommand is
     * built. Picocli builds the model of every command it registers (their classes, options and the classes
     * their fields hold: Jackson, PDF, images, Spark), which was most of a start-up before any work began.
     */
    static CommandLine commandLine(String[] arguments) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> only = arguments.length > 0 ? SUBCOMMANDS.get(arguments[0]) : null;
        for (Map.Entry<String, Class<?>> e : SUBCOMMANDS.entrySet()) {
            if (only == null || e.getValue() == only) {
                cl.addSubcommand(e.getKey(), e.getValue());
            }
        }
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

    private static Map<String, Class<?>> subcommands(Class<?>... classes) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            byName.put(c.getAnnotation(Command.class).name(), c);
        }
        return byName;
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        CommandLine cl = commandLine(args);
        StartupTrace.mark("command line built");
        int code = cl.execute(args);
        StartupTrace.mark("done");
        System.exit(code);
    }
}

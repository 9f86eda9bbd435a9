package org.veil.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.veil.files.CleanOptions;
import org.veil.files.Keep;
import org.veil.files.Limits;
import org.veil.files.RefusedException;
import org.veil.files.ScrubResult;
import org.veil.files.Scrubber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veil scrub}: cleaned, verified copies of files, or a refusal per file. Exit codes: 0 every file cleaned,
 * 3 at least one refused (the others cleaned), 1 bad usage, 2 internal error.
 */
@Command(name = "scrub", mixinStandardHelpOptions = true, subcommands = ScrubShowCommand.class,
        description = {"Remove identifying metadata from files, verify the result, and refuse what cannot be cleaned.",
                "Writes NAME.clean.EXT beside each input, or into -o OUTDIR; originals are never modified without "
                        + "--in-place, and existing files are not replaced without --force.",
                "'veil scrub - -o OUT' cleans standard input into OUT; 'veil scrub FILE -o -' (or input '-' without "
                        + "-o) writes the cleaned file to standard output, and the report to standard error."})
final class ScrubCommand implements Callable<Integer> {
    static final int SOME_REFUSED = 3;

    @Spec
    CommandSpec spec;

    // Optional for picocli, which would otherwise demand it before dispatching to 'show'; checked in call().
    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "files, or folders to walk")
    List<Path> inputs = List.of();

    @Option(names = {"-o", "--output-dir"}, paramLabel = "OUTDIR", description = "write cleaned copies here; with "
            + "one input, '-' writes the cleaned file to standard output; with input '-' (standard input), the "
            + "cleaned file's name")
    Path outDir;

    @Option(names = "--in-place", description = "replace each input atomically with its cleaned copy (its "
            + "permissions are kept)")
    boolean inPlace;

    @Mixin
    ForceOption force = new ForceOption();

    @Option(names = "--keep", paramLabel = "WHAT", description = "keep orientation and/or icc (comma-separated)")
    String keep;

    @Option(names = "--paranoid", description = "re-render pages and images to pixels (lossy) for when the "
            + "structure itself is suspect")
    boolean paranoid;

    @Option(names = "--json", description = "report as one JSON array on standard output")
    boolean json;

    @Override
    public Integer call() {
        if (inputs.isEmpty()) {
            throw new UserError("name at least one file or folder to scrub (see veil scrub --help)");
        }
        if (inPlace && outDir != null) {
            throw new UserError("--in-place and -o cannot be used together");
        }
        CleanOptions options;
        try {
            options = new CleanOptions(Keep.parse(keep), paranoid);
        } catch (RefusedException e) {
            throw new UserError(e.getMessage());
        }
        Scrubber scrubber = Scrubber.standard(options);
        boolean fromStdin = inputs.stream().anyMatch(ScrubCommand::isDash);
        if (fromStdin && inputs.size() > 1) {
            throw new UserError("'-' (standard input) must be the only input");
        }
        if (fromStdin && inPlace) {
            throw new UserError("--in-place cannot replace standard input; name a file with -o, or omit -o");
        }
        boolean toStdout = isDash(outDir) || fromStdin && outDir == null;
        if (toStdout && System.console() != null) {
            // A terminal on both ends (what Java 17 reports): binary bytes would garble it, and the user most likely
            // forgot a redirection. Checked before any work.
            throw new UserError("standard output is a terminal; redirect it to a file or name one with -o");
        }
        if (toStdout && json) {
            throw new UserError("--json cannot share standard output with the cleaned file; name a file with -o");
        }
        // With the cleaned bytes on standard output, the report goes to standard error.
        ScrubReport report = new ScrubReport(toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut(),
                json);
        if (fromStdin) {
            new StdinScrub(scrubber, Limits.defaults(), force.force).run(toStdout ? null : outDir, report);
        } else if (toStdout) {
            scrubToStdout(scrubber, report);
        } else {
            scrubFiles(scrubber, report);
        }
        return report.finish();
    }

    private void scrubFiles(Scrubber scrubber, ScrubReport report) {
        List<OutputTargets.Target> targets = new OutputTargets(".clean", outDir, inPlace).expand(inputs);
        SafeOutput outputs = new SafeOutput(force.force, true, targets.stream().map(OutputTargets.Target::input)
                .toList());
        Scrubber.OutputWriter writer = inPlace ? outputs::replace : outputs::write;
        for (OutputTargets.Target t : targets) {
            report(t.problem() != null
                    ? new ScrubResult.Refused(t.input(), t.problem())
                    : scrubber.scrub(t.input(), t.output(), writer), report);
        }
    }

    /** {@code -o -}: exactly one file, cleaned in memory; its bytes go to standard output only once verified. */
    private void scrubToStdout(Scrubber scrubber, ScrubReport report) {
        List<OutputTargets.Target> targets = new OutputTargets(".clean", null, false).expand(inputs);
        if (targets.size() != 1) {
            throw new UserError("-o - (standard output) takes exactly one file; -o names a folder for several");
        }
        OutputTargets.Target t = targets.get(0);
        byte[][] cleaned = new byte[1][];
        ScrubResult r = t.problem() != null
                ? new ScrubResult.Refused(t.input(), t.problem())
                : scrubber.scrub(t.input(), Path.of("-"), (output, data) -> cleaned[0] = data);
        if (r instanceof ScrubResult.Cleaned) {
            StdinScrub.writeToStdout(cleaned[0]);
        }
        report(r, report);
    }

    private static void report(ScrubResult r, ScrubReport report) {
        if (r instanceof ScrubResult.Cleaned c) {
            report.cleaned(c.input().toString(), c.output().toString(), c.type(), OptionalInt.of(c.fieldsRemoved()));
        } else if (r instanceof ScrubResult.Refused f) {
            report.refused(f.input().toString(), f.reason());
        }
    }

    private static boolean isDash(Path p) {
        return p != null && p.toString().equals("-");
    }
}

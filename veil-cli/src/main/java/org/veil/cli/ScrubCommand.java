package org.veil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.files.CleanOptions;
import org.veil.files.Keep;
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
                        + "--in-place, and existing files are not replaced without --force."})
final class ScrubCommand implements Callable<Integer> {
    static final int SOME_REFUSED = 3;

    @Spec
    CommandSpec spec;

    // Optional for picocli, which would otherwise demand it before dispatching to 'show'; checked in call().
    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "files, or folders to walk")
    List<Path> inputs = List.of();

    @Option(names = {"-o", "--output-dir"}, paramLabel = "OUTDIR", description = "write cleaned copies here")
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
        PrintWriter out = spec.commandLine().getOut();
        int cleaned = 0;
        int refused = 0;
        List<OutputTargets.Target> targets = new OutputTargets(".clean", outDir, inPlace).expand(inputs);
        SafeOutput outputs = new SafeOutput(force.force, true, targets.stream().map(OutputTargets.Target::input)
                .toList());
        Scrubber.OutputWriter writer = inPlace ? outputs::replace : outputs::write;
        for (OutputTargets.Target t : targets) {
            ScrubResult r = t.problem() != null
                    ? new ScrubResult.Refused(t.input(), t.problem())
                    : scrubber.scrub(t.input(), t.output(), writer);
            if (r instanceof ScrubResult.Cleaned c) {
                cleaned++;
                out.printf("cleaned  %s -> %s (%s, %d field%s removed)%n", Names.shown(c.input()),
                        Names.shown(c.output()), c.type(),
                        c.fieldsRemoved(), c.fieldsRemoved() == 1 ? "" : "s");
            } else if (r instanceof ScrubResult.Refused f) {
                refused++;
                out.printf("refused  %s: %s%n", Names.shown(f.input()), Names.shown(f.reason()));
            }
        }
        out.printf("%d cleaned, %d refused%n", cleaned, refused);
        out.flush();
        return refused == 0 ? 0 : SOME_REFUSED;
    }
}

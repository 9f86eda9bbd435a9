package org.veil.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.veil.core.eval.FactRuCorpus;
import org.veil.core.eval.FactRuDocument;
import org.veil.core.recognize.ru.RussianNer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veil train ru-ner DIR -o FILE}: trains the Russian tagger shipped in veil-core's resources. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train models from annotated data.",
        subcommands = {TrainCommand.RuNer.class})
final class TrainCommand extends GroupCommand {

    @Command(name = "ru-ner", mixinStandardHelpOptions = true,
            description = "Train the Russian NER tagger on factRuEval-format folders.")
    static final class RuNer implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "1..*")
        List<Path> dirs;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.bin.gz")
        Path output;

        @Option(names = "--epochs", defaultValue = "8")
        int epochs;

        @Mixin
        ForceOption force = new ForceOption();

        @Override
        public Integer call() throws IOException {
            // Checked before training, which takes minutes; the model is binary, so never standard output.
            OutputFile model = OutputFile.to(output, new SafeOutput(force.force, false, dirs), null);
            List<FactRuDocument> docs = new java.util.ArrayList<>();
            for (Path d : dirs) {
                try {
                    docs.addAll(FactRuCorpus.read(d));
                } catch (IOException e) {
                    throw new UserError(e.getMessage());
                }
            }
            var tagger = RussianNer.train(docs, epochs);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream out = new GZIPOutputStream(bytes, 1 << 16)) {
                tagger.write(out);
            }
            model.write(bytes.toByteArray());
            PrintWriter out = spec.commandLine().getOut();
            out.printf("trained on %d documents, %d epochs: %s (%d KB)%n", docs.size(), epochs, output,
                    Files.size(output) / 1024);
            out.flush();
            return 0;
        }
    }
}

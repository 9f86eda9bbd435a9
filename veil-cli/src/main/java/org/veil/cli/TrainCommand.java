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
import org.veil.core.eval.TabCorpus;
import org.veil.core.eval.TabDocument;
import org.veil.core.recognize.en.EnglishNer;
import org.veil.core.recognize.en.EnglishSentence;
import org.veil.core.recognize.en.WordClusters;
import org.veil.core.recognize.ner.CrfNameRecognizer;
import org.veil.core.recognize.ru.RussianNer;
import org.veil.core.recognize.tagger.PerceptronTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code veil train ru-ner DIR -o FILE} and {@code veil train en-ner TAB.json -o FILE --clusters FILE}: train
 * the taggers shipped in veil-core's resources.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train models from annotated data.",
        subcommands = {TrainCommand.RuNer.class, TrainCommand.EnNer.class})
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

    @Command(name = "en-ner", mixinStandardHelpOptions = true,
            description = "Train the English NER tagger: TAB training documents labelled by the CoreNLP CRF "
                    + "(the teacher) with the gold names laid over them; also writes the word clusters read "
                    + "out of the CRF model.")
    static final class EnNer implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TAB.json", arity = "1..*",
                description = "TAB-format training files (never the dev or test split)")
        List<Path> files;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.bin.gz")
        Path output;

        @Option(names = "--clusters", required = true, paramLabel = "FILE.txt.gz",
                description = "where to write the word clusters the model's features use")
        Path clustersOutput;

        @Option(names = "--epochs", defaultValue = "10")
        int epochs;

        @Option(names = "--no-gold", description = "train on the teacher's labels only")
        boolean noGold;

        @Mixin
        ForceOption force = new ForceOption();

        @Override
        public Integer call() throws IOException {
            SafeOutput safe = new SafeOutput(force.force, false, files);
            OutputFile model = OutputFile.to(output, safe, null);
            OutputFile clustersFile = OutputFile.to(clustersOutput, safe, null);
            List<TabDocument> docs = new java.util.ArrayList<>();
            for (Path f : files) {
                try {
                    docs.addAll(TabCorpus.read(f));
                } catch (IOException e) {
                    throw new UserError(e.getMessage());
                }
            }
            CrfNameRecognizer teacher = CrfNameRecognizer.shared();
            List<String> texts = docs.stream().map(TabDocument::text).toList();
            WordClusters clusters = new WordClusters(teacher.wordClusters(EnglishNer.vocabulary(texts)));
            List<PerceptronTagger.Example<EnglishSentence>> data = EnglishNer.trainingSet(docs, teacher::recognize,
                    clusters, !noGold);
            PerceptronTagger<EnglishSentence> tagger = EnglishNer.train(data, epochs);
            model.write(gzip(tagger::write));
            clustersFile.write(gzip(clusters::write));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("trained on %d documents (%d sentences with patterns and name swaps), %d epochs, %d features: %s (%d KB);"
                    + " %d word clusters: %s (%d KB)%n", docs.size(), data.size(), epochs, tagger.features(), output,
                    Files.size(output) / 1024, clusters.size(), clustersOutput, Files.size(clustersOutput) / 1024);
            out.flush();
            return 0;
        }

        private interface Writing {
            void to(OutputStream out) throws IOException;
        }

        private static byte[] gzip(Writing writing) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream out = new GZIPOutputStream(bytes, 1 << 16)) {
                writing.to(out);
            }
            return bytes.toByteArray();
        }
    }
}

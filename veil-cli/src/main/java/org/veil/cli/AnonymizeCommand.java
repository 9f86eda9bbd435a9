package org.veil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.MappingStore;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policies;
import org.veil.core.anonymize.Policy;
import org.veil.core.anonymize.PolicyException;
import org.veil.core.anonymize.Publisher;
import org.veil.core.anonymize.Publisher.Published;
import org.veil.core.anonymize.RiskReport;
import org.veil.core.model.Document;
import org.veil.core.vault.Vault;
import org.veil.core.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veil text anonymize}: detect, replace by policy, verify, report. */
@Command(name = "anonymize", aliases = "anonymise", mixinStandardHelpOptions = true,
        description = "Replace identifiers by policy; everything else is copied unchanged.")
final class AnonymizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "UTF-8 text file, or - for standard input")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write here instead of standard output")
    Path output;

    @Option(names = "--policy", defaultValue = "publish",
            description = "publish (default), pseudonymise, review, or a YAML/JSON policy file")
    String policyName;

    @Option(names = "--vault", paramLabel = "FILE",
            description = "encrypted vault for consistent replacements across documents (passphrase from "
                    + Passphrases.ENV + " or a prompt)")
    Path vaultFile;

    @Option(names = "--report", paramLabel = "FILE",
            description = "write the residual-risk report here (.json for JSON, else text); default: stderr")
    Path report;

    @Option(names = "--lang", defaultValue = "auto", description = "en, ru or auto (default: ${DEFAULT-VALUE})")
    String lang;

    @Override
    public Integer call() throws IOException {
        Inputs.language(lang, "");
        Policy policy = policy();
        String text = Inputs.read(file);
        String language = Inputs.language(lang, text);
        Analyzer analyzer = Analyzer.english();
        Publisher publisher = new Publisher(analyzer, policy);
        Published result;
        if (vaultFile != null) {
            try (Vault vault = Vault.open(vaultFile, Passphrases.current())) {
                result = vault.inTransaction(() -> run(analyzer, publisher, vault, text, language));
            } catch (VaultException e) {
                throw new UserError(e.getMessage());
            }
        } else {
            result = run(analyzer, publisher, new MemoryStore(), text, language);
        }
        write(result.anonymized().text());
        writeReport(result.risk());
        return 0;
    }

    private Policy policy() {
        try {
            return Policies.named(policyName);
        } catch (PolicyException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static Published run(Analyzer analyzer, Publisher publisher, MappingStore store, String text, String lang) {
        return publisher.publish(analyzer.analyze(new Document("input", text, lang)), store);
    }

    /** Output goes to a temporary file first and is moved into place, so a failure leaves no half file. */
    private void write(String text) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return;
        }
        writeAtomically(output, text);
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".veil-", ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void writeReport(RiskReport risk) throws IOException {
        if (report == null) {
            spec.commandLine().getErr().print(risk.toText());
            spec.commandLine().getErr().flush();
        } else if (report.toString().endsWith(".json")) {
            writeAtomically(report, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(risk));
        } else {
            writeAtomically(report, risk.toText());
        }
    }
}

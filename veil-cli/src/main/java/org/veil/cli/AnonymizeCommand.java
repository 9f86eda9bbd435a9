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
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.Anonymizer;
import org.veil.core.anonymize.MappingStore;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policies;
import org.veil.core.anonymize.Policy;
import org.veil.core.anonymize.PolicyException;
import org.veil.core.anonymize.RiskReport;
import org.veil.core.model.Analysis;
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
        Anonymized result;
        RiskReport risk;
        if (vaultFile != null) {
            try (Vault vault = Vault.open(vaultFile, Passphrases.current())) {
                // Analysis can take long and needs no vault: only the look-ups and writes hold the write lock.
                Analysis analysis = analyzer.analyze(new Document("input", text, language));
                result = vault.inTransaction(() -> new Anonymizer(policy, vault).anonymize(analysis));
            } catch (VaultException e) {
                throw new UserError(e.getMessage());
            }
        } else {
            result = run(analyzer, policy, new MemoryStore(), text, language);
        }
        risk = RiskReport.of(result, analyzer.analyze(new Document(file, result.text(), language)));
        write(result.text());
        writeReport(risk);
        return 0;
    }

    private Policy policy() {
        try {
            return Policies.PRESETS.contains(policyName) || policyName.equals("pseudonymize")
                    ? Policies.preset(policyName) : Policies.parse(Path.of(policyName));
        } catch (PolicyException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static Anonymized run(Analyzer analyzer, Policy policy, MappingStore store, String text, String lang) {
        return new Anonymizer(policy, store).anonymize(analyzer.analyze(new Document("input", text, lang)));
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

package org.veil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.Anonymized;
import org.veil.core.anonymize.MemoryStore;
import org.veil.core.anonymize.Policies;
import org.veil.core.anonymize.Policy;
import org.veil.core.anonymize.PolicyException;
import org.veil.core.Publisher;
import org.veil.core.Publisher.Published;
import org.veil.core.verify.RiskReport;
import org.veil.core.model.Analysis;
import org.veil.core.model.Document;
import org.veil.core.vault.Vault;
import org.veil.core.vault.VaultException;
import org.veil.documents.DocumentAnonymizer;
import org.veil.documents.DocumentRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "UTF-8 text file, a DOCX, ODT, HTML "
            + "or Markdown document (decided by content; the output keeps its format), or - for standard input; several files or folders (walked, hidden files and links skipped) need -o OUTDIR")
    List<String> files = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write here (- or none: standard "
            + "output); an existing file is refused unless --force. With several inputs or a folder: the output "
            + "folder (same names, relative paths kept, NAME.risk.txt beside each)")
    Path output;

    @Mixin
    BatchOptions batch = new BatchOptions();

    @Option(names = "--policy", defaultValue = "publish",
            description = "publish (default), pseudonymise, review, or a YAML/JSON policy file")
    String policyName;

    @Option(names = "--vault", paramLabel = "FILE",
            description = "encrypted vault for consistent replacements across documents (passphrase from "
                    + Passphrases.ENV + " or a prompt)")
    Path vaultFile;

    @Option(names = "--report", paramLabel = "FILE",
            description = "write the residual-risk report here (.json for JSON, else text; - for standard "
                    + "output); default: stderr")
    Path report;

    @Option(names = "--lang", defaultValue = "auto", description = "en, ru or auto (default: ${DEFAULT-VALUE})")
    String lang;

    @Mixin
    ForceOption force = new ForceOption();

    private String file;
    private SafeOutput outputs;
    private OutputFile out;
    private OutputFile reportOut;

    @Override
    public Integer call() throws IOException {
        if (batch.jsonl || files.isEmpty() || TextBatch.isBatch(files, output)) {
            return anonymizeMany();
        }
        file = files.get(0);
        try {
            Optional<DocumentAnonymizer.Opened> document = DocumentInput.open(file);
            return document.isPresent() ? anonymizeDocument(document.get()) : anonymize();
        } finally {
            if (outputs != null) {
                outputs.close(); // deletes an output staged for a vault commit that failed
            }
        }
    }

    private int anonymize() throws IOException {
        Inputs.language(lang, "");
        Policy policy = policy();
        openOutputs();
        // A byte order mark stays in the text: detection does not see it, and the output keeps it.
        String text = Inputs.readKeepingBom(file);
        String language = Inputs.language(lang, text);
        Analyzer analyzer = Analyzer.english();
        Publisher publisher = new Publisher(analyzer, policy);
        // Analysis can take long and needs no vault: only the look-ups and writes hold the vault's write lock.
        Analysis analysis = analyzer.analyze(new Document(file, text, language));
        return publish(publisher, analysis, this::staged);
    }

    /**
     * The end both paths share: anonymize with the vault (or a memory store), stage the output with
     * {@code stage}, verify, then publish the output and write the report.
     */
    private int publish(Publisher publisher, Analysis analysis, UnaryOperator<Anonymized> stage) throws IOException {
        Anonymized result;
        if (vaultFile != null) {
            try (Vault vault = Vault.open(vaultFile, Passphrases.current())) {
                // The output is staged inside the transaction, so a failed write rolls the vault back.
                result = vault.inTransaction(() -> stage.apply(publisher.anonymize(analysis, vault)));
            } catch (VaultException e) {
                throw new UserError(e.getMessage());
            }
        } else {
            result = stage.apply(publisher.anonymize(analysis, new MemoryStore()));
        }
        Published published = publisher.verify(result, analysis.document());
        out.publish();
        writeReport(published.risk());
        CheckList.write(spec.commandLine().getErr(), published.verification());
        return 0;
    }

    /**
     * A document (DOCX, ODT, HTML, Markdown...): the same analysis, policy, vault and report as for text, the
     * output in the input's format, scrubbed and verified; a refusal writes nothing and leaves the vault as it was.
     */
    private int anonymizeDocument(DocumentAnonymizer.Opened doc) throws IOException {
        Inputs.language(lang, "");
        Policy policy = policy();
        openOutputs(DocumentInput.textOutput(doc));
        String language = Inputs.language(lang, doc.text());
        Analyzer analyzer = Analyzer.english();
        Publisher publisher = new Publisher(analyzer, policy);
        DocumentAnonymizer documents = DocumentInput.documents();
        Analysis analysis = documents.analyze(analyzer, doc, language);
        return publish(publisher, analysis, result -> stagedDocument(documents, doc, result));
    }

    /** Writes the replacements into the document, scrubs and verifies it, and stages the bytes. */
    private Anonymized stagedDocument(DocumentAnonymizer documents, DocumentAnonymizer.Opened doc,
                                      Anonymized result) {
        try {
            out.stage(documents.write(doc, result));
        } catch (DocumentRefused e) {
            throw new UserError(Names.shown(Path.of(file)) + ": " + e.getMessage());
        }
        return result;
    }

    /** Folders, several files or --jsonl: one mapping store (memory or the vault) for all documents. */
    private int anonymizeMany() throws IOException {
        Inputs.language(lang, "");
        batch.refuseFilesWithJsonl(files, output);
        if (!batch.jsonl && files.isEmpty()) {
            throw new UserError("name a file, folder or - (see veil text anonymize --help)");
        }
        if (report != null) {
            throw new UserError("--report is for one input; with several, each report is written as "
                    + "OUTDIR/NAME.risk.txt");
        }
        Policy policy = policy();
        Analyzer analyzer = Analyzer.english();
        Publisher publisher = new Publisher(analyzer, policy);
        Vault vault = null;
        try {
            vault = vaultFile == null ? null : Vault.open(vaultFile, Passphrases.current());
            DocumentReplacer replacer = new DocumentReplacer(publisher, vault);
            if (batch.jsonl) {
                return JsonLines.anonymize(analyzer, replacer, lang, batch.threads(), spec.commandLine());
            }
            return new FolderAnonymizer(replacer, spec.commandLine().getErr()).run(files, output, force.force,
                    SafeOutput.paths(vaultFile, Policies.PRESETS.contains(policyName) ? null : policyName),
                    batch.threads(), analyzer, lang);
        } catch (VaultException e) {
            throw new UserError(e.getMessage());
        } finally {
            if (vault != null) {
                vault.close();
            }
        }
    }

    private Policy policy() {
        try {
            return Policies.named(policyName);
        } catch (PolicyException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Checks -o and --report before any work: existing files, links, the input itself (see SafeOutput). */
    private void openOutputs() {
        openOutputs(true);
    }

    /** @param textOutput whether the output may go to standard output (text), or must be a file (a package) */
    private void openOutputs(boolean textOutput) {
        // The policy file and the vault are inputs too: no output may be written over them.
        outputs = new SafeOutput(force.force, false, SafeOutput.paths(file, vaultFile,
                Policies.PRESETS.contains(policyName) ? null : policyName));
        PrintWriter stdout = spec.commandLine().getOut();
        out = OutputFile.to(output, outputs, textOutput ? stdout : null);
        reportOut = OutputFile.to(report, outputs, report == null ? spec.commandLine().getErr() : stdout);
        if (output != null && report != null && !output.toString().equals("-")
                && output.toAbsolutePath().normalize().equals(report.toAbsolutePath().normalize())) {
            throw new UserError("-o and --report name the same file");
        }
    }

    /**
     * The output is written to a temporary file in its folder before the vault commits, and moved into place
     * after: a failed write leaves the vault unchanged, and a failed commit leaves no output.
     */
    private Anonymized staged(Anonymized result) {
        out.stage(result.text());
        return result;
    }

    private void writeReport(RiskReport risk) throws IOException {
        if (report != null && report.toString().endsWith(".json")) {
            reportOut.write(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(risk));
        } else {
            reportOut.write(risk.toText());
        }
    }
}

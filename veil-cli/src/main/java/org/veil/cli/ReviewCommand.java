package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.Policies;
import org.veil.core.anonymize.Policy;
import org.veil.core.anonymize.PolicyException;
import org.veil.core.vault.Vault;
import org.veil.core.vault.VaultException;
import org.veil.web.ReviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veil review}: a local web page to check and correct detections before publishing. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Review detections in a local web page before publishing: reject, add, merge, mask or keep,",
            "with a live preview and the residual risk. Serves on 127.0.0.1 only until Ctrl-C."})
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "text files and folders the page may open (default: the current folder)")
    List<Path> inputs;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "port on 127.0.0.1 (default: a free one)")
    int port;

    @Option(names = "--policy", defaultValue = "publish",
            description = "publish (default), pseudonymise, review, or a YAML/JSON policy file")
    String policyName;

    @Option(names = "--vault", paramLabel = "FILE",
            description = "encrypted vault: consistent replacements, and decisions kept across runs (passphrase"
                    + " from " + Passphrases.ENV + " or a prompt)")
    Path vaultFile;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be between 0 and 65535");
        }
        List<Path> given = inputs == null || inputs.isEmpty() ? List.of(Path.of(".")) : inputs;
        for (Path p : given) {
            if (!Files.exists(p)) {
                throw new UserError("no such file or folder: " + p);
            }
        }
        Policy policy;
        try {
            policy = Policies.named(policyName);
        } catch (PolicyException e) {
            throw new UserError(e.getMessage());
        }
        Vault vault = null;
        try {
            vault = vaultFile == null ? null : Vault.open(vaultFile, Passphrases.current());
            serve(given, policy, vault);
        } catch (VaultException e) {
            throw new UserError(e.getMessage());
        } finally {
            if (vault != null) {
                vault.close();
            }
        }
        return 0;
    }

    private void serve(List<Path> given, Policy policy, Vault vault) throws Exception {
        ReviewServer server;
        try {
            server = ReviewServer.start(Analyzer::english, policy, given, port, vault);
        } catch (IOException e) {
            throw new UserError("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Open " + server.url());
        out.println("Serving on 127.0.0.1 only; press Ctrl-C to stop.");
        out.flush();
        Thread stop = new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // Stopping anyway.
            }
        }, "veil-review-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        server.join();
    }
}

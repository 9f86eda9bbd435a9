package org.veil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veil.core.vault.Vault;
import org.veil.core.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code veil vault init|list|reveal|rekey}: the journalist's side of the pseudonym vault. */
@Command(name = "vault", mixinStandardHelpOptions = true, description = "Manage the encrypted pseudonym vault.",
        subcommands = {VaultCommand.Init.class, VaultCommand.ListEntries.class, VaultCommand.Reveal.class,
                VaultCommand.Rekey.class})
final class VaultCommand extends GroupCommand {

    /** Shared by the vault subcommands: the file argument and the error translation. */
    abstract static class OnVault implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "VAULT")
        Path file;

        @Override
        public Integer call() {
            try {
                return run(spec.commandLine().getOut());
            } catch (VaultException e) {
                throw new UserError(e.getMessage());
            }
        }

        abstract int run(PrintWriter out);
    }

    @Command(name = "init", mixinStandardHelpOptions = true, description = "Create a new, empty vault.")
    static final class Init extends OnVault {
        @Override
        int run(PrintWriter out) {
            if (Files.isSymbolicLink(file)) {
                // SQLite would create the vault wherever the link points.
                throw new UserError("cannot create vault " + Names.shown(file) + ": it is a symbolic link");
            }
            try (Vault v = Vault.create(file, Passphrases.fresh(Passphrases.ENV))) {
                out.println("created vault " + file + " (fingerprint " + v.fingerprint() + ")");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List replacements; originals only with --show-originals.")
    static final class ListEntries extends OnVault {
        @Option(names = "--show-originals", description = "also print who or what each replacement stands for")
        boolean showOriginals;

        @Override
        int run(PrintWriter out) {
            try (Vault v = Vault.open(file, Passphrases.current())) {
                List<Vault.Entry> entries = v.entries();
                for (Vault.Entry e : entries) {
                    out.printf("%-13s %-32s%s%n", e.type(), e.replacement(), showOriginals ? "  " + e.original() : "");
                }
                out.println(entries.size() + " entries");
            }
            return 0;
        }
    }

    @Command(name = "reveal", mixinStandardHelpOptions = true, description = "Who or what a replacement stands for.")
    static final class Reveal extends OnVault {
        @Parameters(index = "1", paramLabel = "REPLACEMENT", description = "e.g. \"[PERSON A]\"")
        String replacement;

        @Override
        int run(PrintWriter out) {
            try (Vault v = Vault.open(file, Passphrases.current())) {
                List<Vault.Entry> found = v.reveal(replacement);
                if (found.isEmpty()) {
                    throw new UserError("no entry for '" + replacement + "' in " + file);
                }
                found.forEach(e -> out.println(e.replacement() + " = " + e.original() + " (" + e.type() + ")"));
            }
            return 0;
        }
    }

    @Command(name = "rekey", mixinStandardHelpOptions = true,
            description = "Change the passphrase (new one from " + Passphrases.NEW_ENV + " or a prompt).")
    static final class Rekey extends OnVault {
        @Override
        int run(PrintWriter out) {
            try (Vault v = Vault.open(file, Passphrases.current())) {
                v.rekey(Passphrases.fresh(Passphrases.NEW_ENV));
                out.println("passphrase changed for " + file);
            }
            return 0;
        }
    }
}

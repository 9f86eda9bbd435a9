package org.veil.cli;

import picocli.CommandLine.Command;

/** {@code veil text …}: commands on text. */
@Command(name = "text", mixinStandardHelpOptions = true, description = "Detect and anonymize identifiers in text.",
        subcommands = {DetectCommand.class, AnonymizeCommand.class})
final class TextCommand extends GroupCommand {
}

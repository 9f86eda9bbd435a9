package org.veil.cli;

import picocli.CommandLine.Command;

/** {@code veil text …}: commands on text. */
@Command(name = "text", mixinStandardHelpOptions = true, description = "Detect identifiers in text.",
        subcommands = {DetectCommand.class})
final class TextCommand extends GroupCommand {
}

package org.nftoffload.cli.internal.commands;

import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nftoffload export ansible}: the fleet for another change engine. */
@Command(name = "export", header = "Export the fleet for another tool: an Ansible inventory and playbook.",
		subcommands = { ExportAnsibleCommand.class })
public final class ExportCommand extends ConsoleCommand {

	@Mixin
	HelpOption help;

	@Override
	public Integer call() {
		spec.commandLine().usage(console.err());
		return ExitCodes.USAGE_OR_INPUT;
	}
}

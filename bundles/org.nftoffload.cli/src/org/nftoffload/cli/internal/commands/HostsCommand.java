package org.nftoffload.cli.internal.commands;

import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nftoffload hosts import|list}: the fleet's hosts in bulk. */
@Command(name = "hosts", header = "Import hosts in bulk (CSV, Ansible inventories) and list them.",
		subcommands = { HostsImportCommand.class, HostsListCommand.class })
public final class HostsCommand extends ConsoleCommand {

	@Mixin
	HelpOption help;

	@Override
	public Integer call() {
		spec.commandLine().usage(console.err());
		return ExitCodes.USAGE_OR_INPUT;
	}
}

package org.nftoffload.cli.internal.commands;

import java.util.List;

import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.ops.ApplyResultsCommand;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.HostResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nftoffload apply}: validate, render, diff, apply with commit-confirm and confirm over a new
 * connection, canary first. Hosts whose model has errors are skipped untouched.
 */
@Command(name = "apply", header = "Apply each host's table with commit-confirm, canary first.",
		description = { "Validates, renders and applies; a host rolls back by itself unless the console confirms over",
				"a new connection in time. A confirmed table is kept after a reboot unless --no-persist.",
				"Hosts whose model has errors are skipped untouched." })
public final class ApplyCommand extends ConsoleCommand {

	@Mixin
	FleetOptions fleet;

	@Option(names = "--confirm-timeout", paramLabel = "SECONDS", defaultValue = "60",
			description = "How long a host waits for the confirm before it rolls back, 5-3600 (default: ${DEFAULT-VALUE}).")
	String timeout;

	@Option(names = "--no-persist", description = { "Do not keep the table after a reboot: each host's boot copy is removed",
			"and the table is gone at its next boot (drift then says it is missing). Without this option each",
			"confirmed table is loaded at every boot." })
	boolean noPersist;

	@Mixin
	HelpOption help;

	@Override
	public Integer call() throws CommandFailure {
		int seconds = confirmTimeoutSeconds(timeout);
		fleet.load(true);
		List<HostResult> results = fleet.run("Apply",
				agents -> FleetOperations.apply(agents, seconds, FleetOperations.ApplyHooks.NONE, !noPersist));
		return fleet.saveApplyResultsAndReport("apply", ApplyResultsCommand.Operation.APPLY, results, console);
	}
}

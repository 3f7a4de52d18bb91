package org.nftoffload.cli.internal.commands;

import java.util.List;
import java.util.Map;

import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.ops.ApplyResultsCommand;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.model.Host;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code nftoffload rollback}: restores the previous table on hosts with an unconfirmed apply, the
 * one the fleet file records as the console's last apply to that host (its generation).
 */
@Command(name = "rollback", header = "Restore the previous table on hosts whose apply is not confirmed yet.")
public final class RollbackCommand extends ConsoleCommand {

	@Mixin
	FleetOptions fleet;

	@Mixin
	HelpOption help;

	@Override
	public Integer call() throws CommandFailure {
		fleet.load(false);
		// Each host's own last apply from the fleet file: the agent refuses to roll back any other.
		Map<Host, String> generations = FleetOperations.lastApplyGenerations(fleet.hosts);
		List<HostResult> results = fleet.run("Rollback", agents -> FleetOperations.rollback(agents, generations));
		return fleet.saveApplyResultsAndReport("rollback", ApplyResultsCommand.Operation.ROLLBACK, results, console);
	}
}

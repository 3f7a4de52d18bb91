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

/** {@code nftoffload rollback}: restores the previous table on hosts with an unconfirmed apply. */
@Command(name = "rollback", header = "Restore the previous table on hosts whose apply is not confirmed yet.")
public final class RollbackCommand extends ConsoleCommand {

	@Mixin
	FleetOptions fleet;

	@Mixin
	HelpOption help;

	@Override
	public Integer call() throws CommandFailure {
		fleet.load(false);
		List<HostResult> results = fleet.run("Rollback", FleetOperations::rollback);
		return fleet.saveApplyResultsAndReport("rollback", ApplyResultsCommand.Operation.ROLLBACK, results, console);
	}
}

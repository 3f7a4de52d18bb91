package org.nftoffload.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.nftoffload.cli.internal.Command;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.cli.internal.UsageException;
import org.nftoffload.fleet.ops.ApplyResultsCommand;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.HostResult;

/** {@code nftoffload rollback}: restores the previous table on hosts with an unconfirmed apply. */
public final class RollbackCommand implements Command {

	@Override
	public String name() {
		return "rollback";
	}

	@Override
	public String usage() {
		return "nftoffload rollback " + FleetCommandSupport.OPTIONS;
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		List<String> args = new ArrayList<>(arguments);
		try {
			FleetCommandSupport fleet = FleetCommandSupport.parse(args, false);
			CommandSupport.noMoreOptions(args);
			List<HostResult> results = fleet.run("Rollback", FleetOperations::rollback);
			return fleet.saveApplyResultsAndReport("rollback", ApplyResultsCommand.Operation.ROLLBACK, results, console);
		} catch (CommandSupport.Failed e) {
			console.err().println("nftoffload rollback: " + e.getMessage());
			return e.exitCode;
		}
	}
}

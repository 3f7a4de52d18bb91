package org.nftoffload.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.nftoffload.cli.internal.Command;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.cli.internal.UsageException;
import org.nftoffload.fleet.ops.ApplyResultsCommand;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.HostResult;

/**
 * {@code nftoffload apply}: validate, render, diff, apply with commit-confirm and confirm over a new
 * connection, canary first. Hosts whose model has errors are skipped untouched.
 */
public final class ApplyCommand implements Command {

	@Override
	public String name() {
		return "apply";
	}

	@Override
	public String usage() {
		return "nftoffload apply " + FleetCommandSupport.OPTIONS + " [--confirm-timeout SECONDS]";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		List<String> args = new ArrayList<>(arguments);
		try {
			FleetCommandSupport fleet = FleetCommandSupport.parse(args, true);
			String timeout = CommandSupport.option(args, "--confirm-timeout");
			CommandSupport.noMoreOptions(args);
			int seconds;
			try {
				seconds = timeout == null ? 60 : Integer.parseInt(timeout);
			} catch (NumberFormatException e) {
				throw new UsageException("--confirm-timeout takes whole seconds (5-3600), not " + timeout);
			}
			if (seconds < 5 || seconds > 3600) {
				throw new UsageException("--confirm-timeout must be 5-3600 seconds, not " + seconds);
			}
			List<HostResult> results = fleet.run("Apply",
					agents -> FleetOperations.apply(agents, seconds, FleetOperations.ApplyHooks.NONE));
			return fleet.saveApplyResultsAndReport("apply", ApplyResultsCommand.Operation.APPLY, results, console);
		} catch (CommandSupport.Failed e) {
			console.err().println("nftoffload apply: " + e.getMessage());
			return e.exitCode;
		}
	}
}

package org.nftoffload.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.nftoffload.cli.internal.Command;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.cli.internal.UsageException;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.HostResult;

/** {@code nftoffload stats}: offloaded flows and counters per host, sampled by the agent. */
public final class StatsCommand implements Command {

	@Override
	public String name() {
		return "stats";
	}

	@Override
	public String usage() {
		return "nftoffload stats " + FleetCommandSupport.OPTIONS + " [--samples N] [--interval SECONDS]";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		List<String> args = new ArrayList<>(arguments);
		try {
			FleetCommandSupport fleet = FleetCommandSupport.parse(args, false);
			String samplesText = CommandSupport.option(args, "--samples");
			String intervalText = CommandSupport.option(args, "--interval");
			CommandSupport.noMoreOptions(args);
			int samples;
			int interval;
			try {
				samples = samplesText == null ? 2 : Integer.parseInt(samplesText);
				interval = intervalText == null ? 1 : Integer.parseInt(intervalText);
			} catch (NumberFormatException e) {
				throw new UsageException("--samples and --interval take whole numbers");
			}
			if (samples < 1 || samples > 1_000_000 || interval < 1 || interval > 3600) {
				throw new UsageException("--samples must be 1-1000000 and --interval 1-3600 seconds");
			}
			boolean human = !fleet.json;
			List<HostResult> results = fleet.run("Statistics", agents -> FleetOperations.stats(agents, samples, interval,
					sample -> {
						if (human) {
							synchronized (console) {
								console.out().printf("%-20s seq %d: offloaded sw %d hw %d, tracked %s, forward packets %s%n",
										sample.getKey().getName(), sample.getValue().seq(), sample.getValue().offloadedSw(),
										sample.getValue().offloadedHw(), sample.getValue().conntrackTotal(),
										sample.getValue().forwardPackets());
							}
						}
					}));
			return fleet.report("stats", results, console);
		} catch (CommandSupport.Failed e) {
			console.err().println("nftoffload stats: " + e.getMessage());
			return e.exitCode;
		}
	}
}

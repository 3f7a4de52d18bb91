package org.nftoffload.cli.internal.commands;

import java.util.List;

import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.HostResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nftoffload stats}: offloaded flows and counters per host, sampled by the agent. */
@Command(name = "stats", header = "Sample offloaded flows (software, hardware) and counters on each host.")
public final class StatsCommand extends ConsoleCommand {

	@Mixin
	FleetOptions fleet;

	@Option(names = "--samples", paramLabel = "N", defaultValue = "2", description = "Samples per host, 1-1000000 (default: ${DEFAULT-VALUE}).")
	int samples;

	@Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "1", description = "Seconds between samples, 1-3600 (default: ${DEFAULT-VALUE}).")
	int interval;

	@Mixin
	HelpOption help;

	@Override
	public Integer call() throws CommandFailure {
		if (samples < 1 || samples > 1_000_000 || interval < 1 || interval > 3600) {
			throw usage("--samples must be 1-1000000 and --interval 1-3600 seconds");
		}
		fleet.load(false);
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
	}
}

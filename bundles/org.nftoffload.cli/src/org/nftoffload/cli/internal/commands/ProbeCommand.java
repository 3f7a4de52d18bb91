package org.nftoffload.cli.internal.commands;

import java.util.List;
import java.util.Map;

import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.model.Host;
import org.nftoffload.remote.agent.AgentData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nftoffload probe}: asks each host's agent what it has and writes that into the fleet file. */
@Command(name = "probe", header = "Read each host's kernel, interfaces, offload support and modules into the fleet file.")
public final class ProbeCommand extends ConsoleCommand {

	@Mixin
	FleetOptions fleet;

	@Mixin
	HelpOption help;

	@Override
	public Integer call() throws CommandFailure {
		fleet.load(false);
		Map<Host, AgentData.Probe> probes = FleetOperations.probeResults();
		List<HostResult> results = fleet.run("Probe", agents -> FleetOperations.probe(agents, probes));
		return fleet.saveProbesAndReport("probe", probes, results, console);
	}
}

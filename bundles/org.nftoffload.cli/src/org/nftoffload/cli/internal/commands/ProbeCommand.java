package org.nftoffload.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nftoffload.cli.internal.Command;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.cli.internal.UsageException;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.model.Host;
import org.nftoffload.remote.agent.AgentData;

/** {@code nftoffload probe}: asks each host's agent what it has and writes that into the fleet file. */
public final class ProbeCommand implements Command {

	@Override
	public String name() {
		return "probe";
	}

	@Override
	public String usage() {
		return "nftoffload probe " + FleetCommandSupport.OPTIONS;
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		List<String> args = new ArrayList<>(arguments);
		try {
			FleetCommandSupport fleet = FleetCommandSupport.parse(args, false);
			CommandSupport.noMoreOptions(args);
			Map<Host, AgentData.Probe> probes = FleetOperations.probeResults();
			List<HostResult> results = fleet.run("Probe", agents -> FleetOperations.probe(agents, probes));
			return fleet.saveProbesAndReport("probe", probes, results, console);
		} catch (CommandSupport.Failed e) {
			console.err().println("nftoffload probe: " + e.getMessage());
			return e.exitCode;
		}
	}
}

package org.nftoffload.cli.internal.commands;

import java.util.List;
import java.util.Map;

import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.ModuleOperations;
import org.nftoffload.fleet.ops.ModuleOptions;
import org.nftoffload.model.Host;
import org.nftoffload.remote.agent.AgentData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nftoffload module}: makes the flow-offload modules present on each host (load, build with
 * {@code --build}, persist with {@code --persist}) and, like probe, writes what the hosts have
 * afterwards into the fleet file.
 */
@Command(name = "module", header = "Load, build or persist the flow-offload modules on each host.", description = {
		"Makes nf_flow_table, nf_flow_table_inet and nft_flow_offload present on each host:",
		"  built in or loaded  nothing to do",
		"  installed           loaded (modprobe)",
		"  missing             with --build: the kmod package is uploaded to",
		"                      ~/.cache/nft-offload/kmod-<sha256>/ on the host, built there against the",
		"                      kernel's headers and own source, and loaded; without --build the host",
		"                      fails and the reason says what to install",
		"Each host is probed afterwards and the results are saved into the fleet file, as probe does." },
		footerHeading = "%n", footer = "Exit codes: 0 all hosts done, 1 some host failed, 2 usage error or unreadable fleet file.")
public final class ModuleCommand extends ConsoleCommand {

	@Mixin
	FleetOptions fleet;

	@Option(names = "--build", description = "Build the modules on hosts that have none (needs headers, make and gcc on the host).")
	boolean build;

	@Option(names = "--persist", description = "Also load them at boot (/etc/modules-load.d/nft-offload.conf; modules the console "
			+ "built are installed under /lib/modules/<kernel>/updates).")
	boolean persist;

	@Mixin
	HelpOption help;

	@Override
	public Integer call() throws CommandFailure {
		fleet.load(false);
		ModuleOptions options = new ModuleOptions(build, persist);
		Map<Host, AgentData.Probe> probes = FleetOperations.probeResults();
		List<HostResult> results = fleet.run("Modules", agents -> ModuleOperations.ensure(agents, options, probes));
		return fleet.saveProbesAndReport("module", probes, results, console);
	}
}

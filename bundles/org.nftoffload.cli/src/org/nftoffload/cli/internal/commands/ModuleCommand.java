package org.nftoffload.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nftoffload.cli.internal.Command;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.cli.internal.UsageException;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.ModuleOperations;
import org.nftoffload.fleet.ops.ModuleOptions;
import org.nftoffload.model.Host;
import org.nftoffload.remote.agent.AgentData;

/**
 * {@code nftoffload module}: makes the flow-offload modules present on each host (load, build with
 * {@code --build}, persist with {@code --persist}) and, like probe, writes what the hosts have
 * afterwards into the fleet file.
 */
public final class ModuleCommand implements Command {

	@Override
	public String name() {
		return "module";
	}

	@Override
	public String usage() {
		return "nftoffload module " + FleetCommandSupport.OPTIONS + " [--build] [--persist]";
	}

	@Override
	public String help() {
		return "usage: " + usage() + "\n\n"
				+ "Makes the flow-offload modules (" + String.join(", ", ModuleOperations.FLOW_MODULES)
				+ ") present on each host:\n"
				+ "  built in or loaded  nothing to do\n"
				+ "  installed           loaded (modprobe)\n"
				+ "  missing             with --build: the kmod package is uploaded to ~/.cache/nft-offload/kmod-<sha256>/\n"
				+ "                      on the host, built there against the kernel's headers and own source, and\n"
				+ "                      loaded; without --build the host fails and the reason says what to install\n"
				+ "\n"
				+ "  --build       build the modules on hosts that have none (needs headers, make and gcc on the host)\n"
				+ "  --persist     also load them at boot (/etc/modules-load.d/nft-offload.conf; modules the console\n"
				+ "                built are installed under /lib/modules/<kernel>/updates)\n"
				+ "  --hosts a,b   only these hosts of the fleet (default: all)\n"
				+ "  --json        one JSON object with a result per host instead of text\n"
				+ "  --accept-new  record unknown host keys instead of refusing them\n"
				+ "\n"
				+ "Each host is probed afterwards and the results are saved into the fleet file, as 'nftoffload probe' does.\n"
				+ "Exit codes: 0 all hosts done, 1 some host failed, 2 usage error or unreadable fleet file.";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		List<String> args = new ArrayList<>(arguments);
		try {
			FleetCommandSupport fleet = FleetCommandSupport.parse(args, false);
			ModuleOptions options = new ModuleOptions(args.remove("--build"), args.remove("--persist"));
			CommandSupport.noMoreOptions(args);
			Map<Host, AgentData.Probe> probes = FleetOperations.probeResults();
			List<HostResult> results = fleet.run("Modules", agents -> ModuleOperations.ensure(agents, options, probes));
			return fleet.saveProbesAndReport("module", probes, results, console);
		} catch (CommandSupport.Failed e) {
			console.err().println("nftoffload module: " + e.getMessage());
			return e.exitCode;
		}
	}
}

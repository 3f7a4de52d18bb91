package org.nftoffload.cli.internal.commands;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.nftoffload.cli.internal.Console;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.UsageException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.nftoffload.fleet.FleetFileException;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.fleet.ops.ApplyResultsCommand;
import org.nftoffload.fleet.ops.FleetRunner;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.ProbeResultsCommand;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.SecureCredentialStore;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;

/**
 * What probe, apply, rollback and stats share: {@code --fleet F [--hosts a,b] [--json]
 * [--accept-new] [--parallel N] [--max-failures K] [--no-canary]}, the SSH setup, and the
 * per-host report with the exit code (0 all done, 1 some host failed/rolled back/skipped for
 * its model, 2 usage or unreadable input).
 */
final class FleetCommandSupport {

	static final String OPTIONS = "--fleet FILE [--hosts a,b] [--json] [--accept-new] [--parallel N] [--max-failures K] [--no-canary]";

	final Path fleetFile;
	final Fleet fleet;
	final List<Host> hosts;
	final boolean json;
	final boolean acceptNew;
	final RolloutOptions rollout;

	private FleetCommandSupport(Path fleetFile, Fleet fleet, List<Host> hosts, boolean json, boolean acceptNew,
			RolloutOptions rollout) {
		this.fleetFile = fleetFile;
		this.fleet = fleet;
		this.hosts = hosts;
		this.json = json;
		this.acceptNew = acceptNew;
		this.rollout = rollout;
	}

	/** Parses the shared options (removing them from {@code args}) and loads the fleet. */
	static FleetCommandSupport parse(List<String> args, boolean canaryByDefault) throws UsageException, CommandSupport.Failed {
		String fleetPath = CommandSupport.option(args, "--fleet");
		String hostList = CommandSupport.option(args, "--hosts");
		String parallel = CommandSupport.option(args, "--parallel");
		String maxFailures = CommandSupport.option(args, "--max-failures");
		boolean json = args.remove("--json");
		boolean acceptNew = args.remove("--accept-new");
		boolean noCanary = args.remove("--no-canary");
		if (fleetPath == null) {
			throw new UsageException("--fleet FILE is required");
		}
		RolloutOptions rollout;
		try {
			rollout = new RolloutOptions(parallel == null ? 16 : Integer.parseInt(parallel), canaryByDefault && !noCanary,
					maxFailures == null ? Integer.MAX_VALUE : Integer.parseInt(maxFailures));
		} catch (NumberFormatException e) {
			throw new UsageException("--parallel and --max-failures take a whole number: " + e.getMessage());
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		Path file = Path.of(fleetPath);
		Fleet fleet;
		try {
			fleet = FleetFiles.load(file);
		} catch (FleetFileException e) {
			throw new CommandSupport.Failed(ExitCodes.USAGE_OR_INPUT, e.getMessage());
		}
		List<Host> hosts = new ArrayList<>();
		if (hostList == null) {
			hosts.addAll(fleet.getHosts());
		} else {
			for (String name : hostList.split(",")) {
				hosts.add(CommandSupport.host(fleet, file, name.strip()));
			}
		}
		if (hosts.isEmpty()) {
			throw new CommandSupport.Failed(ExitCodes.USAGE_OR_INPUT, file + ": the fleet has no hosts; add some first");
		}
		return new FleetCommandSupport(file, fleet, hosts, json, acceptNew, rollout);
	}

	/** Runs {@code action} over the selected hosts as the options say, then closes the SSH sessions. */
	List<HostResult> run(String label, Function<HostAgents, FleetRunner.HostAction> action) throws CommandSupport.Failed {
		try (HostAgents agents = agents()) {
			return FleetRunner.run(label, hosts, action.apply(agents), rollout, new NullProgressMonitor());
		}
	}

	/**
	 * For the commands that end with a probe (probe, module): writes what the hosts reported into the
	 * fleet file, then reports. A fleet file that cannot be written is the command's failure.
	 */
	int saveProbesAndReport(String operation, Map<Host, AgentData.Probe> probes, List<HostResult> results,
			Console console) {
		if (!probes.isEmpty()) {
			ProbeResultsCommand.executeDirectly(probes);
			try {
				FleetFiles.save(fleet, fleetFile);
			} catch (FleetFileException e) {
				console.err().println("nftoffload " + operation + ": " + e.getMessage());
				return ExitCodes.PROBLEMS;
			}
		}
		return report(operation, results, console);
	}

	/**
	 * For apply and rollback: writes how each host's apply ended (last apply status, time, message)
	 * into the fleet file, then reports. A fleet file that cannot be written is the command's failure.
	 */
	int saveApplyResultsAndReport(String operation, ApplyResultsCommand.Operation kind, List<HostResult> results,
			Console console) {
		if (ApplyResultsCommand.executeDirectly(kind, hosts, results)) {
			try {
				FleetFiles.save(fleet, fleetFile);
			} catch (FleetFileException e) {
				console.err().println("nftoffload " + operation + ": " + e.getMessage());
				return ExitCodes.PROBLEMS;
			}
		}
		return report(operation, results, console);
	}

	private HostAgents agents() throws CommandSupport.Failed {
		CredentialStore credentials;
		try {
			credentials = new SecureCredentialStore();
		} catch (RuntimeException e) {
			// Headless without secure storage: keys and ssh-agent still work, stored passwords do not.
			credentials = CredentialStore.NONE;
		}
		try {
			return new HostAgents(new SshConnector(SshSettings.defaults(), credentials,
					acceptNew ? UnknownHostKeyPolicy.ACCEPT_NEW : UnknownHostKeyPolicy.REFUSE), AgentDeployer.shipped(),
					Duration.ofSeconds(60));
		} catch (java.io.IOException e) {
			throw new CommandSupport.Failed(ExitCodes.USAGE_OR_INPUT, e.getMessage());
		}
	}

	/** Prints the results and returns the exit code. */
	int report(String operation, List<HostResult> results, Console console) {
		boolean anyFailed = results.stream().anyMatch(r -> r.failed() || (r.status() == HostResult.Status.SKIPPED
				&& !r.reason().startsWith("nothing")));
		if (json) {
			StringBuilder out = new StringBuilder("{\"operation\":").append(quote(operation)).append(",\"fleet\":")
					.append(quote(fleetFile.toString())).append(",\"results\":[");
			for (int i = 0; i < results.size(); i++) {
				HostResult r = results.get(i);
				out.append(i == 0 ? "" : ",").append("{\"host\":").append(quote(r.host())).append(",\"status\":")
						.append(quote(r.status().name().toLowerCase())).append(",\"reason\":").append(quote(r.reason()))
						.append(",\"millis\":").append(r.millis()).append('}');
			}
			out.append("]}");
			console.out().println(out);
		} else {
			for (HostResult r : results) {
				console.out().printf("%-20s %-12s %s%n", r.host(), r.status().name().toLowerCase().replace('_', ' '),
						r.reason());
			}
			long ok = results.stream().filter(r -> r.status() == HostResult.Status.SUCCESS).count();
			console.out().println(operation + ": " + ok + " of " + results.size() + " host(s) done");
		}
		return anyFailed ? ExitCodes.PROBLEMS : ExitCodes.OK;
	}

	static String quote(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\t' -> out.append("\\t");
			case '\r' -> out.append("\\r");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}

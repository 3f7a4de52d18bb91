package org.nftoffload.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.fleet.FleetFileException;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.fleet.HostSelection;
import org.nftoffload.fleet.ops.ApplyResultsCommand;
import org.nftoffload.fleet.ops.FleetRunner;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.ProbeResultsCommand;
import org.nftoffload.fleet.ops.RemoteAccess;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.internal.ConsoleLog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What probe, module, apply, rollback, stats and exporter share: the fleet file, which of its hosts
 * ({@code --hosts}, {@code --group}, {@code --tag}), how the rollout spreads, SSH host keys, and
 * the per-host report with the exit code (0 all done, 1 some host failed, was rolled back or
 * skipped for its model, 2 usage or unreadable input).
 */
public final class FleetOptions {

	@Spec(Spec.Target.MIXEE)
	CommandSpec command;

	@Option(names = "--fleet", required = true, paramLabel = "FILE", description = "The fleet file.")
	Path fleetFile;

	@Option(names = "--hosts", paramLabel = "HOST", split = ",",
			description = "Only these hosts, comma-separated; the first is the canary. With --group or --tag: these and those.")
	List<String> hostNames = new ArrayList<>();

	@Option(names = "--group", paramLabel = "G",
			description = "The hosts of group G and of its subgroups (repeatable).")
	List<String> groups = new ArrayList<>();

	@Option(names = "--tag", paramLabel = "T", description = "The hosts tagged T (repeatable).")
	List<String> tags = new ArrayList<>();

	@Option(names = "--json", description = "One JSON object with a result per host instead of text.")
	boolean json;

	@Option(names = "--accept-new", description = "Record unknown SSH host keys instead of refusing them (changed keys are always refused).")
	boolean acceptNew;

	@picocli.CommandLine.Mixin
	MasterPasswordOption masterPassword;

	@Option(names = "--parallel", paramLabel = "N", defaultValue = "16", description = "Hosts worked on at once (default: ${DEFAULT-VALUE}).")
	int parallel;

	@Option(names = "--max-failures", paramLabel = "K", description = "Start no new host after K failures (default: no limit).")
	Integer maxFailures;

	@Option(names = "--no-canary", description = "Apply only: no canary host alone first.")
	boolean noCanary;

	/** The fleet and its selected hosts, loaded by {@link #load}. */
	Fleet fleet;
	List<Host> hosts;
	RolloutOptions rollout;

	/** Checks the options and loads the fleet with its selected hosts. */
	void load(boolean canaryByDefault) throws CommandFailure {
		try {
			rollout = new RolloutOptions(parallel, canaryByDefault && !noCanary,
					maxFailures == null ? Integer.MAX_VALUE : maxFailures);
		} catch (IllegalArgumentException e) {
			throw new ParameterException(command.commandLine(), e.getMessage());
		}
		fleet = CommandSupport.load(fleetFile);
		hosts = CommandSupport.select(fleet, fleetFile, selection());
		if (hosts.isEmpty()) {
			throw new CommandFailure(ExitCodes.USAGE_OR_INPUT, fleet.getHosts().isEmpty()
					? fleetFile + ": the fleet has no hosts; add some first"
					: fleetFile + ": " + selection().describe() + " has no hosts; add hosts to it or pick others");
		}
	}

	HostSelection selection() {
		return HostSelection.of(hostNames.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(), groups, tags);
	}

	/** Runs {@code action} over the selected hosts as the options say, then closes the SSH sessions. */
	List<HostResult> run(String label, Function<HostAgents, FleetRunner.HostAction> action) throws CommandFailure {
		try (HostAgents agents = openAgents()) {
			return FleetRunner.run(label, hosts, action.apply(agents), rollout, new NullProgressMonitor());
		}
	}

	/**
	 * SSH sessions to the hosts with the options' host-key policy and master password; the caller
	 * closes them.
	 */
	HostAgents openAgents() throws CommandFailure {
		try {
			masterPassword.install();
			return RemoteAccess.defaults().open(acceptNew ? UnknownHostKeyPolicy.ACCEPT_NEW : UnknownHostKeyPolicy.REFUSE);
		} catch (java.io.IOException e) {
			throw new CommandFailure(ExitCodes.USAGE_OR_INPUT, e.getMessage());
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
				console.err().println(saveFailure(operation, "the probe results", e));
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
				console.err().println(saveFailure(operation, "how each host's " + operation + " ended", e));
				return ExitCodes.PROBLEMS;
			}
		}
		return report(operation, results, console);
	}

	/**
	 * The line for a fleet file that could not be written. When another program (the workbench,
	 * another nftoffload) saved it while the command ran, the command never overwrites that: it says
	 * so and what to do, and its own results are not written.
	 */
	private String saveFailure(String operation, String what, FleetFileException e) {
		ConsoleLog.warn(FleetOptions.class, "nftoffload " + operation + ": saving " + fleetFile + " failed: " + e.getMessage(), e);
		if (e.problem() == FleetFileException.Problem.CHANGED_ON_DISK) {
			return "nftoffload " + operation + ": " + fleetFile + " was changed by another program while " + operation
					+ " ran (the workbench or another nftoffload saved it); it was not overwritten, and " + what
					+ " were not written into it. Run nftoffload " + operation + " again.";
		}
		return "nftoffload " + operation + ": " + e.getMessage();
	}

	/** Prints the results and returns the exit code. */
	int report(String operation, List<HostResult> results, Console console) {
		boolean anyFailed = results.stream().anyMatch(r -> r.failed() || (r.status() == HostResult.Status.SKIPPED
				&& !r.reason().startsWith("nothing")));
		if (json) {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("operation", operation);
			out.put("fleet", fleetFile.toString());
			List<Map<String, Object>> rows = new ArrayList<>();
			for (HostResult r : results) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("host", r.host());
				row.put("status", r.status().name().toLowerCase());
				row.put("reason", r.reason());
				row.put("millis", r.millis());
				rows.add(row);
			}
			out.put("results", rows);
			try {
				console.out().println(new ObjectMapper().writeValueAsString(out));
			} catch (JsonProcessingException e) {
				throw new IllegalStateException("results of plain strings and numbers are always JSON", e);
			}
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
}

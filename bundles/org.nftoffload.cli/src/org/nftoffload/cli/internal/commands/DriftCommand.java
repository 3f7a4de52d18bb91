package org.nftoffload.cli.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.fleet.ops.HostResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code nftoffload drift}: whether each host still runs what the fleet file says, changing
 * nothing (neither the hosts nor the file). Exit codes as Terraform's {@code plan
 * -detailed-exitcode}, so that cron and CI can gate on it: 0 every host in sync (or not applied
 * yet), 2 some host drifted, 1 some host could not be checked or the input is wrong.
 */
@Command(name = "drift", header = "Check that each host still runs what the fleet file says.",
		description = { "Reads each host's ruleset, modules, devices and sysctls and compares them with the model;"
				+ " changes nothing on the hosts or in the file.",
				"Exit 0: all in sync (or not applied yet); 2: some host drifted; 1: some host could not be checked"
						+ " (unreachable, never probed, model errors) or wrong usage." })
public final class DriftCommand extends ConsoleCommand {

	@Mixin
	FleetOptions fleet;

	@Mixin
	HelpOption help;

	@Override
	public Integer call() throws CommandFailure {
		fleet.load(false);
		List<HostResult> results = fleet.run("Drift check", DriftCheck::check);
		Map<DriftCheck.State, Integer> counts = new TreeMap<>();
		boolean uncheckable = false;
		for (HostResult result : results) {
			DriftCheck.State state = DriftCheck.state(result);
			if (state == null || state == DriftCheck.State.UNREACHABLE || state == DriftCheck.State.NOT_PROBED) {
				uncheckable = true;
			}
			if (state != null) {
				counts.merge(state, 1, Integer::sum);
			}
		}
		if (fleet.json) {
			printJson(results);
		} else {
			printText(results, counts);
		}
		if (uncheckable) {
			return ExitCodes.PROBLEMS;
		}
		return counts.containsKey(DriftCheck.State.DRIFTED) ? ExitCodes.DRIFTED : ExitCodes.OK;
	}

	@Override
	public int usageExitCode() {
		// exit 2 means "drifted" here: a script must not read a typo as drift
		return ExitCodes.PROBLEMS;
	}

	private void printText(List<HostResult> results, Map<DriftCheck.State, Integer> counts) {
		for (HostResult result : results) {
			DriftCheck.State state = DriftCheck.state(result);
			List<String> differences = DriftCheck.differences(result);
			if (state == DriftCheck.State.DRIFTED) {
				console.out().printf("%-20s %s%n", result.host(), state.label());
				differences.forEach(d -> console.out().println("    " + d));
			} else {
				console.out().printf("%-20s %-16s %s%n", result.host(), state == null ? "not checked" : state.label(),
						state == DriftCheck.State.IN_SYNC ? "" : result.reason());
			}
		}
		List<String> summary = new ArrayList<>();
		counts.forEach((state, n) -> summary.add(n + " " + state.label()));
		long unchecked = results.stream().filter(r -> DriftCheck.state(r) == null).count();
		if (unchecked > 0) {
			summary.add(unchecked + " not checked");
		}
		console.out().println("drift: " + String.join(", ", summary) + " (" + results.size() + " host(s))");
	}

	private void printJson(List<HostResult> results) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("operation", "drift");
		out.put("fleet", fleet.fleetFile.toString());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (HostResult result : results) {
			DriftCheck.State state = DriftCheck.state(result);
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("host", result.host());
			row.put("drift", state == null ? "not_checked" : state.key());
			row.put("reason", result.reason());
			row.put("differences", DriftCheck.differences(result));
			row.put("diff", result.details().get(DriftCheck.DIFF));
			rows.add(row);
		}
		out.put("results", rows);
		try {
			console.out().println(new ObjectMapper().writeValueAsString(out));
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("results of plain strings and lists are always JSON", e);
		}
	}
}

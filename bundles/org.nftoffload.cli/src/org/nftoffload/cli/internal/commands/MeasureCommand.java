package org.nftoffload.cli.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.OffloadEffect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nftoffload measure}: what offloading buys on each selected host under the traffic it
 * carries now, the console's offload rules bypassed for a while and then active, side by side.
 */
@Command(name = "measure", header = "Measure what offload buys: slow path, CPU and throughput with the offload rules bypassed, then active.",
		description = { "For --seconds the host runs its table without the offload rules' flow add (an apply the host"
				+ " rolls back by itself within 2 x seconds + 60 s if the console goes away), then as many seconds with"
				+ " the table it ran before. Run it while the host carries traffic; it must run what the model says.",
				"Under QEMU's TCG and on a busy host throughput is noisy; the slow-path packets are the proof." })
public final class MeasureCommand extends ConsoleCommand {

	@Mixin
	FleetOptions fleet;

	@Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
			description = "Seconds of each phase, " + OffloadEffect.MIN_SECONDS + "-" + OffloadEffect.MAX_SECONDS
					+ " (default: ${DEFAULT-VALUE}).")
	int seconds;

	@Mixin
	HelpOption help;

	@Override
	public Integer call() throws CommandFailure {
		if (seconds < OffloadEffect.MIN_SECONDS || seconds > OffloadEffect.MAX_SECONDS) {
			throw usage("--seconds must be " + OffloadEffect.MIN_SECONDS + "-" + OffloadEffect.MAX_SECONDS);
		}
		fleet.load(false);
		List<HostResult> results = fleet.run("Measure offload effect", agents -> OffloadEffect.measure(agents, seconds));
		if (fleet.json) {
			printJson(results);
		} else {
			results.forEach(this::printText);
		}
		return results.stream().allMatch(r -> r.status() == HostResult.Status.SUCCESS) ? ExitCodes.OK : ExitCodes.PROBLEMS;
	}

	private void printText(HostResult result) {
		OffloadEffect.Result effect = OffloadEffect.result(result);
		if (effect == null) {
			console.out().printf("%-20s %s: %s%n", result.host(), result.status().name().toLowerCase(Locale.ROOT),
					result.reason());
			return;
		}
		console.out().printf("%s: %d s bypassed, then %d s with offload%n", result.host(), effect.bypassed().seconds(),
				effect.active().seconds());
		console.out().printf("  %-34s %14s %14s%n", "", "bypassed", "offload");
		row("slow path, packets/s", effect.bypassed().slowPathPacketsPerSecond(), effect.active().slowPathPacketsPerSecond(), "%.0f");
		row("softirq share of CPU, %", percent(effect.bypassed().softirqShare()), percent(effect.active().softirqShare()), "%.1f");
		row("CPU busy, %", percent(effect.bypassed().cpuBusy()), percent(effect.active().cpuBusy()), "%.1f");
		row("packets/s in (flowtable devices)", effect.bypassed().packetsPerSecond(), effect.active().packetsPerSecond(), "%.0f");
		row("throughput in, Mbit/s", mega(effect.bypassed().bitsPerSecond()), mega(effect.active().bitsPerSecond()), "%.1f");
		row("offloaded flows (mean)", effect.bypassed().offloadedFlows(), effect.active().offloadedFlows(), "%.1f");
		Double reduction = effect.slowPathReduction();
		console.out().println("  slow path with offload: " + (reduction == null ? "no slow-path traffic to compare"
				: String.format(Locale.ROOT, "%.1f %% less", 100 * reduction)));
	}

	private void row(String label, Double bypassed, Double active, String format) {
		console.out().printf("  %-34s %14s %14s%n", label, cell(bypassed, format), cell(active, format));
	}

	private static String cell(Double value, String format) {
		return value == null ? "n/a" : String.format(Locale.ROOT, format, value);
	}

	private static Double percent(Double share) {
		return share == null ? null : share * 100;
	}

	private static Double mega(Double bits) {
		return bits == null ? null : bits / 1e6;
	}

	private void printJson(List<HostResult> results) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("operation", "measure");
		out.put("fleet", fleet.fleetFile.toString());
		out.put("seconds", seconds);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (HostResult result : results) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("host", result.host());
			row.put("status", result.status().name().toLowerCase(Locale.ROOT));
			row.put("reason", result.reason());
			OffloadEffect.Result effect = OffloadEffect.result(result);
			row.put("effect", effect == null ? null : effect.toMap());
			rows.add(row);
		}
		out.put("results", rows);
		try {
			console.out().println(new ObjectMapper().writeValueAsString(out));
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("results of numbers and strings are always JSON", e);
		}
	}
}

package org.nftoffload.fleet.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetDiff;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentRequest;
import org.nftoffload.remote.agent.AgentMessage.Response;

/**
 * What offloading buys on one host, measured under the traffic it carries: {@code seconds} of
 * statistics with the console's offload rules bypassed, then as many with them active, side by
 * side (slow-path packets/s, softirq and CPU share, packets/s and throughput in on the flowtable
 * devices, offloaded flows).
 * <p>
 * Bypassing is an apply with commit-confirm that is never confirmed: the same table with each
 * rule's {@code flow add} left out (its counter stays, so the slow path is counted by the same
 * rules in both phases). The measurement then rolls it back itself, which brings the host's own
 * table back. Whatever goes wrong afterwards (an error, a lost session, the console gone) the
 * host's timer restores that table at its deadline: {@code 2 × seconds + 60} s after the bypass.
 * A host that does not run what the model says is not touched: the bypass is made from the model,
 * and must differ from what runs only in the offload.
 */
public final class OffloadEffect {

	/** Detail of a measurement's result: the {@link Result}. */
	public static final String RESULT = "offload_effect";

	/** Bounds of {@code seconds}: enough samples for a rate, not so long that the fast path stays off for long. */
	public static final int MIN_SECONDS = 3;
	public static final int MAX_SECONDS = 300;

	/** How long the host waits after each switch before its phase counts: flows re-enter the fast path on their next packet. */
	static final Duration SETTLE = Duration.ofSeconds(2);

	/**
	 * One phase's figures; {@code null} where the host did not report the quantity.
	 *
	 * @param slowPathPacketsPerSecond packets the offload rules saw on the slow path (their counters), per second
	 * @param packetsPerSecond         packets received on the flowtable devices, per second
	 * @param bitsPerSecond            bits received on the flowtable devices, per second
	 * @param offloadedFlows           connections offloaded (software and hardware), the phase's mean
	 */
	public record Phase(int samples, long seconds, Double slowPathPacketsPerSecond, Double softirqShare, Double cpuBusy,
			Double packetsPerSecond, Double bitsPerSecond, double offloadedFlows, long offloadedFlowsMax) {
	}

	/** Both phases, bypassed first. */
	public record Result(Phase bypassed, Phase active) {

		/** How much less the slow path carried with offload active, 0..1 (1: nothing); null when unknown. */
		public Double slowPathReduction() {
			Double before = bypassed.slowPathPacketsPerSecond();
			Double after = active.slowPathPacketsPerSecond();
			if (before == null || after == null || before <= 0) {
				return null;
			}
			return 1 - after / before;
		}

		/** For JSON and reports: the figures by name, phases side by side. */
		public Map<String, Object> toMap() {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("bypassed", phaseMap(bypassed));
			out.put("active", phaseMap(active));
			out.put("slow_path_reduction", slowPathReduction());
			return out;
		}

		/**
		 * A result as {@link #toMap} wrote it (a {@code measure --json} file read back).
		 *
		 * @throws IllegalArgumentException naming the field that is missing or not a number
		 */
		public static Result fromMap(Map<?, ?> map) {
			return new Result(phaseOf(map.get("bypassed"), "bypassed"), phaseOf(map.get("active"), "active"));
		}

		private static Phase phaseOf(Object value, String name) {
			if (!(value instanceof Map<?, ?> phase)) {
				throw new IllegalArgumentException("'" + name + "' is not an object of figures");
			}
			return new Phase((int) whole(phase, name, "samples"), whole(phase, name, "seconds"),
					decimal(phase, "slow_path_packets_per_second"), decimal(phase, "softirq_share"),
					decimal(phase, "cpu_busy"), decimal(phase, "packets_per_second"), decimal(phase, "bits_per_second"),
					required(phase, name, "offloaded_flows").doubleValue(), whole(phase, name, "offloaded_flows_max"));
		}

		private static Number required(Map<?, ?> phase, String name, String key) {
			if (!(phase.get(key) instanceof Number number)) {
				throw new IllegalArgumentException("'" + name + "." + key + "' is not a number");
			}
			return number;
		}

		private static long whole(Map<?, ?> phase, String name, String key) {
			return required(phase, name, key).longValue();
		}

		private static Double decimal(Map<?, ?> phase, String key) {
			return phase.get(key) instanceof Number number ? number.doubleValue() : null;
		}

		private static Map<String, Object> phaseMap(Phase phase) {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("samples", phase.samples());
			out.put("seconds", phase.seconds());
			out.put("slow_path_packets_per_second", phase.slowPathPacketsPerSecond());
			out.put("softirq_share", phase.softirqShare());
			out.put("cpu_busy", phase.cpuBusy());
			out.put("packets_per_second", phase.packetsPerSecond());
			out.put("bits_per_second", phase.bitsPerSecond());
			out.put("offloaded_flows", phase.offloadedFlows());
			out.put("offloaded_flows_max", phase.offloadedFlowsMax());
			return out;
		}
	}

	private static final Pattern FLOW_ADD = Pattern.compile("counter flow add @[A-Za-z][A-Za-z0-9_-]*");

	private OffloadEffect() {
	}

	/** The result of a measurement, or null for a host that was not measured. */
	public static Result result(HostResult result) {
		return result.details().get(RESULT) instanceof Result r ? r : null;
	}

	/** The per-host action: measure {@code seconds} bypassed, then {@code seconds} active. */
	public static FleetRunner.HostAction measure(HostAgents agents, int seconds) {
		if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
			throw new IllegalArgumentException("a phase lasts " + MIN_SECONDS + "-" + MAX_SECONDS + " seconds, not " + seconds);
		}
		return host -> {
			List<String> errors = FleetOperations.validationErrors(host);
			if (!errors.isEmpty()) {
				return HostResult.skipped(host.getName(), "not touched: the model has validation errors: "
						+ String.join("; ", errors));
			}
			List<String> families = families(host);
			if (families.isEmpty()) {
				return HostResult.skipped(host.getName(), "not touched: no flowtable with an offload mode, so nothing to measure");
			}
			if (families.size() > 1) {
				return HostResult.skipped(host.getName(), "not touched: flowtables in several families " + families
						+ "; the bypass replaces one table: keep this host's flowtables in one family");
			}
			String bypass = bypassTables(host);
			AgentClient agent = agents.agent(host);
			String live = String.valueOf(agent.callOk(new AgentRequest.RulesetGet("text", null, null), Duration.ofMinutes(1))
					.data().get("text"));
			RulesetDiff.Result diff = RulesetDiff.diff(host, NftTextParser.parse(live, host.getName() + " (live)"));
			if (!diff.isEmpty()) {
				return new HostResult(host.getName(), HostResult.Status.FAILED, "not touched: the host does not run what the"
						+ " model says (" + diff.changes().size() + " change(s)); apply first, so that the measurement"
						+ " compares the model's offload with none", 0, Map.of("diff", diff.unifiedDiff()));
			}
			List<String> devices = DataPlaneCheck.devices(host);
			int deadline = 2 * seconds + 60;
			AgentData.Applied applied = AgentData.Applied.of(agent.callOk(
					new AgentRequest.Apply(bypass, families.get(0), host.getTableName(), deadline), Duration.ofMinutes(1)));
			Phase bypassed;
			try {
				Thread.sleep(SETTLE);
				bypassed = phase(sample(agent, host, devices, seconds), devices);
			} catch (Exception | Error e) {
				restore(agent, applied.generation(), e);
				throw e;
			}
			Response back;
			try {
				back = agent.call(new AgentRequest.Rollback(applied.generation()), Duration.ofMinutes(1));
			} catch (java.io.IOException e) {
				return new HostResult(host.getName(), HostResult.Status.FAILED, "measured the bypassed phase, then lost the"
						+ " host (" + e.getMessage() + "); it restores its table by itself within " + deadline
						+ " s of the bypass", 0, null);
			}
			if (!back.ok()) {
				return new HostResult(host.getName(), HostResult.Status.FAILED, "measured the bypassed phase, but the host"
						+ " refused to restore its table (" + back.code() + ": " + back.message() + "); it restores it by"
						+ " itself within " + deadline + " s of the bypass", 0, null);
			}
			Thread.sleep(SETTLE);
			Phase active = phase(sample(agent, host, devices, seconds), devices);
			Result result = new Result(bypassed, active);
			Map<String, Object> details = new LinkedHashMap<>();
			details.put(RESULT, result);
			return new HostResult(host.getName(), HostResult.Status.SUCCESS, summary(result), 0, details);
		};
	}

	/** Brings the host's table back after a failure in the bypassed phase; the failure stays the result. */
	private static void restore(AgentClient agent, String generation, Throwable failure) {
		try {
			agent.call(new AgentRequest.Rollback(generation), Duration.ofMinutes(1));
		} catch (Exception e) {
			failure.addSuppressed(e); // the host's own timer restores it at the deadline
		}
	}

	static String summary(Result result) {
		Double reduction = result.slowPathReduction();
		return "slow path " + rate(result.bypassed().slowPathPacketsPerSecond()) + " packets/s bypassed, "
				+ rate(result.active().slowPathPacketsPerSecond()) + " with offload"
				+ (reduction == null ? "" : String.format(java.util.Locale.ROOT, " (%.1f %% less)", 100 * reduction))
				+ "; offloaded flows " + String.format(java.util.Locale.ROOT, "%.1f", result.active().offloadedFlows());
	}

	private static String rate(Double value) {
		return value == null ? "?" : String.format(java.util.Locale.ROOT, "%.0f", value);
	}

	/** The families of the flowtables whose rules the renderer writes (offload mode other than none). */
	private static List<String> families(Host host) {
		TreeSet<String> families = new TreeSet<>();
		for (Flowtable flowtable : host.getFlowtables()) {
			if (flowtable.getOffloadMode() != OffloadMode.NONE) {
				families.add(flowtable.getFamily().getLiteral());
			}
		}
		return List.copyOf(families);
	}

	/**
	 * The console's table as rendered, each offload rule without its {@code flow add}: the same
	 * matches and counters, the flowtables still there, nothing offloaded. Only the renderer's own
	 * deterministic output is rewritten, and every rule of it must have had its {@code flow add}.
	 */
	static String bypassTables(Host host) throws Exception {
		String rendered = NftRenderer.renderTables(host);
		StringBuilder out = new StringBuilder();
		int rules = 0;
		for (String line : rendered.split("\n", -1)) {
			Matcher flowAdd = FLOW_ADD.matcher(line);
			if (flowAdd.find()) {
				line = line.substring(0, flowAdd.start()) + "counter" + line.substring(flowAdd.end());
				rules++;
			}
			out.append(line).append('\n');
		}
		if (rules != host.getRules().stream().filter(r -> r.getFlowtable() != null
				&& r.getFlowtable().getOffloadMode() != OffloadMode.NONE).count()) {
			throw new IllegalStateException("the bypass of " + host.getName() + " left an offload rule in place");
		}
		return out.toString().stripTrailing() + "\n";
	}

	/** {@code seconds + 1} samples one second apart (the first is the phase's starting point). */
	private static List<AgentData.StatsSample> sample(AgentClient agent, Host host, List<String> devices, int seconds)
			throws Exception {
		AgentClient.StatsStream stream = agent.stream(new AgentRequest.StatsStream(1, seconds + 1,
				devices.isEmpty() ? null : devices, null, host.getTableName(), null), 64, Duration.ofSeconds(30));
		List<AgentData.StatsSample> samples = new ArrayList<>();
		while (true) {
			var event = stream.next(Duration.ofSeconds(30));
			if (event == null || event.event().equals("end")) {
				break;
			}
			samples.add(AgentData.StatsSample.of(event, false));
		}
		if (samples.size() < 2) {
			throw new java.io.IOException("the host gave " + samples.size() + " statistics sample(s) where " + (seconds + 1)
					+ " were asked for");
		}
		return samples;
	}

	/** The figures of one phase's samples: rates from its first to its last sample, shares and flows as means. */
	static Phase phase(List<AgentData.StatsSample> samples, List<String> devices) {
		AgentData.StatsSample first = samples.get(0);
		AgentData.StatsSample last = samples.get(samples.size() - 1);
		long seconds = Math.max(1, last.time() - first.time());
		Double slowPath = first.forwardPackets() == null || last.forwardPackets() == null ? null
				: Math.max(0, last.forwardPackets() - first.forwardPackets()) / (double) seconds;
		Double packets = deviceRate(first, last, devices, "rx_packets", seconds, 1);
		Double bits = deviceRate(first, last, devices, "rx_bytes", seconds, 8);
		List<AgentData.StatsSample> after = samples.subList(1, samples.size());
		long maxFlows = after.stream().mapToLong(s -> s.offloadedSw() + s.offloadedHw()).max().orElse(0);
		double meanFlows = after.stream().mapToLong(s -> s.offloadedSw() + s.offloadedHw()).average().orElse(0);
		return new Phase(samples.size(), seconds, slowPath, mean(after, AgentData.StatsSample::softirqShare),
				mean(after, AgentData.StatsSample::cpuBusy), packets, bits, meanFlows, maxFlows);
	}

	private static Double mean(List<AgentData.StatsSample> samples,
			java.util.function.Function<AgentData.StatsSample, Double> value) {
		ToDoubleFunction<AgentData.StatsSample> of = s -> value.apply(s);
		List<AgentData.StatsSample> known = samples.stream().filter(s -> value.apply(s) != null).toList();
		return known.isEmpty() ? null : known.stream().mapToDouble(of).average().getAsDouble();
	}

	/** Received {@code key} summed over {@code devices}, per second, times {@code scale}; null when a device lacks it. */
	private static Double deviceRate(AgentData.StatsSample first, AgentData.StatsSample last, List<String> devices,
			String key, long seconds, int scale) {
		if (devices.isEmpty() || first.devices() == null || last.devices() == null) {
			return null;
		}
		long total = 0;
		for (String device : devices) {
			Long before = first.devices().getOrDefault(device, Map.of()).get(key);
			Long after = last.devices().getOrDefault(device, Map.of()).get(key);
			if (before == null || after == null) {
				return null;
			}
			total += Math.max(0, after - before);
		}
		return total * (double) scale / seconds;
	}
}

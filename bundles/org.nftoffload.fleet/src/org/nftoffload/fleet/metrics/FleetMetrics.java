package org.nftoffload.fleet.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.remote.agent.AgentData;

/**
 * The fleet's statistics in the Prometheus text exposition format (version 0.0.4): one metric
 * family per quantity, each with HELP and TYPE, one line per host labelled {@code host="name"}.
 * Names follow Prometheus' conventions: base units, {@code _total} for counters, {@code _ratio}
 * for a 0..1 share. A value the agent did not report (no forward chain, an unreadable interface
 * counter) is left out rather than shown as 0, and a host that is down has only
 * {@code nftoffload_up 0}, its reconnection count and what the latest drift check found.
 */
public final class FleetMetrics {

	/** The Content-Type of {@link #render}'s text. */
	public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

	private enum Type {
		GAUGE, COUNTER;

		String text() {
			return name().toLowerCase();
		}
	}

	/** An interface counter of the agent's {@code devices} map and the metric it becomes. */
	private record DeviceCounter(String key, String metric, String help) {
	}

	private static final List<DeviceCounter> DEVICE_COUNTERS = List.of(
			new DeviceCounter("rx_packets", "nftoffload_interface_receive_packets_total", "Packets received on the interface."),
			new DeviceCounter("tx_packets", "nftoffload_interface_transmit_packets_total", "Packets sent on the interface."),
			new DeviceCounter("rx_bytes", "nftoffload_interface_receive_bytes_total", "Bytes received on the interface."),
			new DeviceCounter("tx_bytes", "nftoffload_interface_transmit_bytes_total", "Bytes sent on the interface."),
			new DeviceCounter("rx_dropped", "nftoffload_interface_receive_dropped_packets_total",
					"Received packets the interface dropped."),
			new DeviceCounter("tx_dropped", "nftoffload_interface_transmit_dropped_packets_total",
					"Packets to send that the interface dropped."));

	private FleetMetrics() {
	}

	/** The exposition text of {@code readings}, hosts in the order given. */
	public static String render(List<HostReading> readings) {
		StringBuilder out = new StringBuilder();
		family(out, "nftoffload_up", Type.GAUGE, "1 while the host's statistics stream delivers samples, else 0.",
				readings, r -> List.of(line(r, "", r.up() ? 1L : 0L)));
		family(out, "nftoffload_offloaded_flows", Type.GAUGE,
				"Connections offloaded to the flowtable, in software (mode=\"sw\") or to the NIC (mode=\"hw\").", readings,
				r -> r.sample() == null ? List.of()
						: List.of(line(r, ",mode=\"sw\"", r.sample().offloadedSw()), line(r, ",mode=\"hw\"", r.sample().offloadedHw())));
		family(out, "nftoffload_conntrack_entries", Type.GAUGE, "Entries in the connection-tracking table.", readings,
				r -> r.sample() == null || r.sample().conntrackTotal() == null ? List.of()
						: List.of(line(r, "", r.sample().conntrackTotal())));
		family(out, "nftoffload_conntrack_entries_limit", Type.GAUGE,
				"Most entries the connection-tracking table takes (net.netfilter.nf_conntrack_max, as last probed).", readings,
				r -> r.conntrackLimit() == null ? List.of() : List.of(line(r, "", r.conntrackLimit())));
		family(out, "nftoffload_forward_packets_total", Type.COUNTER,
				"Packets counted in the forward chains of the console's table: the slow path, which offloaded flows skip.",
				readings, r -> r.sample() == null || r.sample().forwardPackets() == null ? List.of()
						: List.of(line(r, "", r.sample().forwardPackets())));
		for (DeviceCounter counter : DEVICE_COUNTERS) {
			family(out, counter.metric(), Type.COUNTER, counter.help(), readings, r -> deviceLines(r, counter.key()));
		}
		family(out, "nftoffload_cpu_busy_ratio", Type.GAUGE,
				"Share of CPU time not idle (nor waiting for I/O) since the previous sample, 0 to 1.", readings,
				r -> r.sample() == null || r.sample().cpuBusy() == null ? List.of()
						: List.of(line(r, "", r.sample().cpuBusy())));
		family(out, "nftoffload_cpu_softirq_ratio", Type.GAUGE,
				"Share of CPU time spent in softirq (where forwarding and the flowtable fast path run) since the"
						+ " previous sample, 0 to 1.", readings,
				r -> r.sample() == null || r.sample().softirqShare() == null ? List.of()
						: List.of(line(r, "", r.sample().softirqShare())));
		family(out, "nftoffload_stream_reconnects_total", Type.COUNTER,
				"How often the exporter had to reconnect the host's statistics stream.", readings,
				r -> List.of(line(r, "", r.streamReconnects())));
		family(out, "nftoffload_drift", Type.GAUGE,
				"1 when the latest drift check found the host differing from the model, 0 when it runs what the model"
						+ " says or was never applied; absent when the check could not tell (unreachable, never probed).",
				readings, r -> driftValue(r.drift()) == null ? List.of() : List.of(line(r, "", driftValue(r.drift()))));
		family(out, "nftoffload_drift_state", Type.GAUGE,
				"The latest drift check's verdict: 1 for the state it found, 0 for the others.", readings,
				r -> r.drift() == null ? List.of()
						: Arrays.stream(DriftCheck.State.values())
								.map(s -> line(r, ",state=\"" + s.key() + "\"", s == r.drift() ? 1L : 0L)).toList());
		family(out, "nftoffload_drift_check_timestamp_seconds", Type.GAUGE,
				"When the latest drift check of the host ended, in seconds since the epoch.", readings,
				r -> r.driftCheckedAt() == null ? List.of() : List.of(line(r, "", r.driftCheckedAt())));
		return out.toString();
	}

	/** What {@code nftoffload_drift} says of a state: drifted 1, nothing to fix 0, null when it cannot tell. */
	private static Long driftValue(DriftCheck.State state) {
		if (state == null) {
			return null;
		}
		return switch (state) {
		case DRIFTED -> 1L;
		case IN_SYNC, NOT_APPLIED -> 0L;
		case UNREACHABLE, NOT_PROBED -> null;
		};
	}

	private static List<String> deviceLines(HostReading reading, String key) {
		AgentData.StatsSample sample = reading.sample();
		if (sample == null || sample.devices() == null) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		for (Map.Entry<String, Map<String, Long>> device : sample.devices().entrySet()) {
			Long value = device.getValue() == null ? null : device.getValue().get(key);
			if (value != null) {
				lines.add(line(reading, ",device=\"" + escapeLabelValue(device.getKey()) + "\"", value));
			}
		}
		return lines;
	}

	/** HELP, TYPE and the family's lines; nothing when no host has a value, so no empty family. */
	private static void family(StringBuilder out, String name, Type type, String help, List<HostReading> readings,
			Function<HostReading, List<String>> lines) {
		List<String> all = new ArrayList<>();
		for (HostReading reading : readings) {
			all.addAll(lines.apply(reading));
		}
		if (all.isEmpty()) {
			return;
		}
		out.append("# HELP ").append(name).append(' ').append(escapeHelp(help)).append('\n');
		out.append("# TYPE ").append(name).append(' ').append(type.text()).append('\n');
		for (String line : all) {
			out.append(name).append(line).append('\n');
		}
	}

	/** What follows the metric's name: {@code {host="…"<more>} value}. */
	private static String line(HostReading reading, String moreLabels, Number value) {
		return "{host=\"" + escapeLabelValue(reading.host()) + "\"" + moreLabels + "} " + number(value);
	}

	private static String number(Number value) {
		if (value instanceof Double d) {
			if (d.isNaN()) {
				return "NaN";
			}
			if (d.isInfinite()) {
				return d > 0 ? "+Inf" : "-Inf";
			}
			return Double.toString(d);
		}
		return Long.toString(value.longValue());
	}

	/** A label value as the exposition format needs it: backslash, double quote and line feed escaped. */
	public static String escapeLabelValue(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\' -> out.append("\\\\");
			case '"' -> out.append("\\\"");
			case '\n' -> out.append("\\n");
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** HELP text escaped: backslash and line feed (a double quote stays as it is there). */
	static String escapeHelp(String help) {
		return help.replace("\\", "\\\\").replace("\n", "\\n");
	}
}

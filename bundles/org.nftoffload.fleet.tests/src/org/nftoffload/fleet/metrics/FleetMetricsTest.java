package org.nftoffload.fleet.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.tests.fixtures.BoundedProcess;
import org.nftoffload.tests.fixtures.Prometheus;

/**
 * The exposition text: names, HELP and TYPE, escaping, what a host that is down shows, and that
 * Prometheus' own checker ({@code promtool check metrics}) accepts it.
 */
class FleetMetricsTest {

	private static AgentData.StatsSample sample(Long forwardPackets, Double cpuBusy) {
		Map<String, Map<String, Long>> devices = new LinkedHashMap<>();
		Map<String, Long> eth0 = new LinkedHashMap<>();
		eth0.put("rx_packets", 1200L);
		eth0.put("tx_packets", 1100L);
		eth0.put("rx_bytes", 900_000L);
		eth0.put("tx_bytes", 800_000L);
		eth0.put("rx_dropped", 3L);
		eth0.put("tx_dropped", null);
		devices.put("eth0", eth0);
		return new AgentData.StatsSample(7, 1_700_000_000L, 420L, 17, 2, 5L, forwardPackets, cpuBusy, devices, false, null,
				cpuBusy == null ? null : cpuBusy / 5);
	}

	private static final HostReading UP = new HostReading("r1", true, sample(31337L, 0.25), 262144L, 1);
	private static final HostReading DOWN = new HostReading("r2", false, sample(99L, 0.5), 65536L, 4);

	@Test
	void aHostThatIsUpHasEveryValueItsSampleCarries() {
		String text = FleetMetrics.render(List.of(UP));
		assertTrue(text.contains("nftoffload_up{host=\"r1\"} 1\n"), text);
		assertTrue(text.contains("nftoffload_offloaded_flows{host=\"r1\",mode=\"sw\"} 17\n"), text);
		assertTrue(text.contains("nftoffload_offloaded_flows{host=\"r1\",mode=\"hw\"} 2\n"), text);
		assertTrue(text.contains("nftoffload_conntrack_entries{host=\"r1\"} 420\n"), text);
		assertTrue(text.contains("nftoffload_conntrack_entries_limit{host=\"r1\"} 262144\n"), text);
		assertTrue(text.contains("nftoffload_forward_packets_total{host=\"r1\"} 31337\n"), text);
		assertTrue(text.contains("nftoffload_interface_receive_packets_total{host=\"r1\",device=\"eth0\"} 1200\n"), text);
		assertTrue(text.contains("nftoffload_interface_transmit_bytes_total{host=\"r1\",device=\"eth0\"} 800000\n"), text);
		assertTrue(text.contains("nftoffload_interface_receive_dropped_packets_total{host=\"r1\",device=\"eth0\"} 3\n"), text);
		assertFalse(text.contains("nftoffload_interface_transmit_dropped_packets_total"),
				"a counter the agent could not read is left out, not shown as 0: " + text);
		assertTrue(text.contains("nftoffload_cpu_busy_ratio{host=\"r1\"} 0.25\n"), text);
		assertTrue(text.contains("nftoffload_cpu_softirq_ratio{host=\"r1\"} 0.05\n"), text);
		assertTrue(text.contains("nftoffload_stream_reconnects_total{host=\"r1\"} 1\n"), text);
	}

	@Test
	void everyFamilyHasHelpAndTypeBeforeItsLines() {
		String text = FleetMetrics.render(List.of(UP, DOWN));
		String family = null;
		for (String line : text.split("\n")) {
			if (line.startsWith("# HELP ")) {
				family = line.split(" ")[2];
				continue;
			}
			if (line.startsWith("# TYPE ")) {
				String[] parts = line.split(" ");
				assertEquals(family, parts[2], "TYPE follows its family's HELP: " + line);
				assertTrue(parts[3].equals("gauge") || parts[3].equals("counter"), line);
				assertEquals(parts[2].endsWith("_total"), parts[3].equals("counter"), "counters and only counters end in _total: " + line);
				continue;
			}
			String name = line.substring(0, line.indexOf('{'));
			assertEquals(family, name, "a line under its own family's HELP and TYPE: " + line);
		}
		assertTrue(text.contains("# TYPE nftoffload_up gauge\n") && text.contains("# TYPE nftoffload_forward_packets_total counter\n"), text);
	}

	@Test
	void aHostThatIsDownShowsUpZeroAndNoOldValues() {
		String text = FleetMetrics.render(List.of(UP, DOWN));
		assertTrue(text.contains("nftoffload_up{host=\"r2\"} 0\n"), text);
		assertTrue(text.contains("nftoffload_stream_reconnects_total{host=\"r2\"} 4\n"), text);
		List<String> r2 = text.lines().filter(line -> line.contains("host=\"r2\"")).toList();
		assertEquals(List.of("nftoffload_up{host=\"r2\"} 0", "nftoffload_stream_reconnects_total{host=\"r2\"} 4"), r2);

		String alone = FleetMetrics.render(List.of(DOWN));
		assertFalse(alone.contains("nftoffload_offloaded_flows"), "no family without lines: " + alone);
	}

	@Test
	void driftIsOneZeroOrAbsentWithItsStateAndTime() {
		String text = FleetMetrics.render(List.of(
				new HostReading("a", true, sample(1L, 0.1), null, 0, DriftCheck.State.DRIFTED, 1_700_000_100L),
				new HostReading("b", false, null, null, 0, DriftCheck.State.IN_SYNC, 1_700_000_101L),
				new HostReading("c", true, sample(1L, 0.1), null, 0, DriftCheck.State.NOT_APPLIED, 1_700_000_102L),
				new HostReading("d", true, sample(1L, 0.1), null, 0, DriftCheck.State.UNREACHABLE, 1_700_000_103L),
				new HostReading("e", true, sample(1L, 0.1), null, 0)));
		assertTrue(text.contains("nftoffload_drift{host=\"a\"} 1\n") && text.contains("nftoffload_drift{host=\"b\"} 0\n")
				&& text.contains("nftoffload_drift{host=\"c\"} 0\n"), text);
		assertFalse(text.contains("nftoffload_drift{host=\"d\"}") || text.contains("nftoffload_drift{host=\"e\"}"),
				"no drift value where the check could not tell or has not run: " + text);
		assertTrue(text.contains("nftoffload_drift_state{host=\"d\",state=\"unreachable\"} 1\n")
				&& text.contains("nftoffload_drift_state{host=\"d\",state=\"in_sync\"} 0\n"), text);
		assertEquals(5, text.lines().filter(l -> l.startsWith("nftoffload_drift_state{host=\"a\"")).count(),
				"one line per state: " + text);
		assertFalse(text.contains("nftoffload_drift_state{host=\"e\""), text);
		assertTrue(text.contains("nftoffload_drift_check_timestamp_seconds{host=\"b\"} 1700000101\n"),
				"drift does not depend on the stream being up: " + text);
		assertTrue(FleetMetrics.render(List.of(new HostReading("e", true, sample(1L, 0.1), null, 0))).indexOf("drift") < 0,
				"no drift family before any check");
	}

	@Test
	void labelValuesAreEscaped() {
		assertEquals("a\\\\b\\\"c\\nd", FleetMetrics.escapeLabelValue("a\\b\"c\nd"));
		String text = FleetMetrics.render(List.of(new HostReading("odd \"name\"\\\nhere", true, sample(null, null), null, 0)));
		assertTrue(text.contains("nftoffload_up{host=\"odd \\\"name\\\"\\\\\\nhere\"} 1\n"), text);
		assertFalse(text.contains("nftoffload_forward_packets_total") || text.contains("nftoffload_cpu_busy_ratio")
				|| text.contains("nftoffload_conntrack_entries_limit"), "absent values have no line: " + text);
	}

	@Test
	void promtoolAcceptsTheText() throws Exception {
		String text = FleetMetrics.render(List.of(UP, DOWN,
				new HostReading("odd \"name\"\\\nhere", true, sample(null, 0.0001), null, 0),
				new HostReading("r3", true, sample(5L, 0.5), null, 0, DriftCheck.State.DRIFTED, 1_700_000_000L)));
		BoundedProcess result = promtool(text);
		assertEquals(0, result.exitCode(), "promtool check metrics: " + result.output() + "\n" + text);
		assertEquals("", result.output().strip(), "promtool has no complaint (lint warnings included): " + text);
	}

	@Test
	void promtoolCatchesWhatIsWrong() throws Exception {
		// The checker is real: a counter without _total fails its lint, so the test above can fail.
		BoundedProcess result = promtool("# HELP nftoffload_x An example.\n# TYPE nftoffload_x counter\nnftoffload_x 1\n");
		assertTrue(result.exitCode() != 0 && result.output().contains("_total"), result.output());
	}

	private static BoundedProcess promtool(String text) throws Exception {
		return Prometheus.checkMetrics(text);
	}
}

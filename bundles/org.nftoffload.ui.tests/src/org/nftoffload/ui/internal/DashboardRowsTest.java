package org.nftoffload.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.remote.agent.AgentData.StatsSample;
import org.nftoffload.ui.internal.DashboardRows.Row;
import org.nftoffload.ui.internal.DashboardRows.State;
import org.nftoffload.ui.internal.StatisticsWatches.HostStatistics;

/** The dashboard's rows: each host's state from its stream and drift check, worst first, and the fleet's totals. */
class DashboardRowsTest {

	/** A source whose failure and last error the test sets; it sends nothing itself. */
	static final class Source implements StatisticsWatches.SampleSource {
		String failure;
		String lastError;

		@Override
		public void start(java.util.function.Consumer<StatsSample> sink) {
		}

		@Override
		public int reconnects() {
			return lastError == null ? 0 : 1;
		}

		@Override
		public String failure() {
			return failure;
		}

		@Override
		public String lastError() {
			return lastError;
		}

		@Override
		public void close() {
		}
	}

	final List<Host> hosts = new ArrayList<>();
	final Map<Host, HostStatistics> watched = new HashMap<>();
	final Map<Host, FleetDrift.Entry> drift = new HashMap<>();

	Host host(String name) {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(name);
		hosts.add(host);
		return host;
	}

	/** A host streaming two samples one second apart: {@code in} and {@code slow} packets per second. */
	void streaming(Host host, long sw, long hw, long in, long slow) {
		HostStatistics stats = new HostStatistics(host, new Source(), 1);
		stats.add(new StatsSample(1, 1000, 50L, sw, hw, null, 0L, 0.5, Map.of("eth0", Map.of("rx_packets", 0L)), false, null,
				0.125));
		stats.add(new StatsSample(2, 1001, 50L, sw, hw, null, slow, 0.5, Map.of("eth0", Map.of("rx_packets", in)), false,
				null, 0.125));
		watched.put(host, stats);
	}

	void watchedWith(Host host, String failure, String lastError) {
		Source source = new Source();
		source.failure = failure;
		source.lastError = lastError;
		watched.put(host, new HostStatistics(host, source, 1));
	}

	void drift(Host host, DriftCheck.State state, List<String> differences) {
		drift.put(host, new FleetDrift.Entry(new HostResult(host.getName(), HostResult.Status.SUCCESS, state.label(), 0,
				Map.of(DriftCheck.STATE, state.key(), DriftCheck.DIFFERENCES, differences)), Instant.now()));
	}

	List<Row> rows() {
		return DashboardRows.rows(hosts, watched::get, drift);
	}

	@Test
	void errorsThenUnreachableThenDriftedThenTheHighestSlowPathFirst() {
		Host quiet = host("quiet");
		streaming(quiet, 5, 0, 1000, 10);
		Host busy = host("busy");
		streaming(busy, 1, 0, 1000, 500);
		Host notWatched = host("not-watched");
		Host reconnecting = host("reconnecting");
		watchedWith(reconnecting, null, "connect timed out");
		Host drifted = host("drifted");
		streaming(drifted, 1, 0, 1000, 1);
		drift(drifted, DriftCheck.State.DRIFTED, List.of("flowtable ft0 differs"));
		Host failed = host("failed");
		watchedWith(failed, "the agent refuses the table name", "the agent refuses the table name");
		Host gone = host("gone");
		drift(gone, DriftCheck.State.UNREACHABLE, List.of());

		List<Row> rows = rows();
		assertEquals(List.of("failed", "reconnecting", "gone", "drifted", "busy", "quiet", "not-watched"),
				rows.stream().map(Row::name).toList());
		assertEquals(List.of(State.ERROR, State.UNREACHABLE, State.UNREACHABLE, State.STREAMING, State.STREAMING,
				State.STREAMING, State.NOT_WATCHED), rows.stream().map(Row::state).toList());
		assertEquals("the agent refuses the table name", rows.get(0).detail());
		assertEquals("drift: flowtable ft0 differs", rows.get(3).detail());
	}

	@Test
	void aStreamingHostShowsItsLatestSampleAndRates() {
		Host host = host("r1");
		streaming(host, 12, 3, 2000, 40);
		Row row = rows().get(0);
		assertEquals(12L, row.softwareFlows());
		assertEquals(3L, row.hardwareFlows());
		assertEquals(2000.0, row.packetsIn());
		assertEquals(40.0, row.slowPath());
		assertEquals(0.5, row.cpuBusy());
		assertEquals(0.125, row.softirqShare());
	}

	@Test
	void aHostThatDoesNotStreamShowsNoValuesAndWhy() {
		Host host = host("r1");
		watchedWith(host, null, "connection refused");
		Row row = rows().get(0);
		assertEquals(State.UNREACHABLE, row.state());
		assertNull(row.softwareFlows());
		assertNull(row.packetsIn());
		assertNull(row.slowPath());
		assertEquals("connection refused", row.detail());
	}

	@Test
	void totalsSumTheStreamingHostsAndCountEachState() {
		streaming(host("a"), 10, 1, 1000, 5);
		streaming(host("b"), 20, 2, 3000, 7);
		watchedWith(host("c"), "refused", "refused");
		watchedWith(host("d"), null, "timed out");
		host("e");
		Host drifted = host("f");
		streaming(drifted, 1, 0, 500, 0);
		drift(drifted, DriftCheck.State.DRIFTED, List.of("x"));

		DashboardRows.Totals totals = DashboardRows.totals(rows());
		assertEquals(6, totals.hosts());
		assertEquals(5, totals.watched());
		assertEquals(3, totals.streaming());
		assertEquals(1, totals.unreachable());
		assertEquals(1, totals.errors());
		assertEquals(1, totals.drifted());
		assertEquals(31, totals.softwareFlows());
		assertEquals(3, totals.hardwareFlows());
		assertEquals(4500.0, totals.packetsIn());
		assertEquals(12.0, totals.slowPath());
	}
}

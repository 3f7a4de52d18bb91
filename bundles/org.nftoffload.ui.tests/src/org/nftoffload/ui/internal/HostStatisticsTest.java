package org.nftoffload.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.remote.agent.AgentData.StatsSample;
import org.nftoffload.ui.internal.StatisticsWatches.HostStatistics;

/** The rates the Offload Statistics view derives from consecutive samples of one host. */
class HostStatisticsTest {

	/** A source that sends nothing: the tests feed samples themselves. */
	static final StatisticsWatches.SampleSource SILENT = new StatisticsWatches.SampleSource() {
		@Override
		public void start(java.util.function.Consumer<StatsSample> sink) {
		}

		@Override
		public int reconnects() {
			return 0;
		}

		@Override
		public String failure() {
			return null;
		}

		@Override
		public String lastError() {
			return null;
		}

		@Override
		public void close() {
		}
	};

	static HostStatistics statistics() {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("r1");
		return new HostStatistics(host, SILENT, 2);
	}

	static StatsSample sample(long seq, long time, long lanRx, long wanRx, Long forward, boolean gap) {
		return new StatsSample(seq, time, 10L, 3, 1, null, forward, 0.25,
				Map.of("lan0", Map.of("rx_packets", lanRx), "wan0", Map.of("rx_packets", wanRx)), gap);
	}

	@Test
	void packetsPerSecondAreSummedOverInterfacesAndDividedByTheRouterClock() {
		HostStatistics stats = statistics();
		stats.add(sample(1, 1000, 100, 50, 7L, false));
		assertNull(stats.packetsPerSecond(), "one sample is no rate yet");
		stats.add(sample(2, 1002, 1100, 1050, 9L, false));
		assertEquals(1000.0, stats.packetsPerSecond());
		assertEquals(1.0, stats.forwardedPerSecond(), "the slow path: forward chain packets per second");
	}

	@Test
	void noRateAcrossAGapOrACounterReset() {
		HostStatistics stats = statistics();
		stats.add(sample(1, 1000, 100, 50, 7L, false));
		stats.add(sample(1, 1030, 5000, 5000, 90L, true));
		assertNull(stats.packetsPerSecond(), "after a reconnection the time between samples is unknown");
		assertEquals(1, stats.gaps());
		stats.add(sample(2, 1032, 10, 10, 1L, false));
		assertNull(stats.packetsPerSecond(), "counters went down: the router rebooted, not negative traffic");
		assertNull(stats.forwardedPerSecond());
		stats.add(sample(3, 1034, 210, 10, 5L, false));
		assertEquals(100.0, stats.packetsPerSecond());
		assertEquals(2.0, stats.forwardedPerSecond());
		assertEquals(4, stats.history().size());
	}
}

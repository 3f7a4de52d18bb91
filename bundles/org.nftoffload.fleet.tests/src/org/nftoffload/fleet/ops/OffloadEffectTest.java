package org.nftoffload.fleet.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nftoffload.model.Host;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetDiff;
import org.nftoffload.remote.agent.AgentData;

/**
 * The parts of {@link OffloadEffect} that need no host: the bypassed table and the figures of a
 * phase's samples. The measurement on a real router with traffic is in LabRolloutTest.
 */
class OffloadEffectTest {

	@Test
	void theBypassIsTheSameTableWithoutFlowAddAndKeepsTheCounters() throws Exception {
		Host host = DriftCheckTest.host();
		host.getRules().get(0).setComment("lan to wan");
		String bypass = OffloadEffect.bypassTables(host);
		assertFalse(bypass.contains("flow add"), bypass);
		assertTrue(bypass.contains("meta l4proto { tcp, udp } counter comment \"lan to wan\"\n"), bypass);
		assertTrue(bypass.contains("flowtable ft {"), "the flowtable stays, only unused: " + bypass);
		assertEquals(NftRenderer.renderTables(host).replace(" flow add @ft", ""), bypass,
				"nothing else differs from the rendered table");
		// what the host then lists is the same table with one rule changed, and no rule offloads
		RulesetDiff.Result diff = RulesetDiff.diff(host, NftTextParser.parse(bypass, "bypass"));
		assertFalse(diff.isEmpty(), "the bypass differs from the model: " + diff.changes());
	}

	@Test
	void aHostWhoseFlowtablesOffloadNothingHasNothingToBypass() throws Exception {
		Host host = DriftCheckTest.host();
		host.getFlowtables().get(0).setOffloadMode(OffloadMode.NONE);
		assertFalse(OffloadEffect.bypassTables(host).contains("counter flow add"));
		HostResult result = OffloadEffect.measure(null, 5).run(host);
		assertEquals(HostResult.Status.SKIPPED, result.status(), result.toString());
		assertTrue(result.reason().contains("nothing to measure"), result.reason());
		assertThrows(IllegalArgumentException.class, () -> OffloadEffect.measure(null, 2));
		assertThrows(IllegalArgumentException.class, () -> OffloadEffect.measure(null, 301));
	}

	private static AgentData.StatsSample sample(long time, long forward, long rxPackets, long rxBytes, long offloaded,
			Double softirq) {
		Map<String, Map<String, Long>> devices = new LinkedHashMap<>();
		devices.put("lan0", Map.of("rx_packets", rxPackets, "rx_bytes", rxBytes));
		devices.put("wan0", Map.of("rx_packets", rxPackets / 2, "rx_bytes", rxBytes / 2));
		return new AgentData.StatsSample(time, time, 100L, offloaded, 0, null, forward, 0.5, devices, false, null, softirq);
	}

	@Test
	void aPhaseIsRatesFromItsFirstToItsLastSampleAndMeansOfTheRest() {
		List<AgentData.StatsSample> bypassed = List.of(sample(100, 1_000, 10_000, 1_000_000, 0, null),
				sample(101, 11_000, 20_000, 2_000_000, 0, 0.30), sample(104, 41_000, 50_000, 5_000_000, 0, 0.40));
		OffloadEffect.Phase phase = OffloadEffect.phase(bypassed, List.of("lan0", "wan0"));
		assertEquals(3, phase.samples());
		assertEquals(4, phase.seconds());
		assertEquals(10_000.0, phase.slowPathPacketsPerSecond());
		assertEquals((40_000 + 20_000) / 4.0, phase.packetsPerSecond(), "both devices' received packets");
		assertEquals((4_000_000 + 2_000_000) * 8 / 4.0, phase.bitsPerSecond());
		assertEquals(0.35, phase.softirqShare(), 1e-9, "the mean of the samples that have one");
		assertEquals(0.0, phase.offloadedFlows());

		List<AgentData.StatsSample> active = List.of(sample(200, 41_000, 50_000, 5_000_000, 0, 0.1),
				sample(202, 41_010, 70_000, 7_000_000, 2, 0.05), sample(204, 41_020, 90_000, 9_000_000, 4, 0.05));
		OffloadEffect.Result result = new OffloadEffect.Result(phase, OffloadEffect.phase(active, List.of("lan0", "wan0")));
		assertEquals(5.0, result.active().slowPathPacketsPerSecond());
		assertEquals(3.0, result.active().offloadedFlows());
		assertEquals(4, result.active().offloadedFlowsMax());
		assertEquals(0.9995, result.slowPathReduction(), 1e-9);
		assertTrue(OffloadEffect.summary(result).contains("10000 packets/s bypassed, 5 with offload (100.0 % less)")
				|| OffloadEffect.summary(result).contains("(99.9 % less)"), OffloadEffect.summary(result));
		assertEquals(0.9995, (Double) result.toMap().get("slow_path_reduction"), 1e-9);

		assertNull(OffloadEffect.phase(List.of(sample(1, 0, 0, 0, 0, null), sample(2, 0, 0, 0, 0, null)), List.of("eth9"))
				.packetsPerSecond(), "a device the host did not report has no rate rather than 0");
	}
}

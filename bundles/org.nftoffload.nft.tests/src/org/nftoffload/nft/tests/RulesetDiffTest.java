package org.nftoffload.nft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nftoffload.model.Host;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.Protocol;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetDiff;
import org.nftoffload.nft.RulesetDiff.Change;

class RulesetDiffTest {

	private static LiveRuleset appliedState(Host host) throws Exception {
		return NftTextParser.parse(NftRenderer.render(host), "applied");
	}

	@Test
	void liveEqualToDesiredHasNoChangesAndAnEmptyDiff() throws Exception {
		Host host = Hosts.router("r1");
		RulesetDiff.Result result = RulesetDiff.diff(host, appliedState(host));
		assertTrue(result.isEmpty(), result.changes()::toString);
		assertEquals("", result.unifiedDiff());
	}

	@Test
	void flagDeviceAndRuleChangesAreListedAndShownAsUnifiedDiff() throws Exception {
		Host live = Hosts.router("r1");
		LiveRuleset state = appliedState(live);
		Host desired = Hosts.router("r1");
		desired.getFlowtables().get(0).setOffloadMode(OffloadMode.HARDWARE);
		desired.getFlowtables().get(0).getDevices().remove(Hosts.device(desired, "wan"));
		desired.getRules().get(0).getProtocols().remove(Protocol.UDP);

		RulesetDiff.Result result = RulesetDiff.diff(desired, state);
		List<String> described = result.changes().stream().map(Change::describe).toList();
		assertTrue(described.contains("~ flowtable inet ft: devices [lan1, wan] -> [lan1]"), described::toString);
		assertTrue(described.contains("~ flowtable inet ft: offload software -> hardware"), described::toString);
		assertTrue(described.contains("+ rule (inet) meta l4proto tcp counter flow add @ft"), described::toString);
		assertTrue(described.contains("- rule (inet) meta l4proto { tcp, udp } counter flow add @ft"), described::toString);
		assertEquals(4, described.size(), described::toString);
		String diff = result.unifiedDiff();
		assertTrue(diff.startsWith("--- live/r1\n+++ desired/r1\n@@ "), diff);
		assertTrue(diff.contains("\n-\t\tdevices = { \"lan1\", \"wan\" }\n+\t\tdevices = { \"lan1\" }\n"), diff);
		assertTrue(diff.contains("\n+\t\tflags offload\n"), diff);
	}

	@Test
	void flowtableOnlyInLiveIsRemovedAndForeignTablesAreIgnored() throws Exception {
		LiveRuleset live = NftTextParser.parse(Fixtures.read("console-owned-beside-fw4.nft"), "live");
		Host desired = Hosts.router("r1");
		desired.setTableName("nftoffload");
		RulesetDiff.Result result = RulesetDiff.diff(desired, live);
		List<String> described = result.changes().stream().map(Change::describe).toList();
		assertTrue(described.contains("+ flowtable inet ft"), described::toString);
		assertTrue(described.contains("- flowtable inet fast"), described::toString);
		assertTrue(described.contains("- flowtable inet hw"), described::toString);
		assertTrue(described.stream().noneMatch(d -> d.contains("fw4")), described::toString);
	}
}

package org.nftoffload.nft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nftoffload.model.Host;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftJsonParser;
import org.nftoffload.nft.NftParseException;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;

class NftJsonParserTest {

	@Test
	void jsonFlowtableHasDevicesButNoFlags() throws Exception {
		LiveRuleset json = NftJsonParser.parse(Fixtures.read("openwrt-fw4-software.json"), "fw4.json");
		LiveRuleset.Flowtable ft = json.table("inet", "fw4").orElseThrow().flowtable("ft").orElseThrow();
		assertEquals(List.of("lan1", "lan2", "lan3", "wan"), ft.devices());
		assertFalse(ft.flagsKnown());
		assertFalse(ft.counter());
		LiveRuleset.Rule rule = json.offloadRules().get(0);
		assertEquals("ft", rule.flowtable());
		assertEquals(List.of("tcp", "udp"), rule.protocols());
	}

	@Test
	void jsonAloneImportsWithAWarningAboutFlags() throws Exception {
		LiveRuleset json = NftJsonParser.parse(Fixtures.read("openwrt-fw4-software.json"), "fw4.json");
		RulesetImporter.ImportResult result = RulesetImporter.importRuleset(json, "r1", "fw4");
		assertTrue(result.warnings().stream().anyMatch(w -> w.contains("flags unknown")), result.warnings()::toString);
	}

	@Test
	void mergeTakesFlagsFromTheText() throws Exception {
		LiveRuleset text = NftTextParser.parse(Fixtures.read("openwrt-fw4-software.nft"), "fw4.nft");
		LiveRuleset json = NftJsonParser.parse(Fixtures.read("openwrt-fw4-software.json"), "fw4.json");
		LiveRuleset merged = NftJsonParser.merge(text, json);
		LiveRuleset.Flowtable ft = merged.table("inet", "fw4").orElseThrow().flowtable("ft").orElseThrow();
		assertTrue(ft.flagsKnown());
		assertTrue(ft.counter());
		Host host = RulesetImporter.importRuleset(merged, "r1", "fw4").host();
		assertEquals(OffloadMode.SOFTWARE, host.getFlowtables().get(0).getOffloadMode());
		assertTrue(host.getFlowtables().get(0).isCounter());
	}

	@Test
	void mergeWarnsWhenTextAndJsonDisagree() throws Exception {
		LiveRuleset text = NftTextParser.parse(
				"table inet t {\n flowtable f {\n  hook ingress priority 0\n  devices = { eth0 }\n  flags offload\n }\n}\n", "t");
		LiveRuleset json = NftJsonParser.parse("{\"nftables\": [{\"table\": {\"family\": \"inet\", \"name\": \"t\"}},"
				+ "{\"flowtable\": {\"family\": \"inet\", \"table\": \"t\", \"name\": \"f\", \"hook\": \"ingress\", \"prio\": 5, \"dev\": \"eth1\"}}]}", "j");
		LiveRuleset merged = NftJsonParser.merge(text, json);
		LiveRuleset.Flowtable f = merged.table("inet", "t").orElseThrow().flowtable("f").orElseThrow();
		assertEquals(List.of("eth1"), f.devices());
		assertEquals(5, f.priority());
		assertTrue(f.offload());
		assertTrue(merged.warnings().stream().anyMatch(w -> w.contains("disagree")), merged.warnings()::toString);
	}

	@Test
	void devicesListedInAnotherOrderAreTheSameSetAndNoDisagreement() throws Exception {
		LiveRuleset text = NftTextParser.parse("table inet t {\n flowtable f {\n  hook ingress priority 0\n"
				+ "  devices = { lan1, lan2, wan }\n  counter\n }\n}\n", "t");
		LiveRuleset json = NftJsonParser.parse("{\"nftables\": [{\"table\": {\"family\": \"inet\", \"name\": \"t\"}},"
				+ "{\"flowtable\": {\"family\": \"inet\", \"table\": \"t\", \"name\": \"f\", \"hook\": \"ingress\", \"prio\": 0,"
				+ " \"dev\": [\"wan\", \"lan2\", \"lan1\"]}}]}", "j");
		LiveRuleset merged = NftJsonParser.merge(text, json);
		assertTrue(merged.warnings().isEmpty(), merged.warnings()::toString);
		LiveRuleset.Flowtable f = merged.table("inet", "t").orElseThrow().flowtable("f").orElseThrow();
		assertEquals(java.util.Set.of("lan1", "lan2", "wan"), java.util.Set.copyOf(f.devices()));
		// and the script rendered from the import is the same as from the text alone
		Host fromMerged = RulesetImporter.importRuleset(merged, "r1", "t").host();
		Host fromText = RulesetImporter.importRuleset(text, "r1", "t").host();
		assertEquals(NftRenderer.render(fromText), NftRenderer.render(fromMerged));
		assertTrue(NftRenderer.render(fromMerged).contains("devices = { \"lan1\", \"lan2\", \"wan\" }"),
				NftRenderer.render(fromMerged));
	}

	@Test
	void aDeviceOnlyOneSideListsIsStillADisagreement() throws Exception {
		LiveRuleset text = NftTextParser.parse("table inet t {\n flowtable f {\n  hook ingress priority 0\n"
				+ "  devices = { lan1, wan }\n }\n}\n", "t");
		LiveRuleset json = NftJsonParser.parse("{\"nftables\": [{\"table\": {\"family\": \"inet\", \"name\": \"t\"}},"
				+ "{\"flowtable\": {\"family\": \"inet\", \"table\": \"t\", \"name\": \"f\", \"hook\": \"ingress\", \"prio\": 0,"
				+ " \"dev\": [\"wan\", \"lan1\", \"lan2\"]}}]}", "j");
		assertTrue(NftJsonParser.merge(text, json).warnings().stream().anyMatch(w -> w.contains("disagree")));
	}

	@Test
	void brokenJsonIsReportedWithLineAndColumn() {
		NftParseException e = assertThrows(NftParseException.class,
				() -> NftJsonParser.parse("{\"nftables\": [\n  {\"table\": {\"family\": \"inet\",, }}]}", "bad.json"));
		assertEquals(2, e.line());
		assertEquals(31, e.column());
	}

	@Test
	void jsonThatIsNotNftIsRefused() {
		NftParseException e = assertThrows(NftParseException.class, () -> NftJsonParser.parse("[1, 2, 3]", "x.json"));
		assertTrue(e.problem().contains("not nft JSON"), e.getMessage());
	}

	@Test
	void priorityIsAPlain32BitInteger() throws Exception {
		String document = "{\"nftables\": [{\"table\": {\"family\": \"inet\", \"name\": \"t\"}},"
				+ "{\"flowtable\": {\"family\": \"inet\", \"table\": \"t\", \"name\": \"f\", \"hook\": \"ingress\","
				+ " \"prio\": %s, \"dev\": \"eth0\"}}]}";
		for (int priority : new int[] { Integer.MIN_VALUE, -300, 0, Integer.MAX_VALUE }) {
			LiveRuleset live = NftJsonParser.parse(document.formatted(priority), "p.json");
			assertEquals(priority, live.table("inet", "t").orElseThrow().flowtable("f").orElseThrow().priority());
		}
		for (String bad : List.of("2147483648", "-2147483649", "1.0", "1e2", "\"5\"", "null")) {
			NftParseException e = assertThrows(NftParseException.class,
					() -> NftJsonParser.parse(document.formatted(bad), "p.json"), bad);
			assertTrue(e.problem().contains("\"prio\" is missing or not a 32-bit integer"), e.getMessage());
		}
	}

	@Test
	void deeplyNestedJsonIsAParseErrorNotAStackOverflow() {
		String deep = "[".repeat(100_000);
		assertThrows(NftParseException.class, () -> NftJsonParser.parse(deep, "deep.json"));
	}
}

package org.nftoffload.nft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftParseException;
import org.nftoffload.nft.NftTextParser;

class NftTextParserTest {

	@Test
	void fw4SoftwareFlowtableHasDevicesCounterAndNoOffloadFlag() throws Exception {
		LiveRuleset live = NftTextParser.parse(Fixtures.read("openwrt-fw4-software.nft"), "fw4");
		LiveRuleset.Table fw4 = live.table("inet", "fw4").orElseThrow();
		LiveRuleset.Flowtable ft = fw4.flowtable("ft").orElseThrow();
		assertEquals(List.of("lan1", "lan2", "lan3", "wan"), ft.devices());
		assertEquals("ingress", ft.hook());
		assertEquals(0, ft.priority());
		assertTrue(ft.counter());
		assertFalse(ft.offload());
		assertTrue(ft.flagsKnown());
	}

	@Test
	void fw4ForwardChainAddsTcpAndUdpFlowsToFt() throws Exception {
		LiveRuleset live = NftTextParser.parse(Fixtures.read("openwrt-fw4-software.nft"), "fw4");
		List<LiveRuleset.Rule> offload = live.offloadRules();
		assertEquals(1, offload.size());
		assertEquals("ft", offload.get(0).flowtable());
		assertEquals(List.of("tcp", "udp"), offload.get(0).protocols());
		assertEquals("meta l4proto { tcp, udp } flow add @ft", offload.get(0).text());
		assertTrue(offload.get(0).unsupported().isEmpty(), offload.get(0).unsupported()::toString);
	}

	@Test
	void hardwareFlagIsRead() throws Exception {
		LiveRuleset live = NftTextParser.parse(Fixtures.read("openwrt-fw4-hardware.nft"), "hw");
		assertTrue(live.table("inet", "fw4").orElseThrow().flowtable("ft").orElseThrow().offload());
	}

	@Test
	void namedPriorityWithOffsetIsANumber() throws Exception {
		LiveRuleset live = NftTextParser.parse(Fixtures.read("firewalld-fastpath.nft"), "firewalld");
		LiveRuleset.Flowtable fastpath = live.table("inet", "firewalld").orElseThrow().flowtable("fastpath").orElseThrow();
		assertEquals(10, fastpath.priority());
		assertFalse(fastpath.counter());
		LiveRuleset.Rule rule = live.offloadRules().get(0);
		assertEquals("fastpath", rule.flowtable());
		assertTrue(rule.unsupported().isEmpty(), "ct state is harmless before flow add: " + rule.unsupported());
	}

	@Test
	void negativePriorityAndExclusionsAreRead() throws Exception {
		LiveRuleset live = NftTextParser.parse(Fixtures.read("hand-written-families.nft"), "hand");
		assertEquals(-10, live.table("ip", "router4").orElseThrow().flowtable("f4").orElseThrow().priority());
		LiveRuleset.Rule first = live.offloadRules().get(0);
		assertEquals(List.of("eth1"), first.inputInterfaces());
		assertEquals(List.of("eth0"), first.outputInterfaces());
		assertEquals(List.of("192.168.0.0/16"), first.sourcePrefixes());
		assertTrue(first.excludeMarked());
		assertTrue(first.excludeNatted());
		assertEquals("lan to wan, unmarked, not NATed", first.comment());
		LiveRuleset.Rule portRule = live.offloadRules().get(1);
		assertEquals(List.of("tcp", "dport", "22"), portRule.unsupported());
	}

	@Test
	void aNamedSetIsNotTakenForAnInterface() throws Exception {
		LiveRuleset live = NftTextParser.parse("table inet t {\n chain c {\n  iifname @lan_devices meta l4proto tcp flow add @ft\n }\n}\n", "s");
		LiveRuleset.Rule rule = live.offloadRules().get(0);
		assertTrue(rule.inputInterfaces().isEmpty(), rule.inputInterfaces()::toString);
		assertEquals(List.of("iifname @lan_devices"), rule.unsupported());
		assertEquals("ft", rule.flowtable());
	}

	@Test
	void scriptDeleteRemovesEarlierTable() throws Exception {
		String script = "table inet a { flowtable f { hook ingress priority 0; devices = { eth0 }; } }\n"
				+ "delete table inet a\ntable inet b {}\n";
		LiveRuleset live = NftTextParser.parse(script, "script");
		assertTrue(live.table("inet", "a").isEmpty());
		assertTrue(live.table("inet", "b").isPresent());
	}

	@Test
	void unterminatedStringIsReportedWithLineAndColumn() {
		NftParseException e = assertThrows(NftParseException.class,
				() -> NftTextParser.parse("table inet t {\n\tchain c {\n\t\tcomment \"oops\n\t}\n}\n", "broken.nft"));
		assertEquals(3, e.line());
		assertEquals(11, e.column());
		assertTrue(e.getMessage().startsWith("broken.nft:3:11: unterminated string"), e.getMessage());
	}

	@Test
	void unclosedTableNamesTheTable() {
		NftParseException e = assertThrows(NftParseException.class,
				() -> NftTextParser.parse("table ip x {\n\tflowtable f {\n\t\thook ingress priority 0\n\t}\n", "cut.nft"));
		assertTrue(e.problem().contains("table ip x is not closed"), e.getMessage());
		assertEquals(5, e.line());
	}

	@Test
	void unclosedChainNamesTheChain() {
		NftParseException e = assertThrows(NftParseException.class,
				() -> NftTextParser.parse("table inet t {\n\tchain fwd {\n\t\ttype filter hook forward priority 0;\n", "cut.nft"));
		assertTrue(e.problem().contains("chain fwd is not closed"), e.getMessage());
		assertEquals(4, e.line());
	}

	@Test
	void tablesAndChainsMayComeWithoutABody() throws Exception {
		LiveRuleset live = NftTextParser.parse(
				"add table inet t\ntable inet t {\n\tchain c\n\tchain c { type filter hook forward priority 0; }\n}\n", "add.nft");
		LiveRuleset.Table table = live.table("inet", "t").orElseThrow();
		assertEquals(1, table.chains().size());
		assertEquals("forward", table.chains().get(0).hook());
	}

	@Test
	void somethingThatIsNotARulesetIsRefusedAtItsFirstWord() {
		NftParseException e = assertThrows(NftParseException.class,
				() -> NftTextParser.parse("\n  Error: Could not process rule\n", "stderr"));
		assertEquals(2, e.line());
		assertEquals(3, e.column());
	}

	@Test
	void badPriorityIsAParseError() {
		NftParseException e = assertThrows(NftParseException.class, () -> NftTextParser.parse(
				"table inet t {\n flowtable f {\n  hook ingress priority lots\n }\n}\n", "prio.nft"));
		assertEquals(3, e.line());
	}
}

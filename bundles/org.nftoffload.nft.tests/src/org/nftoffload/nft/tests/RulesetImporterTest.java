package org.nftoffload.nft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;

class RulesetImporterTest {

	@Test
	void foreignTablesBecomeObservedAndTheConsolesTableBecomesDesiredState() throws Exception {
		LiveRuleset live = NftTextParser.parse(Fixtures.read("console-owned-beside-fw4.nft"), "live");
		Host host = RulesetImporter.importRuleset(live, "r1", "nftoffload").host();
		assertEquals(2, host.getFlowtables().size());
		assertEquals(OffloadMode.HARDWARE, host.getFlowtables().get(1).getOffloadMode());
		assertEquals(3, host.getRules().size());
		assertEquals(1, host.getObservedTables().size());
		ObservedTable fw4 = host.getObservedTables().get(0);
		assertEquals("inet fw4", fw4.getFamily() + " " + fw4.getName());
	}

	@Test
	void observedFlowtableWithoutRulesHasModeNone() throws Exception {
		LiveRuleset live = NftTextParser.parse("table ip x {\n flowtable idle {\n  hook ingress priority 0\n  devices = { eth0 }\n }\n}\n", "x");
		Host host = RulesetImporter.importRuleset(live, "r1", "nftoffload").host();
		assertEquals(OffloadMode.NONE, host.getObservedTables().get(0).getFlowtables().get(0).getOffloadMode());
	}

	@Test
	void adoptIntoAProbedHostKeepsItsInterfacesAndMarksUnknownDevices() throws Exception {
		Host probed = Hosts.router("r1");
		NetworkInterface wan = Hosts.device(probed, "wan");
		LiveRuleset live = NftTextParser.parse(
				"table inet nftoffload {\n flowtable ft {\n  hook ingress priority 0\n  devices = { wan, lan9 }\n  counter\n }\n"
						+ " chain forward {\n  iifname lan9 meta l4proto tcp flow add @ft\n }\n}\n", "live");
		Host imported = RulesetImporter.importRuleset(live, "r1", "nftoffload").host();
		RulesetImporter.adoptInto(probed, imported);

		assertEquals(1, probed.getFlowtables().size());
		assertSame(wan, probed.getFlowtables().get(0).getDevices().get(0), "the probed interface, with its driver, is kept");
		assertEquals("mtk_soc_eth", probed.getFlowtables().get(0).getDevices().get(0).getDriver());
		NetworkInterface lan9 = Hosts.device(probed, "lan9");
		assertFalse(lan9.isPresent(), "a device the probe did not see is marked not present");
		assertSame(lan9, probed.getRules().get(0).getInputInterfaces().get(0));
		assertTrue(probed.getInterfaces().contains(Hosts.device(probed, "lan1")));
		assertEquals("192.0.2.10", probed.getAddress());
	}
}

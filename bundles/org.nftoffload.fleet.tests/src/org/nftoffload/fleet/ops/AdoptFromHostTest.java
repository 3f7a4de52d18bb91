package org.nftoffload.fleet.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.nftoffload.fleet.ops.AdoptFromHost.Candidate;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.OffloadValidator;
import org.nftoffload.nft.Problem;

/**
 * Adopt from host on the engine's fixture rulesets (OpenWrt fw4, the console's table beside fw4):
 * what is offered, what one command takes in, and what is refused. The same against a lab router:
 * {@link LabAdoptTest}.
 */
class AdoptFromHostTest {

	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());

	static LiveRuleset fixture(String name) throws Exception {
		Path file = Path.of(System.getProperty("nfto.repo"), "bundles", "org.nftoffload.nft.tests", "fixtures", name);
		return NftTextParser.parse(Files.readString(file), name);
	}

	/** A probed OpenWrt router with the fw4 fixture's devices but lan3, in a fleet. */
	static Host probedRouter() {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("owrt1");
		host.setAddress("owrt1.invalid");
		host.setKernelRelease("6.6.73");
		host.setProbeTime(new Date(0));
		for (String name : List.of("lan1", "lan2", "wan", "eth2", "eth3")) {
			NetworkInterface device = ModelFactory.eINSTANCE.createNetworkInterface();
			device.setName(name);
			device.setDriver("mtk_soc_eth");
			host.getInterfaces().add(device);
		}
		fleet.getHosts().add(host);
		return host;
	}

	private static List<String> keys(AdoptFromHost.LiveTables live, Candidate.Kind kind) {
		return live.candidates().stream().filter(c -> c.kind() == kind).map(Candidate::key).toList();
	}

	private static NetworkInterface device(Host host, String name) {
		return host.getInterfaces().stream().filter(i -> name.equals(i.getName())).findFirst().orElseThrow();
	}

	@Test
	void fw4sFlowtableAndRuleAreOfferedAndTheRestOfItsTableIsNot() throws Exception {
		AdoptFromHost.LiveTables live = AdoptFromHost.of(EcoreUtil.copy(probedRouter()), fixture("openwrt-fw4-software.nft"));
		assertEquals(List.of("inet fw4 flowtable ft"), keys(live, Candidate.Kind.FLOWTABLE));
		assertEquals(List.of("inet fw4 rule 1"), keys(live, Candidate.Kind.RULE));
		Candidate ft = live.candidate("inet fw4 flowtable ft");
		assertEquals("flowtable ft: lan1, lan2, lan3, wan; software offload, counter", ft.description());
		assertEquals("inet fw4", ft.tableLabel());
		Candidate rule = live.candidate("inet fw4 rule 1");
		assertEquals("rule tcp, udp \u2192 @ft (chain forward)", rule.description());
		assertEquals(ft.key(), rule.requires());
		assertEquals(List.of("inet fw4"), live.tables());
	}

	@Test
	void adoptingFw4sFlowtableAndRuleIsOneUndoableCommand() throws Exception {
		Host host = probedRouter();
		Fleet before = EcoreUtil.copy((Fleet) host.eContainer());
		AdoptFromHost.LiveTables live = AdoptFromHost.of(EcoreUtil.copy(host), fixture("openwrt-fw4-software.nft"));
		domain.getCommandStack().execute(AdoptFromHost.adopt(domain, host, live, List.of("inet fw4 flowtable ft", "inet fw4 rule 1")));

		Flowtable ft = host.getFlowtables().get(0);
		assertEquals("ft", ft.getName());
		assertEquals(Family.INET, ft.getFamily());
		assertEquals(OffloadMode.SOFTWARE, ft.getOffloadMode());
		assertTrue(ft.isCounter());
		assertSame(device(host, "lan1"), ft.getDevices().get(0), "devices are the host's own interfaces");
		NetworkInterface lan3 = device(host, "lan3");
		assertFalse(lan3.isPresent(), "a device the probe did not find is added as not present");
		OffloadRule rule = host.getRules().get(0);
		assertSame(ft, rule.getFlowtable());
		assertEquals(null, rule.getChain(), "the console renders its rules into its own forward chain");
		assertEquals(1, host.getObservedTables().size(), "fw4 stays observed");
		assertEquals("fw4", host.getObservedTables().get(0).getName());
		assertTrue(host.getObservedTables().get(0).getFlowtables().get(0) != ft, "fw4 keeps its own flowtable");
		assertSame(device(host, "lan1"), host.getObservedTables().get(0).getFlowtables().get(0).getDevices().get(0));

		List<Diagnostic> problems = OffloadValidator.validate(host).getChildren();
		assertTrue(problems.stream().anyMatch(d -> d.getCode() == Problem.DEVICE_MISSING.code()), "lan3 is reported");
		assertTrue(problems.stream().anyMatch(d -> d.getCode() == Problem.DEVICE_SHARED_WITH_FOREIGN_TABLE.code()),
				"and that fw4 hooks the same devices");
		String script = NftRenderer.render(host);
		assertTrue(script.contains("devices = { \"lan1\", \"lan2\", \"lan3\", \"wan\" }")
				&& script.contains("meta l4proto { tcp, udp } counter flow add @ft"), script);

		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, host.eContainer()), "one undo takes all of it back");
	}

	@Test
	void aRuleWithoutItsFlowtableIsRefusedAndNothingChanges() throws Exception {
		Host host = probedRouter();
		Fleet before = EcoreUtil.copy((Fleet) host.eContainer());
		AdoptFromHost.LiveTables live = AdoptFromHost.of(EcoreUtil.copy(host), fixture("openwrt-fw4-software.nft"));
		AdoptFromHost.AdoptException e = assertThrows(AdoptFromHost.AdoptException.class,
				() -> AdoptFromHost.adopt(domain, host, live, List.of("inet fw4 rule 1")));
		assertEquals("owrt1, inet fw4, rule tcp, udp \u2192 @ft (chain forward): adds flows to flowtable ft, which is not"
				+ " chosen: choose flowtable ft of inet fw4 too", e.getMessage());
		assertTrue(EcoreUtil.equals(before, host.eContainer()));
	}

	@Test
	void anotherTablesFlowtableOfATakenNameIsRenamed() throws Exception {
		Host host = probedRouter();
		Flowtable mine = ModelFactory.eINSTANCE.createFlowtable();
		mine.setName("ft");
		mine.setFamily(Family.INET);
		mine.getDevices().add(device(host, "eth2"));
		host.getFlowtables().add(mine);
		AdoptFromHost.LiveTables live = AdoptFromHost.of(EcoreUtil.copy(host), fixture("openwrt-fw4-software.nft"));
		domain.getCommandStack().execute(AdoptFromHost.adopt(domain, host, live, Set.of("inet fw4 flowtable ft", "inet fw4 rule 1")));
		assertEquals(List.of("ft", "ft_fw4"), host.getFlowtables().stream().map(Flowtable::getName).toList());
		assertEquals("ft_fw4", host.getRules().get(0).getFlowtable().getName(), "the rule follows its flowtable's new name");
		assertSame(mine, host.getFlowtables().get(0), "the host's own ft is kept");
	}

	@Test
	void theConsolesOwnFlowtableReplacesTheModelsAndItsRulesFollow() throws Exception {
		Host host = probedRouter();
		Flowtable stale = ModelFactory.eINSTANCE.createFlowtable();
		stale.setName("fast");
		stale.setFamily(Family.INET);
		stale.getDevices().add(device(host, "lan1"));
		host.getFlowtables().add(stale);
		OffloadRule uses = ModelFactory.eINSTANCE.createOffloadRule();
		uses.setFlowtable(stale);
		host.getRules().add(uses);
		AdoptFromHost.LiveTables live = AdoptFromHost.of(EcoreUtil.copy(host), fixture("console-owned-beside-fw4.nft"));
		assertEquals(List.of("inet nftoffload flowtable fast", "inet nftoffload flowtable hw"), keys(live, Candidate.Kind.FLOWTABLE));
		assertTrue(live.candidate("inet nftoffload flowtable fast").owned());
		assertEquals("inet nftoffload (the console's)", live.candidate("inet nftoffload flowtable fast").tableLabel());
		// the console's rule 1 adds to fast, which the model has: no need to choose the flowtable
		domain.getCommandStack().execute(AdoptFromHost.adopt(domain, host, live,
				List.of("inet nftoffload flowtable fast", "inet nftoffload rule 1")));
		assertEquals(1, host.getFlowtables().size(), "fast was replaced, not added twice");
		Flowtable fast = host.getFlowtables().get(0);
		assertTrue(fast != stale);
		assertEquals(List.of("lan1", "wan"), fast.getDevices().stream().map(NetworkInterface::getName).toList());
		assertSame(fast, uses.getFlowtable(), "the model's rule uses the adopted flowtable");
		assertSame(fast, host.getRules().get(1).getFlowtable());
		assertEquals("lan to wan", host.getRules().get(1).getComment());
		domain.getCommandStack().undo();
		assertEquals(List.of(stale), host.getFlowtables());
		assertSame(stale, uses.getFlowtable());
	}

	@Test
	void theConsolesOwnRuleMayUseTheModelsFlowtableOfThatName() throws Exception {
		Host host = probedRouter();
		Flowtable fast = ModelFactory.eINSTANCE.createFlowtable();
		fast.setName("fast");
		fast.setFamily(Family.INET);
		fast.getDevices().add(device(host, "lan1"));
		host.getFlowtables().add(fast);
		AdoptFromHost.LiveTables live = AdoptFromHost.of(EcoreUtil.copy(host), fixture("console-owned-beside-fw4.nft"));
		domain.getCommandStack().execute(AdoptFromHost.adopt(domain, host, live, List.of("inet nftoffload rule 1")));
		assertSame(fast, host.getRules().get(0).getFlowtable());
		assertEquals(List.of(fast), host.getFlowtables());
	}

	@Test
	void nothingChosenIsRefused() throws Exception {
		Host host = probedRouter();
		AdoptFromHost.LiveTables live = AdoptFromHost.of(EcoreUtil.copy(host), fixture("openwrt-fw4-software.nft"));
		AdoptFromHost.AdoptException e = assertThrows(AdoptFromHost.AdoptException.class,
				() -> AdoptFromHost.adopt(domain, host, live, List.of()));
		assertTrue(e.getMessage().startsWith("nothing chosen"), e.getMessage());
	}
}

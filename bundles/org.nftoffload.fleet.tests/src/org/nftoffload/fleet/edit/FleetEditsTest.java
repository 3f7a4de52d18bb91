package org.nftoffload.fleet.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.Protocol;
import org.nftoffload.model.RuleTemplate;
import org.nftoffload.model.provider.ModelItemProviderAdapterFactory;
import org.nftoffload.nft.NftRenderer;

class FleetEditsTest {

	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ModelItemProviderAdapterFactory(), new BasicCommandStack());

	private static Fleet fleet(int hosts) {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		for (int i = 0; i < hosts; i++) {
			Host host = ModelFactory.eINSTANCE.createHost();
			host.setName("r" + i);
			host.setAddress("192.0.2." + (i + 1));
			device(host, "eth0", InterfaceKind.PHYSICAL, "virtio_net");
			device(host, "eth1", InterfaceKind.PHYSICAL, "virtio_net");
			fleet.getHosts().add(host);
		}
		return fleet;
	}

	private static NetworkInterface device(Host host, String name, InterfaceKind kind, String driver) {
		NetworkInterface device = ModelFactory.eINSTANCE.createNetworkInterface();
		device.setName(name);
		device.setKind(kind);
		device.setDriver(driver);
		host.getInterfaces().add(device);
		return device;
	}

	private static NetworkInterface device(Host host, String name) {
		return host.getInterfaces().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
	}

	private static FlowtableProfile profile() {
		ModelFactory f = ModelFactory.eINSTANCE;
		FlowtableProfile profile = f.createFlowtableProfile();
		profile.setName("edge");
		profile.getRoles().addAll(List.of("wan", "lan"));
		FlowtableTemplate ft = f.createFlowtableTemplate();
		ft.setName("ft");
		ft.setFamily(Family.INET);
		ft.setOffloadMode(OffloadMode.SOFTWARE);
		ft.getDeviceRoles().addAll(List.of("lan", "wan"));
		profile.getFlowtables().add(ft);
		RuleTemplate rule = f.createRuleTemplate();
		rule.setFlowtable(ft);
		rule.getProtocols().addAll(List.of(Protocol.TCP, Protocol.UDP));
		rule.getInputRoles().add("lan");
		profile.getRules().add(rule);
		return profile;
	}

	@Test
	void applyingAProfileToThreeHostsIsOneUndoableCommand() throws Exception {
		Fleet fleet = fleet(3);
		FlowtableProfile profile = profile();
		fleet.getProfiles().add(profile);
		Fleet before = EcoreUtil.copy(fleet);
		Map<Host, Map<String, List<NetworkInterface>>> mapping = new HashMap<>();
		for (Host host : fleet.getHosts()) {
			mapping.put(host, Map.of("wan", List.of(device(host, "eth0")), "lan", List.of(device(host, "eth1"))));
		}
		Command command = FleetEdits.applyProfile(domain, profile, fleet.getHosts(), mapping);
		domain.getCommandStack().execute(command);

		for (Host host : fleet.getHosts()) {
			assertEquals(profile, host.getAppliedProfile());
			assertEquals(List.of("eth1", "eth0"), host.getFlowtables().get(0).getDevices().stream().map(NetworkInterface::getName).toList());
			assertTrue(NftRenderer.render(host).contains("iifname \"eth1\" meta l4proto { tcp, udp } counter flow add @ft"));
		}
		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(before, fleet), "one undo must restore every host");
		assertTrue(!domain.getCommandStack().canUndo());
		domain.getCommandStack().redo();
		assertEquals(3, fleet.getHosts().stream().filter(h -> h.getFlowtables().size() == 1).count());
	}

	@Test
	void applyingAProfileToAGroupRecordsItOnTheGroupInTheSameUndo() throws Exception {
		Fleet fleet = fleet(4);
		FlowtableProfile profile = profile();
		fleet.getProfiles().add(profile);
		org.nftoffload.model.HostGroup group = ModelFactory.eINSTANCE.createHostGroup();
		group.setName("edge");
		group.getHosts().addAll(fleet.getHosts().subList(0, 2));
		fleet.getGroups().add(group);
		Map<Host, Map<String, List<NetworkInterface>>> mapping = new HashMap<>();
		for (Host host : group.getHosts()) {
			mapping.put(host, Map.of("wan", List.of(device(host, "eth0")), "lan", List.of(device(host, "eth1"))));
		}
		domain.getCommandStack().execute(FleetEdits.applyProfileToGroup(domain, profile, group, mapping));
		assertEquals(profile, group.getAppliedProfile());
		assertEquals(2, fleet.getHosts().stream().filter(h -> h.getAppliedProfile() == profile).count());
		domain.getCommandStack().undo();
		assertEquals(null, group.getAppliedProfile());
		assertEquals(0, fleet.getHosts().stream().filter(h -> !h.getFlowtables().isEmpty()).count());
	}

	@Test
	void anUnmappedRoleOnAnyHostChangesNothing() {
		Fleet fleet = fleet(3);
		FlowtableProfile profile = profile();
		Fleet before = EcoreUtil.copy(fleet);
		Map<Host, Map<String, List<NetworkInterface>>> mapping = new HashMap<>();
		for (Host host : fleet.getHosts()) {
			mapping.put(host, Map.of("wan", List.of(device(host, "eth0")), "lan", List.of(device(host, "eth1"))));
		}
		Host last = fleet.getHosts().get(2);
		mapping.put(last, Map.of("wan", List.of(device(last, "eth0"))));
		FleetEdits.MappingException e = assertThrows(FleetEdits.MappingException.class,
				() -> FleetEdits.applyProfile(domain, profile, fleet.getHosts(), mapping));
		assertTrue(e.getMessage().startsWith("host r2: role lan of profile edge is not mapped"), e.getMessage());
		assertTrue(EcoreUtil.equals(before, fleet));
	}

	@Test
	void bulkEditOfUserAndTagIsOneUndoEach() {
		Fleet fleet = fleet(50);
		List<Host> selection = new ArrayList<>(fleet.getHosts().subList(10, 40));
		domain.getCommandStack().execute(FleetEdits.bulkSet(domain, selection, ModelPackage.Literals.HOST__USER, "admin"));
		domain.getCommandStack().execute(FleetEdits.bulkAdd(domain, selection, ModelPackage.Literals.HOST__TAGS, "edge"));
		assertEquals(30, fleet.getHosts().stream().filter(h -> "admin".equals(h.getUser())).count());
		assertEquals(30, fleet.getHosts().stream().filter(h -> h.getTags().contains("edge")).count());
		domain.getCommandStack().undo();
		assertEquals(0, fleet.getHosts().stream().filter(h -> h.getTags().contains("edge")).count());
		assertEquals(30, fleet.getHosts().stream().filter(h -> "admin".equals(h.getUser())).count());
		domain.getCommandStack().undo();
		assertEquals(50, fleet.getHosts().stream().filter(h -> "root".equals(h.getUser())).count());
	}

	@Test
	void bulkSetRefusesAFeatureTheObjectsDoNotHave() {
		Fleet fleet = fleet(2);
		assertThrows(IllegalArgumentException.class, () -> FleetEdits.bulkSet(domain, fleet.getHosts(),
				ModelPackage.Literals.ABSTRACT_FLOWTABLE__COUNTER, Boolean.TRUE));
	}
}

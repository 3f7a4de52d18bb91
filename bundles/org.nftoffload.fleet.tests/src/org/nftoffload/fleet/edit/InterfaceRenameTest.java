package org.nftoffload.fleet.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nftoffload.model.Host;
import org.nftoffload.model.InterfaceKind;

class InterfaceRenameTest {

	@Test
	void planListsEveryPlaceThatNamesTheInterface() {
		SampleFleet sample = new SampleFleet("edge1");
		InterfaceRename.Plan plan = InterfaceRename.plan(sample.fleet.getHosts(), "lan0", "lan1");

		assertNull(plan.error());
		InterfaceRename.HostChange change = plan.hosts().get(0);
		List<String> places = change.places().stream().map(p -> p.what() + ": " + p.before() + " -> " + p.after()).toList();
		assertEquals(List.of("interface: lan0 -> lan1",
				"interface lan0.10, lower devices: lan0 -> lan1",
				"flowtable ft, devices: lan0, wan0 -> lan1, wan0",
				"rule tcp, udp → @ft  lan0 → wan0  \"offload established lan to wan\", input interfaces: lan0 -> lan1",
				"role binding lan, devices: lan0 -> lan1"), places);
	}

	@Test
	void oneCommandRenamesOnEveryHostAndOneUndoRestoresAll() {
		SampleFleet sample = new SampleFleet("edge1", "edge2", "edge3");
		InterfaceRename.Plan plan = InterfaceRename.plan(sample.fleet.getHosts(), "lan0", "lan1");
		assertEquals(3, plan.applicable().size());

		sample.execute(plan.command(sample.domain));

		for (Host host : sample.fleet.getHosts()) {
			assertEquals("lan1", host.getFlowtables().get(0).getDevices().get(0).getName());
			assertEquals("lan1", host.getRoleBindings().get(0).getDevices().get(0).getName());
		}
		sample.undo();
		for (Host host : sample.fleet.getHosts()) {
			assertEquals("lan0", host.getInterfaces().get(0).getName());
		}
	}

	@Test
	void aHostThatAlreadyHasTheNewNameIsLeftOutAndSaysWhy() {
		SampleFleet sample = new SampleFleet("edge1", "edge2");
		SampleFleet.device(sample.host(1), "lan1", InterfaceKind.PHYSICAL);
		InterfaceRename.Plan plan = InterfaceRename.plan(sample.fleet.getHosts(), "lan0", "lan1");

		assertEquals(2, plan.hosts().size());
		assertNotNull(plan.hosts().get(1).conflict());
		assertTrue(plan.hosts().get(1).conflict().contains("already has an interface lan1"), plan.hosts().get(1).conflict());
		sample.execute(plan.command(sample.domain));
		assertEquals("lan1", sample.host(0).getInterfaces().get(0).getName());
		assertEquals("lan0", sample.host(1).getInterfaces().get(0).getName(), "left as it was");
	}

	@Test
	void anInvalidNewNameIsRefusedWithWhatIsAllowed() {
		SampleFleet sample = new SampleFleet("edge1");
		InterfaceRename.Plan plan = InterfaceRename.plan(sample.fleet.getHosts(), "lan0", "lan0;reboot");
		assertTrue(plan.error().contains("not a valid interface name"), plan.error());
		assertFalse(plan.command(sample.domain).canExecute());
	}

	@Test
	void hostsWithoutTheInterfaceAreNotInThePlan() {
		SampleFleet sample = new SampleFleet("edge1", "edge2");
		sample.host(1).getInterfaces().get(0).setName("eth0");
		InterfaceRename.Plan plan = InterfaceRename.plan(sample.fleet.getHosts(), "lan0", "lan1");
		assertEquals(List.of("edge1"), plan.hosts().stream().map(h -> h.host().getName()).toList());
	}
}

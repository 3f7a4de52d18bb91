package org.nftoffload.fleet.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadRule;

class FleetCopiesTest {

	private static NetworkInterface device(Host host, String name) {
		return host.getInterfaces().stream().filter(d -> name.equals(d.getName())).findFirst()
				.orElseThrow(() -> new AssertionError(host.getName() + " has no " + name));
	}

	@Test
	void pastedHostPointsAtItsOwnInterfacesAndFlowtable() {
		SampleFleet sample = new SampleFleet("edge1", "edge2");
		Host original = sample.host(0);
		List<EObject> clipboard = FleetCopies.copy(List.of(original));

		sample.execute(FleetCopies.paste(sample.domain, sample.fleet, clipboard, List.of(original)));

		Host pasted = sample.host(1);
		assertEquals("edge1-copy", pasted.getName());
		Flowtable ft = pasted.getFlowtables().get(0);
		assertEquals(List.of(device(pasted, "lan0"), device(pasted, "wan0")), ft.getDevices());
		OffloadRule rule = pasted.getRules().get(0);
		assertSame(ft, rule.getFlowtable());
		assertEquals(List.of(device(pasted, "lan0")), rule.getInputInterfaces());
		assertEquals(List.of(device(pasted, "wan0")), rule.getOutputInterfaces());
		assertEquals(List.of(device(pasted, "lan0")), pasted.getRoleBindings().get(0).getDevices());
		assertEquals(List.of(device(pasted, "lan0")), device(pasted, "lan0.10").getLowerDevices());
		// and the original is untouched
		assertEquals(List.of(device(original, "lan0"), device(original, "wan0")),
				original.getFlowtables().get(0).getDevices());
	}

	@Test
	void pastingTwiceGivesTwoIndependentCopiesWithUniqueNames() {
		SampleFleet sample = new SampleFleet("edge1");
		List<EObject> clipboard = FleetCopies.copy(List.of(sample.host(0)));
		sample.execute(FleetCopies.paste(sample.domain, sample.fleet, clipboard, List.of(sample.fleet)));
		sample.execute(FleetCopies.paste(sample.domain, sample.fleet, clipboard, List.of(sample.fleet)));

		assertEquals(List.of("edge1", "edge1-copy", "edge1-copy2"),
				sample.fleet.getHosts().stream().map(Host::getName).toList());
		assertNotSame(sample.host(1).getInterfaces().get(0), sample.host(2).getInterfaces().get(0));
	}

	@Test
	void hostPastedOnAGroupBecomesAMemberAndOneUndoTakesAllBack() {
		SampleFleet sample = new SampleFleet("edge1");
		org.nftoffload.model.HostGroup other = SampleFleet.F.createHostGroup();
		other.setName("dc2");
		sample.fleet.getGroups().add(other);
		List<EObject> clipboard = FleetCopies.copy(List.of(sample.host(0)));

		sample.execute(FleetCopies.paste(sample.domain, sample.fleet, clipboard, List.of(other)));

		Host pasted = sample.host(1);
		assertEquals(List.of(pasted), other.getHosts());
		assertFalse(sample.group().getHosts().contains(pasted), "pasting does not copy the original's memberships");
		sample.undo();
		assertEquals(1, sample.fleet.getHosts().size());
		assertTrue(other.getHosts().isEmpty());
	}

	@Test
	void flowtablePastedIntoAnotherHostUsesThatHostsInterfacesByName() {
		SampleFleet sample = new SampleFleet("edge1", "edge2");
		Host edge1 = sample.host(0);
		Host edge2 = sample.host(1);
		edge2.getFlowtables().clear();
		edge2.getRules().clear();
		List<EObject> clipboard = FleetCopies.copy(List.of(edge1.getFlowtables().get(0)));

		sample.execute(FleetCopies.paste(sample.domain, sample.fleet, clipboard, List.of(edge2)));

		Flowtable pasted = edge2.getFlowtables().get(0);
		assertEquals("ft", pasted.getName(), "edge2 has no ft yet, so the name stays");
		assertEquals(List.of(device(edge2, "lan0"), device(edge2, "wan0")), pasted.getDevices());
	}

	@Test
	void aDeviceTheTargetHostLacksIsAddedAsNotFoundByTheProbe() {
		SampleFleet sample = new SampleFleet("edge1");
		Host bare = SampleFleet.F.createHost();
		bare.setName("bare");
		SampleFleet.device(bare, "lan0", org.nftoffload.model.InterfaceKind.PHYSICAL);
		sample.fleet.getHosts().add(bare);
		List<EObject> clipboard = FleetCopies.copy(List.of(sample.host(0).getFlowtables().get(0)));

		sample.execute(FleetCopies.paste(sample.domain, sample.fleet, clipboard, List.of(bare)));

		NetworkInterface wan = device(bare, "wan0");
		assertFalse(wan.isPresent(), "a device named by the pasted flowtable only");
		assertEquals(List.of(device(bare, "lan0"), wan), bare.getFlowtables().get(0).getDevices());
		sample.undo();
		assertEquals(1, bare.getInterfaces().size(), "undo removes the added device too");
		assertTrue(bare.getFlowtables().isEmpty());
	}

	@Test
	void ruleWhoseFlowtableTheTargetLacksKeepsItByName() {
		SampleFleet sample = new SampleFleet("edge1", "edge2");
		Host edge2 = sample.host(1);
		edge2.getRules().clear();
		edge2.getFlowtables().clear();
		List<EObject> clipboard = FleetCopies.copy(List.of(sample.host(0).getRules().get(0)));

		sample.execute(FleetCopies.paste(sample.domain, sample.fleet, clipboard, List.of(edge2)));

		OffloadRule pasted = edge2.getRules().get(0);
		assertNull(pasted.getFlowtable(), "never a flowtable of another host");
		assertEquals("ft", pasted.getFlowtableName());
		assertEquals(List.of(device(edge2, "lan0")), pasted.getInputInterfaces());
	}

	@Test
	void duplicatedFlowtableStaysInItsHostWithANewName() {
		SampleFleet sample = new SampleFleet("edge1");
		Host edge1 = sample.host(0);
		Flowtable ft = edge1.getFlowtables().get(0);

		sample.execute(FleetCopies.duplicate(sample.domain, sample.fleet, List.of(ft)));

		assertEquals(List.of("ft", "ft-copy"), edge1.getFlowtables().stream().map(Flowtable::getName).toList());
		assertEquals(ft.getDevices(), edge1.getFlowtables().get(1).getDevices(), "the same host's devices");
		assertEquals(3, edge1.getInterfaces().size(), "no device added");
	}

	@Test
	void duplicatedHostsLandAfterTheirOriginalsAndInTheirGroups() {
		SampleFleet sample = new SampleFleet("a", "b", "c");
		sample.execute(FleetCopies.duplicate(sample.domain, sample.fleet, List.of(sample.host(0), sample.host(2))));

		assertEquals(List.of("a", "a-copy", "b", "c", "c-copy"), sample.fleet.getHosts().stream().map(Host::getName).toList());
		assertEquals(5, sample.group().getHosts().size());
		sample.undo();
		assertEquals(List.of("a", "b", "c"), sample.fleet.getHosts().stream().map(Host::getName).toList());
	}

	@Test
	void aFlowtableCopiedWithItsHostIsNotPastedTwice() {
		SampleFleet sample = new SampleFleet("edge1");
		Host edge1 = sample.host(0);
		List<EObject> clipboard = FleetCopies.copy(List.of(edge1, edge1.getFlowtables().get(0)));
		assertEquals(1, clipboard.size());
	}

	@Test
	void nothingPastableAtTheTargetIsUnexecutable() {
		SampleFleet sample = new SampleFleet("edge1");
		List<EObject> clipboard = FleetCopies.copy(List.of(sample.host(0).getFlowtables().get(0)));
		assertFalse(FleetCopies.paste(sample.domain, sample.fleet, clipboard, List.of(sample.group())).canExecute(),
				"a flowtable needs a host to go into");
	}
}

package org.nftoffload.fleet.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.nftoffload.fleet.edit.BulkChanges;
import org.nftoffload.fleet.edit.CurrentValues;
import org.nftoffload.fleet.edit.FleetEdits;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;

/**
 * Edit Selected... in the fleet layer ({@link FleetEdits#editHosts}, {@link FleetEdits#editFlowtables}):
 * only the given fields change, profile values set this way are the host's own, one undo restores
 * every host, and bad values are refused naming the field. Here, beside {@link ProfileFleet}, for
 * its fleet with a profile.
 */
class BulkEditTest {

	private final ProfileFleet f = new ProfileFleet(4);
	private final EditingDomain domain = ProfileFleet.domain();
	private final CommandStack stack = domain.getCommandStack();

	/** r0 and r1 get profile edge (flowtable ft from its template, TCP timeout 30); r2 and r3 have a flowtable of their own. */
	private void prepare() {
		HostGroup eu = f.group("edge-eu", f.host(0), f.host(1));
		ProfileFleet.settings(eu).setPriority(-10);
		Map<Host, Map<String, List<NetworkInterface>>> mapping = new HashMap<>();
		for (Host host : List.of(f.host(0), f.host(1))) {
			mapping.put(host, RoleMappings.suggest(host, f.profile));
		}
		stack.execute(ProfileApplication.command(domain, "apply",
				ProfileApplication.plans(f.profile, List.of(f.host(0), f.host(1)), mapping)));
		for (Host host : List.of(f.host(2), f.host(3))) {
			Flowtable own = ProfileFleet.F.createFlowtable();
			own.setName("own");
			own.setOffloadMode(OffloadMode.HARDWARE);
			host.getFlowtables().add(own);
		}
		f.host(3).getTags().add("lab");
		stack.flush();
	}

	private static Flowtable ft(Host host) {
		return host.getFlowtables().get(0);
	}

	@Test
	void everyGivenFieldReachesEveryHostAndOneUndoRestoresThemAll() {
		prepare();
		Fleet before = EcoreUtil.copy(f.fleet);
		BulkChanges changes = new BulkChanges().offloadMode(OffloadMode.SOFTWARE).port(2222).user("ops")
				.timeout(ProfileField.UDP_TIMEOUT, 45).addTags(List.of("lab", "eu")).removeTags(List.of("old"));
		Command edit = FleetEdits.editHosts(domain, f.fleet.getHosts(), changes);
		assertTrue(edit.canExecute());
		assertEquals("Edit 4 hosts: offload mode software, UDP flow timeout 45 s, user ops, port 2222, tag +lab, tag +eu, tag -old",
				edit.getLabel(), "what Edit > Undo names");
		stack.execute(edit);
		for (Host host : f.fleet.getHosts()) {
			assertEquals(OffloadMode.SOFTWARE, ft(host).getOffloadMode(), host.getName());
			assertEquals(2222, host.getPort());
			assertEquals("ops", host.getUser());
			assertEquals(45, host.getSysctls().getFlowtableUdpTimeout(), host.getName());
			assertTrue(host.getTags().containsAll(List.of("lab", "eu")), host.getTags().toString());
		}
		assertEquals(List.of("lab", "eu"), f.host(3).getTags(), "a tag the host has is not added twice");
		assertEquals(-10, ft(f.host(0)).getPriority(), "a field not given stays as it was");
		assertEquals(30, f.host(0).getSysctls().getFlowtableTcpTimeout(), "the profile's TCP timeout stays");
		assertNull(f.host(2).getSysctls().getFlowtableTcpTimeout(), "a host without a profile gets only what was given");
		assertEquals(List.of("offloadMode"), ft(f.host(0)).getOverriddenFeatures(),
				"the profile flowtable's mode is the host's own, even where it equals the profile's");
		assertEquals(List.of("flowtableUdpTimeout"), f.host(0).getSysctls().getOverriddenFeatures());
		assertEquals(List.of(), f.host(2).getSysctls().getOverriddenFeatures(), "no profile: nothing to override");

		stack.undo();
		assertTrue(EcoreUtil.equals(before, f.fleet), "one undo restores all four hosts exactly");
	}

	@Test
	void aHostsOwnValueSetInBulkSurvivesAGroupChange() {
		prepare();
		stack.execute(FleetEdits.editHosts(domain, List.of(f.host(0)), new BulkChanges().priority(7)));
		HostGroup eu = f.fleet.getGroups().get(0);
		stack.execute(ProfileCommands.changeGroupSettings(domain, eu, Map.of(ProfileField.PRIORITY, -20)));
		assertEquals(7, ft(f.host(0)).getPriority(), "set in bulk: the host's own, the group does not take it back");
		assertEquals(-20, ft(f.host(1)).getPriority(), "its neighbour follows the group");
	}

	@Test
	void onlyWhatDiffersBecomesACommandAndNothingToDoIsNotExecutable() {
		prepare();
		assertFalse(FleetEdits.editHosts(domain, f.fleet.getHosts(), new BulkChanges()).canExecute(), "nothing given");
		assertFalse(FleetEdits.editHosts(domain, List.of(f.host(3)), new BulkChanges().addTags(List.of("lab")).port(22))
				.canExecute(), "r3 already has tag lab and port 22");
		assertFalse(FleetEdits.editFlowtables(domain, List.of(ft(f.host(2))), new BulkChanges().offloadMode(OffloadMode.HARDWARE))
				.canExecute(), "its own flowtable is in hardware already");
	}

	@Test
	void twoTimeoutsOnAHostWithoutSysctlsMakeOneSysctlsObject() {
		Host bare = f.host(2);
		assertNull(bare.getSysctls());
		stack.execute(FleetEdits.editHosts(domain, List.of(bare),
				new BulkChanges().timeout(ProfileField.TCP_TIMEOUT, 120).timeout(ProfileField.UDP_TIMEOUT, 30)));
		assertEquals(120, bare.getSysctls().getFlowtableTcpTimeout());
		assertEquals(30, bare.getSysctls().getFlowtableUdpTimeout(), "the second field did not replace the first's object");
		stack.undo();
		assertNull(bare.getSysctls());
	}

	@Test
	void flowtablesTakeOnlyFlowtableFields() {
		prepare();
		Flowtable own = ft(f.host(2));
		stack.execute(FleetEdits.editFlowtables(domain, List.of(own, ft(f.host(0))), new BulkChanges().counter(false)));
		assertFalse(own.isCounter());
		assertFalse(ft(f.host(0)).isCounter());
		assertTrue(ft(f.host(1)).isCounter(), "a flowtable not selected is untouched");
		IllegalArgumentException hostOnly = assertThrows(IllegalArgumentException.class,
				() -> FleetEdits.editFlowtables(domain, List.of(own), new BulkChanges().port(2022)));
		assertTrue(hostOnly.getMessage().startsWith("only priority, offload mode and counter"), hostOnly.getMessage());
	}

	@Test
	void badValuesAreRefusedNamingTheField() {
		assertEquals("SSH port: 70000 is not a TCP port; give a number from 1 to 65535",
				assertThrows(IllegalArgumentException.class, () -> new BulkChanges().port(70000)).getMessage());
		assertTrue(assertThrows(IllegalArgumentException.class, () -> new BulkChanges().user("two words")).getMessage()
				.startsWith("SSH user: user 'two words' is not a valid login name"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> new BulkChanges().addTags(List.of("a b"))).getMessage()
				.startsWith("Add tags: tag 'a b' is not valid"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> new BulkChanges().priority(Integer.MIN_VALUE))
				.getMessage().startsWith("Priority: -2147483648 is reserved by netfilter"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> new BulkChanges().timeout(ProfileField.TCP_TIMEOUT, 0))
				.getMessage().startsWith("TCP flow timeout: 0 s is out of range"));
		assertTrue(assertThrows(IllegalArgumentException.class,
				() -> new BulkChanges().addTags(List.of("lab")).removeTags(List.of("lab"))).getMessage()
				.startsWith("Remove tags: lab is also to be added"));
	}

	@Test
	void currentValuesCountWhatTheHostsHave() {
		prepare();
		CurrentValues now = CurrentValues.ofHosts(f.fleet.getHosts());
		assertEquals(4, now.hostCount());
		assertEquals(4, now.flowtableCount());
		assertEquals(Map.of(OffloadMode.SOFTWARE, 2, OffloadMode.HARDWARE, 2), now.of(ProfileField.OFFLOAD_MODE));
		assertNull(CurrentValues.common(now.of(ProfileField.OFFLOAD_MODE)), "mixed");
		assertEquals(22, CurrentValues.common(now.ports()));
		assertEquals(Map.of(30, 2, CurrentValues.Unset.UNSET, 2), now.of(ProfileField.TCP_TIMEOUT),
				"r2 and r3 have no sysctls");
		assertEquals(Map.of("lab", 1), now.tags());
	}
}

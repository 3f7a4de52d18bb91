package org.nftoffload.fleet.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.SysctlSettings;

/** Each command is one step on the stack; its undo restores every host exactly, its redo redoes it. */
class ProfileCommandsTest {

	private final ProfileFleet f = new ProfileFleet(3);
	private final EditingDomain domain = ProfileFleet.domain();
	private final CommandStack stack = domain.getCommandStack();

	private Command apply(List<Host> hosts) {
		Map<Host, Map<String, List<NetworkInterface>>> mapping = new HashMap<>();
		for (Host host : hosts) {
			mapping.put(host, RoleMappings.suggest(host, f.profile));
		}
		return ProfileApplication.command(domain, "apply", ProfileApplication.plans(f.profile, hosts, mapping));
	}

	private static Flowtable ft(Host host) {
		return host.getFlowtables().get(0);
	}

	/** Executes, checks that one undo gives back {@code before} exactly and one redo the state after. */
	private void executeUndoRedo(Command command) {
		Fleet before = EcoreUtil.copy(f.fleet);
		assertTrue(command.canExecute(), "executable: " + command.getLabel());
		stack.execute(command);
		Fleet after = EcoreUtil.copy(f.fleet);
		assertFalse(EcoreUtil.equals(before, after), "the command changed something");
		stack.undo();
		assertTrue(EcoreUtil.equals(before, f.fleet), "one undo restores every host exactly");
		stack.redo();
		assertTrue(EcoreUtil.equals(after, f.fleet), "redo gives the same state as the first execution");
	}

	@Test
	void applyRecordsTheTemplateAndResolvedValuesOnEveryHostAndUndoesInOneStep() {
		HostGroup eu = f.group("edge-eu", f.host(0), f.host(1));
		ProfileFleet.settings(eu).setPriority(-10);
		ProfileFleet.settings(eu).setFlowtableTcpTimeout(60);
		executeUndoRedo(apply(f.fleet.getHosts()));
		for (Host host : f.fleet.getHosts()) {
			assertEquals(f.profile, host.getAppliedProfile());
			assertEquals(f.template, ft(host).getTemplate());
			assertEquals(List.of(), ft(host).getOverriddenFeatures());
			assertEquals(List.of("lan0", "wan"), ft(host).getDevices().stream().map(NetworkInterface::getName).toList());
		}
		assertEquals(-10, ft(f.host(0)).getPriority());
		assertEquals(0, ft(f.host(2)).getPriority(), "r2 is in no group: the profile's default");
		assertEquals(60, f.host(1).getSysctls().getFlowtableTcpTimeout());
		assertEquals(30, f.host(2).getSysctls().getFlowtableTcpTimeout());
	}

	@Test
	void reapplyingKeepsWhatTheHostSetItself() {
		stack.execute(apply(List.of(f.host(0))));
		stack.execute(ProfileCommands.setOnHost(domain, ft(f.host(0)), ProfileField.COUNTER, false));
		f.template.setPriority(5);
		stack.execute(apply(List.of(f.host(0))));
		assertFalse(ft(f.host(0)).isCounter(), "the host's own counter survives the re-apply");
		assertEquals(List.of("counter"), ft(f.host(0)).getOverriddenFeatures());
		assertEquals(5, ft(f.host(0)).getPriority(), "the rest follows the profile");
	}

	@Test
	void sysctlsAHostSetBeforeItHadAProfileAreKeptAsItsOwn() {
		SysctlSettings own = ProfileFleet.F.createSysctlSettings();
		own.setFlowtableTcpTimeout(120);
		f.host(0).setSysctls(own);
		stack.execute(apply(List.of(f.host(0))));
		assertEquals(120, own.getFlowtableTcpTimeout(), "applying a profile never drops an engineer's value");
		assertEquals(List.of("flowtableTcpTimeout"), own.getOverriddenFeatures());
		assertEquals(own, f.host(0).getSysctls(), "the same object: an editor bound to it stays bound");
		stack.execute(ProfileCommands.resetToInherited(domain, f.host(0), ProfileField.TCP_TIMEOUT));
		assertEquals(30, own.getFlowtableTcpTimeout());
		assertEquals(List.of(), own.getOverriddenFeatures());
	}

	@Test
	void setOnHostRecordsTheOverrideAndUndoTakesBothBack() {
		stack.execute(apply(List.of(f.host(0))));
		executeUndoRedo(ProfileCommands.setOnHost(domain, ft(f.host(0)), ProfileField.OFFLOAD_MODE, OffloadMode.HARDWARE));
		assertEquals(OffloadMode.HARDWARE, ft(f.host(0)).getOffloadMode());
		assertEquals(List.of("offloadMode"), ft(f.host(0)).getOverriddenFeatures());
	}

	@Test
	void setOnHostOfASysctlCreatesTheHostsSysctlsWithTheInheritedRest() {
		f.profile.setSysctls(null);
		stack.execute(apply(List.of(f.host(0))));
		assertNull(f.host(0).getSysctls(), "nothing to set: no sysctls made");
		HostGroup eu = f.group("edge-eu", f.host(0));
		stack.execute(ProfileCommands.changeGroupSettings(domain, eu, Map.of(ProfileField.UDP_TIMEOUT, 45)));
		assertEquals(45, f.host(0).getSysctls().getFlowtableUdpTimeout());
		executeUndoRedo(ProfileCommands.setOnHost(domain, f.host(0), ProfileField.TCP_TIMEOUT, 90));
		SysctlSettings sysctls = f.host(0).getSysctls();
		assertEquals(90, sysctls.getFlowtableTcpTimeout());
		assertEquals(45, sysctls.getFlowtableUdpTimeout());
		assertEquals(List.of("flowtableTcpTimeout"), sysctls.getOverriddenFeatures());
	}

	@Test
	void resetBringsBackTheInheritedValueAndFollowsTheGroupAgain() {
		HostGroup eu = f.group("edge-eu", f.host(0));
		ProfileFleet.settings(eu).setPriority(-10);
		stack.execute(apply(List.of(f.host(0))));
		stack.execute(ProfileCommands.setOnHost(domain, ft(f.host(0)), ProfileField.PRIORITY, 7));
		executeUndoRedo(ProfileCommands.resetToInherited(domain, ft(f.host(0)), ProfileField.PRIORITY));
		assertEquals(-10, ft(f.host(0)).getPriority());
		assertEquals(List.of(), ft(f.host(0)).getOverriddenFeatures());
		assertFalse(ProfileCommands.resetToInherited(domain, ft(f.host(0)), ProfileField.PRIORITY).canExecute(),
				"nothing left to reset");
		stack.execute(ProfileCommands.changeGroupSettings(domain, eu, Map.of(ProfileField.PRIORITY, -20)));
		assertEquals(-20, ft(f.host(0)).getPriority(), "after the reset the host follows its group again");
	}

	@Test
	void aGroupSettingChangeReresolvesEveryMemberButNotTheirOwnValues() {
		HostGroup parent = f.group("all-edge", f.host(2));
		HostGroup eu = f.group("edge-eu", f.host(0), f.host(1));
		parent.getSubgroups().add(eu);
		stack.execute(apply(f.fleet.getHosts()));
		stack.execute(ProfileCommands.setOnHost(domain, ft(f.host(1)), ProfileField.PRIORITY, 7));

		Map<ProfileField, Object> changes = new HashMap<>();
		changes.put(ProfileField.PRIORITY, -10);
		changes.put(ProfileField.OFFLOAD_MODE, OffloadMode.HARDWARE);
		changes.put(ProfileField.TCP_TIMEOUT, 60);
		executeUndoRedo(ProfileCommands.changeGroupSettings(domain, parent, changes));
		for (Host host : f.fleet.getHosts()) {
			assertEquals(OffloadMode.HARDWARE, ft(host).getOffloadMode(), host.getName() + " is a member (r0, r1 through edge-eu)");
			assertEquals(60, host.getSysctls().getFlowtableTcpTimeout());
		}
		assertEquals(-10, ft(f.host(0)).getPriority());
		assertEquals(7, ft(f.host(1)).getPriority(), "r1 set its own priority");

		Map<ProfileField, Object> unset = new HashMap<>();
		unset.put(ProfileField.OFFLOAD_MODE, null);
		stack.execute(ProfileCommands.changeGroupSettings(domain, parent, unset));
		assertEquals(OffloadMode.SOFTWARE, ft(f.host(0)).getOffloadMode(), "unset: the profile's default again");
		assertFalse(parent.getSettings().isSetOffloadMode());
	}

	@Test
	void aJoiningHostGetsTheGroupsProfileFromItsBindingsOrInterfaceNames() {
		HostGroup eu = f.group("edge-eu", f.host(0));
		ProfileFleet.settings(eu).setPriority(-10);
		stack.execute(apply(List.of(f.host(0))));
		eu.setAppliedProfile(f.profile);
		Host renamed = f.host(1);
		renamed.getInterfaces().get(0).setName("eth0"); // no interface named wan any more
		org.nftoffload.model.RoleBinding wan = ProfileFleet.F.createRoleBinding();
		wan.setRole("wan");
		wan.getDevices().add(renamed.getInterfaces().get(0));
		renamed.getRoleBindings().add(wan); // an earlier binding says which one it is
		Host unmappable = f.host(2);
		unmappable.getInterfaces().get(0).setName("eth9");

		ProfileCommands.JoinCommand join = ProfileCommands.joinGroup(domain, eu, List.of(renamed, unmappable));
		executeUndoRedo(join);
		assertEquals(List.of(f.host(0), renamed, unmappable), eu.getHosts());
		assertEquals(f.profile, renamed.getAppliedProfile());
		assertEquals(List.of("lan0", "eth0"), ft(renamed).getDevices().stream().map(NetworkInterface::getName).toList());
		assertEquals(-10, ft(renamed).getPriority(), "the values of the group it joined");
		assertNull(unmappable.getAppliedProfile());
		assertTrue(unmappable.getFlowtables().isEmpty(), "kept its flowtables: none");
		assertEquals(1, join.notApplied().size());
		assertTrue(join.notApplied().get(0).startsWith("host r2: role wan of profile edge is not mapped"),
				join.notApplied().get(0));
	}

	@Test
	void aLeavingHostKeepsItsFlowtablesAndFallsBackToTheProfile() {
		HostGroup eu = f.group("edge-eu", f.host(0));
		eu.setAppliedProfile(f.profile);
		ProfileFleet.settings(eu).setPriority(-10);
		stack.execute(apply(List.of(f.host(0))));
		executeUndoRedo(ProfileCommands.leaveGroup(domain, eu, List.of(f.host(0)), false));
		assertEquals(f.profile, f.host(0).getAppliedProfile());
		assertEquals(1, f.host(0).getFlowtables().size());
		assertEquals(0, ft(f.host(0)).getPriority(), "no group gives -10 any more");
	}

	@Test
	void leavingWithRemoveProfileTakesItsFlowtablesAndRulesButNotTheHostsOwn() {
		HostGroup eu = f.group("edge-eu", f.host(0));
		eu.setAppliedProfile(f.profile);
		stack.execute(apply(List.of(f.host(0))));
		Flowtable own = ProfileFleet.F.createFlowtable();
		own.setName("mine");
		own.getDevices().add(f.host(0).getInterfaces().get(0));
		f.host(0).getFlowtables().add(own);
		executeUndoRedo(ProfileCommands.leaveGroup(domain, eu, List.of(f.host(0)), true));
		assertEquals(List.of(own), f.host(0).getFlowtables());
		assertTrue(f.host(0).getRules().isEmpty());
		assertNull(f.host(0).getAppliedProfile());
		assertEquals(2, f.host(0).getRoleBindings().size(), "bindings stay, for the next apply");
	}

	@Test
	void aThousandHostsApplyAndUndoInOneStep() {
		ProfileFleet big = new ProfileFleet(1000);
		HostGroup all = big.group("all");
		all.getHosts().addAll(big.fleet.getHosts());
		ProfileFleet.settings(all).setPriority(-5);
		Fleet before = EcoreUtil.copy(big.fleet);
		Map<Host, Map<String, List<NetworkInterface>>> mapping = new HashMap<>();
		for (Host host : big.fleet.getHosts()) {
			mapping.put(host, RoleMappings.suggest(host, big.profile));
		}
		stack.execute(ProfileApplication.command(domain, "apply",
				ProfileApplication.plans(big.profile, big.fleet.getHosts(), mapping)));
		assertEquals(1000, big.fleet.getHosts().stream().filter(h -> ft(h).getPriority() == -5).count());
		stack.undo();
		assertTrue(EcoreUtil.equals(before, big.fleet));
	}

	@Test
	void theMappingNamesTheHostAndWhatItHas() {
		Host host = f.host(0);
		ProfileFleet.device(host, "lan1", InterfaceKind.VLAN);
		assertEquals(List.of("lan0", "lan1"), RoleMappings.suggest(host, f.profile).get("lan").stream()
				.map(NetworkInterface::getName).toList(), "lan0 and lan1 both look like the lan role");
		RoleMappings.Parsed bad = RoleMappings.parse(host, "wan", "eth7");
		assertEquals("role wan: r0 has no interface 'eth7' (it has wan physical, lan0 physical, lan1 vlan)", bad.error());
		RoleMappings.Parsed empty = RoleMappings.parse(host, "wan", " ");
		assertTrue(empty.error().startsWith("role wan is not mapped"), empty.error());
		assertEquals(List.of("wan", "lan1"), RoleMappings.parse(host, "wan", "wan, lan1").devices().stream()
				.map(NetworkInterface::getName).toList());
	}

	@Test
	void fleetEditsAppliesToAGroupWithItsSubgroupsAndRecordsTemplatesAndValues() throws Exception {
		HostGroup parent = f.group("all-edge", f.host(0));
		HostGroup child = f.group("edge-eu", f.host(1));
		parent.getSubgroups().add(child);
		ProfileFleet.settings(child).setPriority(-10);
		Map<Host, Map<String, List<NetworkInterface>>> mapping = new HashMap<>();
		for (Host host : f.fleet.getHosts()) {
			mapping.put(host, RoleMappings.suggest(host, f.profile));
		}
		executeUndoRedo(org.nftoffload.fleet.edit.FleetEdits.applyProfileToGroup(domain, f.profile, parent, mapping));
		assertEquals(f.profile, parent.getAppliedProfile());
		assertEquals(f.template, ft(f.host(1)).getTemplate(), "r1 is a member through edge-eu");
		assertEquals(-10, ft(f.host(1)).getPriority());
		assertEquals(0, ft(f.host(0)).getPriority());
		assertTrue(f.host(2).getFlowtables().isEmpty(), "r2 is in neither");
	}

	@Test
	void aBulkSetOfAProfileValueIsTheHostsOwnAndSurvivesAGroupChange() {
		HostGroup eu = f.group("edge-eu", f.host(0), f.host(1));
		stack.execute(apply(f.fleet.getHosts()));
		List<Flowtable> flowtables = List.of(ft(f.host(0)), ft(f.host(1)));
		executeUndoRedo(org.nftoffload.fleet.edit.FleetEdits.bulkSet(domain, flowtables,
				org.nftoffload.model.ModelPackage.Literals.ABSTRACT_FLOWTABLE__OFFLOAD_MODE, OffloadMode.NONE));
		assertEquals(List.of("offloadMode"), ft(f.host(1)).getOverriddenFeatures());
		stack.execute(ProfileCommands.changeGroupSettings(domain, eu, Map.of(ProfileField.OFFLOAD_MODE, OffloadMode.HARDWARE)));
		assertEquals(OffloadMode.NONE, ft(f.host(0)).getOffloadMode(), "the bulk-set value is kept");
	}
}

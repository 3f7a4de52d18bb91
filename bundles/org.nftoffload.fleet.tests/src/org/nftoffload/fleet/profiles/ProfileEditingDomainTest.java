package org.nftoffload.fleet.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelPackage.Literals;
import org.nftoffload.model.NetworkInterface;

/**
 * Edits made the generic way (SetCommand.create, AddCommand.create, DeleteCommand through the
 * domain, as editors, the Properties view and drag and drop do) keep the precedence, in one undo.
 */
class ProfileEditingDomainTest {

	private final ProfileFleet f = new ProfileFleet(3);
	private final EditingDomain domain = ProfileFleet.domain();
	private final CommandStack stack = domain.getCommandStack();
	private HostGroup eu;

	@BeforeEach
	void twoHostsWithTheProfileInGroupEdgeEu() {
		eu = f.group("edge-eu", f.host(0), f.host(1));
		eu.setAppliedProfile(f.profile);
		Map<Host, Map<String, List<NetworkInterface>>> mapping = new HashMap<>();
		for (Host host : eu.getHosts()) {
			mapping.put(host, RoleMappings.suggest(host, f.profile));
		}
		stack.execute(ProfileApplication.command(domain, "apply", ProfileApplication.plans(f.profile, eu.getHosts(), mapping)));
		stack.flush();
	}

	private static Flowtable ft(Host host) {
		return host.getFlowtables().get(0);
	}

	private void undoRestores(Fleet before) {
		stack.undo();
		assertTrue(EcoreUtil.equals(before, f.fleet), "one undo restores every host exactly");
	}

	@Test
	void aGroupSettingSetThroughTheDomainReachesTheMembers() {
		Fleet before = EcoreUtil.copy(f.fleet);
		stack.execute(SetCommand.create(domain, eu, Literals.HOST_GROUP__SETTINGS, ProfileFleet.F.createOffloadSettings()));
		stack.execute(SetCommand.create(domain, eu.getSettings(), Literals.OFFLOAD_SETTINGS__PRIORITY, -10));
		assertEquals(-10, ft(f.host(0)).getPriority());
		assertEquals(-10, ft(f.host(1)).getPriority());
		stack.execute(SetCommand.create(domain, eu.getSettings(), Literals.OFFLOAD_SETTINGS__PRIORITY, SetCommand.UNSET_VALUE));
		assertEquals(0, ft(f.host(0)).getPriority());
		stack.undo();
		stack.undo();
		undoRestores(before);
	}

	@Test
	void aFlowtableValueSetThroughTheDomainIsTheHostsOwn() {
		Fleet before = EcoreUtil.copy(f.fleet);
		stack.execute(SetCommand.create(domain, ft(f.host(0)), Literals.ABSTRACT_FLOWTABLE__PRIORITY, 7));
		assertEquals(List.of("priority"), ft(f.host(0)).getOverriddenFeatures());
		stack.execute(SetCommand.create(domain, eu, Literals.HOST_GROUP__SETTINGS, ProfileFleet.F.createOffloadSettings()));
		stack.execute(SetCommand.create(domain, eu.getSettings(), Literals.OFFLOAD_SETTINGS__PRIORITY, -10));
		assertEquals(7, ft(f.host(0)).getPriority(), "the host's own value wins");
		assertEquals(-10, ft(f.host(1)).getPriority());
		stack.execute(SetCommand.create(domain, ft(f.host(0)), Literals.ABSTRACT_FLOWTABLE__PRIORITY, SetCommand.UNSET_VALUE));
		assertEquals(-10, ft(f.host(0)).getPriority(), "unset is a reset to the inherited value");
		assertEquals(List.of(), ft(f.host(0)).getOverriddenFeatures());
		stack.undo();
		stack.undo();
		stack.undo();
		undoRestores(before);
	}

	@Test
	void aHostAddedToTheGroupGetsItsProfileAndAHostRemovedKeepsItsFlowtables() {
		ProfileFleet.settings(eu).setCounter(false);
		Fleet before = EcoreUtil.copy(f.fleet);
		stack.execute(AddCommand.create(domain, eu, Literals.HOST_GROUP__HOSTS, f.host(2)));
		assertEquals(f.profile, f.host(2).getAppliedProfile());
		assertEquals(false, ft(f.host(2)).isCounter(), "with the group's values");
		undoRestores(before);

		stack.execute(RemoveCommand.create(domain, eu, Literals.HOST_GROUP__HOSTS, f.host(1)));
		assertEquals(1, f.host(1).getFlowtables().size(), "a leaving host keeps its flowtables");
		assertEquals(true, ft(f.host(1)).isCounter(), "and falls back to the profile's counter");
	}

	@Test
	void deletingAGroupWithSettingsGivesItsHostsTheProfilesValues() {
		stack.execute(SetCommand.create(domain, eu, Literals.HOST_GROUP__SETTINGS, ProfileFleet.F.createOffloadSettings()));
		stack.execute(SetCommand.create(domain, eu.getSettings(), Literals.OFFLOAD_SETTINGS__PRIORITY, -10));
		Fleet before = EcoreUtil.copy(f.fleet);
		stack.execute(DeleteCommand.create(domain, eu));
		assertEquals(List.of(), f.fleet.getGroups());
		assertEquals(0, ft(f.host(0)).getPriority());
		undoRestores(before);
		assertEquals(-10, ft(f.host(1)).getPriority());
	}

	@Test
	void aSubgroupAddedThroughTheDomainGivesItsHostsTheParentsValues() {
		HostGroup parent = f.group("all-edge");
		ProfileFleet.settings(parent).setPriority(20);
		Fleet before = EcoreUtil.copy(f.fleet);
		stack.execute(AddCommand.create(domain, parent, Literals.HOST_GROUP__SUBGROUPS, eu));
		assertEquals(20, ft(f.host(0)).getPriority());
		undoRestores(before);
	}

	@Test
	void aProfileDefaultChangeReachesTheHostsThatFollowIt() {
		stack.execute(SetCommand.create(domain, ft(f.host(1)), Literals.ABSTRACT_FLOWTABLE__COUNTER, false));
		Fleet before = EcoreUtil.copy(f.fleet);
		stack.execute(SetCommand.create(domain, f.template, Literals.ABSTRACT_FLOWTABLE__PRIORITY, 15));
		stack.execute(SetCommand.create(domain, f.template, Literals.ABSTRACT_FLOWTABLE__COUNTER, false));
		stack.execute(SetCommand.create(domain, f.template, Literals.ABSTRACT_FLOWTABLE__COUNTER, true));
		assertEquals(15, ft(f.host(0)).getPriority());
		assertEquals(true, ft(f.host(0)).isCounter());
		assertEquals(false, ft(f.host(1)).isCounter(), "r1 set its own counter");
		stack.execute(SetCommand.create(domain, f.profile.getSysctls(), Literals.SYSCTL_SETTINGS__FLOWTABLE_TCP_TIMEOUT, 99));
		assertEquals(99, f.host(0).getSysctls().getFlowtableTcpTimeout());
		stack.undo();
		stack.undo();
		stack.undo();
		undoRestores(before);
	}

	@Test
	void sysctlsAnEditorMakesWithTheirFirstValueHoldTheHostsOwnValue() {
		f.profile.setSysctls(null);
		f.host(0).setSysctls(null);
		HostGroup other = f.group("timeouts", f.host(0));
		ProfileFleet.settings(other).setFlowtableUdpTimeout(45);
		Fleet before = EcoreUtil.copy(f.fleet);
		org.nftoffload.model.SysctlSettings made = ProfileFleet.F.createSysctlSettings();
		made.setFlowtableTcpTimeout(90);
		stack.execute(SetCommand.create(domain, f.host(0), Literals.HOST__SYSCTLS, made));
		assertEquals(90, made.getFlowtableTcpTimeout(), "the typed value is not resolved away");
		assertEquals(List.of("flowtableTcpTimeout"), made.getOverriddenFeatures());
		assertEquals(45, made.getFlowtableUdpTimeout(), "the rest follows the host's groups");
		undoRestores(before);
	}
}

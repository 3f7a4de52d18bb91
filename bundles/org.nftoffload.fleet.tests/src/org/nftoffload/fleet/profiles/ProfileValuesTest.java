package org.nftoffload.fleet.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;

/** The precedence host > nearest group (first listed at equal distance) > profile default. */
class ProfileValuesTest {

	private final ProfileFleet f = new ProfileFleet(3);
	private final EditingDomain domain = ProfileFleet.domain();

	private void applyProfile(Host... hosts) {
		Map<Host, Map<String, List<NetworkInterface>>> mapping = new HashMap<>();
		for (Host host : hosts) {
			mapping.put(host, RoleMappings.suggest(host, f.profile));
		}
		domain.getCommandStack().execute(ProfileApplication.command(domain, "apply",
				ProfileApplication.plans(f.profile, List.of(hosts), mapping)));
	}

	private Flowtable ft(Host host) {
		return host.getFlowtables().get(0);
	}

	private Resolution priority(Host host) {
		return ProfileValues.ofFleetOf(host).resolve(ft(host), ProfileField.PRIORITY);
	}

	@Test
	void withoutGroupsTheProfileDefaultCounts() {
		applyProfile(f.host(0));
		Resolution r = priority(f.host(0));
		assertEquals(0, r.value());
		assertEquals(new ValueSource.ProfileDefault(f.profile), r.source());
		assertEquals("0 from profile edge", r.describe());
		assertTrue(r.upToDate());
		assertFalse(r.resettable());
	}

	@Test
	void aGroupSettingBeatsTheProfileDefault() {
		HostGroup eu = f.group("edge-eu", f.host(0));
		ProfileFleet.settings(eu).setPriority(-10);
		applyProfile(f.host(0));
		Resolution r = priority(f.host(0));
		assertEquals(-10, r.value());
		assertEquals(-10, ft(f.host(0)).getPriority(), "applying writes the resolved value into the flowtable");
		assertEquals(eu, ((ValueSource.Group) r.source()).group());
		Resolution mode = ProfileValues.ofFleetOf(f.host(0)).resolve(ft(f.host(0)), ProfileField.OFFLOAD_MODE);
		assertInstanceOf(ValueSource.ProfileDefault.class, mode.source(), "the group does not set the mode");
	}

	@Test
	void theHostsOwnValueBeatsEveryGroup() {
		HostGroup eu = f.group("edge-eu", f.host(0));
		ProfileFleet.settings(eu).setPriority(-10);
		applyProfile(f.host(0));
		domain.getCommandStack().execute(ProfileCommands.setOnHost(domain, ft(f.host(0)), ProfileField.PRIORITY, 7));
		Resolution r = priority(f.host(0));
		assertEquals(7, r.value());
		assertTrue(r.overridden());
		assertInstanceOf(ValueSource.SetOnHost.class, r.source());
		assertEquals(-10, r.inherited(), "what Reset would bring back");
		assertTrue(r.resettable());
	}

	@Test
	void aGroupThatListsTheHostBeatsAGroupThatHasItThroughASubgroup() {
		HostGroup parent = f.group("all-edge");
		HostGroup child = f.group("edge-eu", f.host(0));
		parent.getSubgroups().add(child);
		ProfileFleet.settings(parent).setPriority(20);
		ProfileFleet.settings(parent).setCounter(false);
		ProfileFleet.settings(child).setPriority(-10);
		applyProfile(f.host(0));
		assertEquals(-10, priority(f.host(0)).value(), "the child group is nearer, although listed later");
		Resolution counter = ProfileValues.ofFleetOf(f.host(0)).resolve(ft(f.host(0)), ProfileField.COUNTER);
		assertEquals(Boolean.FALSE, counter.value(), "the parent still gives what the child does not set");
		assertEquals(parent, ((ValueSource.Group) counter.source()).group());
		assertEquals(List.of(child, parent), ProfileValues.ofFleetOf(f.host(0)).groupsOf(f.host(0)));
	}

	@Test
	void atEqualDistanceTheGroupListedFirstWinsAndTheOtherIsNamed() {
		HostGroup first = f.group("edge-eu", f.host(0));
		HostGroup second = f.group("site-a", f.host(0));
		ProfileFleet.settings(first).setPriority(-10);
		ProfileFleet.settings(second).setPriority(5);
		applyProfile(f.host(0));
		Resolution r = priority(f.host(0));
		assertEquals(-10, r.value());
		ValueSource.Group source = (ValueSource.Group) r.source();
		assertEquals(List.of(second), source.shadowed());
		assertEquals("-10 from group edge-eu, over site-a", r.describe());

		f.fleet.getGroups().move(0, second); // site-a now listed first
		assertEquals(5, priority(f.host(0)).value());
	}

	@Test
	void anUnsetOffloadModeOfAGroupIsNotASetting() {
		HostGroup eu = f.group("edge-eu", f.host(0));
		ProfileFleet.settings(eu).setOffloadMode(OffloadMode.NONE);
		ProfileFleet.settings(eu).unsetOffloadMode();
		applyProfile(f.host(0));
		assertEquals(OffloadMode.SOFTWARE, ft(f.host(0)).getOffloadMode());
		ProfileFleet.settings(eu).setOffloadMode(OffloadMode.NONE);
		Resolution r = ProfileValues.ofFleetOf(f.host(0)).resolve(ft(f.host(0)), ProfileField.OFFLOAD_MODE);
		assertEquals(OffloadMode.NONE, r.value(), "none is a value a group can set once it is set");
		assertFalse(r.upToDate(), "changed without the commands: the flowtable is stale until re-resolved");
	}

	@Test
	void sysctlsFollowTheSameOrderAndTheProfileMayLeaveOneUnset() {
		HostGroup eu = f.group("edge-eu", f.host(0));
		ProfileFleet.settings(eu).setFlowtableUdpTimeout(45);
		applyProfile(f.host(0));
		ProfileValues values = ProfileValues.ofFleetOf(f.host(0));
		assertEquals(30, values.resolve(f.host(0), ProfileField.TCP_TIMEOUT).value());
		assertEquals(45, values.resolve(f.host(0), ProfileField.UDP_TIMEOUT).value());
		Resolution acct = values.resolve(f.host(0), ProfileField.CONNTRACK_ACCT);
		assertNull(acct.value(), "the profile leaves nf_conntrack_acct alone");
		assertEquals("unset from profile edge", acct.describe());
		assertEquals(30, f.host(0).getSysctls().getFlowtableTcpTimeout());
		assertEquals(45, f.host(0).getSysctls().getFlowtableUdpTimeout());
	}

	@Test
	void aFlowtableOfTheHostsOwnIsNotAProfileValue() {
		Flowtable own = ProfileFleet.F.createFlowtable();
		own.setName("mine");
		own.setPriority(3);
		f.host(1).getFlowtables().add(own);
		HostGroup eu = f.group("edge-eu", f.host(1));
		ProfileFleet.settings(eu).setPriority(-10);
		Resolution r = ProfileValues.ofFleetOf(own).resolve(own, ProfileField.PRIORITY);
		assertEquals(3, r.value());
		assertInstanceOf(ValueSource.HostOwn.class, r.source());
		assertFalse(r.resettable());
	}

	@Test
	void subgroupCyclesAreCutNotFollowedForever() {
		HostGroup a = f.group("a", f.host(0));
		HostGroup b = f.group("b");
		a.getSubgroups().add(b);
		b.getSubgroups().add(a);
		ProfileFleet.settings(b).setPriority(9);
		applyProfile(f.host(0));
		assertEquals(9, priority(f.host(0)).value());
		assertEquals(List.of(a, b), ProfileValues.ofFleetOf(f.host(0)).groupsOf(f.host(0)));
		assertEquals(List.of(f.host(0)), org.nftoffload.fleet.HostGroups.members(f.fleet, b));
	}
}

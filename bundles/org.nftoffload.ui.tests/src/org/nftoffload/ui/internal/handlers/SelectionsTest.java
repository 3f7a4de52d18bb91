package org.nftoffload.ui.internal.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.ui.internal.NavigatorNodes;

/**
 * The one place that turns whatever a part selects into the hosts an operation targets, as the
 * navigator (and any part feeding the handlers the same way) posts it: one element or a list.
 */
class SelectionsTest {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	/** h0..h5; group dc lists h3 and h1 and has subgroup rack with h4; h2 and h5 are tagged lab. */
	private final Fleet fleet = F.createFleet();
	private final HostGroup dc = F.createHostGroup();
	private final HostGroup rack = F.createHostGroup();

	SelectionsTest() {
		for (int i = 0; i < 6; i++) {
			Host host = F.createHost();
			host.setName("h" + i);
			Flowtable ft = F.createFlowtable();
			ft.setName("ft");
			host.getFlowtables().add(ft);
			fleet.getHosts().add(host);
		}
		dc.setName("dc");
		rack.setName("rack");
		dc.getSubgroups().add(rack);
		fleet.getGroups().addAll(List.of(dc, rack));
		dc.getHosts().addAll(List.of(host(3), host(1)));
		rack.getHosts().add(host(4));
		host(2).getTags().add("lab");
		host(5).getTags().add("lab");
	}

	private Host host(int i) {
		return fleet.getHosts().get(i);
	}

	@Test
	void aGroupTargetsItsMembersWithItsSubgroupsInTheFleetsOrder() {
		assertEquals(List.of(host(1), host(3), host(4)), Selections.targetHosts(dc, fleet));
		assertTrue(Selections.hasTargetHosts(dc, fleet));
		HostGroup empty = F.createHostGroup();
		fleet.getGroups().add(empty);
		assertEquals(List.of(), Selections.targetHosts(empty, fleet));
		assertFalse(Selections.hasTargetHosts(empty, fleet), "@CanExecute agrees");
	}

	@Test
	void aTagTargetsTheHostsThatCarryIt() {
		NavigatorNodes.Tag lab = new NavigatorNodes.Tag(fleet, "lab");
		assertEquals(List.of(host(2), host(5)), Selections.targetHosts(lab, fleet));
		assertTrue(Selections.hasTargetHosts(lab, fleet));
		assertFalse(Selections.hasTargetHosts(new NavigatorNodes.Tag(fleet, "gone"), fleet));
		assertFalse(Selections.hasTargetHosts(new NavigatorNodes.Tags(fleet), fleet), "the folder stands for no host");
	}

	@Test
	void hostsPickedOneByOneComeFirstInTheirOrderThenGroupsAndTagsEachHostOnce() {
		Object selection = List.of(host(5), new NavigatorNodes.Member(dc, host(3)), dc,
				new NavigatorNodes.Tag(fleet, "lab"));
		assertEquals(List.of(host(5), host(3), host(1), host(2), host(4)), Selections.targetHosts(selection, fleet),
				"h5 and h3 as picked (h5 the canary), then dc's and lab's others in the fleet's order");
	}

	@Test
	void anythingOfAHostTargetsItsHostAndTheFleetEveryHost() {
		Flowtable ft = host(0).getFlowtables().get(0);
		ObservedTable live = F.createObservedTable();
		Flowtable observed = F.createFlowtable();
		live.getFlowtables().add(observed);
		host(2).getObservedTables().add(live);
		Object selection = List.of(ft, new NavigatorNodes.Category(host(1), ModelPackage.Literals.HOST__INTERFACES), observed);
		assertEquals(List.of(host(0), host(1), host(2)), Selections.targetHosts(selection, fleet));
		assertEquals(fleet.getHosts(), Selections.targetHosts(List.of(host(4), fleet), fleet));
	}

	@Test
	void hostsNoLongerInTheFleetAreLeftOut() {
		Host gone = host(0);
		fleet.getHosts().remove(gone);
		assertEquals(List.of(), Selections.targetHosts(gone, fleet));
	}

	@Test
	void onlyAHostsOwnFlowtablesAndNothingElseAreEditedAsFlowtables() {
		Flowtable a = host(0).getFlowtables().get(0);
		Flowtable b = host(1).getFlowtables().get(0);
		assertEquals(List.of(a, b), Selections.ownFlowtables(List.of(a, b)));
		assertEquals(List.of(), Selections.ownFlowtables(List.of(a, host(1))), "with a host: the hosts are edited");
		ObservedTable live = F.createObservedTable();
		Flowtable observed = F.createFlowtable();
		live.getFlowtables().add(observed);
		host(2).getObservedTables().add(live);
		assertEquals(List.of(), Selections.ownFlowtables(observed), "a live table's flowtable is read only");
	}
}

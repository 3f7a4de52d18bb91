package org.nftoffload.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelFactory;

class HostSelectionTest {

	private final Fleet fleet = ModelFactory.eINSTANCE.createFleet();
	private final Path file = Path.of("edge.nftfleet");

	private Host host(String name, String... tags) {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(name);
		host.getTags().addAll(List.of(tags));
		fleet.getHosts().add(host);
		return host;
	}

	private HostGroup group(String name, Host... hosts) {
		HostGroup group = ModelFactory.eINSTANCE.createHostGroup();
		group.setName(name);
		group.getHosts().addAll(List.of(hosts));
		fleet.getGroups().add(group);
		return group;
	}

	private List<String> names(HostSelection selection) throws UnknownTargetException {
		return selection.resolve(fleet, file).stream().map(Host::getName).toList();
	}

	@Test
	void groupIncludesTheHostsOfItsSubgroupsAtAnyDepth() throws Exception {
		Host a = host("a");
		Host b = host("b");
		Host c = host("c");
		host("d");
		HostGroup prod = group("prod", a);
		HostGroup edge = group("edge", b);
		HostGroup rack = group("rack", c);
		prod.getSubgroups().add(edge);
		edge.getSubgroups().add(rack);
		assertEquals(List.of("a", "b", "c"), names(HostSelection.group("prod")));
		assertEquals(List.of("b", "c"), names(HostSelection.group("edge")));
		assertEquals(List.of(prod, edge, rack), HostGroups.groupsOf(fleet, c), "c is in rack, and through it in edge and prod");
	}

	@Test
	void aSubgroupCycleEndsInsteadOfLoopingForever() throws Exception {
		Host a = host("a");
		HostGroup x = group("x", a);
		HostGroup y = group("y");
		x.getSubgroups().add(y);
		y.getSubgroups().add(x);
		assertEquals(List.of("a"), names(HostSelection.group("y")));
	}

	@Test
	void tagSelectsTheTaggedHostsInFleetOrder() throws Exception {
		host("a", "lab");
		host("b");
		host("c", "lab", "edge");
		assertEquals(List.of("a", "c"), names(HostSelection.tag("lab")));
	}

	@Test
	void togetherNamedHostsComeFirstInTheirOrderThenTheRestOnce() throws Exception {
		Host a = host("a");
		host("b", "lab");
		Host c = host("c", "lab");
		group("g", a, c);
		assertEquals(List.of("c", "a", "b"), names(HostSelection.of(List.of("c"), List.of("g"), List.of("lab"))));
		assertEquals("host c, group g, tag lab", HostSelection.of(List.of("c"), List.of("g"), List.of("lab")).describe());
	}

	@Test
	void nothingNamedIsTheWholeFleet() throws Exception {
		host("a");
		host("b");
		assertEquals(List.of("a", "b"), names(HostSelection.of(List.of(), List.of(), List.of())));
	}

	@Test
	void unknownGroupIsNamedWithTheFileAndTheGroupsThereAre() {
		group("edge");
		group("core");
		UnknownTargetException e = assertThrows(UnknownTargetException.class, () -> names(HostSelection.group("egde")));
		assertEquals("edge.nftfleet: no group named 'egde'; groups: [edge, core]", e.getMessage());
	}

	@Test
	void unknownTagAndHostAreNamedToo() {
		host("a", "lab");
		assertEquals("edge.nftfleet: no host has the tag 'prod'; tags: [lab]",
				assertThrows(UnknownTargetException.class, () -> names(HostSelection.tag("prod"))).getMessage());
		UnknownTargetException host = assertThrows(UnknownTargetException.class, () -> names(HostSelection.hosts(List.of("a", "zz"))));
		assertTrue(host.getMessage().contains("no host named 'zz'; hosts: [a]"), host.getMessage());
	}
}

package org.nftoffload.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.cli.internal.CliRunner;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code nftoffload hosts import|list} and --group/--tag on the fleet commands, on real files. */
class HostsCommandsTest {

	private final CliRunner cli = new CliRunner();

	@TempDir
	Path dir;

	private static final String INVENTORY = """
			[edge]
			edge-[01:02] ansible_host=127.0.0.1 ansible_port=1   # nothing listens on port 1
			[core]
			core-1 ansible_host=127.0.0.1 ansible_port=1
			[prod:children]
			edge
			core
			[edge:vars]
			ansible_user=ops
			""";

	private Path importedFleet() throws Exception {
		Path inventory = Files.writeString(dir.resolve("inventory"), INVENTORY);
		Path fleet = dir.resolve("lab.nftfleet");
		assertEquals(0, cli.run("hosts", "import", "--fleet", fleet.toString(), inventory.toString()), cli.err());
		return fleet;
	}

	@Test
	void ansibleInventoryIntoANewFleetWithItsGroupsAndSubgroups() throws Exception {
		Path fleet = importedFleet();
		assertTrue(cli.out().contains("add       host  edge-01              ops@127.0.0.1:1, group edge"), cli.out());
		assertTrue(cli.out().contains("add       group prod                 subgroup edge, subgroup core"), cli.out());
		assertTrue(cli.out().contains("3 hosts to add, 0 to update, 0 unchanged; 3 groups to add, 0 to update"), cli.out());
		assertTrue(cli.err().contains("new fleet with 3 hosts and 3 groups"), cli.err());
		Fleet saved = FleetFiles.load(fleet);
		HostGroup prod = saved.getGroups().stream().filter(g -> g.getName().equals("prod")).findFirst().orElseThrow();
		assertEquals(List.of("edge", "core"), prod.getSubgroups().stream().map(HostGroup::getName).toList());
	}

	@Test
	void listJsonGivesEachHostItsGroupsThroughParentGroups() throws Exception {
		Path fleet = importedFleet();
		assertEquals(0, cli.run("hosts", "list", "--fleet", fleet.toString(), "--group", "edge", "--json"), cli.err());
		JsonNode hosts = new ObjectMapper().readTree(cli.out());
		assertEquals(2, hosts.size(), cli.out());
		JsonNode edge1 = hosts.get(0);
		assertEquals("edge-01", edge1.get("name").asText());
		assertEquals("127.0.0.1", edge1.get("address").asText());
		assertEquals(1, edge1.get("port").asInt());
		assertEquals("ops", edge1.get("user").asText());
		assertEquals("[\"edge\",\"prod\"]", edge1.get("groups").toString());
		assertEquals("[]", edge1.get("tags").toString());

		assertEquals(0, cli.run("hosts", "list", "--fleet", fleet.toString(), "--group", "prod"), cli.err());
		assertTrue(cli.out().contains("core-1") && cli.out().contains("edge-02"), cli.out());
		assertTrue(cli.err().contains("3 of 3 hosts (group prod)"), cli.err());
	}

	@Test
	void csvWithBadLinesReportsEveryOneWritesNothingAndExitsTwo() throws Exception {
		Path fleet = importedFleet();
		byte[] before = Files.readAllBytes(fleet);
		Path csv = Files.writeString(dir.resolve("more.csv"), """
				name,address,port,user,tags,group
				edge-03,192.0.2.13,22,root,edge,edge
				edge-04,192.0.2.14,port22,root,,
				edge-05,192.0.2.15,22,root,,
				edge 06,192.0.2.16,22,root,,
				""");
		assertEquals(2, cli.run("hosts", "import", "--fleet", fleet.toString(), csv.toString()));
		assertTrue(cli.err().contains(csv + ":3: port 'port22' is not a TCP port: give a number from 1 to 65535"), cli.err());
		assertTrue(cli.err().contains(csv + ":5: host 'edge 06' is not a valid name"), cli.err());
		assertTrue(cli.err().contains("2 lines to fix in more.csv; nothing imported; " + fleet + " is unchanged"), cli.err());
		assertArrayEquals(before, Files.readAllBytes(fleet), "the fleet file is untouched");
	}

	@Test
	void dryRunPreviewsUpdatesAndWritesNothing() throws Exception {
		Path fleet = importedFleet();
		byte[] before = Files.readAllBytes(fleet);
		Path csv = Files.writeString(dir.resolve("update.csv"), "name,address,tags\nedge-01,192.0.2.11,lab\ncore-1,,\n");
		assertEquals(0, cli.run("hosts", "import", "--fleet", fleet.toString(), csv.toString(), "--dry-run"), cli.err());
		assertTrue(cli.out().contains("update    host  edge-01              address 127.0.0.1 -> 192.0.2.11, tag +lab"), cli.out());
		assertTrue(cli.out().contains("unchanged host  core-1"), cli.out());
		assertTrue(cli.err().contains("dry run"), cli.err());
		assertArrayEquals(before, Files.readAllBytes(fleet));

		assertEquals(0, cli.run("hosts", "import", "--fleet", fleet.toString(), csv.toString()), cli.err());
		Host edge1 = FleetFiles.load(fleet).getHosts().get(0);
		assertEquals("192.0.2.11", edge1.getAddress());
		assertEquals(List.of("lab"), edge1.getTags());
	}

	@Test
	void listFiltersAreOneOrTheOtherAndUnknownOnesAreNamed() throws Exception {
		Path fleet = importedFleet();
		assertEquals(2, cli.run("hosts", "list", "--fleet", fleet.toString(), "--group", "edge", "--tag", "lab"));
		assertTrue(cli.err().contains("mutually exclusive"), cli.err());
		assertEquals(2, cli.run("hosts", "list", "--fleet", fleet.toString(), "--group", "egde"));
		assertTrue(cli.err().contains(fleet + ": no group named 'egde'; groups: [edge, core, prod]"), cli.err());
		assertEquals(2, cli.run("hosts", "import", "--fleet", fleet.toString(), "x.csv", "--format", "xml"));
		assertTrue(cli.err().contains("unknown format 'xml': use csv or ansible"), cli.err());
	}

	/** Nothing listens on 127.0.0.1:1, so each selected host fails fast; the others are not tried. */
	@Test
	void fleetCommandsWorkOnTheHostsOfAGroupOrTag() throws Exception {
		Path fleet = importedFleet();
		Path csv = Files.writeString(dir.resolve("tags.csv"), "name,tags\ncore-1,lab\n");
		assertEquals(0, cli.run("hosts", "import", "--fleet", fleet.toString(), csv.toString()), cli.err());

		// rollback names the generation of the console's last apply: these hosts have none, so each
		// selected host is skipped without a connection, and the others are not listed at all
		assertEquals(0, cli.run("rollback", "--fleet", fleet.toString(), "--group", "edge", "--json"), cli.out() + cli.err());
		JsonNode results = new ObjectMapper().readTree(cli.out()).get("results");
		assertEquals(List.of("edge-01", "edge-02"), List.of(results.get(0).get("host").asText(), results.get(1).get("host").asText()));
		assertEquals(2, results.size());
		assertEquals("skipped", results.get(0).get("status").asText(), results.toString());

		assertEquals(1, cli.run("probe", "--fleet", fleet.toString(), "--tag", "lab", "--hosts", "edge-02", "--json"), cli.out() + cli.err());
		results = new ObjectMapper().readTree(cli.out()).get("results");
		assertEquals(2, results.size(), cli.out());
		assertEquals("edge-02", results.get(0).get("host").asText(), "named hosts first");
		assertEquals("core-1", results.get(1).get("host").asText());
		assertEquals("failed", results.get(1).get("status").asText());

		assertEquals(2, cli.run("apply", "--fleet", fleet.toString(), "--tag", "prod"));
		assertTrue(cli.err().contains("no host has the tag 'prod'; tags: [lab]"), cli.err());
		assertFalse(cli.out().contains("results"), cli.out());
	}
}

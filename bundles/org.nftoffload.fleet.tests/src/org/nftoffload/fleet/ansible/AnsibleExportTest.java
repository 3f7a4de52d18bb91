package org.nftoffload.fleet.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.tests.fixtures.BoundedProcess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The export without a router: what the real {@code ansible-inventory} makes of the inventory
 * (groups, subgroups, tags, host variables), that the real {@code ansible-playbook} accepts the
 * playbook, and that model values which could reach YAML, Jinja or a shell are refused or made safe.
 */
class AnsibleExportTest {

	static final Duration LIMIT = Duration.ofSeconds(180);

	@TempDir
	Path dir;

	final Fleet fleet = ModelFactory.eINSTANCE.createFleet();

	/** A host with the lab's software flowtable on lan0 and wan0 (docs/agent-transcripts/scenarios). */
	Host host(String name, String... tags) throws Exception {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(name);
		host.setAddress("192.0.2.10");
		host.setPort(2222);
		host.getTags().addAll(List.of(tags));
		for (String device : List.of("lan0", "wan0")) {
			NetworkInterface i = ModelFactory.eINSTANCE.createNetworkInterface();
			i.setName(device);
			host.getInterfaces().add(i);
		}
		fleet.getHosts().add(host);
		desireSoftwareFlowtable(host);
		return host;
	}

	static void desireSoftwareFlowtable(Host host) throws Exception {
		Path ruleset = Path.of(System.getProperty("nfto.repo"), "docs", "agent-transcripts", "scenarios", "flowtable.nft");
		Host imported = RulesetImporter.importRuleset(NftTextParser.parse(Files.readString(ruleset), ruleset.toString()),
				host).host();
		RulesetImporter.adoptInto(host, imported);
		assertEquals(List.of(), FleetOperations.validationErrors(host));
	}

	HostGroup group(String name, Host... hosts) {
		HostGroup group = ModelFactory.eINSTANCE.createHostGroup();
		group.setName(name);
		group.getHosts().addAll(List.of(hosts));
		fleet.getGroups().add(group);
		return group;
	}

	AnsibleExport.Result export() throws Exception {
		return AnsibleExport.write(fleet, List.copyOf(fleet.getHosts()), dir, AgentDeployer.shipped().script(),
				AnsibleExport.Options.defaults());
	}

	/** Runs an Ansible tool (it must be installed: /usr/bin/ansible-playbook, Debian's package "ansible"). */
	static BoundedProcess ansible(Path dir, String... command) throws Exception {
		assertTrue(Files.isExecutable(Path.of("/usr/bin/" + command[0])),
				command[0] + " is missing: apt-get install ansible (the tests need the real tool)");
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
		builder.environment().put("ANSIBLE_NOCOLOR", "1");
		builder.environment().put("ANSIBLE_LOCAL_TEMP", dir.resolve(".ansible-tmp").toString());
		return BoundedProcess.run(builder, LIMIT, null);
	}

	JsonNode inventoryList() throws Exception {
		Path listed = dir.resolve("listed.json");
		BoundedProcess p = ansible(dir, "ansible-inventory", "-i", dir.resolve(AnsibleExport.INVENTORY).toString(),
				"--list", "--output", listed.toString());
		assertEquals(0, p.exitCode(), p.output());
		assertFalse(p.output().contains("WARNING"), "ansible-inventory warns: " + p.output());
		return new ObjectMapper().readTree(Files.readString(listed));
	}

	static Set<String> members(JsonNode list, String group, String kind) {
		Set<String> names = new TreeSet<>();
		list.path(group).path(kind).forEach(n -> names.add(n.asText()));
		return names;
	}

	@Test
	void inventoryHasTheGroupsSubgroupsTagsAndHostVariablesAnsibleReads() throws Exception {
		Host a = host("edge-a", "canary");
		Host b = host("edge-b");
		Host c = host("core-1");
		c.setUser("ops");
		c.setAddress("2001:db8::1");
		HostGroup edge = group("edge", a);
		HostGroup rack = group("rack 7", b);
		group("core", c);
		edge.getSubgroups().add(rack);
		AnsibleExport.Result result = export();
		assertEquals(List.of(), result.skipped());

		JsonNode list = inventoryList();
		assertEquals(Set.of("edge-a", "edge-b", "core-1"), members(list, "nftoffload", "hosts"));
		assertEquals(Set.of("edge", "rack_7", "core", "tag_canary"), members(list, "nftoffload", "children"));
		assertEquals(Set.of("edge-a"), members(list, "edge", "hosts"));
		assertEquals(Set.of("rack_7"), members(list, "edge", "children"), "the subgroup is the group's child");
		assertEquals(Set.of("edge-b"), members(list, "rack_7", "hosts"));
		assertEquals(Set.of("edge-a"), members(list, "tag_canary", "hosts"));

		JsonNode vars = list.path("_meta").path("hostvars");
		assertEquals("192.0.2.10", vars.path("edge-a").path("ansible_host").asText());
		assertEquals(2222, vars.path("edge-a").path("ansible_port").asInt());
		assertEquals("root", vars.path("edge-a").path("ansible_user").asText());
		assertFalse(vars.path("edge-a").has("ansible_become"), "root needs no sudo");
		assertEquals("2001:db8::1", vars.path("core-1").path("ansible_host").asText());
		assertEquals("ops", vars.path("core-1").path("ansible_user").asText());
		assertTrue(vars.path("core-1").path("ansible_become").asBoolean(), "the agent runs as root: sudo for ops");
		assertEquals("inet", vars.path("edge-a").path("nftoffload_family").asText());
		assertEquals("nftoffload", vars.path("edge-a").path("nftoffload_table").asText());
		assertEquals("edge-a.nft", vars.path("edge-a").path("nftoffload_ruleset").asText());
		assertEquals("[\"lan0\",\"wan0\"]", vars.path("edge-a").path("nftoffload_flowtable_devices").toString());
		assertEquals(AgentDeployer.shipped().sha256(), vars.path("edge-a").path("nftoffload_agent_sha256").asText());
		assertEquals(60, vars.path("edge-a").path("nftoffload_confirm_timeout").asInt());

		assertEquals(NftRenderer.renderTables(a), Files.readString(dir.resolve("files/rulesets/edge-a.nft")),
				"the ruleset is the table apply sends");
		assertTrue(java.util.Arrays.equals(AgentDeployer.shipped().script(), Files.readAllBytes(dir.resolve("files/nft-offload-agent"))));
	}

	@Test
	void playbookPassesAnsiblePlaybookSyntaxCheck() throws Exception {
		host("edge-a");
		export();
		BoundedProcess p = ansible(dir, "ansible-playbook", "-i", AnsibleExport.INVENTORY, "--syntax-check",
				AnsibleExport.PLAYBOOK);
		assertEquals(0, p.exitCode(), p.output());
		assertTrue(p.output().contains("playbook: " + AnsibleExport.PLAYBOOK), p.output());
		BoundedProcess tasks = ansible(dir, "ansible-playbook", "-i", AnsibleExport.INVENTORY, "--list-tasks",
				AnsibleExport.PLAYBOOK);
		assertEquals(0, tasks.exitCode(), tasks.output());
		for (String task : List.of("Upload the agent", "Upload the ruleset", "Apply with commit-confirm",
				"Confirm over the new connection")) {
			assertTrue(tasks.output().contains(task), tasks.output());
		}
	}

	@Test
	void aHandEditedInventoryOrAgentStopsThePlaybookBeforeItConnects() throws Exception {
		Host host = host("edge-a");
		host.setAddress("127.0.0.1");
		host.setPort(1);
		export();
		Path inventory = dir.resolve(AnsibleExport.INVENTORY);
		String exported = Files.readString(inventory);
		Files.writeString(inventory, exported.replace("nftoffload_table: \"nftoffload\"", "nftoffload_table: \"x;id\""));
		BoundedProcess edited = ansible(dir, "ansible-playbook", AnsibleExport.PLAYBOOK);
		assertTrue(edited.exitCode() != 0, edited.output());
		assertTrue(edited.output().contains("nftoffload_table is match") && edited.output().contains("export again"),
				edited.output());
		assertFalse(edited.output().contains("UNREACHABLE"), "stopped before any connection: " + edited.output());

		Files.writeString(inventory, exported);
		Files.writeString(dir.resolve("files/nft-offload-agent"), "\nid\n", java.nio.file.StandardOpenOption.APPEND);
		BoundedProcess agent = ansible(dir, "ansible-playbook", AnsibleExport.PLAYBOOK);
		assertTrue(agent.exitCode() != 0, agent.output());
		assertTrue(agent.output().contains("hash('sha256') == nftoffload_agent_sha256"), agent.output());
		assertFalse(agent.output().contains("UNREACHABLE"), "stopped before any connection: " + agent.output());
	}

	@Test
	void namesAnsibleCannotTakeBecomeSafeUniqueInventoryAndGroupNames() throws Exception {
		Host odd = host("Edge/\u00fc:1");
		Host same = host("Edge___1");
		HostGroup floor = group("2nd floor", odd);
		group("all", same);
		AnsibleExport.Result result = export();
		assertEquals(List.of(), result.skipped());
		String oddName = result.inventoryNames().get(odd.getName());
		assertEquals("Edge___1", oddName);
		assertEquals("Edge___1_2", result.inventoryNames().get(same.getName()), "two hosts keep two names");
		JsonNode list = inventoryList();
		assertTrue(members(list, "nftoffload", "children").containsAll(List.of("g_2nd_floor", "all_2")),
				list.path("nftoffload").toString());
		assertEquals(Set.of(oddName), members(list, "g_2nd_floor", "hosts"), floor.getName());
		assertFalse(list.path("_meta").path("hostvars").path(oddName).has("nftoffload_name"),
				"a name of other characters than the plain ones is not written at all");
		assertEquals("Edge___1.nft", list.path("_meta").path("hostvars").path(oddName).path("nftoffload_ruleset").asText());
	}

	@Test
	void hostsWithValuesThatCouldReachAShellOrModelErrorsAreLeftOutWithTheReason() throws Exception {
		Host good = host("good");
		Host address = host("bad-address");
		address.setAddress("10.0.0.1 -oProxyCommand=touch${IFS}/tmp/x");
		Host user = host("bad-user");
		user.setUser("root'$(id)'");
		Host jinja = host("bad-jinja");
		jinja.setAddress("{{ lookup('pipe','id') }}");
		Host jump = host("bad-jump");
		jump.setJumpHost("bastion -oProxyCommand=id");
		Host invalid = host("invalid");
		invalid.getFlowtables().get(0).setHook("egress");
		AnsibleExport.Result result = export();
		assertEquals(Map.of("good", "good"), result.inventoryNames());
		List<String> skipped = new ArrayList<>();
		result.skipped().forEach(s -> skipped.add(s.host()));
		assertEquals(List.of("bad-address", "bad-user", "bad-jinja", "bad-jump", "invalid"), skipped);
		assertTrue(result.skipped().get(0).reason().contains("address"), result.skipped().get(0).reason());
		assertTrue(result.skipped().get(4).reason().contains("validation errors"), result.skipped().get(4).reason());
		assertEquals(Set.of("good"), members(inventoryList(), "nftoffload", "hosts"));
		assertFalse(Files.readString(dir.resolve(AnsibleExport.INVENTORY)).contains("{{"), "nothing Jinja would evaluate");
	}

	@Test
	void aSubgroupCycleIsCutAndAReExportDropsRulesetsOfHostsNoLongerThere() throws Exception {
		Host a = host("a");
		Host b = host("b");
		HostGroup x = group("x", a);
		HostGroup y = group("y", b);
		x.getSubgroups().add(y);
		y.getSubgroups().add(x);
		export();
		JsonNode list = inventoryList();
		assertEquals(Set.of("y"), members(list, "x", "children"));
		assertEquals(Set.of(), members(list, "y", "children"), "y -> x would close the cycle");
		fleet.getHosts().remove(b);
		y.getHosts().clear();
		export();
		assertFalse(Files.exists(dir.resolve("files/rulesets/b.nft")));
		assertTrue(Files.exists(dir.resolve("files/rulesets/a.nft")));
	}
}

package org.nftoffload.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.cli.internal.CliRunner;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;

/** {@code nftoffload export ansible}: which hosts it writes, what it says, its exit codes. */
class ExportAnsibleCommandTest {

	@TempDir
	Path dir;

	final CliRunner cli = new CliRunner();
	Path fleetFile;
	Path out;

	@BeforeEach
	void fleet() throws Exception {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("edge");
		Host a = host(fleet, "edge-a");
		Host b = host(fleet, "edge-b");
		b.getFlowtables().get(0).setHook("egress");
		Host core = host(fleet, "core");
		group(fleet, "edge", a, b);
		group(fleet, "core", core);
		fleetFile = dir.resolve("edge.nftfleet");
		FleetFiles.save(fleet, fleetFile);
		out = dir.resolve("ansible");
	}

	static Host host(Fleet fleet, String name) throws Exception {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(name);
		host.setAddress("192.0.2.1");
		for (String device : List.of("lan0", "wan0")) {
			NetworkInterface i = ModelFactory.eINSTANCE.createNetworkInterface();
			i.setName(device);
			host.getInterfaces().add(i);
		}
		Path ruleset = Path.of(System.getProperty("nfto.repo"), "docs", "agent-transcripts", "scenarios", "flowtable.nft");
		RulesetImporter.adoptInto(host, RulesetImporter.importRuleset(NftTextParser.parse(Files.readString(ruleset),
				ruleset.toString()), host).host());
		fleet.getHosts().add(host);
		return host;
	}

	static void group(Fleet fleet, String name, Host... hosts) {
		HostGroup group = ModelFactory.eINSTANCE.createHostGroup();
		group.setName(name);
		group.getHosts().addAll(List.of(hosts));
		fleet.getGroups().add(group);
	}

	@Test
	void writesTheSelectedHostsAndRunsNothing() throws Exception {
		assertEquals(0, cli.run("export", "ansible", "--fleet", fleetFile.toString(), "--out", out.toString(), "--hosts",
				"core", "--confirm-timeout", "90"), cli.err());
		String inventory = Files.readString(out.resolve("inventory.yml"));
		assertTrue(inventory.contains("core:") && !inventory.contains("edge-a"), inventory);
		assertTrue(inventory.contains("nftoffload_confirm_timeout: 90"), inventory);
		for (String file : List.of("nftoffload.yml", "ansible.cfg", "action_plugins/nftoffload_plan.py",
				"files/nft-offload-agent", "files/rulesets/core.nft")) {
			assertTrue(Files.isRegularFile(out.resolve(file)), file);
		}
		assertTrue(cli.out().contains("nftoffload export ansible: 1 of 1 host(s) in " + out.resolve("inventory.yml")),
				cli.out());
	}

	@Test
	void aHostWithModelErrorsIsLeftOutNamedAndTheExitIsOne() throws Exception {
		assertEquals(1, cli.run("export", "ansible", "--fleet", fleetFile.toString(), "--out", out.toString(), "--group",
				"edge"), cli.out() + cli.err());
		assertTrue(cli.err().contains("nftoffload export ansible: edge-b: not exported: the model has validation errors"),
				cli.err());
		String inventory = Files.readString(out.resolve("inventory.yml"));
		assertTrue(inventory.contains("edge-a:"), inventory);
		assertFalse(inventory.contains("edge-b"), inventory);
		assertTrue(cli.out().contains("1 of 2 host(s)"), cli.out());
	}

	@Test
	void usageErrorsExitTwoAndWriteNothing() {
		assertEquals(2, cli.run("export", "ansible", "--fleet", fleetFile.toString(), "--out", out.toString(), "--group",
				"nosuch"));
		assertTrue(cli.err().contains("nosuch"), cli.err());
		assertEquals(2, cli.run("export", "ansible", "--fleet", fleetFile.toString(), "--out", out.toString(),
				"--confirm-timeout", "3"));
		assertTrue(cli.err().contains("--confirm-timeout must be 5-3600 seconds"), cli.err());
		assertEquals(2, cli.run("export", "ansible", "--out", out.toString()));
		assertTrue(cli.err().contains("--fleet FILE is required"), cli.err());
		assertEquals(2, cli.run("export"));
		assertFalse(Files.exists(out), "nothing written");
	}
}

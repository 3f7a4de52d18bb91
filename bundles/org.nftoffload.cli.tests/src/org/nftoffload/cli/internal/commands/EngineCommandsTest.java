package org.nftoffload.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.cli.internal.CliRunner;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.OffloadMode;

/** render, import and diff end to end through the CLI on the engine's fixtures and real fleet files. */
class EngineCommandsTest {

	private final CliRunner cli = new CliRunner();

	@TempDir
	Path dir;

	private static Path fixture(String name) {
		String repo = System.getProperty("nfto.repo", ".");
		Path path = Path.of(repo, "bundles", "org.nftoffload.nft.tests", "fixtures", name);
		assertTrue(Files.isRegularFile(path), "fixture missing: " + path + " (set -Dnfto.repo)");
		return path;
	}

	@Test
	void importPrintsManagedAndObservedTables() {
		assertEquals(0, cli.run("import", fixture("console-owned-beside-fw4.nft").toString()), cli.err());
		assertTrue(cli.out().contains("table nftoffload (managed by the console)"), cli.out());
		assertTrue(cli.out().contains("  flowtable inet hw: hook ingress priority 5, devices [eth2, eth3], offload hardware, counter"), cli.out());
		assertTrue(cli.out().contains("table inet fw4 (observed, not managed)"), cli.out());
	}

	@Test
	void importWithJsonTakesFlagsFromTheText() {
		assertEquals(0, cli.run("import", fixture("openwrt-fw4-software.nft").toString(), "--json",
				fixture("openwrt-fw4-software.json").toString()), cli.err());
		assertTrue(cli.out().contains("flowtable inet ft: hook ingress priority 0, devices [lan1, lan2, lan3, wan], offload software, counter"), cli.out());
		assertTrue(cli.out().contains("rule in chain forward: flow add @ft, protocols [tcp, udp]"), cli.out());
	}

	@Test
	void importOfABrokenRulesetNamesFileLineAndColumn() throws Exception {
		Path broken = Files.writeString(dir.resolve("broken.nft"), "table inet x {\n\tflowtable f {\n\t\tdevices = { \"eth0 }\n");
		assertEquals(2, cli.run("import", broken.toString()));
		assertTrue(cli.err().contains(broken + ":3:15: unterminated string"), cli.err());
	}

	@Test
	void importIntoAFleetThenRenderThenDiffAgainstTheSameRulesetIsClean() throws Exception {
		Path fleet = dir.resolve("lab.nftfleet");
		Path live = fixture("console-owned-beside-fw4.nft");
		assertEquals(0, cli.run("import", live.toString(), "--into", fleet.toString(), "--host", "r1"), cli.err());
		Fleet loaded = FleetFiles.load(fleet);
		Host host = loaded.getHosts().get(0);
		assertEquals(2, host.getFlowtables().size());
		assertEquals(1, host.getObservedTables().size());

		assertEquals(0, cli.run("render", fleet.toString(), "--host", "r1"), cli.err());
		String script = cli.out();
		assertTrue(script.contains("table inet nftoffload {}\ndelete table inet nftoffload\n"), script);
		assertTrue(!script.contains("fw4"), "the observed fw4 table must never be rendered:\n" + script);

		assertEquals(0, cli.run("diff", fleet.toString(), "--host", "r1", "--live", live.toString()), cli.out() + cli.err());
		assertTrue(cli.out().contains("live ruleset matches"), cli.out());
	}

	@Test
	void diffListsChangesAndExitsOne() throws Exception {
		Path fleet = dir.resolve("lab.nftfleet");
		Path live = fixture("console-owned-beside-fw4.nft");
		assertEquals(0, cli.run("import", live.toString(), "--into", fleet.toString(), "--host", "r1"), cli.err());
		Fleet loaded = FleetFiles.load(fleet);
		loaded.getHosts().get(0).getFlowtables().get(1).setOffloadMode(OffloadMode.SOFTWARE);
		FleetFiles.save(loaded, fleet);

		assertEquals(1, cli.run("diff", fleet.toString(), "--host", "r1", "--live", live.toString()));
		assertTrue(cli.out().contains("~ flowtable inet hw: offload hardware -> software"), cli.out());
		assertTrue(cli.out().contains("-\t\tflags offload"), cli.out());
	}

	@Test
	void renderRefusesAHostWithErrorsAndPrintsNothing() throws Exception {
		Path fleet = dir.resolve("lab.nftfleet");
		assertEquals(0, cli.run("import", fixture("console-owned-beside-fw4.nft").toString(), "--into", fleet.toString(), "--host", "r1"), cli.err());
		Fleet loaded = FleetFiles.load(fleet);
		loaded.getHosts().get(0).getFlowtables().get(0).setHook("egress");
		FleetFiles.save(loaded, fleet);
		assertEquals(1, cli.run("render", fleet.toString(), "--host", "r1"));
		assertEquals("", cli.out());
		assertTrue(cli.err().contains("[NFTO102]") && cli.err().contains("nothing rendered"), cli.err());
	}

	@Test
	void renderOfAnUnknownHostListsTheHosts() throws Exception {
		Path fleet = dir.resolve("lab.nftfleet");
		assertEquals(0, cli.run("import", fixture("vyos-flowtable.nft").toString(), "--into", fleet.toString(), "--host", "vyos1"), cli.err());
		assertEquals(2, cli.run("render", fleet.toString(), "--host", "nope"));
		assertTrue(cli.err().contains("no host named 'nope'; hosts: [vyos1]"), cli.err());
	}

	@Test
	void validateReportsEngineProblemsWithTheirIds() throws Exception {
		Path fleet = dir.resolve("lab.nftfleet");
		assertEquals(0, cli.run("import", fixture("openwrt-fw4-software.nft").toString(), "--table", "fw4", "--into", fleet.toString(),
				"--host", "r1"), cli.err());
		Fleet loaded = FleetFiles.load(fleet);
		loaded.getHosts().get(0).setKernelRelease("4.14.221");
		FleetFiles.save(loaded, fleet);
		assertEquals(1, cli.run("validate", fleet.toString()));
		assertTrue(cli.out().contains("[NFTO110]"), cli.out());
	}
}

package org.nftoffload.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.cli.internal.Cli;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.OffloadMode;

/** render, import and diff end to end through the CLI on the engine's fixtures and real fleet files. */
class EngineCommandsTest {

	@TempDir
	Path dir;

	private ByteArrayOutputStream out = new ByteArrayOutputStream();
	private ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		return new Cli().run(List.of(args), new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static Path fixture(String name) {
		String repo = System.getProperty("nfto.repo", ".");
		Path path = Path.of(repo, "bundles", "org.nftoffload.nft.tests", "fixtures", name);
		assertTrue(Files.isRegularFile(path), "fixture missing: " + path + " (set -Dnfto.repo)");
		return path;
	}

	@Test
	void importPrintsManagedAndObservedTables() {
		assertEquals(0, run("import", fixture("console-owned-beside-fw4.nft").toString()), err());
		assertTrue(out().contains("table nftoffload (managed by the console)"), out());
		assertTrue(out().contains("  flowtable inet hw: hook ingress priority 5, devices [eth2, eth3], offload hardware, counter"), out());
		assertTrue(out().contains("table inet fw4 (observed, not managed)"), out());
	}

	@Test
	void importWithJsonTakesFlagsFromTheText() {
		assertEquals(0, run("import", fixture("openwrt-fw4-software.nft").toString(), "--json",
				fixture("openwrt-fw4-software.json").toString()), err());
		assertTrue(out().contains("flowtable inet ft: hook ingress priority 0, devices [lan1, lan2, lan3, wan], offload software, counter"), out());
		assertTrue(out().contains("rule in chain forward: flow add @ft, protocols [tcp, udp]"), out());
	}

	@Test
	void importOfABrokenRulesetNamesFileLineAndColumn() throws Exception {
		Path broken = Files.writeString(dir.resolve("broken.nft"), "table inet x {\n\tflowtable f {\n\t\tdevices = { \"eth0 }\n");
		assertEquals(2, run("import", broken.toString()));
		assertTrue(err().contains(broken + ":3:15: unterminated string"), err());
	}

	@Test
	void importIntoAFleetThenRenderThenDiffAgainstTheSameRulesetIsClean() throws Exception {
		Path fleet = dir.resolve("lab.nftfleet");
		Path live = fixture("console-owned-beside-fw4.nft");
		assertEquals(0, run("import", live.toString(), "--into", fleet.toString(), "--host", "r1"), err());
		Fleet loaded = FleetFiles.load(fleet);
		Host host = loaded.getHosts().get(0);
		assertEquals(2, host.getFlowtables().size());
		assertEquals(1, host.getObservedTables().size());

		assertEquals(0, run("render", fleet.toString(), "--host", "r1"), err());
		String script = out();
		assertTrue(script.contains("table inet nftoffload {}\ndelete table inet nftoffload\n"), script);
		assertTrue(!script.contains("fw4"), "the observed fw4 table must never be rendered:\n" + script);

		assertEquals(0, run("diff", fleet.toString(), "--host", "r1", "--live", live.toString()), out() + err());
		assertTrue(out().contains("live ruleset matches"), out());
	}

	@Test
	void diffListsChangesAndExitsOne() throws Exception {
		Path fleet = dir.resolve("lab.nftfleet");
		Path live = fixture("console-owned-beside-fw4.nft");
		assertEquals(0, run("import", live.toString(), "--into", fleet.toString(), "--host", "r1"), err());
		Fleet loaded = FleetFiles.load(fleet);
		loaded.getHosts().get(0).getFlowtables().get(1).setOffloadMode(OffloadMode.SOFTWARE);
		FleetFiles.save(loaded, fleet);

		assertEquals(1, run("diff", fleet.toString(), "--host", "r1", "--live", live.toString()));
		assertTrue(out().contains("~ flowtable inet hw: offload hardware -> software"), out());
		assertTrue(out().contains("-\t\tflags offload"), out());
	}

	@Test
	void renderRefusesAHostWithErrorsAndPrintsNothing() throws Exception {
		Path fleet = dir.resolve("lab.nftfleet");
		assertEquals(0, run("import", fixture("console-owned-beside-fw4.nft").toString(), "--into", fleet.toString(), "--host", "r1"), err());
		Fleet loaded = FleetFiles.load(fleet);
		loaded.getHosts().get(0).getFlowtables().get(0).setHook("egress");
		FleetFiles.save(loaded, fleet);
		assertEquals(1, run("render", fleet.toString(), "--host", "r1"));
		assertEquals("", out());
		assertTrue(err().contains("[NFTO102]") && err().contains("nothing rendered"), err());
	}

	@Test
	void renderOfAnUnknownHostListsTheHosts() throws Exception {
		Path fleet = dir.resolve("lab.nftfleet");
		assertEquals(0, run("import", fixture("vyos-flowtable.nft").toString(), "--into", fleet.toString(), "--host", "vyos1"), err());
		assertEquals(2, run("render", fleet.toString(), "--host", "nope"));
		assertTrue(err().contains("no host named 'nope'; hosts: [vyos1]"), err());
	}

	@Test
	void validateReportsEngineProblemsWithTheirIds() throws Exception {
		Path fleet = dir.resolve("lab.nftfleet");
		assertEquals(0, run("import", fixture("openwrt-fw4-software.nft").toString(), "--table", "fw4", "--into", fleet.toString(),
				"--host", "r1"), err());
		Fleet loaded = FleetFiles.load(fleet);
		loaded.getHosts().get(0).setKernelRelease("4.14.221");
		FleetFiles.save(loaded, fleet);
		assertEquals(1, run("validate", fleet.toString()));
		assertTrue(out().contains("[NFTO110]"), out());
	}
}

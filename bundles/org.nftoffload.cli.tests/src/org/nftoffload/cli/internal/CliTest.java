package org.nftoffload.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;

class CliTest {

	private final CliRunner cli = new CliRunner();

	@TempDir
	Path dir;

	@Test
	void launcherSecureStorageOptionsAreNotTheCommandsArguments() {
		assertEquals(java.util.List.of("probe", "--fleet", "f.nftfleet"), CliApplication.commandArguments(new String[] {
				"-eclipse.keyring", "/s/secure-storage", "-eclipse.password", "/s/pw", "probe", "--fleet", "f.nftfleet" }));
		assertEquals(java.util.List.of("validate", "-eclipse.password"),
				CliApplication.commandArguments(new String[] { "validate", "-eclipse.password" }),
				"a dangling option is left for the command to refuse");
	}

	@Test
	void versionPrintsTheBundleVersion() {
		assertEquals(0, cli.run("--version"));
		assertTrue(cli.out().matches("nftoffload 0\\.1\\.0\\S*\\R"), cli.out());
	}

	@Test
	void unknownCommandIsAUsageError() {
		assertEquals(2, cli.run("frobnicate"));
		assertTrue(cli.err().contains("unknown command 'frobnicate'"), cli.err());
	}

	@Test
	void moduleHelpSaysWhatBuildAndPersistDoAndExitsZero() {
		assertEquals(0, cli.run("module", "--help"));
		assertTrue(cli.out().startsWith("usage: nftoffload module [-h] --fleet=FILE"), cli.out());
		assertTrue(cli.out().contains("--build") && cli.out().contains("kmod-<sha256>") && cli.out().contains("--persist")
				&& cli.out().contains("/etc/modules-load.d/nft-offload.conf"), cli.out());
		assertEquals("", cli.err());
	}

	@Test
	void everyCommandAnswersHelpWithItsUsage() {
		assertEquals(0, cli.run("probe", "-h"));
		assertTrue(cli.out().startsWith("usage: nftoffload probe [-h] --fleet=FILE"), cli.out());
	}

	@Test
	void helpListsTheModuleCommand() {
		assertEquals(0, cli.run("help"));
		assertTrue(cli.out().contains("\n  module ") && cli.out().contains("Load, build or persist the flow-offload modules"), cli.out());
	}

	@Test
	void validateWithoutFileIsAUsageError() {
		assertEquals(2, cli.run("validate"));
		assertTrue(cli.err().contains("usage: nftoffload validate"), cli.err());
	}

	@Test
	void validateOfAnUnreadableFileExitsTwoAndNamesTheFile() throws Exception {
		Path broken = Files.writeString(dir.resolve("broken.nftfleet"), "<Fleet");
		assertEquals(2, cli.run("validate", broken.toString()));
		assertTrue(cli.err().contains(broken.toString()), cli.err());
	}

	@Test
	void validateOfAGoodFleetExitsZero() throws Exception {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("edge");
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("r1");
		host.setAddress("192.0.2.10");
		host.setUser("root");
		fleet.getHosts().add(host);
		Path file = dir.resolve("edge.nftfleet");
		FleetFiles.save(fleet, file);

		assertEquals(0, cli.run("validate", file.toString()), cli.out() + cli.err());
		assertTrue(cli.err().contains("1 hosts, 0 errors"), cli.err());
	}
}

package org.nftoffload.cli.internal;

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
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;

class CliTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli().run(List.of(args), new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

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
		assertEquals(0, run("--version"));
		assertTrue(out().matches("nftoffload 0\\.1\\.0\\S*\\R"), out());
	}

	@Test
	void unknownCommandIsAUsageError() {
		assertEquals(2, run("frobnicate"));
		assertTrue(err().contains("unknown command 'frobnicate'"), err());
	}

	@Test
	void moduleHelpSaysWhatBuildAndPersistDoAndExitsZero() {
		assertEquals(0, run("module", "--help"));
		assertTrue(out().startsWith("usage: nftoffload module --fleet FILE"), out());
		assertTrue(out().contains("--build") && out().contains("kmod-<sha256>") && out().contains("--persist")
				&& out().contains("/etc/modules-load.d/nft-offload.conf"), out());
		assertEquals("", err());
	}

	@Test
	void everyCommandAnswersHelpWithItsUsage() {
		assertEquals(0, run("probe", "-h"));
		assertTrue(out().startsWith("usage: nftoffload probe --fleet FILE"), out());
	}

	@Test
	void helpListsTheModuleCommand() {
		assertEquals(0, run("help"));
		assertTrue(out().contains("nftoffload module --fleet FILE") && out().contains("[--build] [--persist]"), out());
	}

	@Test
	void validateWithoutFileIsAUsageError() {
		assertEquals(2, run("validate"));
		assertTrue(err().contains("usage: nftoffload validate"), err());
	}

	@Test
	void validateOfAnUnreadableFileExitsTwoAndNamesTheFile() throws Exception {
		Path broken = Files.writeString(dir.resolve("broken.nftfleet"), "<Fleet");
		assertEquals(2, run("validate", broken.toString()));
		assertTrue(err().contains(broken.toString()), err());
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

		assertEquals(0, run("validate", file.toString()), out() + err());
		assertTrue(err().contains("1 hosts, 0 errors"), err());
	}
}

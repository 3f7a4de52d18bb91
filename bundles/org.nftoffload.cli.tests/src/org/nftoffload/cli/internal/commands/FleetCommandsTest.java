package org.nftoffload.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.cli.internal.Cli;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.tests.fixtures.OpenSshServer;

/**
 * {@code nftoffload probe|rollback} against a real sshd on loopback, with a home directory of the
 * test's own (its ~/.ssh/id_ed25519, no known_hosts) so the user's files are never read or written.
 */
class FleetCommandsTest {

	@TempDir
	static Path dir;
	static OpenSshServer server;
	static Path home;
	static Path fleetFile;
	String savedHome;

	private ByteArrayOutputStream out = new ByteArrayOutputStream();
	private ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void start() throws Exception {
		home = dir.resolve("home");
		Files.createDirectories(home.resolve(".ssh"));
		server = new OpenSshServer(dir.resolve("sshd"));
		Path key = server.generateKey("id_ed25519", "ed25519", "");
		Files.copy(key, home.resolve(".ssh/id_ed25519"));
		server.authorize("root", key);
		server.start();
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("cli");
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("r1");
		host.setAddress("127.0.0.1");
		host.setPort(server.port());
		host.setUser("root");
		fleet.getHosts().add(host);
		fleetFile = dir.resolve("cli.nftfleet");
		FleetFiles.save(fleet, fleetFile);
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@BeforeEach
	void useTestHome() {
		savedHome = System.getProperty("user.home");
		System.setProperty("user.home", home.toString());
	}

	@AfterEach
	void restoreHome() {
		System.setProperty("user.home", savedHome);
	}

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

	@Test
	void usageErrorsExitTwo() {
		assertEquals(2, run("probe"));
		assertTrue(err().contains("--fleet FILE is required"), err());
		assertEquals(2, run("apply", "--fleet", fleetFile.toString(), "--hosts", "nosuch"));
		assertTrue(err().contains("no host named 'nosuch'"), err());
		assertEquals(2, run("apply", "--fleet", fleetFile.toString(), "--confirm-timeout", "2"));
		assertTrue(err().contains("5-3600"), err());
		assertEquals(2, run("stats", "--fleet", dir.resolve("missing.nftfleet").toString()));
		assertTrue(err().contains("missing.nftfleet"), err());
		assertEquals(2, run("module", "--build"));
		assertTrue(err().contains("--fleet FILE is required") && err().contains("usage: nftoffload module"), err());
		assertEquals(2, run("module", "--fleet", fleetFile.toString(), "--rebuild"));
		assertTrue(err().contains("unknown option --rebuild"), err());
	}

	/**
	 * This machine's kernel has no flow-offload modules (nor module support): the host fails with the
	 * reason, nothing is loaded, and what the host has is still saved into the fleet file.
	 */
	@Test
	void moduleOnAHostWithoutTheModulesFailsAndSavesWhatItFound() throws Exception {
		String release = new String(new ProcessBuilder("uname", "-r").start().getInputStream().readAllBytes()).strip();
		assertTrue(!Files.exists(Path.of("/sys/module/nf_flow_table")) && !Files.exists(Path.of("/lib/modules", release)),
				"this test expects a build machine whose kernel has no flow-offload modules (see the lab notes)");
		assertEquals(1, run("module", "--fleet", fleetFile.toString(), "--accept-new", "--json"), out() + err());
		assertTrue(out().startsWith("{\"operation\":\"module\"") && out().contains("\"status\":\"failed\"")
				&& out().contains("nft_flow_offload missing"), out());
		Host saved = FleetFiles.load(fleetFile).getHosts().get(0);
		assertEquals(release, saved.getKernelRelease());
		assertTrue(saved.getModules().stream().anyMatch(m -> m.getName().equals("nft_flow_offload")
				&& m.getStatus() == org.nftoffload.model.ModuleStatus.MISSING), saved.getModules().toString());
	}

	@Test
	void unknownHostKeyIsRefusedThenAcceptedWithAcceptNew() throws Exception {
		Files.deleteIfExists(home.resolve(".nftoffload/known_hosts"));
		assertEquals(1, run("probe", "--fleet", fleetFile.toString(), "--json"), out() + err());
		assertTrue(out().contains("\"status\":\"failed\"") && out().contains("unknown host key")
				&& out().contains(server.hostFingerprint()) && out().contains("--accept-new"), out());

		assertEquals(0, run("probe", "--fleet", fleetFile.toString(), "--accept-new"), out() + err());
		assertTrue(out().contains("r1") && out().contains("success"), out());
		assertTrue(Files.readString(home.resolve(".nftoffload/known_hosts")).contains("[127.0.0.1]:" + server.port()));
		String release = new String(new ProcessBuilder("uname", "-r").start().getInputStream().readAllBytes()).strip();
		assertEquals(release, FleetFiles.load(fleetFile).getHosts().get(0).getKernelRelease(),
				"probe results were saved into the fleet file");

		assertEquals(0, run("rollback", "--fleet", fleetFile.toString(), "--json"), out() + err());
		assertTrue(out().contains("\"status\":\"skipped\"") && out().contains("nothing to roll back"), out());
	}
}

package org.nftoffload.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.cli.internal.CliRunner;
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

	private final CliRunner cli = new CliRunner();

	@TempDir
	static Path dir;
	static OpenSshServer server;
	static Path home;
	static Path fleetFile;

	@BeforeAll
	static void start() throws Exception {
		LoopbackHost loopback = LoopbackHost.start(dir, "cli");
		server = loopback.server();
		home = loopback.home();
		fleetFile = loopback.fleetFile();
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@RegisterExtension
	final TestUserHome userHome = new TestUserHome(() -> home);

	@Test
	void usageErrorsExitTwo() {
		assertEquals(2, cli.run("probe"));
		assertTrue(cli.err().contains("--fleet FILE is required"), cli.err());
		assertEquals(2, cli.run("apply", "--fleet", fleetFile.toString(), "--hosts", "nosuch"));
		assertTrue(cli.err().contains("no host named 'nosuch'"), cli.err());
		assertEquals(2, cli.run("apply", "--fleet", fleetFile.toString(), "--confirm-timeout", "2"));
		assertTrue(cli.err().contains("5-3600"), cli.err());
		assertEquals(2, cli.run("stats", "--fleet", dir.resolve("missing.nftfleet").toString()));
		assertTrue(cli.err().contains("missing.nftfleet"), cli.err());
		assertEquals(2, cli.run("module", "--build"));
		assertTrue(cli.err().contains("--fleet FILE is required") && cli.err().contains("usage: nftoffload module"), cli.err());
		assertEquals(2, cli.run("module", "--fleet", fleetFile.toString(), "--rebuild"));
		assertTrue(cli.err().contains("unknown option --rebuild"), cli.err());
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
		assertEquals(1, cli.run("module", "--fleet", fleetFile.toString(), "--accept-new", "--json"), cli.out() + cli.err());
		assertTrue(cli.out().startsWith("{\"operation\":\"module\"") && cli.out().contains("\"status\":\"failed\"")
				&& cli.out().contains("nft_flow_offload missing"), cli.out());
		Host saved = FleetFiles.load(fleetFile).getHosts().get(0);
		assertEquals(release, saved.getKernelRelease());
		assertTrue(saved.getModules().stream().anyMatch(m -> m.getName().equals("nft_flow_offload")
				&& m.getStatus() == org.nftoffload.model.ModuleStatus.MISSING), saved.getModules().toString());
	}

	@Test
	void unknownHostKeyIsRefusedThenAcceptedWithAcceptNew() throws Exception {
		Files.deleteIfExists(home.resolve(".nftoffload/known_hosts"));
		assertEquals(1, cli.run("probe", "--fleet", fleetFile.toString(), "--json"), cli.out() + cli.err());
		assertTrue(cli.out().contains("\"status\":\"failed\"") && cli.out().contains("unknown host key")
				&& cli.out().contains(server.hostFingerprint()) && cli.out().contains("--accept-new"), cli.out());

		assertEquals(0, cli.run("probe", "--fleet", fleetFile.toString(), "--accept-new"), cli.out() + cli.err());
		assertTrue(cli.out().contains("r1") && cli.out().contains("success"), cli.out());
		assertTrue(Files.readString(home.resolve(".nftoffload/known_hosts")).contains("[127.0.0.1]:" + server.port()));
		String release = new String(new ProcessBuilder("uname", "-r").start().getInputStream().readAllBytes()).strip();
		assertEquals(release, FleetFiles.load(fleetFile).getHosts().get(0).getKernelRelease(),
				"probe results were saved into the fleet file");

		assertEquals(0, cli.run("rollback", "--fleet", fleetFile.toString(), "--json"), cli.out() + cli.err());
		assertTrue(cli.out().contains("\"status\":\"skipped\"") && cli.out().contains("nothing to roll back"), cli.out());
	}

	/**
	 * Apply refuses a host whose model has an error without touching it; that end is saved into the
	 * fleet file as the host's last apply, with the reason the command printed. A rollback, which
	 * finds nothing pending on the host, leaves it as it was.
	 */
	@Test
	void applyRecordsHowItEndedInTheFleetFile() throws Exception {
		Path file = dir.resolve("apply.nftfleet");
		Fleet fleet = FleetFiles.load(fleetFile);
		org.nftoffload.model.Flowtable wrong = ModelFactory.eINSTANCE.createFlowtable();
		wrong.setName("ft");
		wrong.setHook("egress");
		fleet.getHosts().get(0).getFlowtables().add(wrong);
		FleetFiles.save(fleet, file);
		assertEquals(org.nftoffload.model.ApplyStatus.NEVER, FleetFiles.load(file).getHosts().get(0).getLastApplyStatus());
		java.util.Date before = new java.util.Date();
		assertEquals(1, cli.run("apply", "--fleet", file.toString(), "--accept-new"), cli.out() + cli.err());
		Host saved = FleetFiles.load(file).getHosts().get(0);
		assertEquals(org.nftoffload.model.ApplyStatus.SKIPPED, saved.getLastApplyStatus(), cli.out());
		assertTrue(saved.getLastApplyMessage().startsWith("not touched: the model has validation errors: [NFTO102]"),
				saved.getLastApplyMessage());
		assertTrue(cli.out().contains(saved.getLastApplyMessage()), "the file says what the command printed: " + cli.out());
		assertTrue(!saved.getLastApplyTime().before(new java.util.Date(before.getTime() - 1000)), saved.getLastApplyTime().toString());

		assertEquals(0, cli.run("rollback", "--fleet", file.toString(), "--accept-new"), cli.out() + cli.err());
		assertTrue(cli.out().contains("skipped"), cli.out());
		Host after = FleetFiles.load(file).getHosts().get(0);
		assertEquals(org.nftoffload.model.ApplyStatus.SKIPPED, after.getLastApplyStatus());
		assertEquals(saved.getLastApplyMessage(), after.getLastApplyMessage());
		assertEquals(saved.getLastApplyTime(), after.getLastApplyTime());
	}

	/**
	 * {@code drift} exits as Terraform's {@code plan -detailed-exitcode}: 0 for a host the model was
	 * never applied to (its table absent), 2 once the model says "applied" and the table is not on
	 * the host, 1 for a host never probed or unreachable and for usage errors (2 means drift here).
	 * The build machine has no table of this name and none is made: drift only reads.
	 */
	@Test
	void driftExitsZeroTwoOrOneAndNamesWhatIsMissing() throws Exception {
		Path file = dir.resolve("drift.nftfleet");
		Fleet fleet = FleetFiles.load(fleetFile);
		Host host = fleet.getHosts().get(0);
		host.setTableName("nftodrift" + ProcessHandle.current().pid());
		host.setProbeTime(null);
		FleetFiles.save(fleet, file);

		assertEquals(1, cli.run("drift", "--fleet", file.toString(), "--accept-new"), cli.out() + cli.err());
		assertTrue(cli.out().contains("not probed") && cli.out().contains("probe it first"), cli.out());

		assertEquals(0, cli.run("probe", "--fleet", file.toString(), "--accept-new"), cli.out() + cli.err());
		assertEquals(0, cli.run("drift", "--fleet", file.toString(), "--accept-new"), cli.out() + cli.err());
		assertTrue(cli.out().contains("not applied yet") && cli.out().contains("1 not applied yet (1 host(s))"), cli.out());

		fleet = FleetFiles.load(file);
		fleet.getHosts().get(0).setLastApplyStatus(org.nftoffload.model.ApplyStatus.APPLIED);
		FleetFiles.save(fleet, file);
		byte[] probed = Files.readAllBytes(file);
		assertEquals(2, cli.run("drift", "--fleet", file.toString(), "--accept-new", "--json"), cli.out() + cli.err());
		assertTrue(cli.out().startsWith("{\"operation\":\"drift\"") && cli.out().contains("\"drift\":\"drifted\"")
				&& cli.out().contains("the console's table inet " + host.getTableName() + " is not on the host"), cli.out());
		org.junit.jupiter.api.Assertions.assertArrayEquals(probed, Files.readAllBytes(file), "drift writes nothing into the fleet file");

		assertEquals(1, cli.run("drift", "--fleet", file.toString(), "--hosts", "nosuch"), cli.out() + cli.err());
		assertTrue(cli.err().contains("no host named 'nosuch'"), cli.err());
		assertEquals(1, cli.run("drift"), cli.err());
		assertTrue(cli.err().contains("--fleet FILE is required"), cli.err());

		fleet = FleetFiles.load(file);
		try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
			fleet.getHosts().get(0).setPort(s.getLocalPort());
		}
		FleetFiles.save(fleet, file);
		assertEquals(1, cli.run("drift", "--fleet", file.toString(), "--accept-new"), cli.out() + cli.err());
		assertTrue(cli.out().contains("unreachable"), cli.out());
	}

	/**
	 * {@code measure} refuses a phase too short to give a rate, and says of a host whose
	 * flowtables offload nothing (r1 has none) that there is nothing to measure, touching nothing.
	 * The measurement itself runs on a router with flowtables: LabRolloutTest.
	 */
	@Test
	void measureRefusesWhatItCannotMeasureAndSaysWhy() throws Exception {
		assertEquals(2, cli.run("measure", "--fleet", fleetFile.toString(), "--seconds", "2"), cli.out() + cli.err());
		assertTrue(cli.err().contains("--seconds must be 3-300"), cli.err());
		byte[] before = Files.readAllBytes(fleetFile);
		assertEquals(1, cli.run("measure", "--fleet", fleetFile.toString(), "--accept-new", "--json"), cli.out() + cli.err());
		assertTrue(cli.out().startsWith("{\"operation\":\"measure\"") && cli.out().contains("\"status\":\"skipped\"")
				&& cli.out().contains("nothing to measure") && cli.out().contains("\"effect\":null"), cli.out());
		org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(fleetFile), "measure writes nothing into the fleet file");
	}
}

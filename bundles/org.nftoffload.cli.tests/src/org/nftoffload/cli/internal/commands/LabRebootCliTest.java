package org.nftoffload.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.cli.internal.CliRunner;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;
import org.nftoffload.tests.fixtures.LabRouter;

/**
 * {@code nftoffload apply} and {@code drift} around a reboot of a lab router ({@code lab reboot},
 * /etc on its own disk): applied (kept after reboot by default), the router reboots and
 * {@code drift} exits 0; applied with {@code --no-persist}, after the reboot {@code drift} exits 2
 * and says the table is missing. A home of the test's own holds the lab's key.
 */
class LabRebootCliTest {

	private final CliRunner cli = new CliRunner();

	@TempDir
	static Path dir;
	static LabRouter router;
	static Path home;
	static Path fleetFile;
	String savedHome;

	@BeforeAll
	static void start() throws Exception {
		router = LabRouter.start("rc" + ProcessHandle.current().pid()).get(0);
		home = dir.resolve("home");
		Files.createDirectories(home.resolve(".ssh"));
		Files.copy(Path.of(router.info("key")), home.resolve(".ssh/id_ed25519"));
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("reboot");
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("lab1");
		host.setAddress(router.info("host"));
		host.setPort(Integer.parseInt(router.info("port")));
		host.setUser(router.info("user"));
		Path ruleset = Path.of(System.getProperty("nfto.repo"), "docs", "agent-transcripts", "scenarios", "flowtable.nft");
		RulesetImporter.adoptInto(host, RulesetImporter.importRuleset(NftTextParser.parse(Files.readString(ruleset),
				ruleset.toString()), host).host());
		fleet.getHosts().add(host);
		fleetFile = dir.resolve("reboot.nftfleet");
		FleetFiles.save(fleet, fleetFile);
	}

	@AfterAll
	static void stop() throws Exception {
		if (router != null) {
			router.close();
		}
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

	int nftoffload(String command, String... more) {
		String[] args = new String[more.length + 4];
		args[0] = command;
		args[1] = "--fleet";
		args[2] = fleetFile.toString();
		args[3] = "--accept-new";
		System.arraycopy(more, 0, args, 4, more.length);
		int exit = cli.run(args);
		System.out.println("FIGURE nftoffload " + String.join(" ", args).replace(fleetFile.toString(), "F") + ": exit "
				+ exit + ": " + cli.out().strip().replace('\n', ' '));
		return exit;
	}

	void reboot() throws Exception {
		String bootId = router.ssh("cat /proc/sys/kernel/random/boot_id").strip();
		System.out.println("FIGURE lab reboot: " + router.reboot().toMillis() / 1000.0 + " s until SSH answered again");
		assertTrue(!bootId.equals(router.ssh("cat /proc/sys/kernel/random/boot_id").strip()), "the router booted again");
	}

	@Test
	void driftExitsZeroAfterTheRebootOfAKeptApplyAndTwoWithoutIt() throws Exception {
		assertEquals(0, nftoffload("probe"), cli.err());
		assertEquals(0, nftoffload("apply", "--confirm-timeout", "30"), cli.err());
		assertTrue(cli.out().contains("kept after reboot (/etc/nft-offload/ruleset.nft"), cli.out());
		assertTrue(FleetFiles.load(fleetFile).getHosts().get(0).getLastApplyMessage().contains("kept after reboot"),
				"the model records what was kept");
		assertEquals(0, nftoffload("drift"), cli.err());
		reboot();
		assertEquals(0, nftoffload("drift"), cli.out() + cli.err());
		assertTrue(cli.out().contains("in sync"), cli.out());

		router.ssh("nft delete table inet nftoffload");
		assertEquals(0, nftoffload("apply", "--confirm-timeout", "30", "--no-persist"), cli.err());
		assertTrue(cli.out().contains("not kept after reboot"), cli.out());
		reboot();
		assertEquals(2, nftoffload("drift"), cli.out() + cli.err());
		assertTrue(cli.out().contains("is not on the host"), cli.out());
	}
}

package org.nftoffload.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.cli.internal.CliRunner;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;
import org.nftoffload.tests.fixtures.LabRouter;
import org.nftoffload.tests.fixtures.Prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code nftoffload apply} and {@code drift} around a reboot of a lab router ({@code lab reboot},
 * /etc on its own disk): applied (kept after reboot by default), the router reboots and
 * {@code drift} exits 0; applied with {@code --no-persist}, after the reboot {@code drift} exits 2
 * and says the table is missing (and the boot copy of the kept apply is gone). Checked here, end to
 * end through the command, rather than a second time through the fleet API, since every reboot of a
 * TCG guest costs about 20 s of CI. Then a real Prometheus server scrapes {@code nftoffload exporter}
 * while the router carries traffic. A home of the test's own holds the lab's key.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabRebootCliTest {

	private final CliRunner cli = new CliRunner();

	@TempDir
	static Path dir;
	static LabRouter router;
	static Path home;
	static Path fleetFile;

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

	@RegisterExtension
	final TestUserHome userHome = new TestUserHome(() -> home);

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
	@Order(1)
	void driftExitsZeroAfterTheRebootOfAKeptApplyAndTwoWithoutIt() throws Exception {
		assertEquals(0, nftoffload("probe"), cli.err());
		assertEquals(0, nftoffload("apply", "--confirm-timeout", "30"), cli.err());
		// the lab runs neither systemd nor OpenWrt's init: the agent chose the sysvinit hook
		assertTrue(cli.out().contains("kept after reboot (/etc/nft-offload/ruleset.nft, loaded at boot by sysvinit)"),
				cli.out());
		assertTrue(FleetFiles.load(fleetFile).getHosts().get(0).getLastApplyMessage().contains("kept after reboot"),
				"the model records what was kept");
		assertEquals(0, nftoffload("drift"), cli.err());
		reboot();
		assertEquals(0, nftoffload("drift"), cli.out() + cli.err());
		assertTrue(cli.out().contains("in sync"), cli.out());
		String live = router.ssh("nft list table inet nftoffload");
		assertTrue(live.contains("flowtable ft") && live.contains("devices = { lan0, wan0 }"),
				"the boot put back the table with its flowtable: " + live);

		// a real apply (the live table removed first), kept only until the next boot
		router.ssh("nft delete table inet nftoffload");
		assertEquals(0, nftoffload("apply", "--confirm-timeout", "30", "--no-persist"), cli.err());
		assertTrue(cli.out().contains("not kept after reboot (the table is gone at the next boot)"), cli.out());
		assertEquals("gone", router.ssh("test -e /etc/nft-offload/ruleset.nft && echo kept || echo gone").strip(),
				"the boot copy of the earlier apply is removed");
		assertEquals(0, nftoffload("drift"), cli.out() + cli.err());
		reboot();
		assertEquals(2, nftoffload("drift"), cli.out() + cli.err());
		assertTrue(cli.out().contains("the console's table inet nftoffload is not on the host"), cli.out());
		assertEquals("absent", router.ssh("nft list table inet nftoffload >/dev/null 2>&1 && echo present || echo absent")
				.strip());
	}

	/**
	 * A real Prometheus server scrapes {@code nftoffload exporter} while the router carries traffic
	 * (lab-traffic, one iperf3 TCP flow): its HTTP API answers {@code nftoffload_offloaded_flows{mode="sw"} > 0}
	 * with the router's series, and the exporter's drift check finds the router in sync.
	 */
	@Test
	@Order(2)
	void prometheusSeesTheFlowsOffloadedWhileTheRouterCarriesTraffic() throws Exception {
		assertEquals(0, nftoffload("apply", "--confirm-timeout", "30"), cli.out() + cli.err());
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = free.getLocalPort();
		}
		String listen = "127.0.0.1:" + port;
		CliRunner exporterCli = new CliRunner();
		AtomicInteger exitCode = new AtomicInteger(-1);
		Thread exporter = new Thread(() -> exitCode.set(exporterCli.run("exporter", "--fleet", fleetFile.toString(),
				"--accept-new", "--listen", listen, "--interval", "1", "--drift-interval", "10")), "exporter under test");
		Thread traffic = new Thread(() -> {
			try {
				router.ssh("timeout", "150", "lab-traffic", "120");
			} catch (Exception e) {
				// ended below
			}
		});
		Prometheus prometheus = null;
		exporter.start();
		traffic.start();
		try {
			prometheus = Prometheus.start(dir.resolve("prometheus"), listen);
			JsonNode offloaded = await(prometheus, "nftoffload_offloaded_flows{mode=\"sw\"} > 0", exporterCli);
			System.out.println("FIGURE Prometheus: nftoffload_offloaded_flows{mode=\"sw\"} > 0 = " + offloaded);
			assertEquals("lab1", offloaded.get(0).get("metric").get("host").asText(), offloaded.toString());
			assertTrue(Long.parseLong(offloaded.get(0).get("value").get(1).asText()) > 0, offloaded.toString());
			JsonNode drift = await(prometheus, "nftoffload_drift", exporterCli);
			System.out.println("FIGURE Prometheus: nftoffload_drift = " + drift);
			assertEquals("0", drift.get(0).get("value").get(1).asText(), "the router runs what the model says: " + drift);
		} finally {
			router.ssh("pkill -f '[l]ab-traffic'; pkill -f '[i]perf3 --client'; true");
			if (prometheus != null) {
				prometheus.close();
			}
			exporter.interrupt();
			exporter.join(30_000);
			traffic.join(30_000);
		}
		assertEquals(0, exitCode.get(), exporterCli.out() + exporterCli.err());
	}

	/** The query's result once it has a series, at most 120 s (boot-time TCG, a first sample, a scrape). */
	private static JsonNode await(Prometheus prometheus, String promql, CliRunner exporter) throws Exception {
		long deadline = System.nanoTime() + 120_000_000_000L;
		String last = "";
		while (System.nanoTime() < deadline) {
			last = prometheus.query(promql);
			JsonNode answer = new ObjectMapper().readTree(last);
			assertEquals("success", answer.get("status").asText(), last);
			if (answer.get("data").get("result").size() > 0) {
				return answer.get("data").get("result");
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("Prometheus had no series for " + promql + " within 120 s; last answer " + last
				+ "; exporter: " + exporter.out() + exporter.err() + "; Prometheus: " + prometheus.log());
	}
}

package org.nftoffload.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.FleetRunner;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.ProbeResultsCommand;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.report.Report.HostReport;
import org.nftoffload.tests.fixtures.LabRouter;

/**
 * A live report against a real router (Debian's kernel under QEMU, kmod/lab): probe, apply a
 * software flowtable, then the report's fleet job takes live data while lab-traffic pushes iperf3
 * through the router. The report shows offloaded flows, an empty diff, the rule's handle, rates and
 * the forward-counter reminder in every format.
 */
class LabReportTest {

	static final String NAME = "rep" + ProcessHandle.current().pid();
	static LabRouter router;
	static HostAgents agents;

	@TempDir
	static Path dir;

	@BeforeAll
	static void startRouter() throws Exception {
		router = LabRouter.start(NAME).get(0);
		SshConnector connector = new SshConnector(new SshSettings(null, Path.of(router.info("known_hosts")),
				Files.createTempDirectory("lab-report").resolve("known_hosts"), List.of(Path.of(router.info("key"))),
				Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofSeconds(120)), CredentialStore.NONE,
				UnknownHostKeyPolicy.REFUSE);
		agents = new HostAgents(connector, AgentDeployer.shipped(), Duration.ofSeconds(60));
	}

	@AfterAll
	static void stopRouter() throws Exception {
		if (agents != null) {
			agents.close();
		}
		if (router != null) {
			router.close();
		}
	}

	@Test
	void liveReportWhileTrafficRunsShowsOffloadedFlowsAndAnEmptyDiffAfterApply() throws Exception {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("Lab fleet");
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(NAME);
		host.setAddress(router.info("host"));
		host.setPort(Integer.parseInt(router.info("port")));
		host.setUser(router.info("user"));
		fleet.getHosts().add(host);
		RolloutOptions rollout = new RolloutOptions(4, false, Integer.MAX_VALUE);

		Map<Host, AgentData.Probe> probes = FleetOperations.probeResults();
		List<HostResult> probed = FleetRunner.run("Probe", List.of(host), FleetOperations.probe(agents, probes), rollout,
				new NullProgressMonitor());
		assertEquals(HostResult.Status.SUCCESS, probed.get(0).status(), probed.toString());
		assertTrue(ProbeResultsCommand.executeDirectly(probes));
		Path ruleset = TestFleets.repo().resolve("docs/agent-transcripts/scenarios/flowtable.nft");
		RulesetImporter.adoptInto(host, RulesetImporter.importRuleset(NftTextParser.parse(Files.readString(ruleset),
				ruleset.toString()), host).host());
		List<HostResult> applied = FleetRunner.run("Apply", List.of(host), FleetOperations.apply(agents, 30,
				FleetOperations.ApplyHooks.NONE), rollout, new NullProgressMonitor());
		assertEquals(HostResult.Status.SUCCESS, applied.get(0).status(), applied.toString());
		Path file = dir.resolve("lab.nftfleet");
		FleetFiles.save(fleet, file);

		List<String> trafficErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
		java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
		Thread traffic = new Thread(() -> {
			try {
				// longer than the probe, the ruleset read (slow under TCG) and all samples; ended below
				router.ssh("lab-traffic", "240");
			} catch (Throwable e) {
				if (!ended.get()) { // iperf3 exits non-zero when the test ends it below
					trafficErrors.add(e.toString());
				}
			}
		});
		traffic.start();
		long start = System.nanoTime();
		Map<String, LiveSnapshot> live = LiveCollector.collect(agents, List.of(FleetFiles.load(file).getHosts().get(0)),
				new LiveCollector.Options(9, 2, rollout), Clock.systemUTC(), new NullProgressMonitor());
		System.out.println("FIGURE live data (probe, ruleset, 9 samples 2 s apart) from 1 lab host: "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
		assertTrue(traffic.isAlive() && trafficErrors.isEmpty(), "lab-traffic ran through every sample: " + trafficErrors);
		ended.set(true);
		// lab-traffic first (it would retry iperf3), then the client; init respawns the server.
		// '[l]ab-traffic' matches the script but not this command line itself.
		router.ssh("pkill -f '[l]ab-traffic'; pkill -x iperf3; true");
		traffic.join(60_000);
		assertFalse(traffic.isAlive(), "lab-traffic ended");

		Fleet snapshot = FleetFiles.load(file);
		Report report = ReportBuilder.build(new ReportBuilder.Request(snapshot, file, ReportScope.fleet(), live, null, null,
				"0.1.0.test", java.time.Instant.now()));
		HostReport h = report.hosts().get(0);
		Report.Live l = h.live();
		assertNull(l.error(), String.valueOf(l.error()));
		assertEquals(Boolean.TRUE, l.inSync(), "the diff after apply is empty: " + l.changes() + "\n" + l.diff());
		assertTrue(l.changes().isEmpty(), l.changes().toString());
		assertTrue(l.offloadedSoftware() > 0, "offloaded flows while lab-traffic runs: " + l.samples());
		assertTrue(l.packetsInPerSecond() != null && l.packetsInPerSecond() > 0, "packets/s in: " + l);
		assertEquals(9, l.samples().size());
		assertEquals(1, report.summary().hostsInSync());
		assertEquals(1, report.summary().hostsCompared());
		assertNotNull(h.rules().get(0).handle(), "the rule's handle on the host: " + h.rules());
		assertEquals("live", h.platform().source());
		assertTrue(h.interfaces().stream().anyMatch(i -> i.name().equals("lan0") && i.hardwareOffload().equals("not capable")
				&& i.hardwareOffloadReason().startsWith("dry run")), h.interfaces().toString());
		assertFalse(h.findings().stream().anyMatch(f -> f.code().equals("NFTO204") || f.code().equals("NFTO205")),
				h.findings().toString());
		System.out.println("FIGURE live report: offloaded " + l.offloadedSoftware() + " sw / " + l.offloadedHardware()
				+ " hw, " + l.packetsInPerSecond() + " packets/s in, " + l.slowPathPacketsPerSecond() + " slow path/s, cpu "
				+ l.cpuBusy());

		Path out = Tools.screenshots().resolve("report-live");
		ReportWriter.write(report, EnumSet.allOf(ReportFormat.class), out, new NullProgressMonitor());
		String pdf = Tools.pdfText(out.resolve("report.pdf"));
		assertTrue(pdf.contains("Forward-chain counters do not count offloaded packets"), "the reminder is in the PDF");
		assertTrue(pdf.contains("yes: the diff is empty"), pdf);
		String html = Files.readString(out.resolve("report.html"));
		assertTrue(html.contains("<polyline"), "the live chart has rate lines");
		ReportFormatsTest.assertSchemaValid(out.resolve("report.json"));
		Tools.screenshot(out.resolve("report.html"), Tools.screenshots().resolve("report-live-html.png"), 1280, 2600);
		Tools.pdfPage(out.resolve("report.pdf"), 3, Tools.screenshots().resolve("report-live-page3.png"));
	}
}

package org.nftoffload.fleet.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.tests.fixtures.OpenSshServer;

/**
 * Fleet operations over real SSH hosts: sixteen OpenSSH servers on loopback ports, each one a
 * "host" of the fleet, running the real agent. Probing is harmless on the build machine; apply is
 * tested against lab guests elsewhere (this kernel has no flowtables).
 */
class FleetOperationsTest {

	static final int HOSTS = 16;

	@TempDir
	static Path dir;
	static List<OpenSshServer> servers = new ArrayList<>();
	static SshConnector connector;
	static AgentDeployer deployer;
	static int closedPort;

	@BeforeAll
	static void startHosts() throws Exception {
		Path key = null;
		StringBuilder known = new StringBuilder();
		for (int i = 0; i < HOSTS; i++) {
			OpenSshServer server = new OpenSshServer(dir.resolve("sshd" + i));
			if (key == null) {
				key = server.generateKey("id_ed25519", "ed25519", "");
			}
			server.authorize("root", key);
			server.start();
			known.append(server.knownHostsLine());
			servers.add(server);
		}
		Files.writeString(dir.resolve("known_hosts"), known);
		connector = new SshConnector(new SshSettings(null, dir.resolve("known_hosts"), dir.resolve("console_known_hosts"),
				List.of(key), Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(60)), CredentialStore.NONE,
				UnknownHostKeyPolicy.REFUSE);
		deployer = AgentDeployer.shipped();
		try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
			closedPort = s.getLocalPort();
		}
	}

	@AfterAll
	static void stopHosts() throws Exception {
		connector.close();
		for (OpenSshServer server : servers) {
			server.close();
		}
	}

	static Fleet fleet(int hosts) {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("loopback");
		for (int i = 0; i < hosts; i++) {
			fleet.getHosts().add(host("r" + i, servers.get(i).port()));
		}
		return fleet;
	}

	static Host host(String name, int port) {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(name);
		host.setAddress("127.0.0.1");
		host.setPort(port);
		host.setUser("root");
		return host;
	}

	HostAgents agents() {
		return new HostAgents(connector, deployer, Duration.ofSeconds(30));
	}

	/**
	 * Confirm and rollback name the generation their apply answered, and the real agent takes
	 * them (without one it would answer missing_argument); it knows no such apply here, so
	 * nothing is confirmed or rolled back. A host without a generation is not even contacted
	 * (its port is closed).
	 */
	@Test
	void confirmAndRollbackNameTheGenerationAndLeaveHostsWithoutOneAlone() throws Exception {
		Host named = host("r0", servers.get(0).port());
		Host without = host("closed", closedPort);
		Map<Host, String> generations = Map.of(named, "1700000000-1-gone");
		try (HostAgents agents = agents()) {
			HostResult confirmed = FleetOperations.confirm(agents, generations).run(named);
			assertEquals(HostResult.Status.ROLLED_BACK, confirmed.status(), confirmed.toString());
			assertTrue(confirmed.reason().contains("1700000000-1-gone is not the last one"), confirmed.reason());
			HostResult rolledBack = FleetOperations.rollback(agents, generations).run(named);
			assertEquals(HostResult.Status.SKIPPED, rolledBack.status(), rolledBack.toString());
			assertTrue(rolledBack.reason().contains("1700000000-1-gone"), rolledBack.reason());
			assertEquals(HostResult.Status.SKIPPED, FleetOperations.confirm(agents, generations).run(without).status());
			assertEquals(HostResult.Status.SKIPPED, FleetOperations.rollback(agents, generations).run(without).status());
		}
	}

	@Test
	void probeWritesWhatItFoundIntoTheModelAsOneUndoableCommand() throws Exception {
		Fleet fleet = fleet(2);
		FleetFiles.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI(dir.resolve("f.nftfleet")
				.toString())).getContents().add(fleet);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(
				ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		Map<Host, AgentData.Probe> probes = FleetOperations.probeResults();
		try (HostAgents agents = agents()) {
			List<HostResult> results = FleetRunner.run("Probe", fleet.getHosts(), FleetOperations.probe(agents, probes),
					RolloutOptions.defaults(), new NullProgressMonitor());
			assertTrue(results.stream().allMatch(r -> r.status() == HostResult.Status.SUCCESS), results.toString());
		}
		Command command = ProbeResultsCommand.create(domain, probes);
		domain.getCommandStack().execute(command);
		String release = new String(new ProcessBuilder("uname", "-r").start().getInputStream().readAllBytes()).strip();
		for (Host host : fleet.getHosts()) {
			assertEquals(release, host.getKernelRelease());
			assertTrue(host.getProbeTime() != null);
			assertTrue(!host.getInterfaces().isEmpty(), "interfaces found");
			assertTrue(host.getModules().stream().anyMatch(m -> m.getName().equals("nft_flow_offload")), "modules listed");
		}
		domain.getCommandStack().undo();
		for (Host host : fleet.getHosts()) {
			assertNull(host.getKernelRelease(), "one undo takes the whole probe back");
			assertTrue(host.getInterfaces().isEmpty());
		}
	}

	/**
	 * This machine's kernel has no loadable module support: module ensure, even with build and
	 * persist allowed, fails before uploading or building anything and says why; the probe taken
	 * afterwards is still handed back for the model.
	 */
	@Test
	void moduleEnsureOnAKernelWithoutModuleSupportFailsBeforeUploadingAnything() throws Exception {
		String config;
		try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(Path.of("/proc/config.gz")))) {
			config = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
		}
		assertTrue(config.contains("\n# CONFIG_MODULES is not set\n"),
				"this test expects a build machine whose kernel has no module support (see the lab notes)");
		Host host = host("r0", servers.get(0).port());
		Map<Host, AgentData.Probe> probes = FleetOperations.probeResults();
		List<HostResult> results;
		try (HostAgents agents = agents()) {
			results = FleetRunner.run("Modules", List.of(host), ModuleOperations.ensure(agents, new ModuleOptions(true, true),
					probes), RolloutOptions.defaults(), new NullProgressMonitor());
		}
		HostResult result = results.get(0);
		assertEquals(HostResult.Status.FAILED, result.status(), result.toString());
		assertTrue(result.reason().startsWith("nf_flow_table, nf_flow_table_inet, nft_flow_offload missing, and kernel ")
				&& result.reason().contains("CONFIG_MODULES not set"), result.reason());
		assertNull(result.details().get("package"), "no kmod package was uploaded");
		assertEquals("missing", probes.get(host).modules().get("nft_flow_offload"));
	}

	@Test
	void failedCanaryLeavesTheOtherHostsUntouched() {
		Fleet fleet = fleet(3);
		fleet.getHosts().add(0, host("down", closedPort));
		try (HostAgents agents = agents()) {
			List<HostResult> results = FleetRunner.run("Probe", fleet.getHosts(),
					FleetOperations.probe(agents, FleetOperations.probeResults()), RolloutOptions.defaults(),
					new NullProgressMonitor());
			assertEquals(HostResult.Status.FAILED, results.get(0).status());
			assertTrue(results.get(0).reason().contains("down") || results.get(0).reason().contains("connect"),
					results.get(0).reason());
			for (HostResult r : results.subList(1, results.size())) {
				assertEquals(HostResult.Status.SKIPPED, r.status());
				assertTrue(r.reason().contains("canary down"), r.reason());
			}
		}
	}

	@Test
	void rolloutStopsStartingHostsAfterKFailures() {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.getHosts().add(host("bad1", closedPort));
		fleet.getHosts().add(host("bad2", closedPort));
		fleet.getHosts().add(host("good1", servers.get(0).port()));
		fleet.getHosts().add(host("good2", servers.get(1).port()));
		try (HostAgents agents = agents()) {
			List<HostResult> results = FleetRunner.run("Probe", fleet.getHosts(),
					FleetOperations.probe(agents, FleetOperations.probeResults()), new RolloutOptions(1, false, 2),
					new NullProgressMonitor());
			assertEquals(List.of(HostResult.Status.FAILED, HostResult.Status.FAILED, HostResult.Status.SKIPPED,
					HostResult.Status.SKIPPED), results.stream().map(HostResult::status).toList());
			assertTrue(results.get(2).reason().contains("stopped after 2"), results.get(2).reason());
		}
	}

	@Test
	void cancelStopsNewHostsAndLetsRunningOnesFinish() {
		Fleet fleet = fleet(4);
		NullProgressMonitor monitor = new NullProgressMonitor();
		AtomicInteger started = new AtomicInteger();
		try (HostAgents agents = agents()) {
			FleetRunner.HostAction probe = FleetOperations.probe(agents, FleetOperations.probeResults());
			List<HostResult> results = FleetRunner.run("Probe", fleet.getHosts(), host -> {
				started.incrementAndGet();
				HostResult result = probe.run(host);
				monitor.setCanceled(true);
				Thread.sleep(300);
				return result;
			}, new RolloutOptions(1, false, Integer.MAX_VALUE), monitor);
			assertEquals(HostResult.Status.SUCCESS, results.get(0).status());
			assertTrue(started.get() < 4, "not every host was started: " + started.get());
			assertTrue(results.stream().skip(started.get()).allMatch(r -> r.status() == HostResult.Status.SKIPPED
					&& r.reason().contains("cancelled")), results.toString());
		}
	}

	@Test
	void hostWithValidationErrorsIsSkippedWithoutConnecting() throws Exception {
		Host invalid = host("invalid", closedPort);
		Flowtable flowtable = ModelFactory.eINSTANCE.createFlowtable();
		flowtable.setName("ft");
		flowtable.setFamily(Family.INET);
		flowtable.setHook("egress");
		invalid.getFlowtables().add(flowtable);
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.getHosts().add(invalid);
		assertTrue(!FleetOperations.validationErrors(invalid).isEmpty(), "the model is invalid");
		try (HostAgents agents = agents()) {
			List<HostResult> results = FleetRunner.run("Apply", fleet.getHosts(),
					FleetOperations.apply(agents, 30, FleetOperations.ApplyHooks.NONE), RolloutOptions.defaults(),
					new NullProgressMonitor());
			assertEquals(HostResult.Status.SKIPPED, results.get(0).status(), results.toString());
			assertTrue(results.get(0).reason().contains("validation errors"), results.get(0).reason());
		}
	}

	@Test
	void liveStatisticsReconnectAfterALostConnectionAndMarkTheGap() throws Exception {
		Host host = fleet(1).getHosts().get(0);
		java.util.concurrent.BlockingQueue<AgentData.StatsSample> samples = new java.util.concurrent.LinkedBlockingQueue<>();
		try (HostAgents agents = agents(); StatsWatch watch = new StatsWatch(agents, host, 1, 16, samples::add).start()) {
			for (int i = 0; i < 2; i++) {
				AgentData.StatsSample sample = samples.poll(30, java.util.concurrent.TimeUnit.SECONDS);
				assertTrue(sample != null && !sample.gap(), "sample " + i + ": " + sample);
			}
			agents.forget(host); // the SSH connection and the agent under the stream go away
			AgentData.StatsSample afterGap = null;
			long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
			while (afterGap == null && System.nanoTime() < deadline) {
				AgentData.StatsSample next = samples.poll(5, java.util.concurrent.TimeUnit.SECONDS);
				if (next != null && next.gap()) {
					afterGap = next;
				}
			}
			assertTrue(afterGap != null, "a sample marked as after a gap arrived; last error: " + watch.lastError());
			assertEquals(1, afterGap.seq(), "a new stream after reconnecting");
			assertEquals(1, watch.reconnects());
			AgentData.StatsSample following = samples.poll(30, java.util.concurrent.TimeUnit.SECONDS);
			assertTrue(following != null && !following.gap(), "samples go on without a gap mark: " + following);
		}
	}

	@Test
	void probeRunsAsAnEclipseJobWithOneResultPerHost() throws Exception {
		Fleet fleet = fleet(3);
		List<List<HostResult>> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
		try (HostAgents agents = agents()) {
			FleetJob job = new FleetJob("Probe", fleet.getHosts(), FleetOperations.probe(agents,
					FleetOperations.probeResults()), RolloutOptions.defaults(), delivered::add);
			job.schedule();
			assertTrue(job.join(120_000, new NullProgressMonitor()), "the job finished");
			assertTrue(job.getResult().isOK(), job.getResult().toString());
			assertEquals(1, delivered.size());
			assertEquals(List.of("r0", "r1", "r2"), delivered.get(0).stream().map(HostResult::host).toList());
		}
	}

	/** The figure for the notes: probing 16 hosts one at a time and 16 at once. */
	@Test
	void sixteenHostsSequentialAndParallel() {
		Fleet fleet = fleet(HOSTS);
		long[] millis = new long[2];
		int[] parallelism = { 1, 16 };
		for (int i = 0; i < 2; i++) {
			try (HostAgents agents = agents()) {
				long start = System.nanoTime();
				List<HostResult> results = FleetRunner.run("Probe", fleet.getHosts(),
						FleetOperations.probe(agents, FleetOperations.probeResults()),
						new RolloutOptions(parallelism[i], false, Integer.MAX_VALUE), new NullProgressMonitor());
				millis[i] = (System.nanoTime() - start) / 1_000_000;
				assertTrue(results.stream().allMatch(r -> r.status() == HostResult.Status.SUCCESS), results.toString());
			}
		}
		System.out.println("FIGURE probe of " + HOSTS + " loopback SSH hosts (connect + deploy check + agent + probe):"
				+ " sequential " + millis[0] + " ms, parallel(16) " + millis[1] + " ms");
	}
}

package org.nftoffload.fleet.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.tests.fixtures.OpenSshServer;

/**
 * Jobs read copies of the model, never the live hosts the engineer may be editing; agent sessions
 * belong to the host object, not to its name; errors that reconnecting cannot cure end a statistics
 * watch; hosts the agent would refuse (table name) or that share a name fail in validation, before
 * any connection. Two real OpenSSH servers on loopback.
 */
class SnapshotsAndSessionsTest {

	@TempDir
	static Path dir;
	static final List<OpenSshServer> servers = new ArrayList<>();
	static SshConnector connector;
	/** Knows none of the servers' keys and refuses unknown ones. */
	static SshConnector strangers;
	static int closedPort;

	@BeforeAll
	static void startHosts() throws Exception {
		Path key = null;
		StringBuilder known = new StringBuilder();
		for (int i = 0; i < 2; i++) {
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
		Files.writeString(dir.resolve("empty_known_hosts"), "");
		connector = new SshConnector(new SshSettings(null, dir.resolve("known_hosts"), dir.resolve("console_known_hosts"),
				List.of(key), Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(60)), CredentialStore.NONE,
				UnknownHostKeyPolicy.REFUSE);
		strangers = new SshConnector(new SshSettings(null, dir.resolve("empty_known_hosts"),
				dir.resolve("stranger_console_known_hosts"), List.of(key), Duration.ofSeconds(10), Duration.ofSeconds(5),
				Duration.ofSeconds(60)), CredentialStore.NONE, UnknownHostKeyPolicy.REFUSE);
		try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
			closedPort = s.getLocalPort();
		}
	}

	@AfterAll
	static void stopHosts() throws Exception {
		connector.close();
		strangers.close();
		for (OpenSshServer server : servers) {
			server.close();
		}
	}

	static Host host(Fleet fleet, String name, int port) {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(name);
		host.setAddress("127.0.0.1");
		host.setPort(port);
		host.setUser("root");
		fleet.getHosts().add(host);
		return host;
	}

	static Fleet fleet() {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("loopback");
		return fleet;
	}

	static HostAgents agents(SshConnector with) throws Exception {
		return new HostAgents(with, AgentDeployer.shipped(), Duration.ofSeconds(30));
	}

	/** The server port a session's SSH connection reached, as the server saw it. */
	static int serverPort(HostAgents agents, Host host) throws Exception {
		String[] connection = agents.sshConnection(host).exec("printf '%s' \"$SSH_CONNECTION\"", null).stdout().split(" ");
		return Integer.parseInt(connection[3]);
	}

	@Test
	void aJobSeesTheHostAsItWasWhenTheJobWasMadeNotTheEditsMadeWhileItRuns() throws Exception {
		Fleet fleet = fleet();
		Host live = host(fleet, "r1", closedPort);
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch edited = new CountDownLatch(1);
		AtomicReference<String> seen = new AtomicReference<>();
		AtomicReference<Host> identity = new AtomicReference<>();
		FleetJob job = new FleetJob("Read", List.of(live), host -> {
			running.countDown();
			assertTrue(edited.await(30, TimeUnit.SECONDS), "the test edited the model");
			seen.set(host.getName() + " " + host.getTableName() + " " + host.getPort());
			identity.set(HostSnapshots.live(host));
			return new HostResult(host.getName(), HostResult.Status.SUCCESS, "read", 0, null);
		}, RolloutOptions.defaults(), results -> {
		});
		job.schedule();
		assertTrue(running.await(30, TimeUnit.SECONDS), "the job started");
		// The engineer edits the host while the job runs.
		live.setName("renamed");
		live.setTableName("edited");
		live.setPort(1);
		edited.countDown();
		assertTrue(job.join(30_000, new NullProgressMonitor()), "the job finished");
		assertEquals("r1 nftoffload " + closedPort, seen.get(), "the job read its copy, not the edited model");
		assertSame(live, identity.get(), "the copy leads back to the model's host");
	}

	@Test
	void probeResultsComeBackKeyedByTheModelsHost() throws Exception {
		Fleet fleet = fleet();
		Host live = host(fleet, "r1", servers.get(0).port());
		Map<Host, org.nftoffload.remote.agent.AgentData.Probe> probes = FleetOperations.probeResults();
		try (HostAgents agents = agents(connector)) {
			FleetJob job = new FleetJob("Probe", List.of(live), FleetOperations.probe(agents, probes),
					RolloutOptions.defaults(), results -> {
					});
			job.schedule();
			assertTrue(job.join(120_000, new NullProgressMonitor()), "the job finished");
			assertTrue(job.getResult().isOK(), job.getResult().toString());
		}
		assertEquals(List.of(live), List.copyOf(probes.keySet()), "ProbeResultsCommand writes into the model's host");
		assertNull(live.getKernelRelease(), "the job itself changed nothing in the model");
	}

	@Test
	void twoHostsOfOneNameNeverShareASessionAndARenamedHostKeepsItsOwn() throws Exception {
		Fleet fleet = fleet();
		Host first = host(fleet, "r", servers.get(0).port());
		Host second = host(fleet, "r", servers.get(1).port());
		try (HostAgents agents = agents(connector)) {
			AgentClient a = agents.agent(first);
			AgentClient b = agents.agent(second);
			assertNotSame(a, b, "one session per host object");
			assertEquals(servers.get(0).port(), serverPort(agents, first));
			assertEquals(servers.get(1).port(), serverPort(agents, second));
			first.setName("r-renamed");
			assertSame(a, agents.agent(first), "renaming keeps the session");
			assertSame(a, agents.agent(HostSnapshots.of(first)), "a copy of the host finds the host's session");
		}
	}

	/**
	 * The workbench records the generations of an apply under the model's hosts, and the confirm
	 * and rollback jobs run on copies: a copy finds its host's generation and sends it to the host's
	 * agent (which has no apply waiting here and says so), instead of being skipped as a
	 * host without an apply.
	 */
	@Test
	void confirmAndRollbackOnACopyNameTheGenerationRecordedForTheModelsHost() throws Exception {
		Fleet fleet = fleet();
		Host live = host(fleet, "r1", servers.get(0).port());
		Map<Host, String> generations = FleetOperations.generations(List.of(live),
				List.of(new HostResult("r1", HostResult.Status.PENDING, "applied", 0, Map.of("generation", "1-2-a1"))));
		try (HostAgents agents = agents(connector)) {
			for (FleetRunner.HostAction action : List.of(FleetOperations.confirm(agents, generations),
					FleetOperations.rollback(agents, generations))) {
				List<HostResult> results = FleetRunner.run("Confirm", HostSnapshots.of(List.of(live)), action,
						RolloutOptions.defaults(), new NullProgressMonitor());
				HostResult result = results.get(0);
				assertTrue(!result.reason().contains("this console has no apply"), "the copy found the generation: " + result);
				assertTrue(result.reason().contains("no apply is waiting"), "the host's agent answered: " + result);
			}
		}
	}

	@Test
	void hostsSharingANameAreSkippedInValidationNamingBothAndNothingConnects() throws Exception {
		Fleet fleet = fleet();
		// Loopback addresses only: should validation miss the duplicate, the plan connects there.
		host(fleet, "edge", closedPort).setAddress("127.0.0.2");
		host(fleet, "edge", closedPort).setAddress("127.0.0.3");
		try (HostAgents agents = agents(connector)) {
			List<HostResult> results = FleetRunner.run("Plan", HostSnapshots.of(fleet.getHosts()),
					FleetOperations.plan(agents, FleetOperations.plans()), RolloutOptions.defaults(), new NullProgressMonitor());
			for (HostResult result : results) {
				assertEquals(HostResult.Status.SKIPPED, result.status(), result.toString());
				assertTrue(result.reason().contains("127.0.0.2:" + closedPort) && result.reason().contains("127.0.0.3:" + closedPort)
						&& result.reason().contains("same name"), result.reason());
			}
		}
	}

	@Test
	void aTableNameTheAgentRefusesFailsApplyInValidationBeforeConnecting() throws Exception {
		Fleet fleet = fleet();
		Host host = host(fleet, "r1", closedPort);
		host.setTableName("nft-offload");
		try (HostAgents agents = agents(connector)) {
			List<HostResult> results = FleetRunner.run("Apply", List.of(host), FleetOperations.apply(agents, 30,
					FleetOperations.ApplyHooks.NONE), RolloutOptions.defaults(), new NullProgressMonitor());
			HostResult result = results.get(0);
			// A connection to the closed port would have failed (FAILED, "Connection refused") instead.
			assertEquals(HostResult.Status.SKIPPED, result.status(), result.toString());
			assertTrue(result.reason().contains("validation errors") && result.reason().contains("'nft-offload'"),
					result.reason());
		}
	}

	@Test
	void aStatisticsWatchWithATableTheAgentRefusesEndsAtOnceInsteadOfReconnecting() throws Exception {
		Fleet fleet = fleet();
		Host host = host(fleet, "r1", closedPort);
		host.setTableName("x".repeat(40));
		try (HostAgents agents = agents(connector); StatsWatch watch = new StatsWatch(agents, host, 1, 16, s -> {
		}).start()) {
			assertTrue(watch.awaitEnd(Duration.ofSeconds(30)), "the watch ended; last error: " + watch.lastError());
			assertTrue(watch.failure() != null && watch.failure().contains("table name"), String.valueOf(watch.failure()));
			assertEquals(0, watch.reconnects());
		}
	}

	@Test
	void aStatisticsWatchRefusedByTheHostKeyCheckEndsInsteadOfReconnecting() throws Exception {
		Fleet fleet = fleet();
		Host host = host(fleet, "r1", servers.get(0).port());
		try (HostAgents agents = agents(strangers); StatsWatch watch = new StatsWatch(agents, host, 1, 16, s -> {
		}).start()) {
			assertTrue(watch.awaitEnd(Duration.ofSeconds(60)), "the watch ended; last error: " + watch.lastError());
			assertTrue(watch.failure() != null && watch.failure().contains("not retried"), String.valueOf(watch.failure()));
			assertEquals(0, watch.reconnects());
		}
	}
}

package org.nftoffload.fleet.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.tests.fixtures.LabRouter;

/**
 * A lab router rebooted (kmod/lab: {@code lab reboot}, /etc on its own disk): an apply kept after
 * reboot comes back at boot and drift finds the host in sync; an apply without it leaves a host
 * whose table is gone after the reboot, and drift says so.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabRebootTest {

	static LabRouter router;
	static SshConnector connector;
	static HostAgents agents;
	static Host host;

	@BeforeAll
	static void startRouter() throws Exception {
		router = LabRouter.start("rb" + ProcessHandle.current().pid()).get(0);
		host = ModelFactory.eINSTANCE.createHost();
		host.setName(router.name());
		host.setAddress(router.info("host"));
		host.setPort(Integer.parseInt(router.info("port")));
		host.setUser(router.info("user"));
		connector = new SshConnector(new SshSettings(null, Path.of(router.info("known_hosts")),
				Files.createTempDirectory("lab-console").resolve("known_hosts"), List.of(Path.of(router.info("key"))),
				Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofSeconds(120)), CredentialStore.NONE,
				UnknownHostKeyPolicy.REFUSE);
		agents = new HostAgents(connector, AgentDeployer.shipped(), Duration.ofSeconds(60));
		Map<Host, AgentData.Probe> probes = FleetOperations.probeResults();
		HostResult probed = FleetOperations.probe(agents, probes).run(host);
		assertEquals(HostResult.Status.SUCCESS, probed.status(), probed.toString());
		assertTrue(ProbeResultsCommand.executeDirectly(probes));
		LabRolloutTest.desireSoftwareFlowtable(host);
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

	static HostResult apply(boolean persist) {
		HostResult applied = FleetRunner.run("Apply", List.of(host), FleetOperations.apply(agents, 30,
				FleetOperations.ApplyHooks.NONE, persist), RolloutOptions.defaults(), new NullProgressMonitor()).get(0);
		System.out.println("FIGURE apply (persist=" + persist + "): " + applied.reason());
		assertEquals(HostResult.Status.SUCCESS, applied.status(), applied.toString());
		// as the workbench and the CLI record a confirmed apply
		host.setLastApplyStatus(ApplyStatus.APPLIED);
		host.setLastApplyMessage(applied.reason());
		return applied;
	}

	static HostResult drift() {
		return FleetRunner.run("Drift", List.of(host), DriftCheck.check(agents), RolloutOptions.defaults(),
				new NullProgressMonitor()).get(0);
	}

	/** Reboots the router (a new kernel boot id proves it); the console's session to it died with it. */
	static Duration reboot(String what) throws Exception {
		String bootId = router.ssh("cat /proc/sys/kernel/random/boot_id").strip();
		agents.forget(host);
		Duration took = router.reboot();
		System.out.println("FIGURE lab reboot (" + what + "): " + took.toMillis() / 1000.0 + " s until SSH answered again");
		assertTrue(!bootId.equals(router.ssh("cat /proc/sys/kernel/random/boot_id").strip()), "the router booted again");
		return took;
	}

	@Test
	@Order(1)
	void aPersistedApplyComesBackAtBootAndDriftFindsItInSync() throws Exception {
		HostResult applied = apply(true);
		assertEquals(Boolean.TRUE, applied.details().get(FleetOperations.PERSISTED), applied.toString());
		assertEquals("sysvinit", applied.details().get(FleetOperations.PERSISTED_BOOT), "the lab has no systemd");
		assertTrue(applied.reason().endsWith("; kept after reboot (/etc/nft-offload/ruleset.nft, loaded at boot by sysvinit)"),
				applied.reason());
		assertEquals(DriftCheck.State.IN_SYNC, DriftCheck.state(drift()));

		reboot("persisted");
		HostResult after = drift();
		System.out.println("FIGURE drift after the reboot (persisted): " + DriftCheck.state(after) + ": " + after.reason());
		assertEquals(DriftCheck.State.IN_SYNC, DriftCheck.state(after), after.toString());
		String live = router.ssh("nft list table inet nftoffload");
		assertTrue(live.contains("flowtable ft") && live.contains("devices = { lan0, wan0 }"), live);
	}

	@Test
	@Order(2)
	void anApplyWithoutPersistenceIsGoneAfterTheRebootAndDriftSaysTheTableIsMissing() throws Exception {
		// a real apply (the live table removed first), kept only until the next boot
		router.ssh("nft delete table inet nftoffload");
		HostResult applied = apply(false);
		assertEquals(Boolean.FALSE, applied.details().get(FleetOperations.PERSISTED), applied.toString());
		assertTrue(applied.reason().endsWith("; not kept after reboot (the table is gone at the next boot)"), applied.reason());
		assertEquals("gone", router.ssh("test -e /etc/nft-offload/ruleset.nft && echo kept || echo gone").strip(),
				"the boot copy of the earlier apply is removed");
		assertEquals(DriftCheck.State.IN_SYNC, DriftCheck.state(drift()));

		reboot("not persisted");
		HostResult after = drift();
		System.out.println("FIGURE drift after the reboot (not persisted): " + DriftCheck.state(after) + ": "
				+ after.reason());
		assertEquals(DriftCheck.State.DRIFTED, DriftCheck.state(after), after.toString());
		assertTrue(after.reason().contains("the console's table inet nftoffload is not on the host"), after.reason());
		assertEquals("absent", router.ssh("nft list table inet nftoffload >/dev/null 2>&1 && echo present || echo absent")
				.strip());
	}
}

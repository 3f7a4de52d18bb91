package org.nftoffload.fleet.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nftoffload.fleet.ops.AdoptFromHost.Candidate;
import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.HardwareOffloadVerdict;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.tests.fixtures.LabRouter;

/**
 * Adopt from host against a real router (a lab guest, Debian's kernel with flowtables): a firewall
 * table of the router's own with a flowtable and its rule is read over the agent, adopted into the
 * probed host's model, applied back as the console's table (commit-confirm), and then offered again
 * as the console's own. One guest, booted for this class only.
 */
class LabAdoptTest {

	static final String NAME = "adopt" + ProcessHandle.current().pid();
	/** A firewall of the router's own, as fw4 would write it: the console must leave it alone. */
	static final String FIREWALL = """
			table inet fw4 {
				flowtable ft {
					hook ingress priority filter
					devices = { lan0, wan0 }
					counter
				}
				chain forward {
					type filter hook forward priority filter; policy accept;
					meta l4proto { tcp, udp } flow add @ft comment "fw4 offload"
					ct state established,related accept
				}
			}
			""";

	static LabRouter router;
	static HostAgents agents;
	static Host host;
	static final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());

	@BeforeAll
	static void startRouter() throws Exception {
		router = LabRouter.start(NAME).get(0);
		router.ssh("nft -f - <<'EOF'\n" + FIREWALL + "EOF");
		SshConnector connector = new SshConnector(new SshSettings(null, Path.of(router.info("known_hosts")),
				Files.createTempDirectory("lab-adopt").resolve("known_hosts"), List.of(Path.of(router.info("key"))),
				Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofSeconds(120)), CredentialStore.NONE,
				UnknownHostKeyPolicy.REFUSE);
		agents = new HostAgents(connector, AgentDeployer.shipped(), Duration.ofSeconds(60));
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		host = ModelFactory.eINSTANCE.createHost();
		host.setName(NAME);
		host.setAddress(router.info("host"));
		host.setPort(Integer.parseInt(router.info("port")));
		host.setUser(router.info("user"));
		fleet.getHosts().add(host);
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

	private static NetworkInterface device(String name) {
		return host.getInterfaces().stream().filter(i -> name.equals(i.getName())).findFirst().orElseThrow();
	}

	private static AdoptFromHost.LiveTables read() {
		Host snapshot = EcoreUtil.copy(host);
		Map<Host, AdoptFromHost.LiveTables> read = new java.util.concurrent.ConcurrentHashMap<>();
		List<HostResult> results = FleetRunner.run("Adopt", List.of(snapshot), AdoptFromHost.read(agents, read),
				RolloutOptions.defaults(), new NullProgressMonitor());
		assertEquals(HostResult.Status.SUCCESS, results.get(0).status(), results.toString());
		return read.get(snapshot);
	}

	@Test
	void theRoutersFlowtableIsAdoptedAppliedAsTheConsolesAndOfferedAgainAsItsOwn() throws Exception {
		// a probed host, as Adopt needs: the probe's dry run on the router's veth ports is its kernel's "no"
		Map<Host, AgentData.Probe> probes = FleetOperations.probeResults();
		FleetRunner.run("Probe", List.of(host), FleetOperations.probe(agents, probes), RolloutOptions.defaults(),
				new NullProgressMonitor());
		domain.getCommandStack().execute(ProbeResultsCommand.create(domain, probes));
		assertEquals(HardwareOffloadVerdict.NOT_SUPPORTED, device("lan0").getHardwareOffloadVerdict());
		assertTrue(device("lan0").getHardwareOffloadMessage().contains("not supported by driver veth on lan0"),
				device("lan0").getHardwareOffloadMessage());

		AdoptFromHost.LiveTables live = read();
		Candidate ft = live.candidate("inet fw4 flowtable ft");
		Candidate rule = live.candidate("inet fw4 rule 1");
		assertTrue(ft != null && rule != null, live.candidates().toString());
		assertEquals("flowtable ft: lan0, wan0; software offload, counter", ft.description());
		assertEquals("rule tcp, udp \u2192 @ft (chain forward)  \"fw4 offload\"", rule.description());
		assertTrue(live.candidates().stream().noneMatch(Candidate::owned), "the console's table is not there yet");
		assertTrue(live.warnings().isEmpty(), "text and JSON of the router agree: " + live.warnings());

		domain.getCommandStack().execute(AdoptFromHost.adopt(domain, host, live, List.of(ft.key(), rule.key())));
		Flowtable adopted = host.getFlowtables().get(0);
		assertEquals(List.of(device("lan0"), device("wan0")), adopted.getDevices());
		assertSame(adopted, host.getRules().get(0).getFlowtable());
		assertTrue(host.getObservedTables().stream().anyMatch(t -> t.getName().equals("fw4")), "fw4 stays observed");
		assertEquals(List.of(), FleetOperations.validationErrors(host), "adopted as it runs: no errors");

		// Apply it: the router now has the console's table too, and fw4 is as it was.
		String fw4Before = router.ssh("nft list table inet fw4");
		List<HostResult> applied = FleetRunner.run("Apply", List.of(host),
				FleetOperations.apply(agents, 30, FleetOperations.ApplyHooks.NONE), RolloutOptions.defaults(),
				new NullProgressMonitor());
		assertEquals(HostResult.Status.SUCCESS, applied.get(0).status(), applied.toString());
		domain.getCommandStack().execute(ApplyResultsCommand.create(domain, ApplyResultsCommand.Operation.APPLY,
				List.of(host), applied, new java.util.Date()));
		assertEquals(ApplyStatus.APPLIED, host.getLastApplyStatus());
		String console = router.ssh("nft list table inet nftoffload");
		assertTrue(console.contains("flowtable ft") && console.contains("flow add @ft"), console);
		assertEquals(fw4Before, router.ssh("nft list table inet fw4"), "the router's own table is untouched");

		// Read again: the console's table is the host's own now, and adopting it again changes nothing.
		AdoptFromHost.LiveTables again = read();
		Candidate own = again.candidate("inet nftoffload flowtable ft");
		assertTrue(own != null && own.owned(), again.candidates().toString());
		Fleet before = EcoreUtil.copy((Fleet) host.eContainer());
		domain.getCommandStack().execute(AdoptFromHost.adopt(domain, host, again, List.of(own.key(), "inet nftoffload rule 1")));
		assertEquals(1, host.getFlowtables().size(), "the console's ft replaced the model's, not added beside it");
		assertEquals(1, host.getRules().size());
		// the same flowtable and rule as before the re-adoption (the objects are new, the content equal)
		assertTrue(EcoreUtil.equals(before.getHosts().get(0).getFlowtables(), host.getFlowtables()));
		assertTrue(EcoreUtil.equals(before.getHosts().get(0).getRules(), host.getRules()));
	}
}

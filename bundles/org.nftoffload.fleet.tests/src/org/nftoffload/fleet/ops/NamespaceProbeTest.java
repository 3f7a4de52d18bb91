package org.nftoffload.fleet.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.model.EswitchMode;
import org.nftoffload.model.HardwareOffloadVerdict;
import org.nftoffload.model.Host;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.ObservedSysctl;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.tests.fixtures.OpenSshServer;

/**
 * The real agent probed over SSH, in a network namespace this test makes: a bridge with a veth port
 * and a macvlan on the veth's peer, so that the probe has lower devices to report. sshd listens on
 * 127.0.0.1 in the test machine's namespace and runs every session inside the test's namespace
 * ({@code ForceCommand ip netns exec}). This kernel has no flowtables, so the hardware dry run gives
 * no verdict here (the lab probe in {@code probe.transcript} and {@link LabAdoptTest} have real ones).
 */
class NamespaceProbeTest {

	static final String NAMESPACE = "nfto-probe-" + UUID.randomUUID().toString().substring(0, 8);

	@TempDir
	static Path dir;
	static OpenSshServer server;
	static SshConnector connector;

	@BeforeAll
	static void startHost() throws Exception {
		OpenSshServer.run(List.of("ip", "netns", "add", NAMESPACE));
		for (String command : List.of("link add br0 type bridge", "link add v0 type veth peer name v1",
				"link set v0 master br0", "link add mv0 link v1 type macvlan mode bridge", "link set lo up",
				"link set v0 up", "link set v1 up", "link set br0 up", "link set mv0 up")) {
			List<String> ip = new java.util.ArrayList<>(List.of("ip", "-n", NAMESPACE));
			ip.addAll(List.of(command.split(" ")));
			OpenSshServer.run(ip);
		}
		server = new OpenSshServer(dir.resolve("sshd"));
		Path key = server.generateKey("id_ed25519", "ed25519", "");
		server.authorize("root", key);
		server.config("ForceCommand exec ip netns exec " + NAMESPACE + " /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"");
		server.start();
		Files.writeString(dir.resolve("known_hosts"), server.knownHostsLine());
		connector = new SshConnector(new SshSettings(null, dir.resolve("known_hosts"), dir.resolve("console_known_hosts"),
				List.of(key), Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(60)), CredentialStore.NONE,
				UnknownHostKeyPolicy.REFUSE);
	}

	@AfterAll
	static void stopHost() throws Exception {
		if (connector != null) {
			connector.close();
		}
		if (server != null) {
			server.close();
		}
		OpenSshServer.run(List.of("ip", "netns", "del", NAMESPACE));
	}

	@Test
	void lowerDevicesBecomeReferencesAndSysctlsAreKept() throws Exception {
		Host host = ProbeResultsCommandTest.host("ns1");
		host.setAddress("127.0.0.1");
		host.setPort(server.port());
		host.setUser("root");
		Map<Host, AgentData.Probe> probes = FleetOperations.probeResults();
		try (HostAgents agents = new HostAgents(connector, AgentDeployer.shipped(), Duration.ofSeconds(30))) {
			List<HostResult> results = FleetRunner.run("Probe", List.of(host), FleetOperations.probe(agents, probes),
					RolloutOptions.defaults(), new NullProgressMonitor());
			assertEquals(HostResult.Status.SUCCESS, results.get(0).status(), results.toString());
		}
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		domain.getCommandStack().execute(ProbeResultsCommand.create(domain, probes));

		List<String> names = host.getInterfaces().stream().map(NetworkInterface::getName).sorted().toList();
		assertEquals(List.of("br0", "mv0", "v0", "v1"), names, "only the namespace's devices, lo left out");
		NetworkInterface bridge = device(host, "br0");
		assertEquals(InterfaceKind.BRIDGE, bridge.getKind());
		assertEquals(List.of(device(host, "v0")), bridge.getLowerDevices());
		assertEquals(List.of(device(host, "v1")), device(host, "mv0").getLowerDevices());
		assertTrue(device(host, "v0").getLowerDevices().isEmpty());
		boolean nft = Files.isExecutable(Path.of("/usr/sbin/nft"));
		for (NetworkInterface device : host.getInterfaces()) {
			// devlink is installed here and none of these has an embedded switch
			assertEquals(EswitchMode.NONE, device.getEswitchMode(), device.getName());
			// This kernel has no flowtables: with nft the dry run fails for want of them, which says
			// nothing about the device; without nft it does not run. Unknown either way.
			assertEquals(HardwareOffloadVerdict.UNKNOWN, device.getHardwareOffloadVerdict(), device.getName());
			if (nft) {
				assertTrue(device.getHardwareOffloadMessage().contains("flowtable support (nf_flow_table, nft_flow_offload) is not available"),
						device.getHardwareOffloadMessage());
			} else {
				assertEquals(null, device.getHardwareOffloadMessage());
			}
		}
		assertEquals(null, host.getHardwareOffloadSupported(), "no device said yes or no");
		ObservedSysctl acct = host.getObservedSysctls().stream()
				.filter(s -> s.getName().equals("net.netfilter.nf_conntrack_acct")).findFirst().orElseThrow();
		String inNamespace = OpenSshServer.run(List.of("ip", "netns", "exec", NAMESPACE, "cat",
				"/proc/sys/net/netfilter/nf_conntrack_acct")).strip();
		assertEquals(Long.valueOf(inNamespace), acct.getValue());
		ObservedSysctl timeout = host.getObservedSysctls().stream()
				.filter(s -> s.getName().equals("net.netfilter.nf_flowtable_tcp_timeout")).findFirst().orElseThrow();
		assertEquals(null, timeout.getValue(), "this kernel has no flowtables, so no flowtable timeout");
	}

	@Test
	void statsOfAHostWithoutTheConsoleTableSucceedAndCountThroughTheStatusFilter() throws Exception {
		Host host = ProbeResultsCommandTest.host("ns2");
		host.setAddress("127.0.0.1");
		host.setPort(server.port());
		host.setUser("root");
		List<AgentData.StatsSample> samples = new java.util.concurrent.CopyOnWriteArrayList<>();
		try (HostAgents agents = new HostAgents(connector, AgentDeployer.shipped(), Duration.ofSeconds(30))) {
			List<HostResult> results = FleetRunner.run("Statistics", List.of(host),
					FleetOperations.stats(agents, 2, 1, sample -> samples.add(sample.getValue())), RolloutOptions.defaults(),
					new NullProgressMonitor());
			HostResult result = results.get(0);
			assertEquals(HostResult.Status.SUCCESS, result.status(), results.toString());
			// no forward chain here: no forward count, rather than a null that failed the host
			assertTrue(!result.details().containsKey("forward_packets"), result.details().toString());
			assertEquals(0L, result.details().get("offloaded_sw"));
		}
		assertEquals(2, samples.size());
		for (AgentData.StatsSample sample : samples) {
			assertEquals("status_filter", sample.counted(), "conntrack 1.4.7 counts with the kernel's status filter");
			assertEquals(null, sample.forwardPackets());
		}
	}

	private static NetworkInterface device(Host host, String name) {
		return host.getInterfaces().stream().filter(i -> name.equals(i.getName())).findFirst().orElseThrow();
	}
}

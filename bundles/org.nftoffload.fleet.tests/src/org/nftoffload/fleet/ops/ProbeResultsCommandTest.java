package org.nftoffload.fleet.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.EswitchMode;
import org.nftoffload.model.Family;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.HardwareOffloadVerdict;
import org.nftoffload.model.Host;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.ObservedSysctl;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.nft.OffloadValidator;
import org.nftoffload.nft.Problem;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentMessage;
import org.nftoffload.remote.agent.AgentMessage.Response;

/**
 * What the agent's probe answer becomes in the model: the recorded lab probe (docs/agent-transcripts)
 * and an mlx5 router in switchdev mode, written in the agent's format. The probe through a real
 * agent over SSH is {@link NamespaceProbeTest}.
 */
class ProbeResultsCommandTest {

	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());

	/** The answer to {@code id} in a shared transcript. */
	static AgentData.Probe recordedProbe(String transcript, String id) throws Exception {
		Path file = Path.of(System.getProperty("nfto.repo"), "docs", "agent-transcripts", transcript);
		for (String line : Files.readAllLines(file)) {
			if (line.startsWith("< ") && AgentMessage.parse(line.substring(2)) instanceof Response r && id.equals(r.id())) {
				return AgentData.Probe.of(r);
			}
		}
		throw new AssertionError("no answer " + id + " in " + file);
	}

	static Host host(String name) {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(name);
		host.setAddress("lab1.invalid");
		return host;
	}

	private void probe(Host host, AgentData.Probe probe) {
		domain.getCommandStack().execute(ProbeResultsCommand.create(domain, Map.of(host, probe)));
	}

	private static NetworkInterface device(Host host, String name) {
		return host.getInterfaces().stream().filter(i -> name.equals(i.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no interface " + name + " in " + host.getInterfaces()));
	}

	private static List<String> errors(Host host, Problem problem) {
		return OffloadValidator.validate(host).getChildren().stream()
				.filter(d -> d.getCode() == problem.code() && d.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage)
				.toList();
	}

	@Test
	void theLabProbeKeepsVerdictsEswitchAndSysctls() throws Exception {
		Host host = host("lab1");
		probe(host, recordedProbe("probe.transcript", "p1"));
		NetworkInterface lan0 = device(host, "lan0");
		assertEquals(HardwareOffloadVerdict.NOT_SUPPORTED, lan0.getHardwareOffloadVerdict());
		assertEquals("hardware offload not supported by driver veth on lan0; use a software flowtable (no 'flags offload') on this device",
				lan0.getHardwareOffloadMessage());
		// devlink is on the router; a veth has no embedded switch
		assertEquals(EswitchMode.NONE, lan0.getEswitchMode());
		assertTrue(lan0.getLowerDevices().isEmpty());
		assertEquals(Boolean.FALSE, host.getHardwareOffloadSupported());
		Map<String, Long> sysctls = new java.util.LinkedHashMap<>();
		for (ObservedSysctl sysctl : host.getObservedSysctls()) {
			sysctls.put(sysctl.getName(), sysctl.getValue());
		}
		assertEquals(30L, sysctls.get("net.netfilter.nf_flowtable_tcp_timeout"));
		assertEquals(0L, sysctls.get("net.netfilter.nf_conntrack_acct"));
		assertTrue(sysctls.containsKey("net.netfilter.nf_flowtable_tcp_pickup") && sysctls.get("net.netfilter.nf_flowtable_tcp_pickup") == null,
				"a sysctl the kernel lacks is kept, unset: " + sysctls);
		assertEquals(8, sysctls.size(), sysctls::toString);
	}

	@Test
	void hardwareOnAVethTheDryRunRefusedIsNfto106WithTheAgentsReason() throws Exception {
		Host host = host("lab1");
		probe(host, recordedProbe("probe.transcript", "p1"));
		Flowtable ft = ModelFactory.eINSTANCE.createFlowtable();
		ft.setName("ft");
		ft.setFamily(Family.INET);
		ft.setOffloadMode(OffloadMode.HARDWARE);
		ft.getDevices().add(device(host, "lan0"));
		host.getFlowtables().add(ft);
		List<String> errors = errors(host, Problem.HARDWARE_OFFLOAD_UNSUPPORTED);
		assertEquals(1, errors.size(), errors::toString);
		assertTrue(errors.get(0).contains("failed the probe's dry run (nft -c): hardware offload not supported by driver veth on lan0"),
				errors.get(0));
	}

	@Test
	void oneUndoTakesTheWholeProbeBackAndARepeatedProbeChangesOnlyWhatMoved() throws Exception {
		Host host = host("lab1");
		AgentData.Probe recorded = recordedProbe("probe.transcript", "p1");
		probe(host, recorded);
		NetworkInterface lan0 = device(host, "lan0");
		probe(host, recorded);
		assertSame(lan0, device(host, "lan0"), "interfaces are matched by name, not recreated");
		assertEquals(8, host.getObservedSysctls().size(), "a second probe does not add the sysctls again");
		domain.getCommandStack().undo();
		domain.getCommandStack().undo();
		assertTrue(host.getInterfaces().isEmpty() && host.getObservedSysctls().isEmpty());
		assertNull(host.getHardwareOffloadSupported());
	}

	/**
	 * An mlx5 router with its eswitch in switchdev mode (devlink), the uplink's VLAN and a
	 * representor; the dry run accepted the representors. Values as the agent writes them.
	 */
	static final String MLX5_SWITCHDEV = """
			{"id":"p1","ok":true,"code":"ok","message":"probed edge1 (kernel 6.8.0-45-generic)","stderr":"","data":{\
			"os":{"id":"ubuntu","version_id":"24.04","pretty_name":"Ubuntu 24.04.1 LTS"},\
			"kernel":{"release":"6.8.0-45-generic","machine":"x86_64"},"config":{"source":"/boot/config-6.8.0-45-generic","symbols":{}},\
			"modules":{"nf_flow_table":"loaded","nf_flow_table_inet":"loaded","nft_flow_offload":"loaded"},\
			"tools":{"nft":"nftables v1.0.9 (Old Doc Yak #3)","conntrack":null,"ethtool":"ethtool version 6.7","ip":"ip utility, iproute2-6.1.0","devlink":true},\
			"interfaces":[\
			{"name":"enp8s0f0np0","kind":"","driver":"mlx5_core","lower":[],"mtu":1500,"state":"up","hw_tc_offload":"on","eswitch_mode":"switchdev",\
			"hw_offload":{"supported":true,"message":"hardware offload dry run accepted on enp8s0f0np0","stderr":""}},\
			{"name":"enp8s0f0r0","kind":"","driver":"mlx5_core","lower":[],"mtu":1500,"state":"up","hw_tc_offload":"on","eswitch_mode":"switchdev",\
			"hw_offload":{"supported":true,"message":"hardware offload dry run accepted on enp8s0f0r0","stderr":""}},\
			{"name":"lo","kind":"","driver":null,"lower":[],"mtu":65536,"state":"unknown","hw_tc_offload":"off [fixed]","eswitch_mode":null,"hw_offload":null},\
			{"name":"wan.7","kind":"vlan","driver":null,"lower":["enp8s0f0np0"],"mtu":1500,"state":"up","hw_tc_offload":"on","eswitch_mode":null,\
			"hw_offload":{"supported":false,"message":"hardware offload dry run failed on wan.7 (driver unknown): Error: Could not process rule: Invalid argument","stderr":"Error: Could not process rule: Invalid argument"}}],\
			"sysctl":{"net.netfilter.nf_flowtable_tcp_timeout":30,"net.netfilter.nf_flowtable_udp_timeout":30,"net.netfilter.nf_flowtable_tcp_pickup":120,\
			"net.netfilter.nf_conntrack_acct":1,"net.netfilter.nf_conntrack_timestamp":0,"net.netfilter.nf_conntrack_max":262144,\
			"net.netfilter.nf_conntrack_count":18446744073709,"net.ipv4.ip_forward":1},"proc_nf_conntrack":false,"proc_nf_flowtable":false}}""";

	@Test
	void anMlx5PortInSwitchdevModeIsSwitchdevAndPassesNfto106() throws Exception {
		Host host = host("edge1");
		// the host's flowtable was written before the first probe: its devices were named, not found
		NetworkInterface uplink = ModelFactory.eINSTANCE.createNetworkInterface();
		uplink.setName("enp8s0f0np0");
		host.getInterfaces().add(uplink);
		Flowtable ft = ModelFactory.eINSTANCE.createFlowtable();
		ft.setName("ft");
		ft.setFamily(Family.INET);
		ft.setOffloadMode(OffloadMode.HARDWARE);
		ft.getDevices().add(uplink);
		host.getFlowtables().add(ft);
		assertEquals(EswitchMode.UNKNOWN, uplink.getEswitchMode());

		probe(host, AgentData.Probe.of((Response) AgentMessage.parse(MLX5_SWITCHDEV)));
		assertSame(uplink, device(host, "enp8s0f0np0"));
		assertEquals(EswitchMode.SWITCHDEV, uplink.getEswitchMode());
		assertEquals(HardwareOffloadVerdict.SUPPORTED, uplink.getHardwareOffloadVerdict());
		assertEquals(Boolean.TRUE, host.getHardwareOffloadSupported());
		assertEquals(List.of(), errors(host, Problem.HARDWARE_OFFLOAD_UNSUPPORTED));
		assertTrue(OffloadValidator.validate(host).getChildren().stream()
				.noneMatch(d -> d.getCode() == Problem.HARDWARE_OFFLOAD_UNKNOWN.code()), "no 'cannot tell' warning either");

		// the VLAN's lower device is a reference to the host's own uplink, so the advice can name it
		NetworkInterface vlan = device(host, "wan.7");
		assertEquals(InterfaceKind.VLAN, vlan.getKind());
		assertEquals(List.of(uplink), vlan.getLowerDevices());
		// a dry run that failed for another reason than the driver refusing says nothing about the device
		assertEquals(HardwareOffloadVerdict.UNKNOWN, vlan.getHardwareOffloadVerdict());
		assertTrue(vlan.getHardwareOffloadMessage().contains("Invalid argument"));
		ft.getDevices().add(vlan);
		ft.setOffloadMode(OffloadMode.SOFTWARE);
		List<String> advice = OffloadValidator.validate(host).getChildren().stream()
				.filter(d -> d.getCode() == Problem.VIRTUAL_DEVICE_LISTED.code() || d.getCode() == Problem.UPPER_AND_LOWER_MIXED.code())
				.map(Diagnostic::getMessage).toList();
		assertEquals(2, advice.size(), advice::toString);
		assertTrue(advice.get(0).contains("list enp8s0f0np0 instead"), advice.get(0));
		assertTrue(advice.get(1).contains("both wan.7 and its lower device enp8s0f0np0 are listed"), advice.get(1));
		// exact values: a counter beyond the int range is kept as it was sent
		assertEquals(18446744073709L, host.getObservedSysctls().stream()
				.filter(o -> o.getName().equals("net.netfilter.nf_conntrack_count")).findFirst().orElseThrow().getValue());
	}

	@Test
	void legacyModeKeepsNfto106WithHowToSwitch() throws Exception {
		Host host = host("edge1");
		String legacy = MLX5_SWITCHDEV.replace("\"switchdev\"", "\"legacy\"").replace(
				"{\"supported\":true,\"message\":\"hardware offload dry run accepted on enp8s0f0np0\",\"stderr\":\"\"}", "null");
		probe(host, AgentData.Probe.of((Response) AgentMessage.parse(legacy)));
		NetworkInterface uplink = device(host, "enp8s0f0np0");
		assertEquals(EswitchMode.LEGACY, uplink.getEswitchMode());
		assertEquals(HardwareOffloadVerdict.UNKNOWN, uplink.getHardwareOffloadVerdict());
		Flowtable ft = ModelFactory.eINSTANCE.createFlowtable();
		ft.setName("ft");
		ft.setFamily(Family.INET);
		ft.setOffloadMode(OffloadMode.HARDWARE);
		ft.getDevices().add(uplink);
		host.getFlowtables().add(ft);
		List<String> errors = errors(host, Problem.HARDWARE_OFFLOAD_UNSUPPORTED);
		assertEquals(1, errors.size(), errors::toString);
		assertTrue(errors.get(0).contains("eswitch mode is legacy"), errors.get(0));
	}
}

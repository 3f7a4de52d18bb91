package org.nftoffload.fleet.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModuleState;
import org.nftoffload.model.ModuleStatus;
import org.nftoffload.model.SysctlSettings;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;
import org.nftoffload.remote.agent.AgentData;

/**
 * The comparison of {@link DriftCheck} on recorded answers: the rendered table read back is in
 * sync, and each kind of difference is found and named. The real routers are in LabRolloutTest.
 */
class DriftCheckTest {

	static final String TABLE = """
			table inet nftoffload {
				flowtable ft {
					hook ingress priority 0
					devices = { lan0, wan0 }
					counter
				}
				chain forward {
					type filter hook forward priority filter; policy accept;
					meta l4proto { tcp, udp } flow add @ft
				}
			}
			""";

	static Host host() throws Exception {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("r1");
		host.setAddress("r1.drift.invalid");
		host.setTableName("nftoffload");
		RulesetImporter.adoptInto(host, RulesetImporter.importRuleset(NftTextParser.parse(TABLE, "table"), host).host());
		host.setProbeTime(new Date());
		host.setLastApplyStatus(ApplyStatus.APPLIED);
		ModuleState module = ModelFactory.eINSTANCE.createModuleState();
		module.setName("nft_flow_offload");
		module.setStatus(ModuleStatus.LOADED);
		host.getModules().add(module);
		return host;
	}

	static AgentData.Probe probe(String moduleState, Long tcpTimeout, String... interfaces) {
		List<AgentData.Interface> found = java.util.Arrays.stream(interfaces).map(name -> new AgentData.Interface(name, "veth",
				"veth", List.of(), 1500L, "up", null, null, null, null, null)).toList();
		return new AgentData.Probe("debian", "Debian", "6.1.0", "x86_64", Map.of("nft_flow_offload", moduleState), Map.of(),
				found, tcpTimeout == null ? Map.of() : Map.of("net.netfilter.nf_flowtable_tcp_timeout", tcpTimeout), false);
	}

	static HostResult compare(Host host, AgentData.Probe probe, String live) throws Exception {
		return DriftCheck.compare(host, probe, NftTextParser.parse(live, "live"));
	}

	@Test
	void theRenderedTableReadBackIsInSync() throws Exception {
		Host host = host();
		HostResult result = compare(host, probe("loaded", 30L, "lan0", "wan0"), NftRenderer.renderTables(host)
				.lines().filter(l -> !l.startsWith("#") && !l.startsWith("delete") && !l.endsWith("{}")).reduce("",
						(a, b) -> a + b + "\n"));
		assertEquals(DriftCheck.State.IN_SYNC, DriftCheck.state(result), result.toString());
		assertEquals(HostResult.Status.SUCCESS, result.status());
		assertEquals(DriftCheck.State.IN_SYNC, DriftCheck.state(compare(host, probe("builtin", null, "lan0", "wan0"),
				TABLE)), "a built-in module is as present as a loaded one");
	}

	@Test
	void handWrittenChainsAndRulesInTheConsolesTableAreDrift() throws Exception {
		String live = TABLE.replace("flow add @ft\n", "flow add @ft\n\t\tip daddr 192.0.2.1 drop\n\t}\n"
				+ "\tchain mine {\n\t\tcounter\n");
		HostResult result = compare(host(), probe("loaded", null, "lan0", "wan0"), live);
		assertEquals(DriftCheck.State.DRIFTED, DriftCheck.state(result), result.toString());
		assertEquals(List.of("table inet nftoffload, chain forward: rule 'ip daddr 192.0.2.1 drop' is not the console's"
				+ " (added by hand; the next apply drops it)",
				"table inet nftoffload: chain mine is not the console's (added by hand; the next apply drops it)"),
				DriftCheck.differences(result));
		assertTrue(result.reason().startsWith("drifted: "), result.reason());
	}

	@Test
	void aChangedFlowtableComesWithTheDiff() throws Exception {
		HostResult result = compare(host(), probe("loaded", null, "lan0", "wan0"), TABLE.replace("priority 0", "priority 10"));
		assertEquals(DriftCheck.State.DRIFTED, DriftCheck.state(result));
		assertEquals(List.of("flowtable inet ft: priority is 10 on the host, 0 in the model"), DriftCheck.differences(result));
		assertTrue(String.valueOf(result.details().get(DriftCheck.DIFF)).contains("+\t\thook ingress priority 0"),
				result.details().toString());
	}

	@Test
	void modulesDevicesAndSysctlsThatDifferAreDrift() throws Exception {
		Host host = host();
		SysctlSettings sysctls = ModelFactory.eINSTANCE.createSysctlSettings();
		sysctls.setFlowtableTcpTimeout(120);
		host.setSysctls(sysctls);
		HostResult result = compare(host, probe("available", 30L, "lan0"), TABLE);
		assertEquals(List.of("module nft_flow_offload was loaded at the last probe, is available now",
				"flowtable ft: device wan0 is not on the host",
				"net.netfilter.nf_flowtable_tcp_timeout is 30 on the host, 120 in the model"), DriftCheck.differences(result));
	}

	@Test
	void aMissingTableIsDriftOnceAppliedAndNotAppliedYetBefore() throws Exception {
		Host host = host();
		HostResult applied = compare(host, probe("loaded", null, "lan0", "wan0"), "table inet other {\n}\n");
		assertEquals(DriftCheck.State.DRIFTED, DriftCheck.state(applied));
		assertTrue(DriftCheck.differences(applied).get(0).startsWith("the console's table inet nftoffload is not on the host"),
				applied.toString());
		host.setLastApplyStatus(ApplyStatus.NEVER);
		HostResult never = compare(host, probe("loaded", null, "lan0", "wan0"), "table inet other {\n}\n");
		assertEquals(DriftCheck.State.NOT_APPLIED, DriftCheck.state(never), never.toString());
		assertEquals(HostResult.Status.SUCCESS, never.status());
	}

	@Test
	void hostsNeverProbedOrWithModelErrorsAreNotContacted() throws Exception {
		Host unprobed = host();
		unprobed.setProbeTime(null);
		// agents null: a contact would throw
		HostResult notProbed = DriftCheck.check(null).run(unprobed);
		assertEquals(DriftCheck.State.NOT_PROBED, DriftCheck.state(notProbed), notProbed.toString());
		assertEquals(HostResult.Status.SKIPPED, notProbed.status());
		Host invalid = host();
		invalid.getFlowtables().get(0).setHook("egress");
		HostResult skipped = DriftCheck.check(null).run(invalid);
		assertNull(DriftCheck.state(skipped), skipped.toString());
		assertTrue(skipped.reason().startsWith("not checked: the model has validation errors"), skipped.reason());
	}
}

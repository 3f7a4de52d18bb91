package org.nftoffload.nft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.Family;
import org.nftoffload.model.EswitchMode;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.HardwareOffloadVerdict;
import org.nftoffload.model.Host;
import org.nftoffload.model.HwTcOffloadState;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.OffloadValidator;
import org.nftoffload.nft.Problem;
import org.nftoffload.nft.RulesetImporter;

class OffloadValidatorTest {

	private static List<Diagnostic> problems(Host host) {
		return OffloadValidator.validate(host).getChildren();
	}

	private static Diagnostic only(Host host, Problem problem) {
		List<Diagnostic> found = problems(host).stream().filter(d -> d.getCode() == problem.code()).toList();
		assertEquals(1, found.size(), () -> "expected one " + problem.id() + " in " + problems(host).stream().map(Diagnostic::getMessage).toList());
		return found.get(0);
	}

	@Test
	void aSoundRouterHasNoProblems() {
		Diagnostic result = OffloadValidator.validate(Hosts.router("r1"));
		assertEquals(Diagnostic.OK, result.getSeverity(), () -> result.getChildren().stream().map(Diagnostic::getMessage).toList().toString());
	}

	@Test
	void invalidFlowtableNameIsAnErrorWithItsId() {
		Host host = Hosts.router("r1");
		host.getFlowtables().get(0).setName("ft one");
		Diagnostic d = only(host, Problem.INVALID_NAME);
		assertEquals(Diagnostic.ERROR, d.getSeverity());
		assertTrue(d.getMessage().startsWith("[NFTO101] host r1, flowtable ft one:"), d.getMessage());
		assertEquals(host.getFlowtables().get(0), d.getData().get(0));
	}

	@Test
	void hookOtherThanIngressIsRefused() {
		Host host = Hosts.router("r1");
		host.getFlowtables().get(0).setHook("egress");
		assertTrue(only(host, Problem.HOOK_NOT_INGRESS).getMessage().contains("set the hook to ingress"));
	}

	@Test
	void reservedPriorityIsAnErrorAndAFarOneAWarning() {
		Host host = Hosts.router("r1");
		host.getFlowtables().get(0).setPriority(Integer.MAX_VALUE);
		assertEquals(Diagnostic.ERROR, only(host, Problem.PRIORITY_OUT_OF_RANGE).getSeverity());
		host.getFlowtables().get(0).setPriority(5000);
		assertEquals(Diagnostic.WARNING, only(host, Problem.PRIORITY_OUT_OF_RANGE).getSeverity());
	}

	@Test
	void deviceTheProbeDidNotFindIsMissing() {
		Host host = Hosts.router("r1");
		Hosts.device(host, "wan").setPresent(false);
		assertTrue(only(host, Problem.DEVICE_MISSING).getMessage().contains("device wan does not exist on the host"));
	}

	@Test
	void sameDeviceInTwoFlowtablesOfOneFamilyIsRefused() {
		Host host = Hosts.router("r1");
		Flowtable second = ModelFactory.eINSTANCE.createFlowtable();
		second.setName("ft2");
		second.setFamily(Family.INET);
		second.getDevices().add(Hosts.device(host, "wan"));
		host.getFlowtables().add(second);
		assertTrue(only(host, Problem.DEVICE_IN_TWO_FLOWTABLES).getMessage().contains("device wan is already in flowtable ft"));
		second.setFamily(Family.IP);
		assertTrue(problems(host).stream().noneMatch(d -> d.getCode() == Problem.DEVICE_IN_TWO_FLOWTABLES.code()));
	}

	@Test
	void deviceAlsoInAForeignTablesFlowtableIsAWarning() throws Exception {
		// the kernel accepts it (checked in the lab: duplicates are refused only within one table)
		LiveRuleset live = NftTextParser.parse(Fixtures.read("openwrt-fw4-software.nft"), "fw4");
		Host host = Hosts.router("r1");
		Host imported = RulesetImporter.importRuleset(live, host).host();
		host.getObservedTables().addAll(imported.getObservedTables());
		List<Diagnostic> shared = problems(host).stream().filter(x -> x.getCode() == Problem.DEVICE_SHARED_WITH_FOREIGN_TABLE.code()).toList();
		assertEquals(2, shared.size(), shared.toString());
		assertEquals(Diagnostic.WARNING, shared.get(0).getSeverity());
		assertTrue(shared.get(0).getMessage().contains("device lan1 is also in flowtable ft of table inet fw4 (not managed by the console)"),
				shared.get(0).getMessage());
		assertTrue(problems(host).stream().noneMatch(x -> x.getCode() == Problem.DEVICE_IN_TWO_FLOWTABLES.code()));
	}

	@Test
	void hardwareOffloadOnVirtioNamesTheDriverAndTheReason() {
		Host host = Hosts.router("r1");
		Flowtable ft = host.getFlowtables().get(0);
		ft.setOffloadMode(OffloadMode.HARDWARE);
		Hosts.device(host, "wan").setDriver("virtio_net");
		Hosts.device(host, "lan1").setHwTcOffload(HwTcOffloadState.ON);
		String message = only(host, Problem.HARDWARE_OFFLOAD_UNSUPPORTED).getMessage();
		assertTrue(message.contains("wan (driver virtio_net)") && message.contains("Operation not supported")
				&& message.contains("use offload mode software"), message);
	}

	@Test
	void hardwareOffloadWithHwTcOffloadFixedOffIsRefused() {
		Host host = Hosts.router("r1");
		host.getFlowtables().get(0).setOffloadMode(OffloadMode.HARDWARE);
		Hosts.device(host, "wan").setHwTcOffload(HwTcOffloadState.ON);
		Hosts.device(host, "lan1").setHwTcOffload(HwTcOffloadState.FIXED);
		assertTrue(only(host, Problem.HARDWARE_OFFLOAD_UNSUPPORTED).getMessage().contains("off [fixed]"));
	}

	/** An mlx5 representor in switchdev mode with hw-tc-offload on is what hardware offload needs. */
	private static Host mlx5Router(EswitchMode mode) {
		Host host = Hosts.router("r1");
		host.getFlowtables().get(0).setOffloadMode(OffloadMode.HARDWARE);
		for (NetworkInterface device : host.getInterfaces()) {
			device.setDriver("mlx5_core");
			device.setHwTcOffload(HwTcOffloadState.ON);
			device.setEswitchMode(mode);
		}
		return host;
	}

	@Test
	void mlx5InSwitchdevModeIsFineAndInLegacyModeSaysHowToSwitch() {
		assertTrue(problems(mlx5Router(EswitchMode.SWITCHDEV)).stream()
				.noneMatch(d -> d.getCode() == Problem.HARDWARE_OFFLOAD_UNSUPPORTED.code()), () -> problems(mlx5Router(EswitchMode.SWITCHDEV)).toString());
		Host legacy = mlx5Router(EswitchMode.LEGACY);
		List<Diagnostic> refused = problems(legacy).stream().filter(d -> d.getCode() == Problem.HARDWARE_OFFLOAD_UNSUPPORTED.code()).toList();
		assertEquals(2, refused.size(), refused::toString);
		assertTrue(refused.get(0).getMessage().contains("eswitch mode is legacy") && refused.get(0).getMessage().contains("mode switchdev"),
				refused.get(0).getMessage());
	}

	@Test
	void aDryRunTheKernelAcceptedOutweighsWhatTheConsoleKnowsOfTheDriver() {
		// eswitch mode unknown (no devlink on the host) and a driver the console has no entry for:
		// the probe's nft -c said yes, so neither NFTO106 nor NFTO116.
		Host host = mlx5Router(EswitchMode.UNKNOWN);
		for (NetworkInterface device : host.getInterfaces()) {
			device.setDriver("some_new_nic");
			device.setHardwareOffloadVerdict(HardwareOffloadVerdict.SUPPORTED);
		}
		Diagnostic result = OffloadValidator.validate(host);
		assertEquals(Diagnostic.OK, result.getSeverity(), () -> result.getChildren().stream().map(Diagnostic::getMessage).toList().toString());
	}

	@Test
	void aDryRunTheKernelRefusedIsAnErrorWithTheProbesMessage() {
		Host host = mlx5Router(EswitchMode.SWITCHDEV);
		NetworkInterface wan = Hosts.device(host, "wan");
		wan.setHardwareOffloadVerdict(HardwareOffloadVerdict.NOT_SUPPORTED);
		wan.setHardwareOffloadMessage("hardware offload not supported by driver mlx5_core on wan; use a software flowtable (no 'flags offload') on this device");
		String message = only(host, Problem.HARDWARE_OFFLOAD_UNSUPPORTED).getMessage();
		assertTrue(message.startsWith("[NFTO106] host r1, flowtable ft: hardware offload on wan (driver mlx5_core) failed the probe's dry run (nft -c): hardware offload not supported by driver mlx5_core on wan"),
				message);
	}

	@Test
	void anUnknownVerdictLeavesTheDriverRules() {
		Host host = mlx5Router(EswitchMode.SWITCHDEV);
		Hosts.device(host, "wan").setDriver("veth");
		Hosts.device(host, "wan").setHardwareOffloadVerdict(HardwareOffloadVerdict.UNKNOWN);
		assertTrue(only(host, Problem.HARDWARE_OFFLOAD_UNSUPPORTED).getMessage().contains("veth is a software device"));
	}

	@Test
	void vlanDeviceOnNewKernelAdvisesItsLowerDevice() {
		Host host = Hosts.router("r1");
		NetworkInterface vlan = Hosts.device(host, "wan.7", InterfaceKind.VLAN, null);
		vlan.getLowerDevices().add(Hosts.device(host, "wan"));
		host.getFlowtables().get(0).getDevices().add(vlan);
		Diagnostic listed = only(host, Problem.VIRTUAL_DEVICE_LISTED);
		assertTrue(listed.getMessage().contains("list wan instead"), listed.getMessage());
		assertTrue(only(host, Problem.UPPER_AND_LOWER_MIXED).getMessage().contains("list only the real device wan"));
	}

	@Test
	void vlanDeviceOnOldKernelIsFine() {
		Host host = Hosts.router("r1");
		host.setKernelRelease("5.10.0-30-amd64");
		host.getFlowtables().get(0).getDevices().add(Hosts.device(host, "wan.7", InterfaceKind.VLAN, null));
		assertTrue(problems(host).stream().noneMatch(d -> d.getCode() == Problem.VIRTUAL_DEVICE_LISTED.code()));
	}

	@Test
	void missingCounterWarnsThatStatisticsWillNotMove() {
		Host host = Hosts.router("r1");
		host.getFlowtables().get(0).setCounter(false);
		Diagnostic d = only(host, Problem.NO_COUNTER);
		assertEquals(Diagnostic.WARNING, d.getSeverity());
		assertTrue(d.getMessage().contains("will not move"));
	}

	@Test
	void oldKernelsAreRefused() {
		Host host = Hosts.router("r1");
		host.setKernelRelease("4.14.0");
		assertTrue(only(host, Problem.KERNEL_WITHOUT_FLOWTABLES).getMessage().contains("4.16"));
		host.setKernelRelease("5.4.0-150-generic");
		assertTrue(only(host, Problem.KERNEL_WITHOUT_FLOWTABLE_COUNTER).getMessage().contains("turn counter off"));
	}

	@Test
	void ruleNamingAMissingFlowtableIsReported() throws Exception {
		LiveRuleset live = NftTextParser.parse("table inet nftoffload {\n chain forward {\n  meta l4proto tcp flow add @gone\n }\n}\n", "x");
		Host host = RulesetImporter.importRuleset(live, "r1", "nftoffload").host();
		host.setAddress("192.0.2.1");
		assertTrue(only(host, Problem.RULE_WITHOUT_FLOWTABLE).getMessage().contains("names flowtable gone, which this host does not have"));
	}

	@Test
	void emptyDeviceListIsReported() {
		Host host = Hosts.router("r1");
		host.getFlowtables().get(0).getDevices().clear();
		assertEquals(Diagnostic.ERROR, only(host, Problem.NO_DEVICES).getSeverity());
	}

	@Test
	void metacharactersAnywhereAreRefused() {
		Host host = Hosts.router("r1");
		host.setUser("root;reboot");
		OffloadRule rule = host.getRules().get(0);
		rule.setComment("say \"hi\"");
		rule.getSourcePrefixes().add("10.0.0.0/8`id`");
		List<Diagnostic> meta = problems(host).stream().filter(d -> d.getCode() == Problem.METACHARACTER.code()).toList();
		assertEquals(3, meta.size(), meta.stream().map(Diagnostic::getMessage).toList()::toString);
	}

	@Test
	void twoFlowtablesWithOneNameInOneFamilyAreRefused() {
		Host host = Hosts.router("r1");
		Flowtable twin = ModelFactory.eINSTANCE.createFlowtable();
		twin.setName("ft");
		twin.setFamily(Family.INET);
		twin.getDevices().add(Hosts.device(host, "lan2", InterfaceKind.PHYSICAL, "mtk_soc_eth"));
		host.getFlowtables().add(twin);
		assertTrue(only(host, Problem.DUPLICATE_NAME).getMessage().contains("two flowtables named ft in family inet"));
	}

	@Test
	void everyProblemIdIsUnique() {
		assertEquals(Problem.values().length, java.util.Arrays.stream(Problem.values()).map(Problem::id).distinct().count());
	}
}

package org.nftoffload.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.HardwareOffloadVerdict;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.HwTcOffloadState;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.report.Report.Change;
import org.nftoffload.report.Report.Finding;
import org.nftoffload.report.Report.HostChanges;
import org.nftoffload.report.Report.HostReport;
import org.nftoffload.report.internal.JsonRenderer;

/** What a report says: findings, verdicts, scope, changes since a baseline. */
class ReportContentsTest {

	@TempDir
	Path dir;

	static Host host(Fleet fleet, String name) {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(name);
		host.setAddress(name + ".example.invalid");
		host.setKernelRelease("6.12.0");
		host.setProbeTime(new java.util.Date(1_700_000_000_000L));
		fleet.getHosts().add(host);
		return host;
	}

	static Flowtable flowtable(Host host, String name, OffloadMode mode, NetworkInterface... devices) {
		Flowtable f = ModelFactory.eINSTANCE.createFlowtable();
		f.setName(name);
		f.setFamily(Family.INET);
		f.setOffloadMode(mode);
		f.getDevices().addAll(List.of(devices));
		host.getFlowtables().add(f);
		return f;
	}

	static OffloadRule rule(Host host, Flowtable f, String comment) {
		OffloadRule r = ModelFactory.eINSTANCE.createOffloadRule();
		r.setFlowtable(f);
		r.getProtocols().add(Protocol.TCP);
		r.setComment(comment);
		host.getRules().add(r);
		return r;
	}

	static Set<String> codes(HostReport h) {
		return new java.util.TreeSet<>(h.findings().stream().map(Finding::code).toList());
	}

	@Test
	void findingsNameTheOffloadPitfallsUsersRunInto() throws Exception {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("pitfalls");
		Host hw = host(fleet, "hw");
		NetworkInterface eth0 = TestFleets.device(hw, "eth0", InterfaceKind.PHYSICAL, "mtk_soc_eth", HwTcOffloadState.ON);
		NetworkInterface eth1 = TestFleets.device(hw, "eth1", InterfaceKind.PHYSICAL, "mtk_soc_eth", HwTcOffloadState.ON);
		rule(hw, flowtable(hw, "ft", OffloadMode.HARDWARE, eth0, eth1), "hardware");

		Host logical = host(fleet, "logical");
		NetworkInterface wan = TestFleets.device(logical, "wan", InterfaceKind.PHYSICAL, "virtio_net", HwTcOffloadState.FIXED);
		NetworkInterface vlan = TestFleets.device(logical, "wan.10", InterfaceKind.VLAN, null, HwTcOffloadState.UNKNOWN);
		vlan.getLowerDevices().add(wan);
		NetworkInterface ppp = TestFleets.device(logical, "pppoe-wan", InterfaceKind.PPPOE, null, HwTcOffloadState.UNKNOWN);
		ppp.getLowerDevices().add(wan);
		Flowtable noCounter = flowtable(logical, "ft", OffloadMode.SOFTWARE, vlan, ppp);
		noCounter.setCounter(false);
		rule(logical, noCounter, "via vlan");

		Host never = ModelFactory.eINSTANCE.createHost();
		never.setName("never");
		never.setAddress("never.example.invalid");
		fleet.getHosts().add(never);

		Report report = TestFleets.report(fleet, null, ReportScope.fleet(), null, TestFleets.GENERATED);
		assertEquals(Set.of("NFTO201", "NFTO202"), codes(report.hosts().get(0)), "hardware: QoS bypassed, flows lost on reload");
		Set<String> logicalCodes = codes(report.hosts().get(1));
		assertTrue(logicalCodes.containsAll(Set.of("NFTO107", "NFTO109", "NFTO203")), logicalCodes.toString());
		Finding absent = report.hosts().get(1).findings().stream().filter(f -> f.code().equals("NFTO203")).findFirst()
				.orElseThrow();
		assertTrue(absent.observation().contains("pppoe-wan"), absent.toString());
		Finding counter = report.hosts().get(1).findings().stream().filter(f -> f.code().equals("NFTO109")).findFirst()
				.orElseThrow();
		assertTrue(counter.impact().contains("accounting"), counter.impact());
		assertEquals(Set.of("NFTO206"), codes(report.hosts().get(2)));
		for (Finding f : report.allFindings()) {
			assertFalse(f.title().isBlank() || f.impact().isBlank() || f.recommendation().isBlank(), f.toString());
		}
		assertFalse(report.hasErrors());
		assertEquals(1, report.summary().flowtablesByMode().get("hardware"));
		assertEquals(1, report.summary().flowtablesByMode().get("software"));
	}

	@Test
	void interfaceVerdictsComeFromTheDryRunOrTheEnginesChecks() throws Exception {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("verdicts");
		Host h = host(fleet, "r1");
		NetworkInterface mlx = TestFleets.device(h, "enp1s0", InterfaceKind.PHYSICAL, "mlx5_core", HwTcOffloadState.ON);
		NetworkInterface veth = TestFleets.device(h, "veth0", InterfaceKind.VETH, "veth", HwTcOffloadState.FIXED);
		NetworkInterface tried = TestFleets.device(h, "eth9", InterfaceKind.PHYSICAL, "mtk_soc_eth", HwTcOffloadState.ON);
		tried.setHardwareOffloadVerdict(HardwareOffloadVerdict.NOT_SUPPORTED);
		tried.setHardwareOffloadMessage("Error: Could not process rule: Operation not supported");
		TestFleets.device(h, "mystery0", InterfaceKind.PHYSICAL, "atlantic", HwTcOffloadState.UNKNOWN);
		assertTrue(mlx.getEswitchMode() != org.nftoffload.model.EswitchMode.SWITCHDEV);
		List<Report.InterfaceRow> rows = TestFleets.report(fleet, null, ReportScope.fleet(), null, TestFleets.GENERATED)
				.hosts().get(0).interfaces();
		assertEquals("not capable", rows.get(0).hardwareOffload());
		assertTrue(rows.get(0).hardwareOffloadReason().contains("switchdev"), rows.get(0).hardwareOffloadReason());
		assertEquals("not capable", rows.get(1).hardwareOffload());
		assertTrue(rows.get(1).hardwareOffloadReason().contains("veth"), rows.get(1).hardwareOffloadReason());
		assertEquals("not capable", rows.get(2).hardwareOffload(), "the probe's dry run wins over the driver list");
		assertTrue(rows.get(2).hardwareOffloadReason().startsWith("dry run at the last probe: Error: Could not process rule"));
		assertEquals("unknown", rows.get(3).hardwareOffload());
	}

	@Test
	void scopeSelectsHostsGroupsWithSubgroupsAndTagsAndNamesWhatIsUnknown() throws Exception {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("scoped");
		Host a = host(fleet, "a");
		Host b = host(fleet, "b");
		Host c = host(fleet, "c");
		b.getTags().add("edge");
		HostGroup eu = ModelFactory.eINSTANCE.createHostGroup();
		eu.setName("eu");
		eu.getHosts().add(a);
		HostGroup fra = ModelFactory.eINSTANCE.createHostGroup();
		fra.setName("fra");
		fra.getHosts().add(c);
		eu.getSubgroups().add(fra);
		fleet.getGroups().addAll(List.of(eu, fra));
		c.setLastApplyStatus(ApplyStatus.APPLIED);

		Report group = TestFleets.report(fleet, null, ReportScope.group("eu"), null, TestFleets.GENERATED);
		assertEquals(List.of("a", "c"), group.hosts().stream().map(HostReport::name).toList(), "subgroup fra is part of eu");
		assertEquals("selected hosts b, c: 2 of 3 hosts", TestFleets.report(fleet, null,
				ReportScope.selection(List.of("b", "c")), null, TestFleets.GENERATED).header().scope());
		assertEquals("group eu: 2 of 3 hosts", group.header().scope());
		assertEquals(List.of("eu", "fra"), group.hosts().get(1).groups());
		assertEquals(1, group.summary().hostsLastApplied());
		assertEquals(List.of("b"), TestFleets.report(fleet, null, ReportScope.tag("edge"), null, TestFleets.GENERATED).hosts()
				.stream().map(HostReport::name).toList());
		assertEquals("hosts c, a: 2 of 3 hosts", TestFleets.report(fleet, null, ReportScope.hosts(List.of("c", "a")), null,
				TestFleets.GENERATED).header().scope());
		ReportException typo = assertThrows(ReportException.class,
				() -> TestFleets.report(fleet, null, ReportScope.hosts(List.of("a", "zz")), null, TestFleets.GENERATED));
		assertTrue(typo.getMessage().contains("no host named 'zz'") && typo.getMessage().contains("[a, b, c]"),
				typo.getMessage());
		assertTrue(assertThrows(ReportException.class, () -> ReportScope.group("us").select(fleet)).getMessage()
				.contains("groups: [eu, fra]"));
		assertTrue(assertThrows(ReportException.class, () -> ReportScope.tag("core").select(fleet)).getMessage()
				.contains("no host has the tag 'core'"));
		assertTrue(assertThrows(ReportException.class, () -> ReportFormat.parse("html,docx")).getMessage()
				.contains("docx"));
		assertEquals(EnumSet.allOf(ReportFormat.class), ReportFormat.parse("all"));
	}

	@Test
	void changesSinceABaselineFleetOrReportJsonArePerHost() throws Exception {
		Fleet before = ModelFactory.eINSTANCE.createFleet();
		before.setName("changes");
		Host r1 = host(before, "r1");
		NetworkInterface lan = TestFleets.device(r1, "lan", InterfaceKind.PHYSICAL, "igc", HwTcOffloadState.OFF);
		NetworkInterface wan = TestFleets.device(r1, "wan", InterfaceKind.PHYSICAL, "igc", HwTcOffloadState.OFF);
		Flowtable ft = flowtable(r1, "ft", OffloadMode.SOFTWARE, lan, wan);
		rule(r1, ft, "first");
		rule(r1, ft, "second").getProtocols().add(Protocol.UDP);
		Host gone = host(before, "gone");
		flowtable(gone, "ft", OffloadMode.SOFTWARE, TestFleets.device(gone, "eth0", InterfaceKind.PHYSICAL, "igc",
				HwTcOffloadState.OFF));
		host(before, "same");
		Path oldFile = TestFleets.save(before, dir, "old");
		Report oldReport = TestFleets.report(FleetFiles.load(oldFile), oldFile, ReportScope.fleet(), null, TestFleets.GENERATED);
		Path oldJson = dir.resolve("old-report");
		ReportWriter.write(oldReport, EnumSet.of(ReportFormat.JSON), oldJson, new NullProgressMonitor());

		Fleet after = FleetFiles.load(oldFile);
		Host n1 = after.getHosts().get(0);
		n1.getFlowtables().get(0).setPriority(10);
		n1.getFlowtables().get(0).getDevices().remove(1);
		n1.getRules().get(0).setComment("first, renamed");
		n1.getRules().remove(1);
		Flowtable added = flowtable(n1, "ft2", OffloadMode.SOFTWARE, n1.getInterfaces().get(1));
		rule(n1, added, "new");
		after.getHosts().remove(1);
		host(after, "new-host");

		for (Path baseline : List.of(oldFile, oldJson.resolve("report.json"))) {
			Report base = Baseline.load(baseline, ReportScope.fleet(), List.of());
			Report report = ReportBuilder.build(new ReportBuilder.Request(after, null, ReportScope.fleet(), null, base,
					baseline.toString(), "test", TestFleets.GENERATED));
			Report.Changes changes = report.changes();
			assertEquals(baseline.toString(), changes.baseline());
			assertEquals(List.of("r1:changed", "same:unchanged", "new-host:added", "gone:removed"), changes.hosts().stream()
					.map(h -> h.host() + ":" + h.status()).toList(), baseline.toString());
			HostChanges r1Changes = changes.hosts().get(0);
			List<String> lines = r1Changes.changes().stream()
					.map((Change c) -> c.kind() + " " + c.action() + " " + c.object() + ": " + c.before() + " -> " + c.after())
					.toList();
			assertEquals(List.of("flowtable changed inet ft priority: 0 -> 10", "flowtable changed inet ft devices: lan, wan -> lan",
					"flowtable added inet ft2: null -> software, priority 0, counter, devices wan",
					"rule changed rule 1 (@ft): comment first -> comment first, renamed",
					"rule added rule 2 (@ft2): null -> meta l4proto tcp comment new",
					"rule removed rule 2 (@ft): meta l4proto { tcp, udp } comment second -> null"), lines);
			Path out = dir.resolve("out-" + baseline.getFileName());
			ReportWriter.write(report, EnumSet.allOf(ReportFormat.class), out, new NullProgressMonitor());
			assertTrue(Files.readString(out.resolve("changes.csv")).contains("first, renamed"));
			assertTrue(Tools.pdfText(out.resolve("report.pdf")).contains("Changes since the baseline"));
			ReportFormatsTest.assertSchemaValid(out.resolve("report.json"));
		}
		assertThrows(ReportException.class, () -> Baseline.load(dir.resolve("missing.nftfleet"), ReportScope.fleet(), List.of()));
		Path notAReport = Files.writeString(dir.resolve("x.json"), "{\"schemaVersion\": \"9.0\"}");
		assertTrue(assertThrows(ReportException.class, () -> Baseline.load(notAReport, ReportScope.fleet(), List.of()))
				.getMessage().contains("not a report JSON"));
	}

	@Test
	void jsonReadsBackAsTheSameReportAndKeepsNulls() throws Exception {
		Fleet demo = FleetFiles.load(TestFleets.demoFile());
		Report report = TestFleets.report(demo, TestFleets.demoFile(), ReportScope.fleet(), null, TestFleets.GENERATED);
		Path out = dir.resolve("json");
		ReportWriter.write(report, EnumSet.of(ReportFormat.JSON), out, new NullProgressMonitor());
		Report back = JsonRenderer.read(out.resolve("report.json"));
		assertEquals(report, back);
		assertNull(back.summary().hostsInSync(), "unknown without live data, not 0");
		assertTrue(Files.readString(out.resolve("report.json")).contains("\"hostsInSync\" : null"));
	}
}

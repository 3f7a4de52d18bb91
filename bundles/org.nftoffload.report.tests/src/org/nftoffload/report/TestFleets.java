package org.nftoffload.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.HwTcOffloadState;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;

/** Fleets the report tests render: the demo fleet, one imported from the engine's fixtures, a hostile one. */
final class TestFleets {

	static final Instant GENERATED = Instant.parse("2026-01-02T03:04:05Z");

	/** Names, comments and notes that try to become markup, formulas or JSON in a report. */
	static final String HOSTILE_NAME = "<script>alert(1)</script>\"'=HYPERLINK(\"http://evil.invalid\")";
	static final String HOSTILE_COMMENT = "=HYPERLINK(\"http://evil.invalid/x\",\"click\")\n</td><img src=x onerror=alert(2)>"
			+ " Zürich ½ – \"quoted\" 'single' ` | * _ [link](http://evil.invalid)";

	private TestFleets() {
	}

	static Path repo() {
		return Path.of(System.getProperty("nfto.repo"));
	}

	static Path demoFile() {
		return repo().resolve("releng/demo/demo.nftfleet");
	}

	/** Each *.nft fixture of the engine's tests imported as one host (the table that has a flowtable). */
	static Fleet imported() throws Exception {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("Imported from the engine fixtures");
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> dir = Files.newDirectoryStream(repo().resolve("bundles/org.nftoffload.nft.tests/fixtures"),
				"*.nft")) {
			dir.forEach(files::add);
		}
		files.sort(null);
		for (Path file : files) {
			LiveRuleset live = NftTextParser.parse(Files.readString(file), file.getFileName().toString());
			String table = live.tables().stream().filter(t -> !t.flowtables().isEmpty()).map(LiveRuleset.Table::name)
					.findFirst().orElse("nftoffload");
			String name = file.getFileName().toString().replace(".nft", "");
			Host host = RulesetImporter.importRuleset(live, name, table).host();
			host.setAddress(name + ".example.invalid");
			fleet.getHosts().add(host);
		}
		return fleet;
	}

	static Path save(Fleet fleet, Path dir, String name) throws Exception {
		Path file = dir.resolve(name + ".nftfleet");
		FleetFiles.save(fleet, file);
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
		return file;
	}

	static NetworkInterface device(Host host, String name, InterfaceKind kind, String driver, HwTcOffloadState hw) {
		NetworkInterface i = ModelFactory.eINSTANCE.createNetworkInterface();
		i.setName(name);
		i.setKind(kind);
		i.setDriver(driver);
		i.setHwTcOffload(hw);
		i.setUp(true);
		i.setPresent(true);
		host.getInterfaces().add(i);
		return i;
	}

	/**
	 * A fleet whose user data is hostile: a host name with markup and a formula, a rule comment with
	 * a formula, HTML, newlines, Markdown and non-ASCII, a group and tag with formulas.
	 */
	static Fleet hostile() {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("@SUM(1+1) <b>fleet</b>");
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(HOSTILE_NAME);
		host.setAddress("-cmd.example.invalid");
		host.setUser("+root");
		host.setIdentityFile("/home/secret-keys/id_hostile");
		host.getTags().add("=1+2");
		host.setDistribution("Debian <i>13</i>");
		host.setKernelRelease("6.12.0-=evil");
		host.setProbeTime(new java.util.Date(1_700_000_000_000L));
		NetworkInterface lan = device(host, "lan<0>", InterfaceKind.PHYSICAL, "mtk_soc_eth", HwTcOffloadState.ON);
		Flowtable ft = ModelFactory.eINSTANCE.createFlowtable();
		ft.setName("ft");
		ft.setFamily(Family.INET);
		ft.setOffloadMode(OffloadMode.HARDWARE);
		ft.getDevices().add(lan);
		host.getFlowtables().add(ft);
		OffloadRule rule = ModelFactory.eINSTANCE.createOffloadRule();
		rule.setFlowtable(ft);
		rule.getProtocols().add(Protocol.TCP);
		rule.setComment(HOSTILE_COMMENT);
		host.getRules().add(rule);
		fleet.getHosts().add(host);
		HostGroup group = ModelFactory.eINSTANCE.createHostGroup();
		group.setName("-group\r\n<x>");
		group.getHosts().add(host);
		fleet.getGroups().add(group);
		return fleet;
	}

	static Report report(Fleet fleet, Path file, ReportScope scope, Map<String, LiveSnapshot> live, Instant at)
			throws ReportException {
		return ReportBuilder.build(new ReportBuilder.Request(fleet, file, scope, live, null, null, "0.1.0.test", at));
	}
}

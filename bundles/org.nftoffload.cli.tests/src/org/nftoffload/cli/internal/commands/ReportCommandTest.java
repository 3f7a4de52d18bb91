package org.nftoffload.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.cli.internal.CliRunner;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;

/** {@code nftoffload report}: the files, the exit codes (0, 1 on error findings, 2 on usage errors), --since, --live. */
class ReportCommandTest {

	@TempDir
	Path dir;

	final CliRunner cli = new CliRunner();

	Path demo() throws Exception {
		Path file = dir.resolve("demo.nftfleet");
		Files.copy(Path.of(System.getProperty("nfto.repo"), "releng/demo/demo.nftfleet"), file,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return file;
	}

	@Test
	void everyFormatOfTheDemoFleetExitsZero() throws Exception {
		Path out = dir.resolve("out");
		assertEquals(0, cli.run("report", "--fleet", demo().toString(), "--format", "html,pdf,csv,md,json", "--out",
				out.toString()), cli.err());
		for (String name : List.of("report.html", "report.pdf", "hosts.csv", "flowtables.csv", "rules.csv", "findings.csv",
				"report.md", "report.json")) {
			assertTrue(Files.size(out.resolve(name)) > 0, name);
			assertTrue(cli.out().contains(out.resolve(name).toString()), cli.out());
		}
		assertTrue(cli.out().contains("report: 3 host(s), whole fleet: 3 hosts; findings: error 0, warning 0, info 3"),
				cli.out());
	}

	@Test
	void groupAndTagSelectTheHostsAndTheHeaderSaysSo() throws Exception {
		Path out = dir.resolve("group");
		assertEquals(0, cli.run("report", "--fleet", demo().toString(), "--group", "edge-eu", "--format", "json", "--out",
				out.toString()), cli.err());
		String json = Files.readString(out.resolve("report.json"));
		assertTrue(json.contains("\"scope\" : \"group edge-eu: 2 of 3 hosts\""), json);
		assertFalse(json.contains("\"name\" : \"lab1\""), json);
		assertEquals(0, cli.run("report", "--fleet", demo().toString(), "--tag", "lab", "--format", "md", "--out",
				dir.resolve("tag").toString()), cli.err());
		assertTrue(cli.out().contains("tag lab: 1 of 3 hosts"), cli.out());
	}

	@Test
	void errorFindingsExitOneForCiGates() throws Exception {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("broken");
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("r1");
		host.setAddress("r1.example.invalid");
		Flowtable ft = ModelFactory.eINSTANCE.createFlowtable();
		ft.setName("ft");
		ft.setFamily(Family.INET);
		host.getFlowtables().add(ft); // no devices: NFTO113, an error
		fleet.getHosts().add(host);
		Path file = dir.resolve("broken.nftfleet");
		FleetFiles.save(fleet, file);
		assertEquals(1, cli.run("report", "--fleet", file.toString(), "--format", "csv", "--out", dir.resolve("o").toString()),
				cli.err());
		assertTrue(Files.readString(dir.resolve("o/findings.csv")).contains("NFTO113"));
		assertTrue(cli.out().contains("findings: error 1"), cli.out());
	}

	@Test
	void usageErrorsAndUnknownTargetsExitTwo() throws Exception {
		String fleet = demo().toString();
		String out = dir.resolve("x").toString();
		assertEquals(2, cli.run("report", "--fleet", fleet, "--format", "html,docx", "--out", out));
		assertTrue(cli.err().contains("unknown report format docx"), cli.err());
		assertEquals(2, cli.run("report", "--fleet", fleet));
		assertTrue(cli.err().contains("--out"), cli.err());
		assertEquals(2, cli.run("report", "--fleet", fleet, "--group", "nowhere", "--out", out));
		assertTrue(cli.err().contains("no group named 'nowhere'"), cli.err());
		assertEquals(2, cli.run("report", "--fleet", dir.resolve("missing.nftfleet").toString(), "--out", out));
		assertEquals(2, cli.run("report", "--fleet", fleet, "--since", dir.resolve("old.nftfleet").toString(), "--out", out));
		assertTrue(cli.err().contains("no such baseline file"), cli.err());
		assertEquals(2, cli.run("report", "--fleet", fleet, "--live", "--samples", "1", "--out", out));
		Path notMeasured = dir.resolve("not-measured.json");
		Files.writeString(notMeasured, "{\"operation\":\"drift\",\"results\":[]}");
		assertEquals(2, cli.run("report", "--fleet", fleet, "--effect", notMeasured.toString(), "--out", out));
		assertTrue(cli.err().contains("--effect " + notMeasured + ": not the output of 'nftoffload measure --json'"), cli.err());
		Path broken = dir.resolve("broken-measure.json");
		Files.writeString(broken, "{\"operation\":\"measure\",\"results\":[{\"host\":\"lab1\",\"effect\":{\"bypassed\":{}}}]}");
		assertEquals(2, cli.run("report", "--fleet", fleet, "--effect", broken.toString(), "--out", out));
		assertTrue(cli.err().contains("'bypassed.samples' is not a number"), cli.err());
		assertFalse(Files.exists(Path.of(out)), "nothing written on usage errors");
	}

	@Test
	void sinceABaselineShowsWhatChanged() throws Exception {
		Path file = demo();
		Path old = dir.resolve("old");
		assertEquals(0, cli.run("report", "--fleet", file.toString(), "--format", "json", "--out", old.toString()), cli.err());
		Fleet fleet = FleetFiles.load(file);
		fleet.getHosts().get(0).getFlowtables().get(0).setPriority(7);
		FleetFiles.save(fleet, file);
		Path now = dir.resolve("now");
		assertEquals(0, cli.run("report", "--fleet", file.toString(), "--since", old.resolve("report.json").toString(),
				"--format", "csv,md", "--out", now.toString()), cli.err());
		String changes = Files.readString(now.resolve("changes.csv"));
		assertTrue(changes.contains("lab1,changed,flowtable,changed,inet ft priority,0,7"), changes);
	}

	@Test
	void liveDataFromAnUnreachableHostIsAnErrorFinding() throws Exception {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("unreachable");
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("gone");
		host.setAddress("127.0.0.1");
		host.setPort(1); // nothing listens on loopback port 1
		fleet.getHosts().add(host);
		Path file = dir.resolve("gone.nftfleet");
		FleetFiles.save(fleet, file);
		Path out = dir.resolve("live");
		assertEquals(1, cli.run("report", "--fleet", file.toString(), "--live", "--format", "json,csv", "--out",
				out.toString()), cli.err());
		String findings = Files.readString(out.resolve("findings.csv"));
		assertTrue(findings.contains("NFTO205"), findings);
		assertTrue(Files.readString(out.resolve("report.json")).contains("\"live\" : true"));
	}
}

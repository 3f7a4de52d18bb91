package org.nftoffload.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.fleet.ops.OffloadEffect;
import org.nftoffload.model.Fleet;
import org.nftoffload.report.Report.Finding;
import org.nftoffload.report.Report.HostReport;
import org.nftoffload.report.Report.InterfaceRow;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Every format for the demo fleet, for a fleet imported from the engine's fixtures and for a
 * fleet of hostile names and comments, checked with the real readers: pdftotext and pdftoppm,
 * headless chromium, commons-csv, an XML parser, and the JSON Schema validator against
 * docs/report-schema.json.
 */
class ReportFormatsTest {

	@TempDir
	Path dir;

	static List<Path> writeAll(Report report, Path out) throws Exception {
		return ReportWriter.write(report, EnumSet.allOf(ReportFormat.class), out, new NullProgressMonitor());
	}

	static List<CSVRecord> csv(Path file) throws Exception {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
	}

	static void assertSchemaValid(Path json) throws Exception {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		Schema schema = registry.getSchema(Files.readString(TestFleets.repo().resolve("docs/report-schema.json")),
				InputFormat.JSON);
		List<com.networknt.schema.Error> errors = schema.validate(Files.readString(json), InputFormat.JSON);
		assertTrue(errors.isEmpty(), json + " does not match docs/report-schema.json: " + errors);
	}

	static void assertWellFormedXhtml(Path html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
		org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(html.toFile());
		assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), "no script element in " + html);
		assertEquals(0, doc.getElementsByTagNameNS("*", "img").getLength(), "no img element in " + html);
		assertEquals(0, doc.getElementsByTagNameNS("*", "link").getLength(), "no link element in " + html);
	}

	/** What every format must show of a report: each host, flowtable, device and finding code. */
	static void assertEveryFormatShowsEverything(Report report, Path out, String shot) throws Exception {
		List<Path> files = writeAll(report, out);
		assertEquals(List.of("report.html", "report.pdf", "hosts.csv", "flowtables.csv", "rules.csv", "findings.csv",
				"report.md", "report.json"), files.stream().map(p -> p.getFileName().toString()).toList());

		String pdf = Tools.pdfText(out.resolve("report.pdf"));
		String md = Files.readString(out.resolve("report.md"));
		String html = Files.readString(out.resolve("report.html"));
		for (HostReport h : report.hosts()) {
			assertTrue(pdf.contains(h.name()), "PDF shows host " + h.name());
			assertTrue(html.contains(h.name()), "HTML shows host " + h.name());
			assertTrue(md.contains(MarkdownEscapes.of(h.name())), "Markdown shows host " + h.name());
			for (Report.FlowtableRow f : h.flowtables()) {
				assertTrue(pdf.contains(f.name()), "PDF shows flowtable " + f.name() + " of " + h.name());
				for (String device : f.devices()) {
					assertTrue(pdf.contains(device), "PDF shows device " + device + " of " + h.name());
				}
			}
			for (InterfaceRow i : h.interfaces()) {
				assertTrue(pdf.contains(i.name()), "PDF shows interface " + i.name() + " of " + h.name());
			}
		}
		for (Finding f : report.allFindings()) {
			assertTrue(pdf.contains(f.code()), "PDF shows finding " + f.code());
			assertTrue(html.contains(f.code()), "HTML shows finding " + f.code());
		}
		assertTrue(pdf.contains("Page 1 of "), "PDF pages are numbered");
		assertTrue(pdf.contains(report.header().fleetName() + " | " + report.header().scope()), "running header: " + pdf);
		assertWellFormedXhtml(out.resolve("report.html"));
		assertTrue(html.contains("<svg"), "HTML has an SVG chart");
		assertTrue(html.contains("Content-Security-Policy"), "HTML forbids script and remote resources");
		assertEquals(report.hosts().size(), csv(out.resolve("hosts.csv")).size());
		assertEquals(report.hosts().stream().mapToInt(h -> h.flowtables().size()).sum(),
				csv(out.resolve("flowtables.csv")).size());
		assertEquals(report.hosts().stream().mapToInt(h -> h.rules().size()).sum(), csv(out.resolve("rules.csv")).size());
		assertEquals(report.allFindings().size(), csv(out.resolve("findings.csv")).size());
		assertSchemaValid(out.resolve("report.json"));

		String outline = Tools.run(60, "pdfinfo", out.resolve("report.pdf").toString());
		assertTrue(outline.contains("Pages:"), outline);
		Path page = Tools.pdfPage(out.resolve("report.pdf"), 1, Tools.screenshots().resolve(shot + "-page1.png"));
		Tools.screenshot(out.resolve("report.html"), Tools.screenshots().resolve(shot + "-html.png"), 1280, 1700);
		assertTrue(Files.exists(page));
	}

	@Test
	void demoFleetInEveryFormatShowsEveryHostFlowtableDeviceAndFinding() throws Exception {
		Fleet demo = FleetFiles.load(TestFleets.demoFile());
		Report report = TestFleets.report(demo, TestFleets.demoFile(), ReportScope.fleet(), null, TestFleets.GENERATED);
		assertEquals(3, report.hosts().size());
		assertEquals("whole fleet: 3 hosts", report.header().scope());
		assertEquals(64, report.header().fleetSha256().length());
		assertEveryFormatShowsEverything(report, Tools.screenshots().resolve("report-demo"), "report-demo");
		HostReport fra = report.hosts().get(1);
		assertEquals("capable", fra.interfaces().get(0).hardwareOffload(), "mtk_soc_eth with hw-tc-offload on");
		HostReport ams = report.hosts().get(2);
		assertEquals("not capable", ams.interfaces().get(0).hardwareOffload());
		assertTrue(ams.interfaces().get(0).hardwareOffloadReason().contains("i40e"), ams.interfaces().get(0).toString());
		assertEquals(2, report.summary().hardwareOffloadInterfaces());
	}

	/**
	 * A measured offload effect ({@code measure --json}, read back as {@code report --effect} does)
	 * shows in every format beside the host it was measured on, and the JSON stays valid.
	 */
	@Test
	void theMeasuredOffloadEffectShowsInEveryFormat() throws Exception {
		Fleet demo = FleetFiles.load(TestFleets.demoFile());
		String measuredHost = demo.getHosts().get(0).getName();
		OffloadEffect.Result measured = OffloadEffect.Result.fromMap(new com.fasterxml.jackson.databind.ObjectMapper()
				.readValue("""
						{"bypassed":{"samples":9,"seconds":8,"slow_path_packets_per_second":2123.1,"softirq_share":0.18,
						"cpu_busy":1.0,"packets_per_second":2125.9,"bits_per_second":5.788E8,"offloaded_flows":0.0,
						"offloaded_flows_max":0},
						"active":{"samples":9,"seconds":8,"slow_path_packets_per_second":0.0,"softirq_share":0.19,
						"cpu_busy":1.0,"packets_per_second":1923.2,"bits_per_second":5.505E8,"offloaded_flows":1.0,
						"offloaded_flows_max":1},"slow_path_reduction":1.0}""", java.util.Map.class));
		Report report = ReportBuilder.build(new ReportBuilder.Request(demo, TestFleets.demoFile(), ReportScope.fleet(), null,
				null, null, "0.1.0.test", TestFleets.GENERATED).withEffects(java.util.Map.of(measuredHost, measured)));
		assertEquals(2123.1, report.hosts().get(0).effect().bypassed().slowPathPacketsPerSecond());
		assertEquals(null, report.hosts().get(1).effect(), "a host not measured has no effect");
		Path out = dir.resolve("effect");
		writeAll(report, out);
		String html = Files.readString(out.resolve("report.html"));
		assertTrue(html.contains("Offload effect (measured)") && html.contains("2123") && html.contains("100.0 % less"), html);
		String pdf = Tools.pdfText(out.resolve("report.pdf"));
		assertTrue(pdf.contains("Offload effect (measured)") && pdf.contains("2123.1") && pdf.contains("578.8"), pdf);
		String md = Files.readString(out.resolve("report.md"));
		assertTrue(md.contains("Offload effect (measured)") && md.contains(MarkdownEscapes.of("2123.1"))
				&& md.contains(MarkdownEscapes.of("100.0 % less")), md);
		CSVRecord first = csv(out.resolve("hosts.csv")).get(0);
		assertEquals("2123.1", first.get("effect_slow_path_bypassed_per_s"));
		assertEquals("1.0", first.get("effect_slow_path_reduction"));
		assertSchemaValid(out.resolve("report.json"));
		assertTrue(Files.readString(out.resolve("report.json")).contains("\"slowPathReduction\" : 1.0"));
	}

	@Test
	void fleetImportedFromTheEngineFixturesInEveryFormat() throws Exception {
		Fleet imported = TestFleets.imported();
		Path file = TestFleets.save(imported, dir, "imported");
		Report report = TestFleets.report(FleetFiles.load(file), file, ReportScope.fleet(), null, TestFleets.GENERATED);
		assertTrue(report.hosts().size() >= 8, report.hosts().size() + " hosts");
		assertTrue(report.summary().flowtablesByMode().get("hardware") > 0, report.summary().toString());
		assertTrue(report.summary().rules() > 0);
		assertEveryFormatShowsEverything(report, Tools.screenshots().resolve("report-imported"), "report-imported");
	}

	@Test
	void hostileNamesAndCommentsAreInertInEveryFormat() throws Exception {
		Fleet fleet = TestFleets.hostile();
		Path file = TestFleets.save(fleet, dir, "hostile");
		Report report = TestFleets.report(FleetFiles.load(file), file, ReportScope.fleet(), null, TestFleets.GENERATED);
		Path out = dir.resolve("out");
		writeAll(report, out);

		String html = Files.readString(out.resolve("report.html"));
		assertFalse(html.contains("<script"), "no script tag");
		assertFalse(html.contains("<img"), "no img tag");
		assertFalse(html.contains("<b>fleet"), "no markup from the fleet name");
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the host name is shown as text");
		assertWellFormedXhtml(out.resolve("report.html"));
		String dom = Tools.dumpDom(out.resolve("report.html"));
		assertFalse(dom.contains("<script"), "chromium's DOM has no script element");
		assertFalse(dom.contains("<img"), "chromium's DOM has no img element");
		assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is text in the browser too");
		Tools.screenshot(out.resolve("report.html"), Tools.screenshots().resolve("report-hostile-html.png"), 1280, 1400);

		String pdf = Tools.pdfText(out.resolve("report.pdf"));
		assertTrue(pdf.contains("<script>alert(1)</script>"), "PDF prints the name literally");
		assertTrue(pdf.contains("Zürich ½ –"), "non-ASCII survives in the PDF");

		for (String name : CsvRendererNames.FILES) {
			for (CSVRecord row : csv(out.resolve(name))) {
				for (String cell : row) {
					assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
							name + ": cell starts a formula: " + cell);
				}
			}
		}
		CSVRecord rule = csv(out.resolve("rules.csv")).get(0);
		assertEquals("'" + TestFleets.HOSTILE_COMMENT, rule.get("comment"), "the comment is kept whole, neutralised");
		CSVRecord host = csv(out.resolve("hosts.csv")).get(0);
		assertEquals(TestFleets.HOSTILE_NAME, host.get("host"));
		assertEquals("'-cmd.example.invalid", host.get("address"));
		assertEquals("'+root", host.get("user"));
		assertEquals("'=1+2", host.get("tags"));
		assertEquals("'-group\r\n<x>", host.get("groups"));

		String md = Files.readString(out.resolve("report.md"));
		assertFalse(md.replace("\\<", "").contains("<"), "Markdown has no unescaped '<', so no HTML tag");
		assertFalse(md.contains("[link](http"), "Markdown has no live link");
		assertFalse(md.lines().anyMatch(l -> l.startsWith("</td>")), "comment newline does not break the table");
		assertTrue(md.contains(MarkdownEscapes.of(TestFleets.HOSTILE_NAME)));

		assertSchemaValid(out.resolve("report.json"));
		Report back = org.nftoffload.report.internal.JsonRenderer.read(out.resolve("report.json"));
		assertEquals(TestFleets.HOSTILE_COMMENT, back.hosts().get(0).rules().get(0).comment(), "JSON keeps the value exact");
		assertEquals(report, back, "JSON reads back as the same report");

		for (Path f : Files.list(out).toList()) {
			String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
			assertFalse(text.contains("secret-keys"), f + " leaks the identity file path");
		}
	}

	static String generatedOnBlanked(String line, Instant at) {
		return line.replace(at.toString(), "T").replace(MarkdownEscapes.of(at.toString()), "T");
	}

	@Test
	void sameInputGivesTheSameBytesApartFromGeneratedOn() throws Exception {
		Fleet demo = FleetFiles.load(TestFleets.demoFile());
		Path file = TestFleets.save(demo, dir, "demo");
		Path a = dir.resolve("a");
		Path b = dir.resolve("b");
		Path c = dir.resolve("c");
		writeAll(TestFleets.report(FleetFiles.load(file), file, ReportScope.fleet(), null, TestFleets.GENERATED), a);
		writeAll(TestFleets.report(FleetFiles.load(file), file, ReportScope.fleet(), null, TestFleets.GENERATED), b);
		Instant later = TestFleets.GENERATED.plusSeconds(3600);
		writeAll(TestFleets.report(FleetFiles.load(file), file, ReportScope.fleet(), null, later), c);
		for (Path f : Files.list(a).sorted().toList()) {
			String name = f.getFileName().toString();
			assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(name)), name + " is deterministic");
			if (name.endsWith(".pdf")) {
				assertNotEquals(Tools.pdfText(f), Tools.pdfText(c.resolve(name)));
				assertEquals(Tools.pdfText(f).replace(TestFleets.GENERATED.toString(), "T"),
						Tools.pdfText(c.resolve(name)).replace(later.toString(), "T"), "PDF differs only in generated-on");
				continue;
			}
			List<String> before = Files.readAllLines(f);
			List<String> after = Files.readAllLines(c.resolve(name));
			assertEquals(before.size(), after.size(), name);
			List<String> differing = new ArrayList<>();
			for (int i = 0; i < before.size(); i++) {
				if (!before.get(i).equals(after.get(i))) {
					differing.add(before.get(i));
					assertEquals(generatedOnBlanked(before.get(i), TestFleets.GENERATED),
							generatedOnBlanked(after.get(i), later), name + " line " + (i + 1));
				}
			}
			if (!name.endsWith(".csv")) {
				assertFalse(differing.isEmpty(), name + " shows generated-on");
			}
		}
	}
}

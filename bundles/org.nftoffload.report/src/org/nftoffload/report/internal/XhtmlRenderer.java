package org.nftoffload.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nftoffload.report.Report;
import org.nftoffload.report.Report.Change;
import org.nftoffload.report.Report.Finding;
import org.nftoffload.report.Report.FlowtableRow;
import org.nftoffload.report.Report.HostChanges;
import org.nftoffload.report.Report.HostReport;
import org.nftoffload.report.Report.InterfaceRow;
import org.nftoffload.report.Report.Live;
import org.nftoffload.report.Report.ModuleRow;
import org.nftoffload.report.Report.RuleRow;
import org.nftoffload.report.Report.Sample;
import org.nftoffload.report.Report.Severity;

/**
 * The report as one XHTML document, for the browser (a self-contained .html: inline CSS, inline SVG
 * charts, a table of contents, a Content-Security-Policy that allows no script and no remote
 * resource) and for the PDF (the same sections with a running header and charts drawn as CSS bars,
 * which openhtmltopdf renders without an SVG plug-in). Host sections are written one after the
 * other straight to the writer. For the PDF the document is written in
 * {@link PdfPart parts} (contents, front matter, a batch of hosts, back matter), each laid out on its
 * own, so that the memory of the layout does not grow with the fleet; links between parts point at
 * {@link #PDF_ANCHOR} URIs that PdfRenderer turns into links to the page after merging.
 */
public final class XhtmlRenderer {

	private enum Target {
		HTML, PDF
	}

	/**
	 * The parts of the PDF, in the order they are laid out: the front matter first (summary and
	 * findings), then the hosts in batches, the back matter (changes, notes) and last the contents,
	 * which print the page of every section.
	 */
	public enum PdfPart {
		/** Title, report metadata and the table of contents (with the page numbers the other parts ended up on). */
		CONTENTS,
		/** Summary, findings and the Hosts heading. */
		FRONT,
		/** A batch of host sections; the last batch ends with the back matter, as the single document did. */
		HOSTS,
		/** Changes since the baseline and the notes, on their own only when the report has no host. */
		BACK
	}

	/**
	 * The prefix of a link target in a PDF part ({@code PDF_ANCHOR + "host-3"}): an external URI
	 * to openhtmltopdf, so the link is kept although its target is in another part; after merging,
	 * PdfRenderer points it at the target's page. The host never resolves ({@code .invalid}).
	 */
	public static final String PDF_ANCHOR = "https://anchor.nftoffload.invalid/#";

	/** The note every live report carries: the kernel fact that hides offloaded traffic from rule counters. */
	public static final String FORWARD_COUNTER_NOTE = "Forward-chain counters do not count offloaded packets: once a flow"
			+ " is offloaded its packets bypass the forward chain, so rule hit counts under-count offloaded traffic."
			+ " Use the offloaded-flow counts and the interface counters instead.";

	private static final String CSS = """
			body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #1d2733;
			  margin: 0 auto; max-width: 1100px; padding: 12px; }
			h1 { font-size: 18pt; margin: 0 0 6px 0; }
			h2 { font-size: 14pt; border-bottom: 2px solid #2b6cb0; padding-bottom: 2px; margin: 22px 0 8px 0; }
			h3 { font-size: 12pt; margin: 16px 0 6px 0; }
			h4 { font-size: 10.5pt; margin: 10px 0 4px 0; }
			table { border-collapse: collapse; width: 100%; margin: 4px 0 10px 0; }
			th, td { border: 1px solid #c5ccd6; padding: 2px 5px; text-align: left; vertical-align: top; }
			table.meta td, td.wrap { word-wrap: break-word; }
			th { background: #e8eef6; }
			table.meta th { width: 28%; }
			td.num { text-align: right; }
			.sev { padding: 0 4px; border-radius: 3px; color: #ffffff; font-size: 8.5pt; }
			.sev-error { background: #c53030; }
			.sev-warning { background: #b7560f; }
			.sev-info { background: #2b6cb0; }
			.verdict-capable { color: #276749; font-weight: bold; }
			.verdict-not { color: #9b2c2c; }
			.muted { color: #5a6775; }
			pre.diff { white-space: pre-wrap; word-wrap: break-word; font-family: "DejaVu Sans Mono", monospace;
			  font-size: 8pt; background: #f4f6f8; border: 1px solid #d5dbe3; padding: 4px; }
			.note { border-left: 4px solid #b7560f; background: #fdf3e7; padding: 4px 8px; margin: 6px 0; }
			nav ol { margin: 2px 0; }
			table.bars td { border: none; padding: 1px 4px; }
			table.bars td.label { width: 22%; }
			div.bar { height: 10px; background: #2b6cb0; }
			div.bar-none { background: #a0aec0; }
			div.bar-software { background: #2b6cb0; }
			div.bar-hardware { background: #276749; }
			div.bar-error { background: #c53030; }
			div.bar-warning { background: #b7560f; }
			div.bar-info { background: #2b6cb0; }
			table.spark td { border: none; padding: 0 1px; vertical-align: bottom; height: 60px; }
			""";

	private static final String PDF_CSS = """
			@page { size: A4; margin: 22mm 14mm 18mm 14mm;
			  @top-center { content: element(header); } }
			#running-header { position: running(header); font-size: 8pt; color: #5a6775; border-bottom: 1px solid #c5ccd6; }
			body { max-width: none; padding: 0; }
			a { color: #1d2733; text-decoration: none; }
			table { -fs-table-paginate: paginate; }
			section.host { page-break-before: always; }
			section.batch-start { page-break-before: auto; }
			.toc-page { color: #5a6775; }
			""";

	private final Report report;
	private final Target target;
	/** Set when writing one part of the PDF: the page number (from 1) of each anchor, for the contents. */
	private final Map<String, Integer> pages;
	private final boolean part;
	private Markup m;

	private XhtmlRenderer(Report report, Target target, Map<String, Integer> pages, boolean part) {
		this.report = report;
		this.target = target;
		this.pages = pages;
		this.part = part;
	}

	/** The HTML report, as one document (the PDF is laid out in parts: {@link #writePdfPart}). */
	public static void writeHtml(Report report, Writer out) throws IOException {
		new XhtmlRenderer(report, Target.HTML, null, false).write(out);
	}

	/**
	 * One part of the PDF as a document of its own. {@code from} and {@code to} (exclusive) are the
	 * hosts of a {@link PdfPart#HOSTS} batch; {@code pages} is the page (from 1) of every anchor in
	 * the merged PDF, which {@link PdfPart#CONTENTS} prints. Each part has a bookmark per anchor it
	 * holds, named by the anchor, from which PdfRenderer learns where the anchors ended up.
	 */
	public static void writePdfPart(Report report, PdfPart part, int from, int to, Map<String, Integer> pages, Writer out)
			throws IOException {
		XhtmlRenderer r = new XhtmlRenderer(report, Target.PDF, pages, true);
		r.m = new Markup(out);
		List<String> anchors = switch (part) {
		case CONTENTS -> List.of();
		case FRONT -> {
			List<String> a = new ArrayList<>(List.of("summary", "findings"));
			r.findingCodes().forEach(c -> a.add("finding-" + c));
			a.add("hosts");
			yield a;
		}
		case HOSTS -> {
			List<String> a = new ArrayList<>();
			for (int i = from; i < to; i++) {
				a.add("host-" + (i + 1));
			}
			if (to == report.hosts().size()) {
				a.addAll(r.backAnchors());
			}
			yield a;
		}
		case BACK -> r.backAnchors();
		};
		r.start(anchors);
		switch (part) {
		case CONTENTS -> {
			r.header();
			r.toc();
		}
		case FRONT -> {
			r.summary();
			r.findings();
			r.m.open("section", "id", "hosts").element("h2", "Hosts").end().newline();
		}
		case HOSTS -> {
			for (int i = from; i < to; i++) {
				r.host(report.hosts().get(i), i + 1, i == from);
				r.m.flush();
			}
			if (to == report.hosts().size()) {
				r.back();
			}
		}
		case BACK -> r.back();
		}
		r.m.end().newline().end().newline();
		r.m.flush();
	}

	private List<String> backAnchors() {
		return report.changes() == null ? List.of("notes") : List.of("changes", "notes");
	}

	private void back() throws IOException {
		if (report.changes() != null) {
			changes();
		}
		notes();
	}

	/** The target of a link to {@code anchor}: in the document, or across the PDF's parts. */
	private String href(String anchor) {
		return part ? PDF_ANCHOR + anchor : "#" + anchor;
	}

	/** Doctype, head (with a bookmark per anchor, named by it) and the opening of the body of a PDF part. */
	private void start(List<String> anchors) throws IOException {
		Report.Header h = report.header();
		m.raw("<!DOCTYPE html>");
		m.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").newline();
		m.open("head").newline();
		m.open("meta", "charset", "UTF-8");
		m.element("title", "Offload report: " + h.fleetName()).newline();
		m.element("style", CSS + PDF_CSS).newline();
		if (!anchors.isEmpty()) {
			m.open("bookmarks");
			for (String anchor : anchors) {
				m.open("bookmark", "name", anchor, "href", "#" + anchor).end();
			}
			m.end().newline();
		}
		m.end().newline();
		m.open("body").newline();
		m.element("div", h.fleetName() + " | " + h.scope() + " | " + h.generatedOn(), "id", "running-header").newline();
	}

	private void write(Writer out) throws IOException {
		m = new Markup(out);
		Report.Header h = report.header();
		m.raw("<!DOCTYPE html>");
		m.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").newline();
		m.open("head").newline();
		m.open("meta", "charset", "UTF-8");
		m.open("meta", "http-equiv", "Content-Security-Policy", "content",
				"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
		m.open("meta", "name", "generator", "content", "nft-offload Console " + h.consoleVersion());
		m.element("title", "Offload report: " + h.fleetName()).newline();
		m.element("style", CSS).newline();
		m.end().newline();
		m.open("body").newline();
		header();
		toc();
		summary();
		findings();
		m.open("section", "id", "hosts").element("h2", "Hosts").newline();
		int index = 0;
		for (HostReport host : report.hosts()) {
			host(host, ++index, false);
			m.flush();
		}
		m.end().newline();
		if (report.changes() != null) {
			changes();
		}
		notes();
		m.end().newline().end().newline();
		m.flush();
	}

	private void header() throws IOException {
		Report.Header h = report.header();
		m.open("header").newline();
		m.element("h1", "Offload report: " + h.fleetName());
		m.open("table", "class", "meta");
		row("Scope", h.scope());
		row("Fleet file", h.fleetFile() == null ? "(not saved)" : h.fleetFile());
		row("Fleet file SHA-256", h.fleetSha256() == null ? "-" : h.fleetSha256());
		row("Configuration time (UTC)", h.configurationTime() == null ? "-" : h.configurationTime());
		row("Generated on (UTC)", h.generatedOn());
		row("Live data", h.live() ? "yes: probe, live ruleset and statistics taken for this report" : "no: the model only");
		if (h.baseline() != null) {
			row("Baseline", h.baseline());
		}
		row("Console version", h.consoleVersion());
		m.end().newline().end().newline();
	}

	private void row(String key, String value) throws IOException {
		m.open("tr").element("th", key).element("td", value).end();
	}

	private void toc() throws IOException {
		m.open("nav", "id", "toc").element("h2", "Contents").open("ol");
		tocEntry("#summary", "Summary");
		m.open("li");
		tocLink("#findings", "Findings");
		m.open("ol");
		for (String code : findingCodes()) {
			tocEntry("#finding-" + code, code + " " + titleOf(code));
		}
		m.end().end();
		m.open("li");
		tocLink("#hosts", "Hosts");
		m.open("ol");
		int index = 0;
		for (HostReport host : report.hosts()) {
			tocEntry("#host-" + ++index, host.name());
		}
		m.end().end();
		if (report.changes() != null) {
			tocEntry("#changes", "Changes since the baseline");
		}
		tocEntry("#notes", "Notes");
		m.end().end().newline();
	}

	private void tocEntry(String href, String text) throws IOException {
		m.open("li");
		tocLink(href, text);
		m.end();
	}

	private void tocLink(String href, String text) throws IOException {
		if (pages == null) {
			m.element("a", text, "href", href, "class", "toc");
			return;
		}
		// A PDF part: the target is in another part, so its page is printed rather than counted.
		String anchor = href.substring(1);
		Integer page = pages.get(anchor);
		m.open("a", "href", href(anchor)).text(text);
		m.element("span", page == null ? "" : " ... p. " + page, "class", "toc-page").end();
	}

	private void summary() throws IOException {
		Report.Summary s = report.summary();
		m.open("section", "id", "summary").element("h2", "Summary");
		m.open("table", "class", "meta");
		row("Hosts", String.valueOf(s.hosts()));
		row("Flowtables by mode", String.join(", ", s.flowtablesByMode().entrySet().stream()
				.map(e -> e.getKey() + " " + e.getValue()).toList()));
		row("Offload rules", String.valueOf(s.rules()));
		row("Hosts with errors", String.valueOf(s.hostsWithErrors()));
		row("Hosts with warnings", String.valueOf(s.hostsWithWarnings()));
		row("Findings by severity", String.join(", ", s.findingsBySeverity().entrySet().stream()
				.map(e -> e.getKey() + " " + e.getValue()).toList()));
		row("Interfaces that can offload in hardware", s.hardwareOffloadInterfaces() + " of " + s.interfaces());
		row("Hosts in sync with the model", s.hostsInSync() == null ? "not checked (no live data)"
				: s.hostsInSync() + " of " + s.hostsCompared() + " compared");
		row("Hosts whose last apply succeeded", s.hostsLastApplied() + " of " + s.hosts());
		m.end();
		m.element("h3", "Flowtables by mode and findings by severity");
		Map<String, long[]> bars = new LinkedHashMap<>();
		s.flowtablesByMode().forEach((mode, n) -> bars.put("flowtables " + mode + "|" + mode, new long[] { n }));
		s.findingsBySeverity().forEach((sev, n) -> bars.put("findings " + sev + "|" + sev, new long[] { n }));
		barChart(bars);
		m.end().newline();
	}

	/** Horizontal bars: key "label|class", value. SVG in the browser, CSS bars in the PDF. */
	private void barChart(Map<String, long[]> bars) throws IOException {
		long max = Math.max(1, bars.values().stream().mapToLong(v -> v[0]).max().orElse(1));
		if (target == Target.PDF) {
			m.open("table", "class", "bars");
			for (Map.Entry<String, long[]> e : bars.entrySet()) {
				String[] parts = e.getKey().split("\\|");
				long percent = Math.max(e.getValue()[0] == 0 ? 0 : 1, e.getValue()[0] * 100 / max);
				m.open("tr").element("td", parts[0], "class", "label").open("td");
				m.element("div", "", "class", "bar bar-" + parts[1], "style", "width: " + percent + "%");
				m.end().element("td", String.valueOf(e.getValue()[0]), "class", "num").end();
			}
			m.end();
			return;
		}
		int rowHeight = 22;
		int width = 640;
		int labelWidth = 170;
		int height = rowHeight * bars.size() + 6;
		m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", String.valueOf(width), "height",
				String.valueOf(height), "viewBox", "0 0 " + width + " " + height, "role", "img", "aria-label",
				"Flowtables by mode and findings by severity");
		int y = 3;
		for (Map.Entry<String, long[]> e : bars.entrySet()) {
			String[] parts = e.getKey().split("\\|");
			long value = e.getValue()[0];
			long w = value * (width - labelWidth - 60) / max;
			m.element("text", parts[0], "x", "0", "y", String.valueOf(y + 15), "font-size", "12", "fill", "#1d2733");
			m.element("rect", "", "x", String.valueOf(labelWidth), "y", String.valueOf(y + 3), "width",
					String.valueOf(Math.max(value == 0 ? 0 : 2, w)), "height", "14", "fill", color(parts[1]));
			m.element("text", String.valueOf(value), "x", String.valueOf(labelWidth + Math.max(2, w) + 6), "y",
					String.valueOf(y + 15), "font-size", "12", "fill", "#1d2733");
			y += rowHeight;
		}
		m.end();
	}

	private static String color(String kind) {
		return switch (kind) {
		case "none" -> "#a0aec0";
		case "hardware" -> "#276749";
		case "error" -> "#c53030";
		case "warning" -> "#b7560f";
		default -> "#2b6cb0";
		};
	}

	private List<String> findingCodes() {
		Map<String, Severity> worst = new LinkedHashMap<>();
		for (Finding f : report.allFindings()) {
			worst.merge(f.code(), f.severity(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
		}
		List<String> codes = new ArrayList<>(worst.keySet());
		codes.sort(Comparator.comparing((String c) -> worst.get(c).ordinal()).thenComparing(c -> c));
		return codes;
	}

	private String titleOf(String code) {
		return report.allFindings().stream().filter(f -> f.code().equals(code)).findFirst().map(Finding::title).orElse("");
	}

	private void findings() throws IOException {
		m.open("section", "id", "findings").element("h2", "Findings");
		List<String> codes = findingCodes();
		if (codes.isEmpty()) {
			m.element("p", "No findings.");
		}
		Map<String, Integer> hostIndex = new LinkedHashMap<>();
		for (int i = 0; i < report.hosts().size(); i++) {
			hostIndex.put(report.hosts().get(i).name(), i + 1);
		}
		Map<String, List<Finding>> byCode = new LinkedHashMap<>();
		codes.forEach(c -> byCode.put(c, new ArrayList<>()));
		report.allFindings().forEach(f -> byCode.get(f.code()).add(f));
		for (String code : codes) {
			List<Finding> all = byCode.get(code);
			Finding first = all.get(0);
			m.open("section", "id", "finding-" + code).newline();
			m.open("h3").text(code + " ");
			severity(first.severity());
			m.text(" " + first.title() + " (" + all.size() + ")").end();
			m.open("p").element("strong", "Impact: ").text(first.impact()).end();
			m.open("p").element("strong", "Recommendation: ").text(first.recommendation()).end();
			m.open("table").open("tr").element("th", "Host").element("th", "Object").element("th", "Severity")
					.element("th", "Observation").end();
			for (Finding f : all) {
				m.open("tr").open("td");
				if (f.host() != null && hostIndex.containsKey(f.host())) {
					m.element("a", f.host(), "href", href("host-" + hostIndex.get(f.host())));
				} else {
					m.text(f.host() == null ? "(fleet)" : f.host());
				}
				m.end().element("td", f.object()).open("td");
				severity(f.severity());
				m.end().element("td", f.observation()).end();
			}
			m.end().end().newline();
		}
		m.end().newline();
	}

	private void severity(Severity severity) throws IOException {
		m.element("span", severity.label(), "class", "sev sev-" + severity.label());
	}

	/** {@code batchStart}: the first host of a PDF part, which starts on the part's first page anyway. */
	private void host(HostReport h, int index, boolean batchStart) throws IOException {
		m.open("section", "id", "host-" + index, "class", batchStart ? "host batch-start" : "host").newline();
		m.element("h3", h.name());
		m.open("table", "class", "meta");
		row("Address", (h.address() == null ? "-" : h.address()) + ":" + h.port() + (h.user() == null ? "" : " as " + h.user()));
		row("Groups", h.groups().isEmpty() ? "-" : String.join(", ", h.groups()));
		row("Tags", h.tags().isEmpty() ? "-" : String.join(", ", h.tags()));
		row("Console table", h.tableName());
		Report.Platform p = h.platform();
		row("Distribution", orUnknown(p.distribution()));
		row("Kernel", orUnknown(p.kernelRelease()));
		row("Probed", p.probeTime() == null ? "never" : p.probeTime() + (p.source().equals("live") ? " (live, this report)" : ""));
		row("Software flowtables / counter / hardware offload", yesNo(p.softwareFlowtables()) + " / "
				+ yesNo(p.flowtableCounter()) + " / " + yesNo(p.hardwareOffload()));
		row("Modules", p.modules().isEmpty() ? "unknown" : String.join(", ", p.modules().stream()
				.map((ModuleRow mod) -> mod.name() + " " + mod.status()).toList()));
		if (!p.sysctls().isEmpty()) {
			row("Sysctls", String.join(", ", p.sysctls().stream().map(x -> x.name() + " = " + x.value()).toList()));
		}
		Report.LastApply last = h.lastApply();
		row("Last apply", last.status() + (last.time() == null ? "" : " at " + last.time())
				+ (last.message() == null || last.message().isBlank() ? "" : ": " + last.message()));
		m.end();

		m.element("h4", "Interfaces");
		if (h.interfaces().isEmpty()) {
			m.element("p", "No interfaces known: probe the host.", "class", "muted");
		} else {
			m.open("table").open("tr");
			for (String c : List.of("Name", "Kind", "Driver", "hw-tc-offload", "Up", "Present", "Hardware offload", "Why")) {
				m.element("th", c);
			}
			m.end();
			for (InterfaceRow i : h.interfaces()) {
				m.open("tr").element("td", i.name()).element("td", i.kind()).element("td", orUnknown(i.driver()))
						.element("td", i.hwTcOffload()).element("td", yesNo(i.up())).element("td", yesNo(i.present()));
				m.element("td", i.hardwareOffload(), "class", "capable".equals(i.hardwareOffload()) ? "verdict-capable"
						: "not capable".equals(i.hardwareOffload()) ? "verdict-not" : null);
				m.element("td", i.hardwareOffloadReason()).end();
			}
			m.end();
		}

		m.element("h4", "Flowtables");
		if (h.flowtables().isEmpty()) {
			m.element("p", "No flowtables.", "class", "muted");
		} else {
			m.open("table").open("tr");
			for (String c : List.of("Name", "Family", "Mode", "Devices", "Counter", "Priority", "Hook")) {
				m.element("th", c);
			}
			m.end();
			for (FlowtableRow f : h.flowtables()) {
				m.open("tr").element("td", f.name()).element("td", f.family()).element("td", f.mode())
						.element("td", String.join(", ", f.devices())).element("td", f.counter() ? "yes" : "no")
						.element("td", String.valueOf(f.priority()), "class", "num").element("td", f.hook()).end();
			}
			m.end();
		}

		m.element("h4", "Offload rules");
		boolean live = h.live() != null && h.live().error() == null;
		if (h.rules().isEmpty()) {
			m.element("p", "No offload rules.", "class", "muted");
		} else {
			m.open("table").open("tr");
			List<String> columns = new ArrayList<>(List.of("#", "Flowtable", "Match", "Comment"));
			if (live) {
				columns.addAll(List.of("Handle", "Packets", "Bytes"));
			}
			for (String c : columns) {
				m.element("th", c);
			}
			m.end();
			for (RuleRow r : h.rules()) {
				m.open("tr").element("td", String.valueOf(r.index()), "class", "num").element("td", "@" + r.flowtable())
						.element("td", r.match()).element("td", r.comment() == null ? "" : r.comment());
				if (live) {
					m.element("td", r.handle() == null ? "not on host" : String.valueOf(r.handle()), "class", "num")
							.element("td", r.packets() == null ? "no counter" : String.valueOf(r.packets()), "class", "num")
							.element("td", r.bytes() == null ? "" : String.valueOf(r.bytes()), "class", "num");
				}
				m.end();
			}
			m.end();
		}

		m.element("h4", "Findings");
		if (h.findings().isEmpty()) {
			m.element("p", "No findings.", "class", "muted");
		} else {
			m.open("ul");
			for (Finding f : h.findings()) {
				m.open("li").element("a", f.code(), "href", href("finding-" + f.code())).text(" ");
				severity(f.severity());
				m.text(" " + f.object() + ": " + f.observation()).end();
			}
			m.end();
		}
		if (h.live() != null) {
			live(h.live());
		}
		if (h.effect() != null) {
			effect(h.effect());
		}
		m.end().newline();
	}

	/** The measured offload effect: each quantity bypassed and active, side by side. */
	private void effect(Report.Effect effect) throws IOException {
		m.element("h4", "Offload effect (measured)");
		Report.EffectPhase off = effect.bypassed();
		Report.EffectPhase on = effect.active();
		m.open("table").open("tr").element("th", "").element("th", "Offload bypassed (" + off.seconds() + " s)")
				.element("th", "Offload active (" + on.seconds() + " s)").end();
		effectRow("Slow path packets/s (offload rules' counters)", rate(off.slowPathPacketsPerSecond()),
				rate(on.slowPathPacketsPerSecond()));
		effectRow("Softirq share of CPU", percent(off.softirqShare()), percent(on.softirqShare()));
		effectRow("CPU busy", percent(off.cpuBusy()), percent(on.cpuBusy()));
		effectRow("Packets/s in (flowtable devices)", rate(off.packetsPerSecond()), rate(on.packetsPerSecond()));
		effectRow("Throughput in, Mbit/s", off.bitsPerSecond() == null ? "-"
				: String.format(Locale.ROOT, "%.1f", off.bitsPerSecond() / 1e6), on.bitsPerSecond() == null ? "-"
						: String.format(Locale.ROOT, "%.1f", on.bitsPerSecond() / 1e6));
		effectRow("Offloaded flows (mean)", String.format(Locale.ROOT, "%.1f", off.offloadedFlows()),
				String.format(Locale.ROOT, "%.1f", on.offloadedFlows()));
		m.end();
		m.element("p", effect.slowPathReduction() == null ? "No slow-path traffic to compare while bypassed."
				: String.format(Locale.ROOT, "With offload the slow path carried %.1f %% less.", 100 * effect.slowPathReduction()));
	}

	private void effectRow(String what, String bypassed, String active) throws IOException {
		m.open("tr").element("td", what).element("td", bypassed).element("td", active).end();
	}

	private static String percent(Double share) {
		return share == null ? "-" : String.format(Locale.ROOT, "%.1f %%", share * 100);
	}

	private void live(Live live) throws IOException {
		m.element("h4", "Live data");
		if (live.error() != null) {
			m.element("p", "No live data: " + live.error(), "class", "note");
			return;
		}
		m.open("table", "class", "meta");
		row("Taken at (UTC)", live.takenAt());
		row("In sync with the model", live.inSync() == null ? "unknown" : live.inSync() ? "yes: the diff is empty"
				: "no: " + live.changes().size() + " difference(s)");
		row("Offloaded flows (software / hardware)", num(live.offloadedSoftware()) + " / " + num(live.offloadedHardware()));
		row("Tracked connections", num(live.conntrackTotal()));
		row("Packets/s in (all interfaces)", rate(live.packetsInPerSecond()));
		row("Slow path packets/s (forward chain)", rate(live.slowPathPacketsPerSecond()));
		row("CPU busy", live.cpuBusy() == null ? "-" : String.format(Locale.ROOT, "%.1f %%", live.cpuBusy() * 100));
		m.end();
		if (!live.changes().isEmpty()) {
			m.open("ul");
			for (String c : live.changes()) {
				m.element("li", c);
			}
			m.end();
		}
		if (live.diff() != null && !live.diff().isBlank()) {
			m.element("pre", live.diff(), "class", "diff");
		}
		if (!live.samples().isEmpty()) {
			m.element("p", "Offloaded flows and packet rates over the last " + duration(live.samples()) + ":");
			seriesChart(live.samples());
		}
		m.element("p", FORWARD_COUNTER_NOTE, "class", "note");
	}

	private static String duration(List<Sample> samples) {
		long seconds = samples.get(samples.size() - 1).time() - samples.get(0).time();
		return seconds >= 120 ? seconds / 60 + " minutes" : seconds + " seconds";
	}

	/** Offloaded flows (bars) and packets in / slow path per second (lines), each scaled to its maximum. */
	private void seriesChart(List<Sample> samples) throws IOException {
		long maxFlows = Math.max(1, samples.stream().mapToLong(s -> s.offloadedSoftware() + s.offloadedHardware()).max()
				.orElse(1));
		double maxRate = Math.max(1, samples.stream().mapToDouble(s -> Math.max(value(s.packetsInPerSecond()),
				value(s.slowPathPacketsPerSecond()))).max().orElse(1));
		String legend = "offloaded flows (max " + maxFlows + "), packets/s in and slow path (max "
				+ String.format(Locale.ROOT, "%.0f", maxRate) + ")";
		if (target == Target.PDF) {
			m.open("table", "class", "spark").open("tr");
			for (Sample s : samples) {
				long flows = s.offloadedSoftware() + s.offloadedHardware();
				m.open("td").element("div", "", "class", "bar bar-software", "style", "width: 8px; height: "
						+ Math.max(1, flows * 56 / maxFlows) + "px").end();
				m.open("td").element("div", "", "class", "bar bar-none", "style", "width: 8px; height: "
						+ Math.max(1, Math.round(value(s.packetsInPerSecond()) * 56 / maxRate)) + "px").end();
			}
			m.end().end();
			m.element("p", "Blue: " + legend.replace(", packets", "; grey: packets").replace(" and slow path", ""),
					"class", "muted");
			return;
		}
		int width = 640;
		int height = 170;
		int plot = 140;
		int n = samples.size();
		double step = n > 1 ? (double) (width - 20) / (n - 1) : 0;
		m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", String.valueOf(width), "height",
				String.valueOf(height), "viewBox", "0 0 " + width + " " + height, "role", "img", "aria-label", legend);
		m.element("rect", "", "x", "0", "y", "0", "width", String.valueOf(width), "height", String.valueOf(plot + 4), "fill",
				"#f4f6f8");
		for (int i = 0; i < n; i++) {
			Sample s = samples.get(i);
			long h = (s.offloadedSoftware() + s.offloadedHardware()) * (plot - 10) / maxFlows;
			double x = 10 + i * step;
			m.element("rect", "", "x", fmt(x - 4), "y", String.valueOf(plot - h), "width", "8", "height", String.valueOf(h),
					"fill", "#2b6cb0", "fill-opacity", "0.6");
		}
		polyline(samples, step, plot, maxRate, true, "#b7560f");
		polyline(samples, step, plot, maxRate, false, "#276749");
		m.element("text", "bars: offloaded flows (max " + maxFlows + ")   orange: packets/s in   green: slow path packets/s (max "
				+ String.format(Locale.ROOT, "%.0f", maxRate) + ")", "x", "0", "y", String.valueOf(height - 6), "font-size",
				"11", "fill", "#1d2733");
		m.end();
	}

	private void polyline(List<Sample> samples, double step, int plot, double max, boolean in, String color)
			throws IOException {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < samples.size(); i++) {
			Double v = in ? samples.get(i).packetsInPerSecond() : samples.get(i).slowPathPacketsPerSecond();
			if (v == null) {
				continue;
			}
			points.append(fmt(10 + i * step)).append(',').append(fmt(plot - v * (plot - 10) / max)).append(' ');
		}
		if (!points.isEmpty()) {
			m.element("polyline", "", "points", points.toString().strip(), "fill", "none", "stroke", color, "stroke-width",
					"2");
		}
	}

	private void changes() throws IOException {
		Report.Changes c = report.changes();
		m.open("section", "id", "changes").element("h2", "Changes since the baseline");
		m.element("p", "Baseline: " + c.baseline() + (c.baselineGeneratedOn() == null ? "" : " (" + c.baselineGeneratedOn()
				+ ")"));
		long changed = c.hosts().stream().filter(hc -> !hc.status().equals("unchanged")).count();
		m.element("p", changed + " of " + c.hosts().size() + " host(s) added, removed or changed.");
		for (HostChanges hc : c.hosts()) {
			if (hc.status().equals("unchanged")) {
				continue;
			}
			m.element("h3", hc.host() + ": " + hc.status());
			m.open("table").open("tr").element("th", "Kind").element("th", "Change").element("th", "Object")
					.element("th", "Before").element("th", "After").end();
			for (Change ch : hc.changes()) {
				m.open("tr").element("td", ch.kind()).element("td", ch.action()).element("td", ch.object())
						.element("td", ch.before() == null ? "" : ch.before()).element("td", ch.after() == null ? "" : ch.after())
						.end();
			}
			m.end();
		}
		m.end().newline();
	}

	private void notes() throws IOException {
		m.open("section", "id", "notes").element("h2", "Notes");
		m.open("ul");
		m.element("li", FORWARD_COUNTER_NOTE);
		m.element("li", "Hardware offload verdicts come from the probe's dry run (nft -c with flags offload) when live data"
				+ " was taken, otherwise from the driver, hw-tc-offload and eswitch mode the last probe saw.");
		m.element("li", "Codes NFTO1xx are the validator's (docs/nft-engine.md), NFTO2xx the report's offload findings.");
		m.element("li", "Unknown means not probed or not reported by the host; it is not the same as no.");
		m.end().end().newline();
	}

	private static String orUnknown(String value) {
		return value == null || value.isBlank() ? "unknown" : value;
	}

	private static String yesNo(Boolean value) {
		return value == null ? "unknown" : value ? "yes" : "no";
	}

	private static String num(Long value) {
		return value == null ? "-" : String.valueOf(value);
	}

	private static String rate(Double value) {
		return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
	}

	private static double value(Double v) {
		return v == null ? 0 : v;
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.1f", v);
	}
}

package org.nftoffload.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nftoffload.report.Report;
import org.nftoffload.report.Report.Change;
import org.nftoffload.report.Report.Finding;
import org.nftoffload.report.Report.FlowtableRow;
import org.nftoffload.report.Report.HostChanges;
import org.nftoffload.report.Report.HostReport;
import org.nftoffload.report.Report.InterfaceRow;
import org.nftoffload.report.Report.Live;
import org.nftoffload.report.Report.RuleRow;

/**
 * The report as Markdown (CommonMark with GitHub tables), for tickets and merge requests. Every
 * value from the fleet or a host goes through {@link #escape}: all ASCII punctuation is
 * backslash-escaped (CommonMark makes any escaped punctuation literal, so no value can open a link,
 * an HTML tag, emphasis or a table cell), and line breaks become spaces.
 */
public final class MarkdownRenderer {

	private final Writer out;

	private MarkdownRenderer(Writer out) {
		this.out = out;
	}

	public static void write(Report report, Writer out) throws IOException {
		new MarkdownRenderer(out).write(report);
		out.flush();
	}

	/** Literal text in CommonMark: punctuation escaped, no line breaks. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\t') {
				b.append(' ');
			} else if (c < 0x20 || c == 0x7f) {
				b.append('\uFFFD');
			} else if (c < 0x80 && !Character.isLetterOrDigit(c) && c != ' ') {
				b.append('\\').append(c);
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}

	private void line(String text) throws IOException {
		out.write(text);
		out.write('\n');
	}

	private void table(List<String> header, List<List<String>> rows) throws IOException {
		tableHeader(header);
		for (List<String> row : rows) {
			tableRow(row);
		}
		line("");
	}

	private void tableHeader(List<String> header) throws IOException {
		line("| " + String.join(" | ", header) + " |");
		line("|" + " --- |".repeat(header.size()));
	}

	private void tableRow(List<String> row) throws IOException {
		List<String> cells = new ArrayList<>();
		row.forEach(c -> cells.add(escape(c)));
		line("| " + String.join(" | ", cells) + " |");
	}

	private void write(Report report) throws IOException {
		Report.Header h = report.header();
		line("# Offload report: " + escape(h.fleetName()));
		line("");
		table(List.of("", ""), List.of(List.of("Scope", h.scope()),
				List.of("Fleet file", h.fleetFile() == null ? "(not saved)" : h.fleetFile()),
				List.of("Fleet file SHA-256", h.fleetSha256() == null ? "-" : h.fleetSha256()),
				List.of("Configuration time (UTC)", h.configurationTime() == null ? "-" : h.configurationTime()),
				List.of("Generated on (UTC)", h.generatedOn()), List.of("Live data", h.live() ? "yes" : "no"),
				List.of("Baseline", h.baseline() == null ? "-" : h.baseline()), List.of("Console version", h.consoleVersion())));
		Report.Summary s = report.summary();
		line("## Summary");
		line("");
		table(List.of("", ""), List.of(List.of("Hosts", String.valueOf(s.hosts())),
				List.of("Flowtables by mode", String.join(", ", s.flowtablesByMode().entrySet().stream()
						.map(e -> e.getKey() + " " + e.getValue()).toList())),
				List.of("Offload rules", String.valueOf(s.rules())),
				List.of("Hosts with errors", String.valueOf(s.hostsWithErrors())),
				List.of("Hosts with warnings", String.valueOf(s.hostsWithWarnings())),
				List.of("Findings by severity", String.join(", ", s.findingsBySeverity().entrySet().stream()
						.map(e -> e.getKey() + " " + e.getValue()).toList())),
				List.of("Interfaces that can offload in hardware", s.hardwareOffloadInterfaces() + " of " + s.interfaces()),
				List.of("Hosts in sync with the model", s.hostsInSync() == null ? "not checked (no live data)"
						: s.hostsInSync() + " of " + s.hostsCompared()),
				List.of("Hosts whose last apply succeeded", s.hostsLastApplied() + " of " + s.hosts())));
		line("## Findings");
		line("");
		List<Finding> all = report.allFindings();
		if (all.isEmpty()) {
			line("No findings.");
			line("");
		}
		List<String> codes = all.stream().map(Finding::code).distinct().sorted().toList();
		for (String code : codes) {
			List<Finding> of = all.stream().filter(f -> f.code().equals(code)).toList();
			line("### " + escape(code + " " + of.get(0).title()) + " \\(" + of.size() + "\\)");
			line("");
			line("**Impact:** " + escape(of.get(0).impact()));
			line("");
			line("**Recommendation:** " + escape(of.get(0).recommendation()));
			line("");
			// Row by row to the writer: this table grows with the fleet.
			tableHeader(List.of("Host", "Object", "Severity", "Observation"));
			for (Finding f : of) {
				tableRow(List.of(f.host() == null ? "(fleet)" : f.host(), f.object(), f.severity().label(), f.observation()));
			}
			line("");
		}
		line("## Hosts");
		line("");
		for (HostReport host : report.hosts()) {
			host(host);
		}
		if (report.changes() != null) {
			line("## Changes since the baseline");
			line("");
			line("Baseline: " + escape(report.changes().baseline()));
			line("");
			for (HostChanges hc : report.changes().hosts()) {
				if (hc.status().equals("unchanged")) {
					continue;
				}
				line("### " + escape(hc.host() + ": " + hc.status()));
				line("");
				List<List<String>> rows = new ArrayList<>();
				for (Change c : hc.changes()) {
					rows.add(List.of(c.kind(), c.action(), c.object(), c.before() == null ? "" : c.before(),
							c.after() == null ? "" : c.after()));
				}
				table(List.of("Kind", "Change", "Object", "Before", "After"), rows);
			}
		}
		line("## Notes");
		line("");
		line("- " + escape(XhtmlRenderer.FORWARD_COUNTER_NOTE));
		line("- Codes NFTO1xx are the validator's, NFTO2xx the report's offload findings\\.");
	}

	private void host(HostReport h) throws IOException {
		line("### " + escape(h.name()));
		line("");
		Report.Platform p = h.platform();
		table(List.of("", ""), List.of(List.of("Address", (h.address() == null ? "-" : h.address()) + ":" + h.port()),
				List.of("Groups", String.join(", ", h.groups())), List.of("Tags", String.join(", ", h.tags())),
				List.of("Distribution", p.distribution() == null ? "unknown" : p.distribution()),
				List.of("Kernel", p.kernelRelease() == null ? "unknown" : p.kernelRelease()),
				List.of("Probed", p.probeTime() == null ? "never" : p.probeTime()),
				List.of("Last apply", h.lastApply().status() + (h.lastApply().time() == null ? "" : " at " + h.lastApply().time())),
				List.of("Sysctls", String.join(", ", p.sysctls().stream().map(x -> x.name() + " = " + x.value()).toList())),
				List.of("Modules", String.join(", ", p.modules().stream().map(mod -> mod.name() + " " + mod.status()).toList()))));
		if (!h.interfaces().isEmpty()) {
			List<List<String>> rows = new ArrayList<>();
			for (InterfaceRow i : h.interfaces()) {
				rows.add(List.of(i.name(), i.kind(), i.driver() == null ? "unknown" : i.driver(), i.hwTcOffload(),
						i.hardwareOffload(), i.hardwareOffloadReason()));
			}
			table(List.of("Interface", "Kind", "Driver", "hw-tc-offload", "Hardware offload", "Why"), rows);
		}
		if (!h.flowtables().isEmpty()) {
			List<List<String>> rows = new ArrayList<>();
			for (FlowtableRow f : h.flowtables()) {
				rows.add(List.of(f.name(), f.family(), f.mode(), String.join(", ", f.devices()), f.counter() ? "yes" : "no",
						String.valueOf(f.priority())));
			}
			table(List.of("Flowtable", "Family", "Mode", "Devices", "Counter", "Priority"), rows);
		}
		if (!h.rules().isEmpty()) {
			List<List<String>> rows = new ArrayList<>();
			for (RuleRow r : h.rules()) {
				rows.add(List.of(String.valueOf(r.index()), "@" + r.flowtable(), r.match(), r.comment() == null ? "" : r.comment(),
						r.handle() == null ? "" : String.valueOf(r.handle()), r.packets() == null ? "" : String.valueOf(r.packets())));
			}
			table(List.of("#", "Flowtable", "Match", "Comment", "Handle", "Packets"), rows);
		}
		for (Finding f : h.findings()) {
			line("- " + escape(f.code() + " " + f.severity().label() + " " + f.object() + ": " + f.observation()));
		}
		if (!h.findings().isEmpty()) {
			line("");
		}
		Report.Effect effect = h.effect();
		if (effect != null) {
			Report.EffectPhase off = effect.bypassed();
			Report.EffectPhase on = effect.active();
			table(List.of("Offload effect (measured)", "Bypassed (" + off.seconds() + " s)", "Active (" + on.seconds() + " s)"),
					List.of(List.of("Slow path packets/s", fmt(off.slowPathPacketsPerSecond()), fmt(on.slowPathPacketsPerSecond())),
							List.of("Softirq share of CPU, %", fmt(percent(off.softirqShare())), fmt(percent(on.softirqShare()))),
							List.of("CPU busy, %", fmt(percent(off.cpuBusy())), fmt(percent(on.cpuBusy()))),
							List.of("Packets/s in (flowtable devices)", fmt(off.packetsPerSecond()), fmt(on.packetsPerSecond())),
							List.of("Throughput in, Mbit/s", fmt(mega(off.bitsPerSecond())), fmt(mega(on.bitsPerSecond()))),
							List.of("Offloaded flows (mean)", fmt(off.offloadedFlows()), fmt(on.offloadedFlows())),
							List.of("Slow path with offload", "", effect.slowPathReduction() == null ? "-"
									: fmt(100 * effect.slowPathReduction()) + " % less")));
		}
		Live l = h.live();
		if (l != null) {
			if (l.error() != null) {
				line("Live data: none \\(" + escape(l.error()) + "\\)");
				line("");
				return;
			}
			table(List.of("Live", ""), List.of(List.of("In sync", l.inSync() == null ? "unknown" : l.inSync() ? "yes" : "no"),
					List.of("Offloaded flows (software / hardware)", l.offloadedSoftware() + " / " + l.offloadedHardware()),
					List.of("Packets/s in", fmt(l.packetsInPerSecond())),
					List.of("Slow path packets/s", fmt(l.slowPathPacketsPerSecond())),
					List.of("CPU busy", l.cpuBusy() == null ? "-" : fmt(l.cpuBusy() * 100) + " %")));
			if (l.diff() != null && !l.diff().isBlank()) {
				// A fence longer than any backtick run in the diff keeps it literal.
				int longest = 0;
				int run = 0;
				for (char c : l.diff().toCharArray()) {
					run = c == '`' ? run + 1 : 0;
					longest = Math.max(longest, run);
				}
				String fence = "`".repeat(Math.max(3, longest + 1));
				line(fence + "diff");
				line(l.diff().stripTrailing());
				line(fence);
				line("");
			}
		}
	}

	private static Double percent(Double share) {
		return share == null ? null : share * 100;
	}

	private static Double mega(Double bits) {
		return bits == null ? null : bits / 1e6;
	}

	private static String fmt(Double value) {
		return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
	}
}

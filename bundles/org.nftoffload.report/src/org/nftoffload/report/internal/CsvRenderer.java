package org.nftoffload.report.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nftoffload.report.Report;
import org.nftoffload.report.Report.Change;
import org.nftoffload.report.Report.Finding;
import org.nftoffload.report.Report.FlowtableRow;
import org.nftoffload.report.Report.HostChanges;
import org.nftoffload.report.Report.HostReport;
import org.nftoffload.report.Report.Live;
import org.nftoffload.report.Report.RuleRow;
import org.nftoffload.report.Report.Severity;

/**
 * The report as CSV for spreadsheets: hosts.csv, flowtables.csv, rules.csv, findings.csv (and
 * changes.csv with a baseline), written by commons-csv (RFC 4180 quoting). Text cells that a
 * spreadsheet would take for a formula (starting with = + - @, tab or CR) are prefixed with a
 * quote, as OWASP advises for CSV injection; numbers stay numbers.
 */
public final class CsvRenderer {

	public static final List<String> FILES = List.of("hosts.csv", "flowtables.csv", "rules.csv", "findings.csv");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180;

	private CsvRenderer() {
	}

	/** Writes the files into {@code dir}; returns the paths written. */
	public static List<Path> write(Report report, Path dir) throws IOException {
		List<Path> written = new ArrayList<>();
		written.add(write(dir.resolve("hosts.csv"), csv -> hosts(report, csv)));
		written.add(write(dir.resolve("flowtables.csv"), csv -> flowtables(report, csv)));
		written.add(write(dir.resolve("rules.csv"), csv -> rules(report, csv)));
		written.add(write(dir.resolve("findings.csv"), csv -> findings(report, csv)));
		if (report.changes() != null) {
			written.add(write(dir.resolve("changes.csv"), csv -> changes(report, csv)));
		}
		return written;
	}

	private interface Body {
		void print(CSVPrinter csv) throws IOException;
	}

	private static Path write(Path file, Body body) throws IOException {
		try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
			body.print(csv);
		}
		return file;
	}

	private static void hosts(Report report, CSVPrinter csv) throws IOException {
		row(csv, "host", "address", "port", "user", "groups", "tags", "distribution", "kernel", "probed", "interfaces",
				"hardware_offload_interfaces", "flowtables", "rules", "errors", "warnings", "infos", "last_apply",
				"last_apply_time", "in_sync",
				"offloaded_software", "offloaded_hardware", "packets_in_per_s", "slow_path_packets_per_s", "cpu_busy",
				"live_error", "effect_slow_path_bypassed_per_s", "effect_slow_path_active_per_s", "effect_slow_path_reduction");
		for (HostReport h : report.hosts()) {
			Live l = h.live();
			Report.Effect e = h.effect();
			row(csv, h.name(), h.address(), h.port(), h.user(), String.join(" ", h.groups()), String.join(" ", h.tags()),
					h.platform().distribution(), h.platform().kernelRelease(), h.platform().probeTime(),
					h.interfaces().size(), h.interfaces().stream().filter(i -> "capable".equals(i.hardwareOffload())).count(),
					h.flowtables().size(), h.rules().size(), h.count(Severity.ERROR), h.count(Severity.WARNING),
					h.count(Severity.INFO), h.lastApply().status(), h.lastApply().time(), l == null || l.inSync() == null ? null : l.inSync() ? "yes" : "no",
					l == null ? null : l.offloadedSoftware(), l == null ? null : l.offloadedHardware(),
					l == null ? null : l.packetsInPerSecond(), l == null ? null : l.slowPathPacketsPerSecond(),
					l == null ? null : l.cpuBusy(), l == null ? null : l.error(),
					e == null ? null : e.bypassed().slowPathPacketsPerSecond(),
					e == null ? null : e.active().slowPathPacketsPerSecond(), e == null ? null : e.slowPathReduction());
		}
	}

	private static void flowtables(Report report, CSVPrinter csv) throws IOException {
		row(csv, "host", "flowtable", "family", "mode", "devices", "counter", "priority", "hook");
		for (HostReport h : report.hosts()) {
			for (FlowtableRow f : h.flowtables()) {
				row(csv, h.name(), f.name(), f.family(), f.mode(), String.join(" ", f.devices()), f.counter() ? "yes" : "no",
						f.priority(), f.hook());
			}
		}
	}

	private static void rules(Report report, CSVPrinter csv) throws IOException {
		row(csv, "host", "rule", "flowtable", "match", "comment", "handle", "packets", "bytes");
		for (HostReport h : report.hosts()) {
			for (RuleRow r : h.rules()) {
				row(csv, h.name(), r.index(), r.flowtable(), r.match(), r.comment(), r.handle(), r.packets(), r.bytes());
			}
		}
	}

	private static void findings(Report report, CSVPrinter csv) throws IOException {
		row(csv, "code", "severity", "title", "host", "object", "observation", "impact", "recommendation");
		for (Finding f : report.allFindings()) {
			row(csv, f.code(), f.severity().label(), f.title(), f.host(), f.object(), f.observation(), f.impact(),
					f.recommendation());
		}
	}

	private static void changes(Report report, CSVPrinter csv) throws IOException {
		row(csv, "host", "host_status", "kind", "action", "object", "before", "after");
		for (HostChanges hc : report.changes().hosts()) {
			for (Change c : hc.changes()) {
				row(csv, hc.host(), hc.status(), c.kind(), c.action(), c.object(), c.before(), c.after());
			}
		}
	}

	private static void row(CSVPrinter csv, Object... values) throws IOException {
		List<Object> cells = new ArrayList<>(values.length);
		for (Object value : values) {
			cells.add(value instanceof String s ? neutralise(s) : value);
		}
		csv.printRecord(cells);
	}

	/** OWASP's advice against CSV injection: a leading quote makes a spreadsheet read the cell as text. */
	public static String neutralise(String cell) {
		if (cell.isEmpty()) {
			return cell;
		}
		char c = cell.charAt(0);
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
	}
}

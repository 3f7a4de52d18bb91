package org.nftoffload.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nftoffload.fleet.FleetFileException;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.report.Report.Change;
import org.nftoffload.report.Report.FlowtableRow;
import org.nftoffload.report.Report.HostChanges;
import org.nftoffload.report.Report.HostReport;
import org.nftoffload.report.Report.RuleRow;
import org.nftoffload.report.internal.JsonRenderer;

/**
 * What changed since a baseline: an earlier fleet file ({@code *.nftfleet}) or an earlier report's
 * JSON. Hosts are matched by name, flowtables by family and name, rules by flowtable and match
 * (their comment may change); counters, handles and live data are never compared.
 */
public final class Baseline {

	private Baseline() {
	}

	/**
	 * The baseline as a report. A fleet file is reported with the same scope (or, when its groups
	 * or tags differ, with the hosts selected now); a report JSON is taken as it was written.
	 */
	public static Report load(Path file, ReportScope scope, List<String> selectedNow) throws ReportException {
		if (!Files.isRegularFile(file)) {
			throw new ReportException(file + ": no such baseline file; give an earlier .nftfleet or a report's JSON");
		}
		if (file.getFileName().toString().endsWith(".json")) {
			try {
				return JsonRenderer.read(file);
			} catch (IOException e) {
				throw new ReportException(file + ": not a report JSON of this console (" + e.getMessage()
						+ "); give an earlier .nftfleet or a report.json", e);
			}
		}
		Fleet fleet;
		try {
			fleet = FleetFiles.load(file);
		} catch (FleetFileException e) {
			throw new ReportException(e.getMessage(), e);
		}
		ReportScope applied = scope;
		try {
			scope.select(fleet);
		} catch (ReportException e) {
			List<String> known = selectedNow.stream()
					.filter(n -> fleet.getHosts().stream().anyMatch(h -> n.equals(h.getName()))).toList();
			applied = known.isEmpty() ? ReportScope.hosts(List.of()) : ReportScope.hosts(known);
		}
		return ReportBuilder.build(new ReportBuilder.Request(fleet, file, applied, null, null, null, null,
				Files.exists(file) ? lastModified(file) : Instant.EPOCH));
	}

	private static Instant lastModified(Path file) throws ReportException {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		} catch (IOException e) {
			throw new ReportException(file + ": cannot be read (" + e.getMessage() + ")", e);
		}
	}

	/** The changes from {@code before} to {@code after}, per host (hosts of either, in order). */
	public static Report.Changes compare(Report before, Report after, String baselineName) {
		Map<String, HostReport> old = new LinkedHashMap<>();
		before.hosts().forEach(h -> old.put(h.name(), h));
		Map<String, HostReport> now = new LinkedHashMap<>();
		after.hosts().forEach(h -> now.put(h.name(), h));
		List<HostChanges> hosts = new ArrayList<>();
		for (HostReport h : after.hosts()) {
			HostReport was = old.get(h.name());
			if (was == null) {
				List<Change> changes = new ArrayList<>();
				changes.add(new Change("host", "added", h.name(), null, h.flowtables().size() + " flowtable(s), "
						+ h.rules().size() + " rule(s)"));
				hosts.add(new HostChanges(h.name(), "added", changes));
			} else {
				List<Change> changes = compare(was, h);
				hosts.add(new HostChanges(h.name(), changes.isEmpty() ? "unchanged" : "changed", changes));
			}
		}
		for (HostReport was : before.hosts()) {
			if (!now.containsKey(was.name())) {
				hosts.add(new HostChanges(was.name(), "removed", List.of(new Change("host", "removed", was.name(),
						was.flowtables().size() + " flowtable(s), " + was.rules().size() + " rule(s)", null))));
			}
		}
		return new Report.Changes(baselineName, before.header().generatedOn(), hosts);
	}

	private static List<Change> compare(HostReport was, HostReport now) {
		List<Change> changes = new ArrayList<>();
		Map<String, FlowtableRow> oldTables = new LinkedHashMap<>();
		was.flowtables().forEach(f -> oldTables.put(f.family() + " " + f.name(), f));
		Map<String, FlowtableRow> newTables = new LinkedHashMap<>();
		now.flowtables().forEach(f -> newTables.put(f.family() + " " + f.name(), f));
		for (Map.Entry<String, FlowtableRow> e : newTables.entrySet()) {
			FlowtableRow o = oldTables.get(e.getKey());
			FlowtableRow n = e.getValue();
			if (o == null) {
				changes.add(new Change("flowtable", "added", e.getKey(), null, describe(n)));
				continue;
			}
			property(changes, e.getKey(), "hook", o.hook(), n.hook());
			property(changes, e.getKey(), "priority", String.valueOf(o.priority()), String.valueOf(n.priority()));
			property(changes, e.getKey(), "mode", o.mode(), n.mode());
			property(changes, e.getKey(), "counter", String.valueOf(o.counter()), String.valueOf(n.counter()));
			property(changes, e.getKey(), "devices", String.join(", ", o.devices()), String.join(", ", n.devices()));
		}
		for (Map.Entry<String, FlowtableRow> e : oldTables.entrySet()) {
			if (!newTables.containsKey(e.getKey())) {
				changes.add(new Change("flowtable", "removed", e.getKey(), describe(e.getValue()), null));
			}
		}
		List<RuleRow> unmatched = new ArrayList<>(was.rules());
		List<RuleRow> added = new ArrayList<>();
		for (RuleRow rule : now.rules()) {
			RuleRow same = unmatched.stream().filter(r -> key(r).equals(key(rule))).findFirst().orElse(null);
			if (same == null) {
				added.add(rule);
				continue;
			}
			unmatched.remove(same);
			if (!Objects.equals(same.comment(), rule.comment())) {
				changes.add(new Change("rule", "changed", "rule " + rule.index() + " (@" + rule.flowtable() + ")",
						"comment " + same.comment(), "comment " + rule.comment()));
			}
		}
		for (RuleRow rule : added) {
			changes.add(new Change("rule", "added", "rule " + rule.index() + " (@" + rule.flowtable() + ")", null,
					rule.match() + (rule.comment() == null ? "" : " comment " + rule.comment())));
		}
		for (RuleRow rule : unmatched) {
			changes.add(new Change("rule", "removed", "rule " + rule.index() + " (@" + rule.flowtable() + ")",
					rule.match() + (rule.comment() == null ? "" : " comment " + rule.comment()), null));
		}
		return changes;
	}

	private static String key(RuleRow rule) {
		return rule.flowtable() + "\n" + rule.match();
	}

	private static void property(List<Change> changes, String flowtable, String property, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change("flowtable", "changed", flowtable + " " + property, before, after));
		}
	}

	private static String describe(FlowtableRow f) {
		return f.mode() + ", priority " + f.priority() + (f.counter() ? ", counter" : "") + ", devices "
				+ String.join(", ", f.devices());
	}
}

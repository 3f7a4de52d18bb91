package org.nftoffload.report;

import java.util.List;
import java.util.Map;

/**
 * One report of a fleet, as plain values: every renderer (HTML, PDF, CSV, Markdown, JSON) writes
 * from it, and the JSON form is exactly these records (docs/report-schema.json describes it). Built
 * by {@link ReportBuilder} from a snapshot of the fleet, so rendering never touches the live model.
 * Values the console does not know are {@code null} ("unknown" is not "no").
 */
public record Report(String schemaVersion, Header header, Summary summary, List<HostReport> hosts,
		List<Finding> fleetFindings, Changes changes) {

	/** The version of the JSON form; bumped when a field changes meaning or goes away. */
	public static final String SCHEMA_VERSION = "1.0";

	public Report {
		hosts = copy(hosts);
		fleetFindings = copy(fleetFindings);
	}

	/** Lists are copied; a list missing in an older report's JSON reads as empty. */
	static <T> List<T> copy(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

	/** Every finding of the report: the fleet's, then each host's in host order. */
	public List<Finding> allFindings() {
		List<Finding> all = new java.util.ArrayList<>(fleetFindings);
		hosts.forEach(h -> all.addAll(h.findings()));
		return all;
	}

	/** Whether some finding has severity error (the CLI exits 1 then, for CI gates). */
	public boolean hasErrors() {
		return allFindings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
	}

	/**
	 * What the report is of and when. {@code scope} is the filter line ("all 3 hosts", "group
	 * edge-eu: 2 of 3 hosts"); {@code configurationTime} is the fleet file's modification time.
	 */
	public record Header(String fleetName, String scope, String fleetFile, String fleetSha256, String configurationTime,
			String generatedOn, String consoleVersion, boolean live, String baseline) {
	}

	/** Counts over the hosts in scope. {@code hostsInSync} is null without live data. */
	/**
	 * Counts over the hosts in scope. {@code hostsInSync} and {@code hostsCompared} are null without
	 * live data; {@code hostsLastApplied} counts hosts whose last apply by the console succeeded (the
	 * model may have changed since).
	 */
	public record Summary(int hosts, Map<String, Integer> flowtablesByMode, int rules, int hostsWithErrors,
			int hostsWithWarnings, Map<String, Integer> findingsBySeverity, int interfaces,
			int hardwareOffloadInterfaces, Integer hostsInSync, Integer hostsCompared, int hostsLastApplied) {
	}

	/** One host: connection (never credentials), platform, interfaces, desired state, findings, live data. */
	public record HostReport(String name, String address, int port, String user, List<String> groups,
			List<String> tags, String tableName, Platform platform, LastApply lastApply, List<InterfaceRow> interfaces,
			List<FlowtableRow> flowtables, List<RuleRow> rules, List<Finding> findings, Live live, Effect effect) {
		public HostReport {
			groups = copy(groups);
			tags = copy(tags);
			interfaces = copy(interfaces);
			flowtables = copy(flowtables);
			rules = copy(rules);
			findings = copy(findings);
		}

		public long count(Severity severity) {
			return findings.stream().filter(f -> f.severity() == severity).count();
		}
	}

	/**
	 * What the last probe (or, with live data, this report's probe) found. {@code source} is
	 * "model" (last probe saved in the fleet) or "live".
	 */
	public record Platform(String distribution, String kernelRelease, String probeTime, Boolean softwareFlowtables,
			Boolean flowtableCounter, Boolean hardwareOffload, List<ModuleRow> modules, List<SysctlRow> sysctls,
			String source) {
		public Platform {
			modules = copy(modules);
			sysctls = copy(sysctls);
		}
	}

	public record ModuleRow(String name, String status) {
	}

	/** A netfilter sysctl as the probe read it on the host. */
	public record SysctlRow(String name, Long value) {
	}

	/** How the console's last apply to the host ended: never, applied, pending, failed, rolled-back, skipped. */
	public record LastApply(String status, String time, String message) {
	}

	/**
	 * A device and whether it can offload flowtables in hardware: {@code hardwareOffload} is
	 * "capable", "not capable" or "unknown", with the reason.
	 */
	public record InterfaceRow(String name, String kind, String driver, String hwTcOffload, String eswitchMode,
			Integer mtu, Boolean up, boolean present, String hardwareOffload, String hardwareOffloadReason) {
	}

	public record FlowtableRow(String name, String family, String hook, int priority, String mode, boolean counter,
			List<String> devices) {
		public FlowtableRow {
			devices = copy(devices);
		}
	}

	/**
	 * An offload rule: the flowtable it adds flows to, what it matches (in nft's words), its comment;
	 * with live data the rule's handle and counters on the host (null when the rule has no counter
	 * or is not on the host).
	 */
	public record RuleRow(int index, String flowtable, String match, String comment, Long handle, Long packets,
			Long bytes) {
	}

	public enum Severity {
		ERROR, WARNING, INFO;

		@com.fasterxml.jackson.annotation.JsonValue
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		@com.fasterxml.jackson.annotation.JsonCreator
		public static Severity of(String label) {
			return valueOf(label.toUpperCase(java.util.Locale.ROOT));
		}
	}

	/**
	 * A finding, Nipper-style: a stable code (the validator's NFTO1xx, the report's NFTO2xx), what
	 * was observed where, what it means and what to do.
	 */
	public record Finding(String code, Severity severity, String title, String host, String object,
			String observation, String impact, String recommendation) {
	}

	/**
	 * Live data of one host, taken by this report's fleet job. {@code error} says why there is none.
	 * Rates are per second over the samples; {@code samples} are the last minutes for the chart.
	 */
	public record Live(String takenAt, String error, Boolean inSync, List<String> changes, String diff,
			Long offloadedSoftware, Long offloadedHardware, Long conntrackTotal, Double packetsInPerSecond,
			Double slowPathPacketsPerSecond, Double cpuBusy, List<Sample> samples) {
		public Live {
			changes = copy(changes);
			samples = copy(samples);
		}
	}

	/**
	 * What offloading bought on the host ({@code nftoffload measure}): its figures with the
	 * console's offload rules bypassed, then active, under the same traffic.
	 */
	public record Effect(EffectPhase bypassed, EffectPhase active, Double slowPathReduction) {
	}

	/** One phase of a measurement; null where the host did not report the quantity. */
	public record EffectPhase(long seconds, Double slowPathPacketsPerSecond, Double softirqShare, Double cpuBusy,
			Double packetsPerSecond, Double bitsPerSecond, double offloadedFlows) {
	}

	/** One statistics sample: router time (Unix seconds), offloaded flows, rates since the sample before. */
	public record Sample(long time, long offloadedSoftware, long offloadedHardware, Double packetsInPerSecond,
			Double slowPathPacketsPerSecond, Double cpuBusy) {
	}

	/** Changes since a baseline (an earlier fleet file or report), per host. */
	public record Changes(String baseline, String baselineGeneratedOn, List<HostChanges> hosts) {
		public Changes {
			hosts = copy(hosts);
		}
	}

	/** {@code status}: added, removed, changed or unchanged. */
	public record HostChanges(String host, String status, List<Change> changes) {
		public HostChanges {
			changes = copy(changes);
		}
	}

	/** {@code kind}: host, flowtable or rule; {@code action}: added, removed or changed. */
	public record Change(String kind, String action, String object, String before, String after) {
	}
}

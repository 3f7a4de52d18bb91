package org.nftoffload.cli.internal.commands;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.nftoffload.cli.internal.Cli;
import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.OffloadEffect;
import org.nftoffload.fleet.ops.RemoteAccess;
import org.nftoffload.model.Host;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.report.Baseline;
import org.nftoffload.report.LiveCollector;
import org.nftoffload.report.LiveSnapshot;
import org.nftoffload.report.Report;
import org.nftoffload.report.ReportBuilder;
import org.nftoffload.report.ReportException;
import org.nftoffload.report.ReportFormat;
import org.nftoffload.report.ReportScope;
import org.nftoffload.report.ReportWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nftoffload report}: the fleet (or its --hosts/--group/--tag) as HTML, PDF, CSV, Markdown
 * and JSON in --out; with --live a probe, the live ruleset and statistics of every host first, with
 * --since the changes since an earlier fleet file or report.json. Exit 0, 1 when a finding of
 * severity error exists (a CI gate), 2 on usage errors or unreadable input.
 */
@Command(name = "report", header = "Write a report of the fleet: HTML, PDF, CSV, Markdown, JSON (exit 1 on error findings).")
public final class ReportCommand extends ConsoleCommand {

	@Mixin
	FleetOptions fleet;

	@Option(names = "--format", paramLabel = "FORMATS", defaultValue = "html",
			description = "Comma-separated: html, pdf, csv, md, json, or all (default: ${DEFAULT-VALUE}).")
	String formats;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory the report files go to (created when missing).")
	Path out;

	@Option(names = "--live", description = "Take live data first: probe, live ruleset and diff, statistics (connects to every host; changes nothing).")
	boolean live;

	@Option(names = "--since", paramLabel = "BASELINE", description = "Show the changes since this earlier fleet file or report.json.")
	Path since;

	@Option(names = "--samples", paramLabel = "N", defaultValue = "5", description = "With --live: statistics samples per host, 2-1000 (default: ${DEFAULT-VALUE}).")
	int samples;

	@Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "2", description = "With --live: seconds between samples, 1-3600 (default: ${DEFAULT-VALUE}).")
	int interval;

	@Option(names = "--effect", paramLabel = "MEASURED.json",
			description = "Add the offload effect of 'nftoffload measure --json' (that command's output file) to each host it measured.")
	Path effect;

	@Mixin
	HelpOption help;

	/** The measured hosts of a {@code measure --json} file, by name; a usage error naming the file otherwise. */
	private Map<String, OffloadEffect.Result> measured(Path file) throws CommandFailure {
		Map<String, OffloadEffect.Result> effects = new java.util.LinkedHashMap<>();
		try {
			Map<?, ?> answer = new com.fasterxml.jackson.databind.ObjectMapper().readValue(file.toFile(), Map.class);
			if (!"measure".equals(answer.get("operation")) || !(answer.get("results") instanceof List<?> results)) {
				throw new IllegalArgumentException("not the output of 'nftoffload measure --json'");
			}
			for (Object row : results) {
				if (row instanceof Map<?, ?> host && host.get("host") instanceof String name
						&& host.get("effect") instanceof Map<?, ?> figures) {
					effects.put(name, OffloadEffect.Result.fromMap(figures));
				}
			}
		} catch (java.io.IOException | IllegalArgumentException e) {
			throw new CommandFailure(ExitCodes.USAGE_OR_INPUT, "--effect " + file + ": " + e.getMessage()
					+ "; give the file 'nftoffload measure --json' wrote");
		}
		return effects;
	}

	@Override
	public Integer call() throws CommandFailure {
		Set<ReportFormat> chosen;
		try {
			chosen = ReportFormat.parse(formats);
		} catch (ReportException e) {
			throw usage(e.getMessage());
		}
		if (samples < 2 || samples > 1000 || interval < 1 || interval > 3600) {
			throw usage("--samples must be 2-1000 and --interval 1-3600 seconds");
		}
		fleet.load(false);
		// read before any host is contacted: a wrong file costs nothing
		Map<String, OffloadEffect.Result> effects = effect == null ? null : measured(effect);
		ReportScope scope = ReportScope.of(fleet.selection());
		Map<String, LiveSnapshot> snapshots = null;
		if (live) {
			HostAgents agents;
			try {
				fleet.masterPassword.install();
				agents = RemoteAccess.defaults().open(fleet.acceptNew ? UnknownHostKeyPolicy.ACCEPT_NEW : UnknownHostKeyPolicy.REFUSE);
			} catch (java.io.IOException e) {
				throw new CommandFailure(ExitCodes.USAGE_OR_INPUT, e.getMessage());
			}
			try (agents) {
				snapshots = LiveCollector.collect(agents, fleet.hosts, new LiveCollector.Options(samples, interval,
						fleet.rollout), Clock.systemUTC(), new NullProgressMonitor());
			}
		}
		try {
			Report baseline = since == null ? null
					: Baseline.load(since, scope, fleet.hosts.stream().map(Host::getName).toList());
			Report report = ReportBuilder.build(new ReportBuilder.Request(fleet.fleet, fleet.fleetFile, scope, snapshots,
					baseline, since == null ? null : since.toString(), Cli.version(), Instant.now())
					.withEffects(effects));
			List<Path> written = ReportWriter.write(report, chosen, out, new NullProgressMonitor());
			Map<String, Integer> severities = report.summary().findingsBySeverity();
			if (fleet.json) {
				Map<String, Object> summary = new java.util.LinkedHashMap<>();
				summary.put("operation", "report");
				summary.put("fleet", fleet.fleetFile.toString());
				summary.put("files", written.stream().map(Path::toString).toList());
				summary.put("hosts", report.hosts().size());
				summary.put("findings", severities);
				console.out().println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(summary));
			} else {
				written.forEach(f -> console.out().println(f));
				console.out().println("report: " + report.hosts().size() + " host(s), " + report.header().scope()
						+ "; findings: error " + severities.get("error") + ", warning " + severities.get("warning") + ", info "
						+ severities.get("info"));
			}
			return report.hasErrors() ? ExitCodes.PROBLEMS : ExitCodes.OK;
		} catch (ReportException e) {
			throw new CommandFailure(ExitCodes.USAGE_OR_INPUT, e.getMessage());
		} catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException("a summary of strings and numbers is always JSON", e);
		}
	}
}

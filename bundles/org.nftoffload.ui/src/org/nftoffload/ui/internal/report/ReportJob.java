package org.nftoffload.ui.internal.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.report.Baseline;
import org.nftoffload.report.LiveCollector;
import org.nftoffload.report.LiveSnapshot;
import org.nftoffload.report.Report;
import org.nftoffload.report.ReportBuilder;
import org.nftoffload.report.ReportException;
import org.nftoffload.report.ReportWriter;

/**
 * Makes a report as a user job: live data (when asked) from every host in scope, the baseline, the
 * report, the files; progress per host and per format, cancel between them. Works on a copy of the
 * fleet taken on the UI thread, never on the model the engineer edits.
 */
public final class ReportJob extends Job {

	/** What the job ended with: the files written, or why there are none (null error when cancelled too). */
	public record Outcome(List<Path> files, Report report, String error, boolean cancelled) {
	}

	private final Fleet snapshot;
	private final Path fleetFile;
	private final ReportSettings settings;
	private final HostAgents agents;
	private final RolloutOptions rollout;
	private final String consoleVersion;
	private final Consumer<Outcome> done;

	public ReportJob(Fleet snapshot, Path fleetFile, ReportSettings settings, HostAgents agents, RolloutOptions rollout,
			String consoleVersion, Consumer<Outcome> done) {
		super("Export report of " + snapshot.getName());
		this.snapshot = snapshot;
		this.fleetFile = fleetFile;
		this.settings = settings;
		this.agents = agents;
		this.rollout = rollout;
		this.consoleVersion = consoleVersion;
		this.done = done;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		try {
			List<Host> hosts = settings.scope().select(snapshot);
			Map<String, LiveSnapshot> live = null;
			if (agents != null) {
				live = LiveCollector.collect(agents, hosts, new LiveCollector.Options(10, 2, rollout), Clock.systemUTC(),
						progress.split(60));
			} else {
				progress.worked(60);
			}
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask("Building the report");
			Report baseline = settings.baseline() == null ? null
					: Baseline.load(settings.baseline(), settings.scope(), hosts.stream().map(Host::getName).toList());
			Report report = ReportBuilder.build(new ReportBuilder.Request(snapshot, fleetFile, settings.scope(), live,
					baseline, settings.baseline() == null ? null : settings.baseline().toString(), consoleVersion,
					java.time.Instant.now()));
			progress.worked(10);
			List<Path> files = ReportWriter.write(report, settings.formats(), settings.outputDirectory(), progress.split(30));
			done.accept(new Outcome(files, report, null, false));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			done.accept(new Outcome(List.of(), null, null, true));
			return Status.CANCEL_STATUS;
		} catch (ReportException | RuntimeException | LinkageError e) {
			// LinkageError too: a library that cannot load (as when ASM could not weave commons-logging)
			// must end in a message, not in a job that dies without a word
			done.accept(new Outcome(List.of(), null, e.getMessage() == null ? e.toString() : e.getMessage(), false));
			return Status.OK_STATUS; // the handler shows the error; a second dialog from the job framework would repeat it
		} finally {
			if (agents != null) {
				agents.close();
			}
		}
	}
}

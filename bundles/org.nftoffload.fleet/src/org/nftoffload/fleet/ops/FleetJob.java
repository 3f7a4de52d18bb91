package org.nftoffload.fleet.ops;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.nftoffload.model.Host;

/**
 * A fleet operation as an Eclipse Job: progress per host, cancel from the progress view (no new
 * host starts; running ones finish). The job works on {@link HostSnapshots copies} of the hosts
 * taken when it is made (on the UI thread), never on the live model the engineer may be editing;
 * actions key what they find by {@link HostSnapshots#live}. The results go to {@code done} (the UI
 * moves them to the UI thread; probe results become a command there).
 */
public final class FleetJob extends Job {

	private final List<Host> hosts;
	private final FleetRunner.HostAction action;
	private final RolloutOptions options;
	private final Consumer<List<HostResult>> done;
	private volatile List<HostResult> results = List.of();

	/** @param hosts the model's hosts; copied here, so make the job on the thread that owns the model */
	public FleetJob(String name, List<Host> hosts, FleetRunner.HostAction action, RolloutOptions options,
			Consumer<List<HostResult>> done) {
		super(name);
		this.hosts = HostSnapshots.of(hosts);
		this.action = action;
		this.options = options;
		this.done = done;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		results = FleetRunner.run(getName(), hosts, action, options, monitor);
		done.accept(results);
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		long failed = results.stream().filter(HostResult::failed).count();
		return failed == 0 ? Status.OK_STATUS
				: Status.warning(getName() + ": " + failed + " of " + results.size() + " host(s) failed");
	}

	public List<HostResult> results() {
		return results;
	}
}

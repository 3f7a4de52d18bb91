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
 * host starts; running ones finish). The results go to {@code done} (the UI moves them to the UI
 * thread; probe results become a command there).
 */
public final class FleetJob extends Job {

	private final List<Host> hosts;
	private final FleetRunner.HostAction action;
	private final RolloutOptions options;
	private final Consumer<List<HostResult>> done;
	private volatile List<HostResult> results = List.of();

	public FleetJob(String name, List<Host> hosts, FleetRunner.HostAction action, RolloutOptions options,
			Consumer<List<HostResult>> done) {
		super(name);
		this.hosts = List.copyOf(hosts);
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

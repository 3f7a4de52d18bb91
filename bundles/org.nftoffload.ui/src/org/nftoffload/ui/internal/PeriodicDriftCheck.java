package org.nftoffload.ui.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Display;
import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.fleet.ops.FleetJob;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.RemoteAccess;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.nftoffload.model.Host;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.remote.internal.ConsoleLog;
import org.nftoffload.ui.internal.handlers.FleetActions;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The optional periodic drift check (Edit &gt; Preferences...): every N minutes, the probed hosts of
 * the open fleet are checked as Fleet &gt; Check Drift does, and the results go to
 * {@link FleetDrift} (fleet table, Problems, navigator). It runs in the background without a
 * summary dialog, and it never asks: a host whose SSH key is not trusted yet is unreachable for it
 * (a key is accepted only by the engineer, in a command they started). A check is not started while
 * the previous one runs. Scheduling is on the UI thread; the check is a job on host copies.
 */
@Creatable
@Singleton
public final class PeriodicDriftCheck {

	@Inject
	private FleetDocument document;
	@Inject
	private FleetDrift drift;
	@Inject
	private ConsolePreferences preferences;
	@Inject
	private UISynchronize sync;

	private Duration interval = Duration.ZERO;
	private Runnable pending;
	private FleetJob running;
	private Instant nextCheck;
	private int checksRun;

	/** Takes the interval from the preferences (0 minutes: off). On the UI thread. */
	public void followPreferences() {
		reschedule(Duration.ofMinutes(preferences.settings().driftCheckMinutes()));
	}

	/**
	 * Checks every {@code every} from now on (zero: never); a check due under the old interval is
	 * dropped. On the UI thread.
	 */
	public void reschedule(Duration every) {
		Display display = Display.getCurrent();
		if (pending != null) {
			display.timerExec(-1, pending);
			pending = null;
		}
		interval = every;
		nextCheck = null;
		if (every.isZero() || every.isNegative()) {
			return;
		}
		pending = this::checkAndReschedule;
		nextCheck = Instant.now().plus(every);
		display.timerExec((int) Math.min(Integer.MAX_VALUE, every.toMillis()), pending);
	}

	/** When the next check is due, or null when periodic checks are off. */
	public Instant nextCheck() {
		return nextCheck;
	}

	/** How many periodic checks were started since the workbench started. */
	public int checksRun() {
		return checksRun;
	}

	private void checkAndReschedule() {
		pending = null;
		startCheck();
		reschedule(interval);
	}

	private void startCheck() {
		if (running != null) {
			return; // the last one is still at work: no second check of the same hosts
		}
		List<Host> hosts = document.fleet().getHosts().stream().filter(h -> h.getProbeTime() != null).toList();
		if (hosts.isEmpty()) {
			return;
		}
		HostAgents agents;
		try {
			agents = RemoteAccess.defaults().open(UnknownHostKeyPolicy.REFUSE);
		} catch (IOException e) {
			ConsoleLog.warn(PeriodicDriftCheck.class, "periodic drift check not started: " + e.getMessage(), null);
			return;
		}
		checksRun++;
		FleetJob job = new FleetJob("Periodic drift check (" + hosts.size() + (hosts.size() == 1 ? " host)" : " hosts)"),
				hosts, DriftCheck.check(agents), new RolloutOptions(preferences.settings().parallelism(), false, Integer.MAX_VALUE),
				results -> sync.asyncExec(() -> drift.record(hosts, results)));
		job.setUser(false);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				FleetActions.closeLater(agents);
				sync.asyncExec(() -> running = null);
			}
		});
		running = job;
		job.schedule();
	}
}

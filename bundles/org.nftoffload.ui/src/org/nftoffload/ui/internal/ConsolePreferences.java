package org.nftoffload.ui.internal;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.osgi.service.prefs.BackingStoreException;

import jakarta.inject.Singleton;

/**
 * How the workbench rolls out, watches and checks drift (Edit > Preferences...), kept in the instance
 * preferences beside the recent files. The defaults are those of the headless command.
 */
@Creatable
@Singleton
public final class ConsolePreferences {

	/** The settings as one value: what the dialog shows and stores. */
	public record Settings(int parallelism, boolean canaryFirst, int maxFailures, int confirmSeconds,
			int statisticsIntervalSeconds, int driftCheckMinutes) {

		public static final Settings DEFAULTS = new Settings(16, true, 0, 60, 2, 0);

		public Settings {
			parallelism = clamp(parallelism, 1, 256);
			maxFailures = clamp(maxFailures, 0, 100_000);
			confirmSeconds = clamp(confirmSeconds, 10, 600);
			statisticsIntervalSeconds = clamp(statisticsIntervalSeconds, 1, 60);
			driftCheckMinutes = clamp(driftCheckMinutes, 0, 1440);
		}

		/** For the fleet runner: 0 failures in the preferences means "never stop early". */
		public RolloutOptions rollout() {
			return new RolloutOptions(parallelism, canaryFirst, maxFailures == 0 ? Integer.MAX_VALUE : maxFailures);
		}

		private static int clamp(int value, int min, int max) {
			return Math.max(min, Math.min(max, value));
		}
	}

	private static final String PARALLELISM = "rollout.parallelism";
	private static final String CANARY_FIRST = "rollout.canaryFirst";
	private static final String MAX_FAILURES = "rollout.maxFailures";
	private static final String CONFIRM_SECONDS = "apply.confirmSeconds";
	private static final String STATISTICS_INTERVAL = "statistics.intervalSeconds";
	private static final String DRIFT_CHECK_MINUTES = "drift.checkMinutes";

	private final IEclipsePreferences node;

	public ConsolePreferences() {
		this(InstanceScope.INSTANCE.getNode("org.nftoffload.ui"));
	}

	ConsolePreferences(IEclipsePreferences node) {
		this.node = node;
	}

	public Settings settings() {
		Settings d = Settings.DEFAULTS;
		return new Settings(node.getInt(PARALLELISM, d.parallelism()), node.getBoolean(CANARY_FIRST, d.canaryFirst()),
				node.getInt(MAX_FAILURES, d.maxFailures()), node.getInt(CONFIRM_SECONDS, d.confirmSeconds()),
				node.getInt(STATISTICS_INTERVAL, d.statisticsIntervalSeconds()),
				node.getInt(DRIFT_CHECK_MINUTES, d.driftCheckMinutes()));
	}

	public void store(Settings settings) {
		node.putInt(PARALLELISM, settings.parallelism());
		node.putBoolean(CANARY_FIRST, settings.canaryFirst());
		node.putInt(MAX_FAILURES, settings.maxFailures());
		node.putInt(CONFIRM_SECONDS, settings.confirmSeconds());
		node.putInt(STATISTICS_INTERVAL, settings.statisticsIntervalSeconds());
		node.putInt(DRIFT_CHECK_MINUTES, settings.driftCheckMinutes());
		// flushing writes a file: never on the UI thread
		Job.create("Saving preferences", monitor -> {
			try {
				node.flush();
			} catch (BackingStoreException e) {
				// the settings hold for this session; the next start uses the stored or default ones
			}
		}).schedule();
	}
}

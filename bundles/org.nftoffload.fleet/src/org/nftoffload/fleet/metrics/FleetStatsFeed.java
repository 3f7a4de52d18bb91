package org.nftoffload.fleet.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.fleet.ops.FleetRunner;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.HostSnapshots;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.nftoffload.fleet.ops.StatsWatch;
import org.nftoffload.model.Host;
import org.nftoffload.model.ObservedSysctl;
import org.nftoffload.remote.agent.AgentData;

/**
 * The readings an exporter serves: one {@link StatsWatch} per host (reconnecting by itself), the
 * latest sample of each kept with when it arrived. A host counts as up while its watch has not
 * given up and its latest sample is younger than {@link #staleAfter()} (two intervals and 10 s of
 * slack for the SSH round trip), so a stream that stalls or reconnects reports up 0 and no old
 * values, long before the watch's own 30 s timeout notices.
 * <p>
 * With {@link #checkDrift} the feed also runs a {@link DriftCheck} of every host now and then, on
 * the same sessions as the streams (the agent answers requests while a stream runs), and each
 * reading carries the latest verdict.
 */
public final class FleetStatsFeed implements AutoCloseable {

	/** The sysctl a probe records whose value is the connection-tracking table's size limit. */
	static final String CONNTRACK_MAX = "net.netfilter.nf_conntrack_max";

	private record Received(AgentData.StatsSample sample, long atNanos) {
	}

	/** A drift check's verdict and when it ended (seconds since the epoch). */
	private record Drift(DriftCheck.State state, long atEpochSeconds) {
	}

	private final class Source {
		final StatsWatch watch;
		final Long conntrackLimit;
		final AtomicReference<Received> latest = new AtomicReference<>();
		final AtomicReference<Drift> drift = new AtomicReference<>();

		Source(HostAgents agents, Host host, int intervalSeconds) {
			this.conntrackLimit = host.getObservedSysctls().stream().filter(s -> CONNTRACK_MAX.equals(s.getName()))
					.map(ObservedSysctl::getValue).filter(v -> v != null).findFirst().orElse(null);
			this.watch = new StatsWatch(agents, host, intervalSeconds, 4,
					sample -> latest.set(new Received(sample, clock.getAsLong())));
		}

		HostReading reading(long now) {
			Received received = latest.get();
			boolean up = watch.failure() == null && received != null && now - received.atNanos() <= staleAfter.toNanos();
			Drift checked = drift.get();
			return new HostReading(watch.host().getName(), up, up ? received.sample() : null, conntrackLimit,
					watch.reconnects(), checked == null ? null : checked.state(),
					checked == null ? null : checked.atEpochSeconds());
		}
	}

	private final List<Source> sources = new ArrayList<>();
	private final HostAgents agents;
	private final LongSupplier clock;
	private final Duration staleAfter;
	private Duration driftInterval;
	private RolloutOptions driftOptions;
	private Thread driftChecks;

	/**
	 * Copies the hosts (make the feed on the thread that owns the model) and starts one stream per
	 * host, sampling every {@code intervalSeconds}.
	 */
	public FleetStatsFeed(HostAgents agents, List<Host> hosts, int intervalSeconds) {
		this(agents, hosts, intervalSeconds, System::nanoTime);
	}

	FleetStatsFeed(HostAgents agents, List<Host> hosts, int intervalSeconds, LongSupplier nanoClock) {
		if (intervalSeconds < 1 || intervalSeconds > 3600) {
			throw new IllegalArgumentException("the interval must be 1-3600 seconds, not " + intervalSeconds);
		}
		this.agents = agents;
		this.clock = nanoClock;
		this.staleAfter = Duration.ofSeconds(2L * intervalSeconds + 10);
		for (Host host : HostSnapshots.of(hosts)) {
			sources.add(new Source(agents, host, intervalSeconds));
		}
	}

	/**
	 * Also checks every host for drift once {@link #start()} is called, and again {@code interval}
	 * after each check ends, working on {@code parallelism} hosts at once (no canary: it only reads).
	 */
	public FleetStatsFeed checkDrift(Duration interval, int parallelism) {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("the drift interval must be positive, not " + interval);
		}
		this.driftInterval = interval;
		this.driftOptions = new RolloutOptions(parallelism, false, Integer.MAX_VALUE);
		return this;
	}

	public FleetStatsFeed start() {
		sources.forEach(source -> source.watch.start());
		if (driftInterval != null) {
			driftChecks = Thread.ofVirtual().name("nft-offload drift checks").start(this::checkDriftUntilClosed);
		}
		return this;
	}

	private void checkDriftUntilClosed() {
		List<Host> hosts = sources.stream().map(source -> source.watch.host()).toList();
		while (!Thread.currentThread().isInterrupted()) {
			List<HostResult> results = FleetRunner.run("Drift check", hosts, DriftCheck.check(agents), driftOptions,
					new NullProgressMonitor());
			if (Thread.currentThread().isInterrupted()) {
				return; // closing: the hosts not checked have no verdict, keep the last ones
			}
			long now = java.time.Instant.now().getEpochSecond();
			for (int i = 0; i < sources.size(); i++) {
				DriftCheck.State state = DriftCheck.state(results.get(i));
				sources.get(i).drift.set(state == null ? null : new Drift(state, now));
			}
			try {
				Thread.sleep(driftInterval);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/** How old the latest sample may be for its host to count as up. */
	public Duration staleAfter() {
		return staleAfter;
	}

	/** Each host's reading now, in the order the hosts were given. */
	public List<HostReading> readings() {
		long now = clock.getAsLong();
		return sources.stream().map(source -> source.reading(now)).toList();
	}

	/** The hosts' watches, for what they say about failures ({@link StatsWatch#failure()}). */
	public List<StatsWatch> watches() {
		return sources.stream().map(source -> source.watch).toList();
	}

	/**
	 * Stops every stream (in parallel: each may wait seconds for its agent) and the drift checks,
	 * and waits for them, 15 s at most each.
	 */
	@Override
	public void close() {
		if (driftChecks != null) {
			driftChecks.interrupt();
		}
		List<Thread> closing = new ArrayList<>();
		for (Source source : sources) {
			closing.add(Thread.ofVirtual().name("nft-offload stats close " + source.watch.host().getName())
					.start(source.watch::close));
		}
		// the drift check last: a check in flight ends at its next SSH answer, and the caller closes
		// the sessions after this returns, which must not pull them from under it
		if (driftChecks != null) {
			closing.add(driftChecks);
		}
		for (Thread thread : closing) {
			try {
				thread.join(15_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}

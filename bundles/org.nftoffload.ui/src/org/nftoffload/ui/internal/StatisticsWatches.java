package org.nftoffload.ui.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.HostSnapshots;
import org.nftoffload.fleet.ops.StatsWatch;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nftoffload.model.Host;
import org.nftoffload.remote.agent.AgentData;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The hosts whose offload statistics the workbench watches: one {@link StatsWatch} per host (its own
 * agent session, since a session streams one thing at a time) that reconnects by itself. Samples
 * arrive on the watches' threads and are handed to the UI thread, where {@link HostStatistics} keeps
 * the derived rates and a bounded history; listeners (the Statistics view) are told on the UI thread.
 * A host's watch ends when the host leaves the open fleet. The watches read copies of the hosts taken
 * here on the UI thread ({@link HostSnapshots}), never the model the engineer goes on editing.
 */
@Creatable
@Singleton
public final class StatisticsWatches {

	/** Samples kept per host for the chart: ten minutes at the default interval of 2 s. */
	public static final int HISTORY = 300;

	/** What the Statistics view shows of one host; touched only on the UI thread. */
	public static final class HostStatistics {
		private final Host model;
		private final StatsWatch watch;
		private final int intervalSeconds;
		private AgentData.StatsSample last;
		private long lastArrivalNanos;
		private Double packetsPerSecond;
		private Double forwardedPerSecond;
		private final Deque<AgentData.StatsSample> history = new ArrayDeque<>();
		private int gaps;

		HostStatistics(Host model, StatsWatch watch, int intervalSeconds) {
			this.model = model;
			this.intervalSeconds = intervalSeconds;
			this.watch = watch;
		}

		void add(AgentData.StatsSample sample) {
			AgentData.StatsSample previous = last;
			if (sample.gap()) {
				gaps++;
			}
			if (previous != null && !sample.gap() && sample.time() > previous.time()) {
				double seconds = sample.time() - previous.time();
				packetsPerSecond = rate(received(sample) - received(previous), seconds);
				forwardedPerSecond = sample.forwardPackets() == null || previous.forwardPackets() == null ? null
						: rate(sample.forwardPackets() - previous.forwardPackets(), seconds);
			} else {
				packetsPerSecond = null;
				forwardedPerSecond = null;
			}
			last = sample;
			lastArrivalNanos = System.nanoTime();
			history.addLast(sample);
			while (history.size() > HISTORY) {
				history.removeFirst();
			}
		}

		/** Counters go back to 0 when a router reboots; a negative rate means that, not traffic. */
		private static Double rate(long delta, double seconds) {
			return delta < 0 ? null : delta / seconds;
		}

		private static long received(AgentData.StatsSample sample) {
			long sum = 0;
			for (Map<String, Long> counters : sample.devices().values()) {
				Long rx = counters == null ? null : counters.get("rx_packets");
				sum += rx == null ? 0 : rx;
			}
			return sum;
		}

		public String host() {
			return model.getName();
		}

		public AgentData.StatsSample last() {
			return last;
		}

		/** Packets per second received on all of the host's interfaces (fast and slow path). */
		public Double packetsPerSecond() {
			return packetsPerSecond;
		}

		/** Packets per second counted by the forward chain: the slow path; flat while flows are offloaded. */
		public Double forwardedPerSecond() {
			return forwardedPerSecond;
		}

		public List<AgentData.StatsSample> history() {
			return List.copyOf(history);
		}

		public int gaps() {
			return gaps;
		}

		/** "live", or why there are no current samples. */
		public String state() {
			boolean fresh = last != null && System.nanoTime() - lastArrivalNanos < (intervalSeconds * 3L + 5) * 1_000_000_000L;
			if (fresh) {
				return watch.reconnects() == 0 ? "live" : "live (reconnected " + watch.reconnects() + "×)";
			}
			String failure = watch.failure();
			if (failure != null) {
				return "stopped: " + failure;
			}
			String error = watch.lastError();
			if (error != null) {
				return "reconnecting: " + error;
			}
			return last == null ? "connecting" : "waiting for a sample";
		}
	}

	@Inject
	private UISynchronize sync;
	@Inject
	private FleetDocument document;
	/** A watch ends when its host leaves the open fleet (removed, or another fleet opened). */
	private final FleetDocument.Listener hostsGone = changed -> stopHostsNotIn(changed.fleet());

	private HostAgents agents;
	/** Keyed by the model's host object: a renamed host stays the same watch. */
	private final Map<Host, HostStatistics> watched = new LinkedHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	@PostConstruct
	void followTheOpenFleet() {
		document.addListener(hostsGone);
	}

	private void stopHostsNotIn(org.nftoffload.model.Fleet fleet) {
		List<Host> gone = watched.keySet().stream().filter(host -> EcoreUtil.getRootContainer(host) != fleet)
				.toList();
		if (!gone.isEmpty()) {
			stop(gone);
		}
	}

	/**
	 * Starts watching {@code hosts}, a sample every {@code intervalSeconds} (those already watched
	 * keep their history and interval; those whose watch gave up start again). UI thread.
	 */
	public void watch(List<Host> hosts, java.util.function.Supplier<HostAgents> sessions, int intervalSeconds) {
		// A watch that gave up for good (its failure) is started afresh: the engineer may have fixed the cause.
		List<Host> fresh = hosts.stream().filter(host -> !watched.containsKey(host) || watched.get(host).watch.failure() != null)
				.distinct().toList();
		List<Host> snapshots = HostSnapshots.of(fresh);
		for (int i = 0; i < fresh.size(); i++) {
			Host host = fresh.get(i);
			if (agents == null) {
				agents = sessions.get();
				if (agents == null) {
					return;
				}
			}
			HostStatistics[] row = new HostStatistics[1];
			StatsWatch watch = new StatsWatch(agents, snapshots.get(i), intervalSeconds, 64,
					sample -> sync.asyncExec(() -> {
						if (watched.get(host) == row[0]) {
							row[0].add(sample);
							changed();
						}
					}));
			row[0] = new HostStatistics(host, watch, intervalSeconds);
			watched.put(host, row[0]);
			watch.start();
		}
		changed();
	}

	/** Stops watching {@code hosts}, or all when {@code null}. UI thread; the streams stop in the background. */
	public void stop(List<Host> hosts) {
		List<HostStatistics> stopping = new ArrayList<>();
		if (hosts == null) {
			stopping.addAll(watched.values());
			watched.clear();
		} else {
			for (Host host : hosts) {
				HostStatistics row = watched.remove(host);
				if (row != null) {
					stopping.add(row);
				}
			}
		}
		HostAgents sessions = agents;
		boolean last = watched.isEmpty();
		if (last) {
			agents = null;
		}
		if (!stopping.isEmpty() && sessions != null) {
			Thread.ofVirtual().name("nft-offload stop statistics").start(() -> {
				for (HostStatistics row : stopping) {
					row.watch.close();
					// By the watch's copy: this thread does not touch the live model.
					sessions.forget(row.watch.host());
				}
				if (last) {
					sessions.close();
				}
			});
		}
		changed();
	}

	public boolean isWatching() {
		return !watched.isEmpty();
	}

	public List<HostStatistics> rows() {
		return List.copyOf(watched.values());
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}

	@PreDestroy
	void dispose() {
		document.removeListener(hostsGone);
		stop(null);
	}
}

package org.nftoffload.ui.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Display;
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
 * arrive on the watches' threads and are queued; the UI thread takes every queued sample at once, at
 * most every {@link #COALESCE_MILLIS}, into the {@link HostStatistics} that keep the derived rates and
 * a bounded history, and then tells the listeners (the Statistics view, the fleet dashboard) once:
 * 100 hosts at one sample a second are a few refreshes a second, not a hundred. A host's watch ends
 * when the host leaves the open fleet. The watches read copies of the hosts taken here on the UI
 * thread ({@link HostSnapshots}), never the model the engineer goes on editing.
 */
@Creatable
@Singleton
public final class StatisticsWatches {

	/** Samples kept per host for the chart: ten minutes at the default interval of 2 s. */
	public static final int HISTORY = 300;

	/**
	 * Samples arriving within this long of the first queued one reach the UI thread and the views
	 * together: the views refresh at most about four times a second however many hosts stream.
	 */
	public static final int COALESCE_MILLIS = 250;

	/**
	 * Where one host's samples come from: a {@link StatsWatch} on the host, or (the dashboard's
	 * test and benchmark) simulated hosts; their samples take the same way into the views.
	 */
	public interface SampleSource {
		/** Starts sending samples to {@code sink}, on a thread of the source's own. */
		void start(Consumer<AgentData.StatsSample> sink);

		/** How often the stream had to reconnect. */
		int reconnects();

		/** Why the source gave up for good ({@link StatsWatch#failure()}); null while it runs. */
		String failure();

		/** Why the stream last broke; null while it never did. */
		String lastError();

		/** Ends the stream; may wait for the host (never called on the UI thread). */
		void close();
	}

	/** How a watched host's stream stands, as the views show it. */
	public enum Status {
		/** Started, no sample yet. */
		CONNECTING,
		/** Samples arrive. */
		LIVE,
		/** Samples came, but none for three intervals and 5 s. */
		STALE,
		/** The stream broke and reconnects (backing off up to 30 s): the host or its agent is unreachable. */
		RECONNECTING,
		/** The stream gave up for good (an error that no reconnection can cure). */
		STOPPED
	}

	/** A host's real statistics stream. */
	private static final class WatchSource implements SampleSource {
		private final HostAgents agents;
		private final Host snapshot;
		private final int intervalSeconds;
		private volatile StatsWatch watch;

		WatchSource(HostAgents agents, Host snapshot, int intervalSeconds) {
			this.agents = agents;
			this.snapshot = snapshot;
			this.intervalSeconds = intervalSeconds;
		}

		@Override
		public void start(Consumer<AgentData.StatsSample> sink) {
			watch = new StatsWatch(agents, snapshot, intervalSeconds, 64, sink).start();
		}

		@Override
		public int reconnects() {
			return watch == null ? 0 : watch.reconnects();
		}

		@Override
		public String failure() {
			return watch == null ? null : watch.failure();
		}

		@Override
		public String lastError() {
			return watch == null ? null : watch.lastError();
		}

		@Override
		public void close() {
			if (watch != null) {
				watch.close();
			}
			// By the watch's copy: this thread does not touch the live model.
			agents.forget(snapshot);
		}
	}

	/** What the Statistics view shows of one host; touched only on the UI thread. */
	public static final class HostStatistics {
		private final Host model;
		private final SampleSource source;
		private final int intervalSeconds;
		private AgentData.StatsSample last;
		private long lastArrivalNanos;
		private Double packetsPerSecond;
		private Double forwardedPerSecond;
		private final Deque<AgentData.StatsSample> history = new ArrayDeque<>();
		private int gaps;

		HostStatistics(Host model, SampleSource source, int intervalSeconds) {
			this.model = model;
			this.intervalSeconds = intervalSeconds;
			this.source = source;
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

		/** The model's host (not a copy): what the editors open. */
		public Host model() {
			return model;
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

		/** Whether samples arrive, and if not why. */
		public Status status() {
			boolean fresh = last != null && System.nanoTime() - lastArrivalNanos < (intervalSeconds * 3L + 5) * 1_000_000_000L;
			if (fresh) {
				return Status.LIVE;
			}
			if (source.failure() != null) {
				return Status.STOPPED;
			}
			if (source.lastError() != null) {
				return Status.RECONNECTING;
			}
			return last == null ? Status.CONNECTING : Status.STALE;
		}

		/** "live", or why there are no current samples. */
		public String state() {
			return switch (status()) {
			case LIVE -> source.reconnects() == 0 ? "live" : "live (reconnected " + source.reconnects() + "\u00d7)";
			case STOPPED -> "stopped: " + source.failure();
			case RECONNECTING -> "reconnecting: " + source.lastError();
			case CONNECTING -> "connecting";
			case STALE -> "waiting for a sample";
			};
		}

		/** Why the stream is not live: its failure or last error; null when there is none. */
		public String problem() {
			String failure = source.failure();
			return failure != null ? failure : source.lastError();
		}
	}

	/** A sample on its way from a source's thread to the UI thread. */
	private record Arrival(HostStatistics row, AgentData.StatsSample sample) {
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
	/** Filled on the sources' threads, emptied on the UI thread. */
	private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
	/** Whether a {@link #drain} is on its way to the UI thread: one at a time, however many samples. */
	private final AtomicBoolean drainPending = new AtomicBoolean();
	private final Runnable drain = this::drain;
	private final AtomicLong samplesArrived = new AtomicLong();
	private long drains;

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
	public void watch(List<Host> hosts, Supplier<HostAgents> sessions, int intervalSeconds) {
		if (notWatched(hosts).isEmpty()) {
			changed();
			return;
		}
		if (agents == null) {
			agents = sessions.get();
			if (agents == null) {
				return;
			}
		}
		HostAgents using = agents;
		watchFrom(hosts, snapshot -> new WatchSource(using, snapshot, intervalSeconds), intervalSeconds);
	}

	/**
	 * Starts watching {@code hosts} with samples from the source that {@code sources} makes of a
	 * copy of each host (those already watched are left as they are, those whose source gave up
	 * start again). The samples go the way a stream's go. UI thread.
	 */
	public void watchFrom(List<Host> hosts, Function<Host, SampleSource> sources, int intervalSeconds) {
		List<Host> fresh = notWatched(hosts);
		List<Host> snapshots = HostSnapshots.of(fresh);
		for (int i = 0; i < fresh.size(); i++) {
			HostStatistics row = new HostStatistics(fresh.get(i), sources.apply(snapshots.get(i)), intervalSeconds);
			watched.put(fresh.get(i), row);
			row.source.start(sample -> arrived(row, sample));
		}
		changed();
	}

	/** Those of {@code hosts} not watched, or whose watch gave up for good: the engineer may have fixed the cause. */
	private List<Host> notWatched(List<Host> hosts) {
		return hosts.stream().filter(host -> !watched.containsKey(host) || watched.get(host).source.failure() != null)
				.distinct().toList();
	}

	/** A sample of {@code row}'s host, on its source's thread: queued for the next drain. */
	private void arrived(HostStatistics row, AgentData.StatsSample sample) {
		arrivals.add(new Arrival(row, sample));
		samplesArrived.incrementAndGet();
		if (drainPending.compareAndSet(false, true)) {
			sync.asyncExec(() -> Display.getCurrent().timerExec(COALESCE_MILLIS, drain));
		}
	}

	/** Every queued sample into its host's statistics, then the listeners once (UI thread). */
	private void drain() {
		drainPending.set(false);
		boolean any = false;
		for (Arrival arrival; (arrival = arrivals.poll()) != null;) {
			// a host no longer watched (or watched anew) drops the old stream's late samples
			if (watched.get(arrival.row().model) == arrival.row()) {
				arrival.row().add(arrival.sample());
				any = true;
			}
		}
		if (any) {
			drains++;
			changed();
		}
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
		if (!stopping.isEmpty()) {
			Thread.ofVirtual().name("nft-offload stop statistics").start(() -> {
				for (HostStatistics row : stopping) {
					row.source.close();
				}
				if (last && sessions != null) {
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

	/** The watched host's statistics, or null. UI thread. */
	public HostStatistics statistics(Host host) {
		return watched.get(host);
	}

	/** How many samples arrived from all sources so far (any thread). */
	public long samplesArrived() {
		return samplesArrived.get();
	}

	/** How many times queued samples were taken in and the listeners told. UI thread. */
	public long drains() {
		return drains;
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

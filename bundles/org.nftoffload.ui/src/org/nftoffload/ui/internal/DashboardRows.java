package org.nftoffload.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.model.Host;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.ui.internal.StatisticsWatches.HostStatistics;

/**
 * What the fleet dashboard shows of each host of the fleet, worst first, and the fleet's totals;
 * worked out on the UI thread from the watches' latest samples and rates ({@link HostStatistics})
 * and the last drift checks ({@link FleetDrift}), without touching a host.
 * <p>
 * <b>Worst first</b> means, in this order:
 * <ol>
 * <li>hosts whose statistics stream gave up for good (an error reconnecting cannot cure);</li>
 * <li>unreachable hosts: their stream is reconnecting, stopped delivering samples, or (not watched)
 * the last drift check could not reach them;</li>
 * <li>drifted hosts (the last drift check found the host differs from the model);</li>
 * <li>every other host;</li>
 * </ol>
 * and within each of these the highest slow-path packet rate first (packets through the forward
 * chain: traffic the flowtable does not offload), hosts without one (not streaming, no forward
 * chain) after those with one, then the fleet's order.
 */
public final class DashboardRows {

	/** A host's state on the dashboard. */
	public enum State {
		/** The stream gave up for good: see the row's detail. */
		ERROR("error"),
		/** Not reached: the stream reconnects, or the last drift check found the host unreachable. */
		UNREACHABLE("unreachable"),
		/** Samples came, then stopped coming. */
		NO_SAMPLES("no samples"),
		/** Watched, first sample not here yet. */
		CONNECTING("connecting"),
		/** Samples arrive. */
		STREAMING("streaming"),
		/** Its statistics are not watched (Watch Statistics starts it). */
		NOT_WATCHED("not watched");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * One host's row; the numbers are those of its latest sample and only while it streams (a host
	 * that stopped streaming shows no old values), null where the agent reported none.
	 *
	 * @param rank     0 error, 1 unreachable, 2 drifted, 3 the rest: the first key of worst first
	 * @param position the host's place in the fleet: the last key
	 */
	public record Row(Host host, String name, boolean watched, State state, String detail, Long softwareFlows,
			Long hardwareFlows, Double packetsIn, Double slowPath, Double cpuBusy, Double softirqShare, FleetDrift.Entry drift,
			int rank, int position) {

		public DriftCheck.State driftState() {
			return drift == null ? null : drift.state();
		}
	}

	/** The fleet's sums over the streaming hosts, and how many hosts are in each state. */
	public record Totals(int hosts, int streaming, int unreachable, int errors, int drifted, int watched, long softwareFlows,
			long hardwareFlows, double packetsIn, double slowPath) {
	}

	/** Worst first, as the class comment says. */
	public static final Comparator<Row> WORST_FIRST = Comparator.comparingInt(Row::rank)
			.thenComparing(Row::slowPath, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparingInt(Row::position);

	private DashboardRows() {
	}

	/**
	 * A row per host of {@code hosts} (the fleet's, in its order), worst first. {@code statistics}
	 * gives a watched host's statistics (null for one not watched), {@code drift} its last check.
	 */
	public static List<Row> rows(List<Host> hosts, java.util.function.Function<Host, HostStatistics> statistics,
			Map<Host, FleetDrift.Entry> drift) {
		List<Row> rows = new ArrayList<>(hosts.size());
		int position = 0;
		for (Host host : hosts) {
			rows.add(row(host, statistics.apply(host), drift.get(host), position++));
		}
		rows.sort(WORST_FIRST);
		return rows;
	}

	static Row row(Host host, HostStatistics stats, FleetDrift.Entry drift, int position) {
		DriftCheck.State driftState = drift == null ? null : drift.state();
		State state;
		String detail = null;
		if (stats == null) {
			state = driftState == DriftCheck.State.UNREACHABLE ? State.UNREACHABLE : State.NOT_WATCHED;
			if (state == State.UNREACHABLE) {
				detail = "drift check: " + drift.result().reason();
			}
		} else {
			state = switch (stats.status()) {
			case STOPPED -> State.ERROR;
			case RECONNECTING -> State.UNREACHABLE;
			case STALE -> State.NO_SAMPLES;
			case CONNECTING -> State.CONNECTING;
			case LIVE -> State.STREAMING;
			};
			if (state != State.STREAMING) {
				detail = stats.problem();
			}
		}
		if (detail == null && driftState == DriftCheck.State.DRIFTED) {
			detail = "drift: " + String.join("; ", DriftCheck.differences(drift.result()));
		}
		String name = host.getName() == null || host.getName().isBlank() ? "(unnamed host)" : host.getName();
		if (detail != null && detail.startsWith(name + ": ")) {
			detail = detail.substring(name.length() + 2); // the row names the host already
		}
		AgentData.StatsSample sample = state == State.STREAMING ? stats.last() : null;
		int rank = switch (state) {
		case ERROR -> 0;
		case UNREACHABLE, NO_SAMPLES -> 1;
		default -> driftState == DriftCheck.State.DRIFTED ? 2 : 3;
		};
		return new Row(host, name, stats != null, state, detail, sample == null ? null : sample.offloadedSw(),
				sample == null ? null : sample.offloadedHw(), sample == null ? null : stats.packetsPerSecond(),
				sample == null ? null : stats.forwardedPerSecond(), sample == null ? null : sample.cpuBusy(),
				sample == null ? null : sample.softirqShare(), drift, rank, position);
	}

	/** The totals over the watched hosts alone (their drift left out): what the fleet's chart draws. */
	public static Totals totalsOfWatched(List<HostStatistics> watched) {
		List<Row> rows = new ArrayList<>(watched.size());
		for (HostStatistics stats : watched) {
			rows.add(row(stats.model(), stats, null, rows.size()));
		}
		return totals(rows);
	}

	/** The sums and counts of {@code rows}. */
	public static Totals totals(List<Row> rows) {
		int streaming = 0;
		int unreachable = 0;
		int errors = 0;
		int drifted = 0;
		int watched = 0;
		long sw = 0;
		long hw = 0;
		double in = 0;
		double slow = 0;
		for (Row row : rows) {
			switch (row.state()) {
			case STREAMING -> streaming++;
			case UNREACHABLE, NO_SAMPLES -> unreachable++;
			case ERROR -> errors++;
			default -> {
			}
			}
			if (row.watched()) {
				watched++;
			}
			if (row.driftState() == DriftCheck.State.DRIFTED) {
				drifted++;
			}
			sw += row.softwareFlows() == null ? 0 : row.softwareFlows();
			hw += row.hardwareFlows() == null ? 0 : row.hardwareFlows();
			in += row.packetsIn() == null ? 0 : row.packetsIn();
			slow += row.slowPath() == null ? 0 : row.slowPath();
		}
		return new Totals(rows.size(), streaming, unreachable, errors, drifted, watched, sw, hw, in, slow);
	}
}

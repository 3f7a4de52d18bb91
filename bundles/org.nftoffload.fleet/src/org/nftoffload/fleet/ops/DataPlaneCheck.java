package org.nftoffload.fleet.ops;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentMessage.Event;
import org.nftoffload.remote.agent.AgentRequest;

/**
 * Whether forwarded traffic still moves through a host after an apply, before its Confirm is
 * offered: that SSH logs in again proves the management path, not the data plane. One window of
 * about a second before the apply and one after it, each from the agent's {@code stats.stream}
 * counters of the host's flowtable devices (packets in and out, which offloaded packets also
 * pass) and its offloaded-flow count.
 */
public record DataPlaneCheck(Verdict verdict, String summary) {

	public enum Verdict {
		/** Traffic moved before the apply and still moves. */
		MOVING,
		/** Traffic moved before the apply and fell by more than 90 % after it: not confirmable. */
		STOPPED,
		/** The counters could not be read after the apply although they could before: not confirmable. */
		UNKNOWN,
		/** Too little traffic before the apply to compare (an idle link), or no flowtable devices. */
		IDLE,
		/** The counters could not be read before the apply (no statistics there): only SSH was checked. */
		NOT_WATCHED
	}

	/** How long the check watches after the apply for traffic that moves again, at most. */
	public static final int AFTER_SECONDS = 6;

	/** Below this many packets per second (in and out each) a link counts as idle: ND and ARP chatter. */
	static final double MOVING_PACKETS_PER_SECOND = 10;

	/** What the check proved or could not prove; STOPPED and UNKNOWN keep the Confirm from being offered. */
	public boolean confirmable() {
		return verdict != Verdict.STOPPED && verdict != Verdict.UNKNOWN;
	}

	/** One window: packets in and out on the devices, per second, and the offloaded flows at its end. */
	public record Window(double rxPerSecond, double txPerSecond, long offloaded) {
		boolean moving() {
			return Math.min(rxPerSecond, txPerSecond) >= MOVING_PACKETS_PER_SECOND;
		}

		double rate() {
			return Math.min(rxPerSecond, txPerSecond);
		}

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT, "%.0f pkt/s in, %.0f pkt/s out, %d offloaded flow(s)", rxPerSecond,
					txPerSecond, offloaded);
		}
	}

	/** The names of the devices of the host's flowtables, sorted; empty when it has none. */
	public static List<String> devices(Host host) {
		TreeSet<String> names = new TreeSet<>();
		for (Flowtable flowtable : host.getFlowtables()) {
			for (NetworkInterface device : flowtable.getDevices()) {
				names.add(device.getName());
			}
		}
		return List.copyOf(names);
	}

	/**
	 * Two samples one second apart from a {@code stats.stream} on {@code devices}; {@code null}
	 * when the stream gave fewer (it ended, or no sample came within the bound).
	 */
	public static Window sample(AgentClient agent, List<String> devices, String table) throws Exception {
		return sampleUntilMoving(agent, devices, table, 1);
	}

	/**
	 * One-second windows, at most {@code seconds} of them, until one shows traffic moving; that
	 * one, or the last. After a table replacement TCP senders that lost packets back off for a
	 * second or more (RTO doubling), so one quiet second right after the apply is no stop.
	 */
	public static Window sampleUntilMoving(AgentClient agent, List<String> devices, String table, int seconds)
			throws Exception {
		AgentClient.StatsStream stream = agent.stream(new AgentRequest.StatsStream(1, seconds + 1, devices, null, table,
				null), seconds + 4, Duration.ofSeconds(30));
		AgentData.StatsSample previous = null;
		Window last = null;
		boolean ended = false;
		while (true) {
			Event event = stream.next(Duration.ofSeconds(15));
			if (event == null || "end".equals(event.event())) {
				ended = event != null;
				break;
			}
			AgentData.StatsSample sample = AgentData.StatsSample.of(event, false);
			if (previous != null) {
				// the agent's time is in seconds; a window is at least the one second asked for
				double elapsed = Math.max(1, sample.time() - previous.time());
				last = new Window(delta(previous, sample, "rx_packets") / elapsed, delta(previous, sample, "tx_packets")
						/ elapsed, sample.offloadedSw() + sample.offloadedHw());
				if (last.moving()) {
					break;
				}
			}
			previous = sample;
		}
		if (!ended) {
			stream.stop(Duration.ofSeconds(10));
		}
		return last;
	}

	private static long delta(AgentData.StatsSample first, AgentData.StatsSample second, String counter) {
		long sum = 0;
		for (Map.Entry<String, Map<String, Long>> device : second.devices().entrySet()) {
			Long now = device.getValue().get(counter);
			Long then = first.devices().getOrDefault(device.getKey(), Map.of()).get(counter);
			if (now != null && then != null && now >= then) {
				sum += now - then;
			}
		}
		return sum;
	}

	/**
	 * The verdict from the windows before and after the apply; {@code before} is null when it could
	 * not be read, {@code after} when it could not be read afterwards ({@code afterError} says why).
	 */
	public static DataPlaneCheck compare(Window before, Window after, String afterError) {
		if (before == null) {
			return new DataPlaneCheck(Verdict.NOT_WATCHED, "the counters could not be read before the apply; only the SSH"
					+ " login was checked");
		}
		if (after == null) {
			return new DataPlaneCheck(Verdict.UNKNOWN, "the counters could not be read after the apply"
					+ (afterError == null ? "" : " (" + afterError + ")") + "; before it: " + before);
		}
		String figures = "before: " + before + "; after: " + after;
		if (!before.moving()) {
			return new DataPlaneCheck(Verdict.IDLE, "too little traffic before the apply to compare (" + figures + ")");
		}
		if (after.rate() < before.rate() / 10) {
			return new DataPlaneCheck(Verdict.STOPPED, "traffic stopped after the apply and did not move again within "
					+ AFTER_SECONDS + " s (" + figures + ")");
		}
		return new DataPlaneCheck(Verdict.MOVING, "traffic still moves (" + figures + ")");
	}

	/** For a host without flowtable devices: nothing of the data plane to watch. */
	public static DataPlaneCheck noDevices() {
		return new DataPlaneCheck(Verdict.IDLE, "no flowtable devices to watch; the SSH login was checked");
	}
}

package org.nftoffload.fleet.ops;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.nftoffload.model.Host;
import org.nftoffload.nft.NftNames;
import org.nftoffload.remote.HostKeyException;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentException;
import org.nftoffload.remote.agent.AgentMessage.Event;
import org.nftoffload.remote.agent.AgentProtocolException;
import org.nftoffload.remote.agent.AgentRequest;

/**
 * Live statistics of one host for the workbench's table: a stats stream that reconnects by itself
 * when the SSH connection or the agent goes away (backing off up to 30 s) and marks the first
 * sample after a reconnection as {@code gap}, so a chart never joins samples across missing time.
 * Samples go to {@code sink} on the watch's own thread; the UI moves them to the UI thread.
 * <p>
 * The watch reads only a {@link HostSnapshots copy} of the host, taken when it is made. An error
 * that no reconnection can cure (a table name the agent refuses, a changed host key, an agent of
 * another protocol, a request the agent calls malformed) ends the watch with {@link #failure()}
 * instead of reconnecting forever; the engineer fixes the cause and starts the watch again.
 */
public final class StatsWatch implements AutoCloseable {

	private final HostAgents agents;
	private final Host host;
	private final int interval;
	private final int buffer;
	private final Consumer<AgentData.StatsSample> sink;
	private final Thread thread;
	private volatile boolean stopped;
	private volatile AgentClient.StatsStream stream;
	private volatile int reconnects;
	private volatile String lastError;
	private volatile String failure;

	/** Answers of the agent that say the request itself is wrong: asking again gets the same answer. */
	private static final Set<String> PERMANENT_CODES = Set.of("bad_request", "line_too_long", "unknown_command",
			"bad_argument", "missing_argument", "not_root", "tool_missing");

	/**
	 * @param host the model's host or a copy of it; a host that is no copy yet is copied here, so make
	 *             the watch on the thread that owns the model (the UI thread)
	 */
	public StatsWatch(HostAgents agents, Host host, int intervalSeconds, int buffer, Consumer<AgentData.StatsSample> sink) {
		this.agents = agents;
		this.host = HostSnapshots.isSnapshot(host) ? host : HostSnapshots.of(host);
		this.interval = intervalSeconds;
		this.buffer = buffer;
		this.sink = sink;
		this.thread = new Thread(this::watch, "nft-offload stats " + this.host.getName());
		this.thread.setDaemon(true);
	}

	public StatsWatch start() {
		thread.start();
		return this;
	}

	private void watch() {
		// Checked before any connection: this cannot get better by reconnecting.
		if (!NftNames.isValidTableName(host.getTableName())) {
			end("host " + host.getName() + ": table name '" + host.getTableName() + "' is not " + NftNames.TABLE_NAME_RULE
					+ "; rename it and watch again");
			return;
		}
		boolean gap = false;
		long backoff = 1000;
		while (!stopped) {
			try {
				AgentRequest.StatsStream request = new AgentRequest.StatsStream(interval, null, null, null,
						host.getTableName(), null);
				AgentClient agent = agents.agent(host);
				stream = agent.stream(request, buffer, Duration.ofSeconds(30));
				while (!stopped) {
					Event event = stream.next(Duration.ofSeconds(interval + 30L));
					if (event == null) {
						throw new IOException("no statistics sample from " + host.getName() + " within " + (interval + 30) + " s");
					}
					if (event.event().equals("end")) {
						lastError = "stream ended: " + event.data().get("reason");
						break;
					}
					sink.accept(AgentData.StatsSample.of(event, gap));
					gap = false;
					backoff = 1000;
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (Exception e) {
				lastError = e.getMessage();
				if (permanent(e)) {
					agents.forget(host);
					end(host.getName() + ": " + e.getMessage() + " (not retried: reconnecting cannot change this)");
					return;
				}
			}
			if (stopped) {
				return;
			}
			gap = true;
			reconnects++;
			agents.forget(host);
			try {
				Thread.sleep(backoff);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			backoff = Math.min(backoff * 2, 30_000);
		}
	}

	private void end(String why) {
		lastError = why;
		failure = why;
	}

	/** Whether {@code e}, or what caused it, says that asking again gets the same answer. */
	static boolean permanent(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof IllegalArgumentException || t instanceof HostKeyException || t instanceof AgentProtocolException
					|| t instanceof AgentException a && PERMANENT_CODES.contains(a.code())) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	/**
	 * Why the watch gave up for good ({@code null} while it runs or reconnects): an error that no
	 * reconnection can cure.
	 */
	public String failure() {
		return failure;
	}

	/** Waits at most {@code timeout} for the watch's thread to end; whether it has. */
	public boolean awaitEnd(Duration timeout) throws InterruptedException {
		thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(timeout.toNanos())));
		return !thread.isAlive();
	}

	/** The copy of the host the watch reads (safe to read on any thread). */
	public Host host() {
		return host;
	}

	/** How often the watch had to reconnect. */
	public int reconnects() {
		return reconnects;
	}

	/** Why the stream last ended or failed ({@code null} while it never did). */
	public String lastError() {
		return lastError;
	}

	@Override
	public void close() {
		stopped = true;
		AgentClient.StatsStream running = stream;
		if (running != null) {
			try {
				running.stop(Duration.ofSeconds(5));
			} catch (IOException e) {
				// The connection is already gone; nothing to stop.
			}
		}
		thread.interrupt();
		try {
			thread.join(10_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

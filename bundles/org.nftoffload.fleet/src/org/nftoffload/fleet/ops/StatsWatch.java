package org.nftoffload.fleet.ops;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

import org.nftoffload.model.Host;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentMessage.Event;
import org.nftoffload.remote.agent.AgentRequest;

/**
 * Live statistics of one host for the workbench's table: a stats stream that reconnects by itself
 * when the SSH connection or the agent goes away (backing off up to 30 s) and marks the first
 * sample after a reconnection as {@code gap}, so a chart never joins samples across missing time.
 * Samples go to {@code sink} on the watch's own thread; the UI moves them to the UI thread.
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

	public StatsWatch(HostAgents agents, Host host, int intervalSeconds, int buffer, Consumer<AgentData.StatsSample> sink) {
		this.agents = agents;
		this.host = host;
		this.interval = intervalSeconds;
		this.buffer = buffer;
		this.sink = sink;
		this.thread = new Thread(this::watch, "nft-offload stats " + host.getName());
		this.thread.setDaemon(true);
	}

	public StatsWatch start() {
		thread.start();
		return this;
	}

	private void watch() {
		boolean gap = false;
		long backoff = 1000;
		while (!stopped) {
			try {
				AgentClient agent = agents.agent(host);
				stream = agent.stream(new AgentRequest.StatsStream(interval, null, null, null, host.getTableName(), null),
						buffer, Duration.ofSeconds(30));
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

package org.nftoffload.remote.agent;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.nftoffload.remote.agent.AgentMessage.Event;
import org.nftoffload.remote.agent.AgentMessage.Response;

/**
 * Talks protocol 1 with one running agent over its stdin/stdout (an SSH exec channel or a local
 * process). Requests are typed ({@link AgentRequest}); answers come back in order and are matched
 * to their request by id; stream events go to the {@link StatsStream} that asked for them through
 * a bounded buffer (the oldest samples are dropped and counted when the reader is slow).
 */
public final class AgentClient implements Closeable {

	/** The only protocol version this client speaks. */
	public static final int PROTOCOL_VERSION = 2;

	private final BufferedReader fromAgent;
	private final OutputStream toAgent;
	private final Closeable transport;
	private final String name;
	private final AtomicLong nextId = new AtomicLong(1);
	private final Deque<Pending> pending = new ArrayDeque<>();
	private final Map<String, StatsStream> streams = new ConcurrentHashMap<>();
	private final Thread reader;
	private volatile IOException failure;

	private record Pending(String id, CompletableFuture<Response> answer) {
	}

	/**
	 * @param name      the host, for messages
	 * @param transport closed with the client (the SSH channel or process)
	 */
	public AgentClient(String name, InputStream fromAgent, OutputStream toAgent, Closeable transport) {
		this.name = name;
		this.fromAgent = new BufferedReader(new InputStreamReader(fromAgent, StandardCharsets.UTF_8));
		this.toAgent = toAgent;
		this.transport = transport;
		this.reader = new Thread(this::readLoop, "nft-offload agent reader " + name);
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/** Sends {@code hello} and refuses an agent of another protocol version. */
	public AgentData.Hello hello(Duration timeout) throws IOException, AgentException, AgentProtocolException {
		AgentData.Hello hello = AgentData.Hello.of(callOk(new AgentRequest.Hello(), timeout));
		if (hello.protocolVersion() != PROTOCOL_VERSION) {
			throw new AgentProtocolException("the agent on " + name + " speaks protocol " + hello.protocolVersion()
					+ ", this console speaks " + PROTOCOL_VERSION + "; update the console or redeploy the agent");
		}
		return hello;
	}

	/** Sends a request and returns its answer, also when the answer is {@code ok:false}. */
	public Response call(AgentRequest request, Duration timeout) throws IOException {
		CompletableFuture<Response> answer = send(request, "c" + nextId.getAndIncrement());
		try {
			return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			throw new IOException("no answer from the agent on " + name + " to " + request.command() + " within "
					+ timeout.toSeconds() + " s");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for the agent on " + name, e);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
		}
	}

	/** Like {@link #call} but turns {@code ok:false} into an {@link AgentException}. */
	public Response callOk(AgentRequest request, Duration timeout) throws IOException, AgentException {
		Response response = call(request, timeout);
		if (!response.ok()) {
			throw new AgentException(response);
		}
		return response;
	}

	/** Starts a stats stream; samples arrive in {@link StatsStream#next(Duration)}. */
	public StatsStream stream(AgentRequest.StatsStream request, int buffer, Duration timeout)
			throws IOException, AgentException {
		String id = "s" + nextId.getAndIncrement();
		StatsStream stream = new StatsStream(id, buffer);
		streams.put(id, stream);
		Response answer;
		try {
			answer = send(request, id).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (Exception e) {
			streams.remove(id);
			throw e instanceof IOException io ? io : new IOException("stats.stream on " + name + ": " + e, e);
		}
		if (!answer.ok()) {
			streams.remove(id);
			throw new AgentException(answer);
		}
		return stream;
	}

	private CompletableFuture<Response> send(AgentRequest request, String id) throws IOException {
		String line = request.line(id) + "\n";
		CompletableFuture<Response> answer = new CompletableFuture<>();
		synchronized (pending) {
			if (failure != null) {
				throw new IOException("the connection to the agent on " + name + " is gone: " + failure.getMessage(), failure);
			}
			pending.addLast(new Pending(id, answer));
			// Written under the same lock as the queue so that the order of the queue is the wire order.
			toAgent.write(line.getBytes(StandardCharsets.US_ASCII));
			toAgent.flush();
		}
		return answer;
	}

	private void readLoop() {
		try {
			String line;
			while ((line = fromAgent.readLine()) != null) {
				dispatch(AgentMessage.parse(line));
			}
			fail(new IOException("the agent on " + name + " closed its output"));
		} catch (IOException e) {
			fail(e);
		} catch (AgentProtocolException e) {
			fail(new IOException(e.getMessage() + " (host " + name + ")", e));
		}
	}

	private void dispatch(AgentMessage message) {
		switch (message) {
		case Event event -> {
			StatsStream stream = streams.get(event.id());
			if (stream != null) {
				stream.offer(event);
				if ("end".equals(event.event())) {
					streams.remove(event.id());
				}
			}
		}
		case Response response -> {
			Pending first;
			synchronized (pending) {
				first = pending.pollFirst();
			}
			if (first == null) {
				return;
			}
			if (response.id() != null && !response.id().equals(first.id())) {
				first.answer().completeExceptionally(new IOException("the agent on " + name + " answered " + response.id()
						+ " where " + first.id() + " was expected; the session is out of step"));
				return;
			}
			first.answer().complete(response);
		}
		}
	}

	private void fail(IOException e) {
		synchronized (pending) {
			failure = e;
			for (Pending p : pending) {
				p.answer().completeExceptionally(e);
			}
			pending.clear();
		}
		streams.values().forEach(s -> s.offer(new Event(s.id, "end", null, Map.of("reason", "connection lost"))));
		streams.clear();
	}

	/** Whether the agent connection still works. */
	public boolean isAlive() {
		return failure == null;
	}

	@Override
	public void close() throws IOException {
		try {
			toAgent.close();
		} finally {
			transport.close();
		}
	}

	/** A running {@code stats.stream}: bounded buffer of events, {@link #stop} ends it. */
	public final class StatsStream {
		private final String id;
		private final BlockingQueue<Event> events;
		private final AtomicLong dropped = new AtomicLong();
		private volatile boolean ended;

		private StatsStream(String id, int buffer) {
			this.id = id;
			this.events = new ArrayBlockingQueue<>(Math.max(2, buffer));
		}

		private void offer(Event event) {
			while (!events.offer(event)) {
				if (events.poll() != null) {
					dropped.incrementAndGet();
				}
			}
		}

		/** The next sample or end event, or {@code null} when none came within {@code timeout}. */
		public Event next(Duration timeout) throws InterruptedException {
			if (ended && events.isEmpty()) {
				return null;
			}
			Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (event != null && "end".equals(event.event())) {
				ended = true;
			}
			return event;
		}

		/** Samples dropped because the buffer was full. */
		public long dropped() {
			return dropped.get();
		}

		public String id() {
			return id;
		}

		public void stop(Duration timeout) throws IOException {
			if (streams.containsKey(id)) {
				call(new AgentRequest.Stop(id), timeout);
			}
		}
	}
}

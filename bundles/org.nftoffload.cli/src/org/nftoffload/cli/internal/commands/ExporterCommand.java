package org.nftoffload.cli.internal.commands;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.nftoffload.cli.internal.CommandFailure;
import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.metrics.FleetMetrics;
import org.nftoffload.fleet.metrics.FleetStatsFeed;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.StatsWatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nftoffload exporter}: the selected hosts' statistics streams, served to Prometheus as
 * {@code GET /metrics} until the process is stopped. SIGTERM or SIGINT (a shutdown hook) and an
 * interrupt of the command's thread (tests) both end it the same way: the HTTP server stops, each
 * stream is stopped on its host and the SSH sessions close.
 */
@Command(name = "exporter", header = "Serve the hosts' statistics to Prometheus (GET /metrics) until stopped.",
		description = { "Keeps one statistics stream per host (reconnecting by itself) and answers GET /metrics in"
				+ " Prometheus' text format; a host whose stream is down reports nftoffload_up 0 and no old values.",
				"Runs until SIGTERM or SIGINT, which stop the streams and close the SSH sessions." })
public final class ExporterCommand extends ConsoleCommand {

	@Mixin
	FleetOptions fleet;

	@Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9630",
			description = "Address to serve on, e.g. 127.0.0.1:9630 or [::1]:9630 (default: ${DEFAULT-VALUE}).")
	String listen;

	@Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "10",
			description = "Seconds between samples on each host, 1-3600 (default: ${DEFAULT-VALUE}).")
	int interval;

	@Option(names = "--drift-interval", paramLabel = "SECONDS", defaultValue = "300",
			description = { "Seconds between drift checks of every host (nftoffload_drift), 10-86400, or 0 for none"
					+ " (default: ${DEFAULT-VALUE}). A check probes each host and lists its ruleset, as 'nftoffload drift' does,"
					+ " --parallel hosts at once." })
	int driftInterval;

	@Mixin
	HelpOption help;

	/** Counted down when the command is to stop (by the shutdown hook); tests interrupt instead. */
	private final CountDownLatch stopRequested = new CountDownLatch(1);
	/** Counted down once the streams and sessions are closed, which the shutdown hook waits for. */
	private final CountDownLatch closed = new CountDownLatch(1);

	@Override
	public Integer call() throws CommandFailure {
		if (interval < 1 || interval > 3600) {
			throw usage("--interval must be 1-3600 seconds");
		}
		if (driftInterval != 0 && (driftInterval < 10 || driftInterval > 86400)) {
			throw usage("--drift-interval must be 10-86400 seconds, or 0 for no drift checks");
		}
		InetSocketAddress address = listenAddress(listen);
		fleet.load(false);
		// Bound before any SSH connection: a port in use is refused at once, having touched no host.
		HttpServer server = bind(address);
		ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
		Thread hook = new Thread(this::stopAndAwaitClose, "nftoffload exporter shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		HostAgents agents = null;
		FleetStatsFeed feed = null;
		try {
			agents = fleet.openAgents();
			feed = new FleetStatsFeed(agents, fleet.hosts, interval);
			if (driftInterval > 0) {
				feed.checkDrift(Duration.ofSeconds(driftInterval), fleet.parallel);
			}
			feed.start();
			FleetStatsFeed serving = feed;
			server.createContext("/", exchange -> answer(exchange, serving));
			server.setExecutor(handlers);
			server.start();
			console.out().println(name() + ": serving http://" + hostForUrl(server.getAddress()) + "/metrics for "
					+ fleet.hosts.size() + " host(s), a sample every " + interval + " s, "
					+ (driftInterval > 0 ? "a drift check every " + driftInterval + " s" : "no drift checks")
					+ "; stop with SIGTERM or Ctrl-C");
			console.out().flush();
			reportFailuresUntilStopped(feed);
		} catch (InterruptedException e) {
			// the test's way of stopping; the cleanup below is the same as for a signal
		} finally {
			server.stop(0);
			handlers.shutdownNow();
			if (feed != null) {
				feed.close();
			}
			if (agents != null) {
				agents.close();
			}
			console.out().println(name() + ": stopped; statistics streams and SSH sessions closed");
			console.out().flush();
			closed.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// the JVM is shutting down: the hook runs and finds everything closed
			}
		}
		return ExitCodes.OK;
	}

	/** Until stopped: each host's stream that gives up for good is said once on stderr. */
	private void reportFailuresUntilStopped(FleetStatsFeed feed) throws InterruptedException {
		Set<StatsWatch> reported = new HashSet<>();
		while (!stopRequested.await(1, TimeUnit.SECONDS)) {
			for (StatsWatch watch : feed.watches()) {
				if (watch.failure() != null && reported.add(watch)) {
					console.err().println(name() + ": " + watch.failure() + "; reported as nftoffload_up 0");
				}
			}
		}
	}

	private void stopAndAwaitClose() {
		stopRequested.countDown();
		try {
			// each stream may wait up to 5 s for its agent to confirm the stop
			closed.await(20, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void answer(HttpExchange exchange, FleetStatsFeed feed) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String method = exchange.getRequestMethod();
			if (!path.equals("/metrics") && !path.equals("/")) {
				send(exchange, 404, "text/plain; charset=utf-8", "Not found; the metrics are at /metrics\n", method);
				return;
			}
			if (!method.equals("GET") && !method.equals("HEAD")) {
				exchange.getResponseHeaders().set("Allow", "GET, HEAD");
				send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD\n", method);
				return;
			}
			if (path.equals("/")) {
				send(exchange, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>nftoffload exporter</title>"
						+ "</head><body><p>nft-offload Console exporter: <a href=\"/metrics\">/metrics</a></p></body></html>\n",
						method);
				return;
			}
			send(exchange, 200, FleetMetrics.CONTENT_TYPE, FleetMetrics.render(feed.readings()), method);
		}
	}

	private static void send(HttpExchange exchange, int status, String contentType, String body, String method)
			throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		if (method.equals("HEAD")) {
			exchange.sendResponseHeaders(status, -1);
			return;
		}
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream stream = exchange.getResponseBody()) {
			stream.write(bytes);
		}
	}

	private HttpServer bind(InetSocketAddress address) throws CommandFailure {
		try {
			return HttpServer.create(address, 0);
		} catch (BindException e) {
			throw new CommandFailure(ExitCodes.USAGE_OR_INPUT, "cannot listen on " + listen + ": " + e.getMessage()
					+ " (another exporter or program has the port, or the address is not this machine's); pick another with --listen");
		} catch (IOException e) {
			throw new CommandFailure(ExitCodes.USAGE_OR_INPUT, "cannot listen on " + listen + ": " + e.getMessage());
		}
	}

	/**
	 * {@code HOST:PORT} ({@code [IPV6]:PORT} for an IPv6 address) as a socket address; a usage error
	 * for anything else.
	 */
	InetSocketAddress listenAddress(String text) {
		String host;
		String port;
		if (text.startsWith("[")) {
			int close = text.indexOf("]:");
			if (close < 0) {
				throw usage("--listen " + text + ": an IPv6 address needs its port after the bracket, e.g. [::1]:9630");
			}
			host = text.substring(1, close);
			port = text.substring(close + 2);
		} else {
			int colon = text.lastIndexOf(':');
			if (colon <= 0 || text.indexOf(':') != colon) {
				throw usage("--listen " + text + ": expected HOST:PORT, e.g. 127.0.0.1:9630 (an IPv6 address in brackets: [::1]:9630)");
			}
			host = text.substring(0, colon);
			port = text.substring(colon + 1);
		}
		if (host.isEmpty() || !port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
			throw usage("--listen " + text + ": expected HOST:PORT with a port 1-65535, e.g. 127.0.0.1:9630");
		}
		try {
			return new InetSocketAddress(InetAddress.getByName(host), Integer.parseInt(port));
		} catch (UnknownHostException e) {
			throw usage("--listen " + text + ": unknown host '" + host + "'");
		}
	}

	private static String hostForUrl(InetSocketAddress address) {
		String host = address.getAddress().getHostAddress();
		return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
	}
}

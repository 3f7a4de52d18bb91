package org.nftoffload.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.cli.internal.CliRunner;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.Fleet;
import org.nftoffload.tests.fixtures.BoundedProcess;
import org.nftoffload.tests.fixtures.OpenSshServer;
import org.nftoffload.tests.fixtures.Prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code nftoffload exporter} against a real sshd on loopback running the real agent, scraped by
 * a real Prometheus server (Debian's package) that the test starts. This machine's kernel has no
 * flowtables, so the host offloads nothing: the test asks for the series, not for flows.
 */
class ExporterCommandTest {

	private static final Duration WAIT = Duration.ofSeconds(60);

	@TempDir
	static Path dir;
	static OpenSshServer server;
	static Path home;
	static Path fleetFile;
	/** HOST:PORT of the exporter under test. */
	private String exporterAddress;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void start() throws Exception {
		LoopbackHost loopback = LoopbackHost.start(dir, "exporter");
		server = loopback.server();
		home = loopback.home();
		fleetFile = loopback.fleetFile();
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@RegisterExtension
	final TestUserHome userHome = new TestUserHome(() -> home);

	@Test
	void wrongListenAddressesAndIntervalsAreUsageErrors() {
		CliRunner cli = new CliRunner();
		for (String listen : new String[] { "9630", "127.0.0.1", "127.0.0.1:", ":9630", "127.0.0.1:0", "127.0.0.1:65536",
				"127.0.0.1:http", "::1:9630", "[::1]9630" }) {
			assertEquals(2, cli.run("exporter", "--fleet", fleetFile.toString(), "--listen", listen), listen + ": " + cli.err());
			assertTrue(cli.err().contains("nftoffload exporter: --listen " + listen + ": expected HOST:PORT")
					|| cli.err().contains("needs its port after the bracket"), cli.err());
			assertTrue(cli.err().contains("usage: nftoffload exporter"), cli.err());
		}
		assertEquals(2, cli.run("exporter", "--fleet", fleetFile.toString(), "--interval", "0"), cli.err());
		assertTrue(cli.err().contains("--interval must be 1-3600 seconds"), cli.err());
		assertEquals(2, cli.run("exporter", "--fleet", fleetFile.toString(), "--drift-interval", "5"), cli.err());
		assertTrue(cli.err().contains("--drift-interval must be 10-86400 seconds, or 0 for no drift checks"), cli.err());
		assertEquals(2, cli.run("exporter", "--listen", "127.0.0.1:9630"), cli.err());
		assertTrue(cli.err().contains("--fleet FILE is required"), cli.err());
	}

	@Test
	void aPortInUseIsRefusedBeforeAnyHostIsContacted() throws Exception {
		CliRunner cli = new CliRunner();
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			String listen = "127.0.0.1:" + taken.getLocalPort();
			assertEquals(2, cli.run("exporter", "--fleet", fleetFile.toString(), "--listen", listen), cli.out() + cli.err());
			assertTrue(cli.err().startsWith("nftoffload exporter: cannot listen on " + listen + ": ")
					&& cli.err().contains("pick another with --listen"), cli.err());
			assertFalse(cli.out().contains("serving"), cli.out());
		}
	}

	@Test
	void prometheusScrapesTheExporter() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = free.getLocalPort();
		}
		String listen = "127.0.0.1:" + port;
		exporterAddress = listen;
		CliRunner cli = new CliRunner();
		// r1 probed, and recorded as applied with a table the host does not have: drifted
		Path drifted = dir.resolve("drifted.nftfleet");
		Fleet fleet = FleetFiles.load(fleetFile);
		fleet.getHosts().get(0).setTableName("nftoexporter" + ProcessHandle.current().pid());
		FleetFiles.save(fleet, drifted);
		assertEquals(0, cli.run("probe", "--fleet", drifted.toString(), "--accept-new"), cli.out() + cli.err());
		fleet = FleetFiles.load(drifted);
		fleet.getHosts().get(0).setLastApplyStatus(ApplyStatus.APPLIED);
		FleetFiles.save(fleet, drifted);
		AtomicInteger exitCode = new AtomicInteger(-1);
		Thread exporter = new Thread(() -> exitCode.set(cli.run("exporter", "--fleet", drifted.toString(), "--accept-new",
				"--listen", listen, "--interval", "1", "--drift-interval", "10")), "exporter under test");
		Prometheus prometheus = null;
		exporter.start();
		try {
			awaitTrue(() -> cli.out().contains("serving http://" + listen + "/metrics for 1 host(s), a sample every 1 s,"
					+ " a drift check every 10 s"), "the exporter serves", () -> cli.out() + cli.err());

			String metrics = awaitBody("/metrics", body -> body.contains("nftoffload_up{host=\"r1\"} 1"));
			assertTrue(metrics.contains("# TYPE nftoffload_offloaded_flows gauge")
					&& metrics.contains("nftoffload_offloaded_flows{host=\"r1\",mode=\"sw\"} ")
					&& metrics.contains("nftoffload_stream_reconnects_total{host=\"r1\"} 0"), metrics);
			assertTrue(metrics.contains("nftoffload_interface_receive_bytes_total{host=\"r1\",device=\""),
					"the agent reports every interface but lo: " + metrics);
			metrics = awaitBody("/metrics", body -> body.contains("nftoffload_drift{host=\"r1\"} "));
			assertTrue(metrics.contains("nftoffload_drift{host=\"r1\"} 1\n")
					&& metrics.contains("nftoffload_drift_state{host=\"r1\",state=\"drifted\"} 1\n")
					&& metrics.contains("nftoffload_drift_state{host=\"r1\",state=\"in_sync\"} 0\n")
					&& metrics.contains("nftoffload_drift_check_timestamp_seconds{host=\"r1\"} "),
					"the first drift check runs at once and finds the table missing: " + metrics);
			BoundedProcess check = Prometheus.checkMetrics(metrics);
			assertEquals(0, check.exitCode(), check.output() + "\n" + metrics);
			assertEquals("", check.output().strip(), metrics);

			HttpResponse<String> root = get("/");
			assertEquals(200, root.statusCode());
			assertTrue(root.body().contains("href=\"/metrics\""), root.body());
			assertEquals(404, get("/nosuch").statusCode());
			assertEquals(405, http.send(HttpRequest.newBuilder(URI.create("http://" + listen + "/metrics"))
					.POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString()).statusCode());

			prometheus = Prometheus.start(dir.resolve("prometheus"), listen);
			Prometheus scraper = prometheus;
			JsonNode up = awaitResult(scraper, "nftoffload_up");
			// in the test log: what Prometheus itself answered, for whoever reads a CI run
			System.out.println("Prometheus: nftoffload_up = " + up);
			assertEquals("r1", up.get(0).get("metric").get("host").asText(), up.toString());
			assertEquals("nftoffload", up.get(0).get("metric").get("job").asText(), up.toString());
			assertEquals("1", up.get(0).get("value").get(1).asText(), "the host is up as Prometheus sees it: " + up);
			JsonNode software = awaitResult(scraper, "nftoffload_offloaded_flows{mode=\"sw\"}");
			System.out.println("Prometheus: nftoffload_offloaded_flows{mode=\"sw\"} = " + software);
			assertEquals("r1", software.get(0).get("metric").get("host").asText(), software.toString());
			assertEquals("0", software.get(0).get("value").get(1).asText(),
					"this machine's kernel has no flowtables, so nothing is offloaded: " + software);
			JsonNode drift = awaitResult(scraper, "nftoffload_drift");
			System.out.println("Prometheus: nftoffload_drift = " + drift);
			assertEquals("1", drift.get(0).get("value").get(1).asText(), "r1 drifted, as Prometheus sees it: " + drift);
			JsonNode scrape = awaitResult(scraper, "up{job=\"nftoffload\"}");
			assertEquals("1", scrape.get(0).get("value").get(1).asText(), "Prometheus' own scrape health: " + scrape);
		} finally {
			if (prometheus != null) {
				prometheus.close();
			}
			exporter.interrupt();
			exporter.join(30_000);
		}
		assertFalse(exporter.isAlive(), "the exporter ends within 30 s of being stopped");
		assertEquals(0, exitCode.get(), cli.out() + cli.err());
		assertTrue(cli.out().contains("nftoffload exporter: stopped; statistics streams and SSH sessions closed"), cli.out());
		assertTrue(isClosed(port), "the exporter's port is free again");
	}

	/** The query's result array, once it has a series (at most {@link #WAIT}). */
	private static JsonNode awaitResult(Prometheus prometheus, String promql) throws Exception {
		long deadline = System.nanoTime() + WAIT.toNanos();
		String last = "";
		while (System.nanoTime() < deadline) {
			last = prometheus.query(promql);
			JsonNode answer = new ObjectMapper().readTree(last);
			assertEquals("success", answer.get("status").asText(), last);
			JsonNode result = answer.get("data").get("result");
			if (result.size() > 0) {
				return result;
			}
			Thread.sleep(500);
		}
		fail("Prometheus had no series for " + promql + " within " + WAIT.toSeconds() + " s; last answer " + last
				+ "; its log: " + prometheus.log());
		return null;
	}

	private String awaitBody(String path, Predicate<String> done) throws Exception {
		long deadline = System.nanoTime() + WAIT.toNanos();
		String last = "";
		while (System.nanoTime() < deadline) {
			HttpResponse<String> answer = get(path);
			assertEquals(200, answer.statusCode(), answer.body());
			assertEquals("text/plain; version=0.0.4; charset=utf-8", answer.headers().firstValue("Content-Type").orElse(""));
			last = answer.body();
			if (done.test(last)) {
				return last;
			}
			Thread.sleep(500);
		}
		fail(path + " did not become as expected within " + WAIT.toSeconds() + " s; last answer:\n" + last);
		return null;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://" + exporterAddress + path)).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static void awaitTrue(java.util.function.BooleanSupplier condition, String what,
			java.util.function.Supplier<String> context) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail(what + ": not within " + WAIT.toSeconds() + " s; " + context.get());
			}
			Thread.sleep(200);
		}
	}

	private static boolean isClosed(int port) {
		try (java.net.Socket socket = new java.net.Socket()) {
			socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
			return false;
		} catch (IOException refused) {
			return true;
		}
	}
}

package org.nftoffload.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentMessage;
import org.nftoffload.remote.agent.AgentMessage.Event;
import org.nftoffload.remote.agent.AgentMessage.Response;
import org.nftoffload.remote.agent.AgentRequest;

/**
 * Every shared transcript against the client: the typed requests produce exactly the recorded
 * request lines (or are refused by the client where the agent refused them), and the client reads
 * every recorded answer and event. A scripted peer plays the agent's side of the transcript.
 */
class TranscriptReplayTest {

	static final Set<String> REFUSED_BEFORE_RUNNING = Set.of("bad_request", "bad_argument", "unknown_command",
			"missing_argument");

	static Stream<Path> transcripts() throws IOException {
		List<Path> files = new ArrayList<>();
		try (var list = Files.list(Transcript.directory())) {
			list.filter(p -> p.toString().endsWith(".transcript")).sorted().forEach(files::add);
		}
		assertTrue(files.size() >= 6, "the shared transcripts are there: " + files);
		return files.stream();
	}

	@ParameterizedTest
	@MethodSource("transcripts")
	void clientReplaysTranscript(Path file) throws Exception {
		Transcript transcript = Transcript.read(file);
		List<Transcript.Exchange> sendable = new ArrayList<>();
		for (Transcript.Exchange exchange : transcript.exchanges()) {
			Response recorded = answerOf(exchange);
			AgentRequest typed;
			try {
				typed = Transcript.typed(exchange.requestLine());
			} catch (IllegalArgumentException refused) {
				assertTrue(REFUSED_BEFORE_RUNNING.contains(recorded.code()), transcript.name() + ": the client refuses '"
						+ exchange.requestLine() + "' that the agent accepted (" + recorded.code() + "): " + refused.getMessage());
				continue;
			}
			assertEquals(exchange.requestLine(), typed.line(exchange.id()), transcript.name() + ": typed request line");
			sendable.add(exchange);
		}
		replay(transcript.name(), sendable);
	}

	/** Drives a client through the exchanges while a peer thread answers from the transcript. */
	private static void replay(String name, List<Transcript.Exchange> exchanges) throws Exception {
		PipedInputStream peerReads = new PipedInputStream(1 << 22);
		PipedOutputStream clientWrites = new PipedOutputStream(peerReads);
		PipedInputStream clientReads = new PipedInputStream(1 << 22);
		PipedOutputStream peerWrites = new PipedOutputStream(clientReads);
		List<String> peerErrors = new CopyOnWriteArrayList<>();
		Thread peer = new Thread(() -> playAgent(exchanges, peerReads, peerWrites, peerErrors), "transcript peer");
		peer.setDaemon(true);
		peer.start();
		try (AgentClient client = new AgentClient(name, clientReads, clientWrites, () -> peerWrites.close())) {
			AgentClient.StatsStream stream = null;
			for (Transcript.Exchange exchange : exchanges) {
				AgentRequest request = Transcript.typed(exchange.requestLine());
				List<AgentMessage> expected = new ArrayList<>();
				for (String line : exchange.answerLines()) {
					expected.add(AgentMessage.parse(line));
				}
				Response recorded = answerOf(exchange);
				long events = expected.stream().filter(m -> m instanceof Event).count();
				if (request instanceof AgentRequest.StatsStream statsRequest) {
					stream = client.stream(statsRequest, 64, Duration.ofSeconds(5));
					List<AgentData.StatsSample> samples = new ArrayList<>();
					for (int i = 0; i < events; i++) {
						Event event = stream.next(Duration.ofSeconds(5));
						assertNotNull(event, name + ": stream event " + (i + 1));
						assertEquals("sample", event.event());
						samples.add(AgentData.StatsSample.of(event, false));
					}
					assertTrue(samples.stream().anyMatch(s -> s.offloadedSw() > 0), name + ": offloaded flows seen");
					// counted from conntrack's summary of kernel-filtered dumps (conntrack 1.4.7, kernel 6.1)
					assertTrue(samples.stream().allMatch(s -> "status_filter".equals(s.counted())),
							name + ": counted " + samples.stream().map(AgentData.StatsSample::counted).distinct().toList());
					// Offload made visible: the forward chain sees only the first packets of each flow
					// while the interface counters rise by thousands.
					long forward = samples.get(samples.size() - 1).forwardPackets() - samples.get(0).forwardPackets();
					long lan = samples.get(samples.size() - 1).devices().get("lan0").get("rx_packets")
							- samples.get(0).devices().get("lan0").get("rx_packets");
					assertTrue(forward < 100 && lan > 1000, name + ": forward +" + forward + ", lan0 rx +" + lan);
					continue;
				}
				if (request instanceof AgentRequest.Stop && stream != null) {
					Response answer = client.call(new AgentRequest.Stop(stream.id()), Duration.ofSeconds(5));
					assertEquals(recorded.code(), answer.code());
					Event end = stream.next(Duration.ofSeconds(5));
					assertEquals("end", end.event());
					assertEquals("stopped", end.data().get("reason"));
					continue;
				}
				Response answer = client.call(request, Duration.ofSeconds(5));
				assertEquals(recorded.ok(), answer.ok(), name + " " + exchange.id());
				assertEquals(recorded.code(), answer.code(), name + " " + exchange.id());
				assertEquals(recorded.message(), answer.message());
				checkTypedView(name, request, answer);
			}
		}
		if (!peerErrors.isEmpty()) {
			fail(name + ": " + peerErrors);
		}
	}

	/** The answer to the exchange's request (stream events of the same id may come before or after it). */
	private static Response answerOf(Transcript.Exchange exchange) throws Exception {
		for (String line : exchange.answerLines()) {
			if (AgentMessage.parse(line) instanceof Response response && exchange.id().equals(response.id())) {
				return response;
			}
		}
		throw new AssertionError("no answer to " + exchange.requestLine());
	}

	private static void checkTypedView(String name, AgentRequest request, Response answer) {
		if (!answer.ok()) {
			return;
		}
		switch (request) {
		case AgentRequest.Hello h -> {
			AgentData.Hello hello = AgentData.Hello.of(answer);
			assertEquals(AgentClient.PROTOCOL_VERSION, hello.protocolVersion());
			assertTrue(hello.capabilities().containsAll(List.of("hello", "probe", "apply", "confirm", "rollback",
					"stats.stream", "stop")), hello.capabilities().toString());
		}
		case AgentRequest.Probe p -> {
			AgentData.Probe probe = AgentData.Probe.of(answer);
			assertEquals("debian", probe.osId());
			assertTrue(probe.interfaces().stream().anyMatch(i -> Boolean.FALSE.equals(i.hwOffloadSupported())
					&& i.hwOffloadMessage().contains("not supported by driver veth")), name + ": " + probe.interfaces());
			assertTrue(probe.modules().containsKey("nft_flow_offload"), probe.modules().toString());
			// what the console keeps of each interface besides name and driver
			AgentData.Interface lan0 = probe.interfaces().stream().filter(i -> i.name().equals("lan0")).findFirst().orElseThrow();
			assertEquals(List.of(), lan0.lower());
			assertEquals(null, lan0.eswitchMode());
			assertTrue(lan0.hwOffloadStderr().contains("Operation not supported"), lan0.hwOffloadStderr());
			assertTrue(probe.devlink(), "the lab router has devlink");
			assertEquals(Long.valueOf(30), probe.sysctls().get("net.netfilter.nf_flowtable_tcp_timeout"));
			assertTrue(probe.sysctls().containsKey("net.netfilter.nf_flowtable_tcp_pickup")
					&& probe.sysctls().get("net.netfilter.nf_flowtable_tcp_pickup") == null, probe.sysctls().toString());
			AgentData.Interface lo = probe.interfaces().stream().filter(i -> i.name().equals("lo")).findFirst().orElseThrow();
			assertEquals(null, lo.hwOffloadSupported(), "no dry run on lo");
		}
		case AgentRequest.Apply a -> {
			AgentData.Applied applied = AgentData.Applied.of(answer);
			assertTrue(!applied.generation().isEmpty() && applied.deadline() > 0, applied.toString());
		}
		case AgentRequest.RulesetPersist p -> {
			AgentData.RulesetPersisted kept = AgentData.RulesetPersisted.of(answer);
			assertEquals(p.enable(), kept.enabled());
			assertEquals("/etc/nft-offload/ruleset.nft", kept.file());
			assertEquals("sysvinit", kept.boot(), name + ": the lab boots without systemd");
			if (p.enable()) {
				assertEquals(p.generation(), kept.generation());
				assertTrue(kept.files().contains("/etc/init.d/nft-offload-ruleset"), kept.files().toString());
			}
		}
		default -> {
		}
		}
	}

	/** The agent's side: checks each request line (ids mapped) and writes the recorded lines. */
	private static void playAgent(List<Transcript.Exchange> exchanges, PipedInputStream in, OutputStream out,
			List<String> errors) {
		Map<String, String> clientToRecorded = new HashMap<>();
		Map<String, String> recordedToClient = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
			for (Transcript.Exchange exchange : exchanges) {
				String line = reader.readLine();
				if (line == null) {
					errors.add("client closed before " + exchange.requestLine());
					return;
				}
				String[] words = line.split(" ");
				clientToRecorded.put(words[0], exchange.id());
				recordedToClient.put(exchange.id(), words[0]);
				StringBuilder mapped = new StringBuilder(exchange.id());
				for (int i = 1; i < words.length; i++) {
					String word = words[i];
					if (word.startsWith("target=")) {
						word = "target=" + clientToRecorded.getOrDefault(word.substring(7), word.substring(7));
					}
					mapped.append(' ').append(word);
				}
				if (!mapped.toString().equals(exchange.requestLine())) {
					errors.add("expected '" + exchange.requestLine() + "', client sent '" + line + "'");
				}
				for (String answer : exchange.answerLines()) {
					String id = ((AgentMessage) AgentMessage.parse(answer)).id();
					String rewritten = answer.replaceFirst("^\\{\"id\":\"[^\"]*\"",
							"{\"id\":\"" + recordedToClient.getOrDefault(id, id) + "\"");
					out.write((rewritten + "\n").getBytes(StandardCharsets.UTF_8));
					out.flush();
				}
			}
			reader.readLine(); // until the client closes
		} catch (Exception e) {
			if (!(e instanceof IOException && errors.isEmpty())) {
				errors.add(e.toString());
			}
		}
	}

	@Test
	void everyRecordedLineParses() throws Exception {
		int lines = 0;
		for (Path file : transcripts().toList()) {
			for (Transcript.Exchange exchange : Transcript.read(file).exchanges()) {
				for (String line : exchange.answerLines()) {
					AgentMessage message = AgentMessage.parse(line);
					assertNotNull(message.data());
					lines++;
				}
			}
		}
		assertTrue(lines >= 38, "lines parsed: " + lines);
	}

	@Test
	void malformedAgentLinesAreRefused() {
		for (String bad : List.of("", "[]", "{\"id\":\"1\"}", "{\"id\":\"1\",\"ok\":true,\"code\":\"ok\"}",
				"{\"id\":\"1\",\"ok\":true,\"code\":\"ok\",\"message\":\"m\",\"stderr\":\"\",\"data\":{}} x",
				"{\"id\":\"1\",\"ok\":tru}")) {
			assertThrows(org.nftoffload.remote.agent.AgentProtocolException.class, () -> AgentMessage.parse(bad), bad);
		}
	}

	@Test
	void hostileValuesNeverBecomeRequests() {
		assertThrows(IllegalArgumentException.class,
				() -> new AgentRequest.StatsStream(null, null, List.of("$(reboot)"), null, null, null));
		assertThrows(IllegalArgumentException.class, () -> new AgentRequest.RulesetGet("text", "inet", "x;reboot"));
		assertThrows(IllegalArgumentException.class, () -> new AgentRequest.Stop("a b"));
		assertThrows(IllegalArgumentException.class, () -> new AgentRequest.ModuleBuild("/lib/../etc", null, null, null));
		assertThrows(IllegalArgumentException.class, () -> new AgentRequest.Hello().line("id with space"));
		// confirm and rollback always name the generation of their apply
		assertThrows(IllegalArgumentException.class, () -> new AgentRequest.Confirm(null));
		assertThrows(IllegalArgumentException.class, () -> new AgentRequest.Rollback("1-2;reboot"));
		assertEquals("c1 confirm generation=1796194016-205-a1", new AgentRequest.Confirm("1796194016-205-a1").line("c1"));
		// The payload travels as base64, so nft text with any characters is fine.
		String line = new AgentRequest.Apply("table inet nftoffload { comment \"$(x);\" }\n", null, null, 30).line("a1");
		assertTrue(line.matches("[A-Za-z0-9 =_.,:/+-]+"), line);
	}
}

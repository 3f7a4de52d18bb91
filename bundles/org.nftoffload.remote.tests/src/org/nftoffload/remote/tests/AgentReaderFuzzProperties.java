package org.nftoffload.remote.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentMessage;
import org.nftoffload.remote.agent.AgentProtocolException;
import org.nftoffload.remote.agent.AgentRequest;
import org.nftoffload.tests.fixtures.Fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property-based fuzzing of what the console reads from an agent, with jqwik: the agent's real
 * answers and events (docs/agent-transcripts) mutated, soups of its JSON, random text and bytes.
 * A line either reads as a message whose data every reader of {@link AgentData} takes, or is
 * refused with AgentProtocolException; a whole stream read by {@link AgentClient} ends a call
 * with an answer or an IOException (the host's failure), never with the reader thread dead and
 * the caller left waiting. Tries: {@code jqwik.tries.default} (releng/fuzz.sh raises it).
 */
class AgentReaderFuzzProperties {

	/** Far beyond any answer here: a call that takes this long was left waiting by a dead reader. */
	private static final Duration DEAD_READER = Duration.ofSeconds(10);

	private static List<String> agentLines() throws IOException {
		List<String> lines = new ArrayList<>();
		Path transcripts = Path.of(System.getProperty("nfto.repo"), "docs/agent-transcripts");
		try (Stream<Path> files = Files.walk(transcripts)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".transcript")).sorted().toList()) {
				Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("< "))
						.map(l -> l.substring(2)).forEach(lines::add);
			}
		}
		if (lines.size() < 10) {
			throw new IllegalStateException("too few agent lines in " + transcripts + ": " + lines.size());
		}
		return lines;
	}

	@Provide
	Arbitrary<String> agentLine() throws IOException {
		List<String> tokens = List.of("{", "}", "[", "]", ":", ",", "\"id\"", "\"c1\"", "\"ok\"", "true", "false", "null",
				"\"code\"", "\"message\"", "\"stderr\"", "\"data\"", "\"event\"", "\"sample\"", "\"end\"", "\"seq\"", "1", "-1",
				"1.5", "1e30", "18446744073709551616", "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"interfaces\"", "\"devices\"",
				"\"modules\"", "\"kernel\"", "\"release\"", "\"cpu\"", "\"busy\"", "\"conntrack\"", "\"generation\"");
		return Arbitraries.oneOf(Fuzz.mutated(agentLines()), Fuzz.soup(tokens, 60), Fuzz.text(300), wellFormedLine());
	}

	/**
	 * Well-formed JSON objects with the protocol's member names and values of any type and size:
	 * past the JSON reader, into what the client makes of members it expects to be of one type.
	 */
	private static Arbitrary<String> wellFormedLine() {
		Arbitrary<String> scalar = Arbitraries.of("0", "1", "-1", "1.5", "-0", "1e30", "1E-30", "9223372036854775808",
				"-9223372036854775809", "18446744073709551615", "true", "false", "null", "\"\"", "\"c1\"", "\"s2\"",
				"\"sample\"", "\"end\"", "\"ok\"", "\"x\\u0000y\"", "\"\\ud800\"");
		Arbitrary<String> keys = Arbitraries.of("id", "ok", "code", "message", "stderr", "data", "event", "seq", "time",
				"os", "kernel", "release", "interfaces", "name", "lower", "mtu", "hw_offload", "supported", "modules",
				"devices", "rx_bytes", "conntrack", "total", "offloaded_sw", "cpu", "busy", "protocol_version",
				"capabilities", "root", "generation", "timeout", "deadline", "sysctl", "tools", "devlink", "config",
				"symbols", "installed", "enabled");
		Arbitrary<String> flat = Combinators.combine(keys, scalar).as((k, v) -> "\"" + k + "\":" + v).list().ofMaxSize(6)
				.map(members -> "{" + String.join(",", members) + "}");
		Arbitrary<String> value = Arbitraries.oneOf(scalar, flat, flat.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]"),
				scalar.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"));
		Arbitrary<String> nested = Combinators.combine(keys, value).as((k, v) -> "\"" + k + "\":" + v).list().ofMaxSize(6)
				.map(members -> "{" + String.join(",", members) + "}");
		Arbitrary<String> data = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, nested), net.jqwik.api.Tuple.of(1, value));
		return Combinators.combine(Combinators.combine(keys, value).as((k, v) -> "\"" + k + "\":" + v).list().ofMaxSize(7),
				data, Arbitraries.of(true, false)).as((members, d, isEvent) -> {
					List<String> all = new ArrayList<>(members);
					all.add(isEvent ? "\"event\":\"sample\"" : "\"ok\":true");
					all.add("\"data\":" + d);
					java.util.Collections.reverse(all);
					return "{" + String.join(",", all) + "}";
				});
	}

	@Property
	void anAgentLineReadsOrIsRefusedWithAProtocolError(@ForAll("agentLine") String line) {
		Fuzz.count("agent-line-reader");
		AgentMessage message;
		try {
			message = AgentMessage.parse(line);
		} catch (AgentProtocolException e) {
			return;
		}
		switch (message) {
		case AgentMessage.Response response -> {
			AgentData.Hello.of(response);
			AgentData.Probe.of(response);
			AgentData.Applied.of(response);
			AgentData.ModulesBuilt.of(response);
			AgentData.ModuleStates.of(response);
			AgentData.ModulesPersisted.of(response);
		}
		case AgentMessage.Event event -> AgentData.StatsSample.of(event, false);
		}
	}

	@Provide
	Arbitrary<byte[]> agentStream() throws IOException {
		Arbitrary<String> lines = Arbitraries.oneOf(Fuzz.mutated(agentLines()), wellFormedLine()).list().ofMinSize(1)
				.ofMaxSize(5).map(l -> String.join("\n", l));
		Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
		return Arbitraries.oneOf(lines.map(s -> s.getBytes(StandardCharsets.UTF_8)), bytes);
	}

	@Property
	void aStreamOfAgentOutputEndsACallWithAnAnswerOrAnIOException(@ForAll("agentStream") byte[] output)
			throws Exception {
		Fuzz.count("agent-client-stream");
		try (AgentClient client = new AgentClient("fuzz", new ByteArrayInputStream(output), OutputStream.nullOutputStream(),
				() -> {
				})) {
			client.call(new AgentRequest.Hello(), DEAD_READER);
		} catch (IOException e) {
			if (e.getMessage() != null && e.getMessage().startsWith("no answer from the agent")) {
				throw new AssertionError("the reader died and left the call waiting: " + e.getMessage(), e);
			}
		}
	}

	@AfterContainer
	static void printCounts() {
		Fuzz.report();
	}
}

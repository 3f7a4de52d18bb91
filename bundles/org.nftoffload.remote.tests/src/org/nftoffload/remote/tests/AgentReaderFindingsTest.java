package org.nftoffload.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentMessage;
import org.nftoffload.remote.agent.AgentMessage.Response;
import org.nftoffload.remote.agent.AgentProtocolException;
import org.nftoffload.remote.agent.AgentRequest;

/** What the agent-reader fuzzing (AgentReaderFuzzProperties) found, kept as plain regression tests. */
class AgentReaderFindingsTest {

	@Test
	void aSeqThatIsNotAWholeNumberIsAProtocolError() {
		// was an ArithmeticException out of the reader thread
		for (String seq : new String[] { "1.5", "1e30", "9223372036854775808" }) {
			AgentProtocolException e = assertThrows(AgentProtocolException.class,
					() -> AgentMessage.parse("{\"id\":\"s1\",\"event\":\"sample\",\"seq\":" + seq + ",\"data\":{}}"));
			assertTrue(e.getMessage().contains("'seq'"), e.getMessage());
		}
	}

	@Test
	void anEventWithoutAnIdLeavesTheReaderRunning() throws Exception {
		// an event without id was a NullPointerException that ended the reader thread silently, so
		// the call after it waited for its whole timeout
		String output = "{\"event\":\"sample\",\"seq\":1,\"data\":{}}\n"
				+ "{\"id\":\"c1\",\"ok\":true,\"code\":\"ok\",\"message\":\"hi\",\"stderr\":\"\",\"data\":{}}\n";
		try (AgentClient client = new AgentClient("r1", new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)),
				OutputStream.nullOutputStream(), () -> {
				})) {
			Response answer = client.call(new AgentRequest.Hello(), Duration.ofSeconds(10));
			assertEquals("hi", answer.message());
		} catch (IOException e) {
			// the reader may see the end of the output before the request is queued: then the call fails at once
			assertTrue(!e.getMessage().startsWith("no answer"), "the reader died: " + e.getMessage());
		}
	}
}

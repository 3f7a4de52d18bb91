package org.nftoffload.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nftoffload.remote.agent.AgentMessage;
import org.nftoffload.remote.agent.AgentMessage.Response;
import org.nftoffload.remote.agent.AgentProtocolException;

/**
 * The agent's lines are read as strictly as the engine reads nft's JSON: exact numbers whatever their
 * size, one value per member name, and a typed error naming the column for anything else.
 */
class AgentLineParsingTest {

	private static String line(String data) {
		return "{\"id\":\"1\",\"ok\":true,\"code\":\"ok\",\"message\":\"m\",\"stderr\":\"\",\"data\":" + data + "}";
	}

	@Test
	void numbersStayExactWhateverTheirSize() throws Exception {
		Response response = (Response) AgentMessage.parse(line(
				"{\"bytes\":18446744073709551615,\"huge\":123456789012345678901234567890,\"busy\":0.250,\"neg\":-7}"));
		Map<String, Object> data = response.data();
		assertEquals(new BigDecimal("18446744073709551615"), data.get("bytes"));
		assertEquals(new BigDecimal("123456789012345678901234567890"), data.get("huge"));
		assertEquals(new BigDecimal("0.250"), data.get("busy"));
		assertEquals(new BigDecimal("-7"), data.get("neg"));
	}

	@Test
	void valuesOfEveryKindAndMemberOrderAreKept() throws Exception {
		Response response = (Response) AgentMessage.parse(line("{\"z\":\"a\\u00e9\\n\",\"t\":true,\"n\":null,\"l\":[1,\"x\"]}"));
		assertEquals(List.of("z", "t", "n", "l"), List.copyOf(response.data().keySet()));
		assertEquals("a\u00e9\n", response.data().get("z"));
		assertEquals(Boolean.TRUE, response.data().get("t"));
		assertTrue(response.data().containsKey("n") && response.data().get("n") == null);
		assertEquals(List.of(BigDecimal.ONE, "x"), response.data().get("l"));
	}

	@Test
	void parsedDataCannotBeChangedByItsReaders() throws Exception {
		Response response = (Response) AgentMessage.parse(line("{\"l\":[1]}"));
		assertThrows(UnsupportedOperationException.class, () -> response.data().remove("l"));
		assertThrows(UnsupportedOperationException.class, () -> ((List<?>) response.data().get("l")).clear());
	}

	@Test
	void aMemberGivenTwiceIsRefusedWithItsColumn() {
		AgentProtocolException e = assertThrows(AgentProtocolException.class,
				() -> AgentMessage.parse("{\"id\":\"1\",\"ok\":true,\"ok\":false}"));
		// the second "ok" starts at column 21; the parser knows it is a duplicate at its ':' (25)
		assertTrue(e.getMessage().contains("column 25") && e.getMessage().contains("Duplicate field 'ok'"),
				e.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"n\":01}", "{\"n\":1.}", "{\"n\":+1}", "{\"n\":NaN}", "{\"s\":\"a\tb\"}", "{\"s\":\"\\x\"}",
			"{\"l\":[1,]}", "{'n':1}", "{\"n\":1e30999999999999999999999}", "{\"n\":1e1001}" })
	void dataOutsideRfc8259OrBeyondItsLimitsIsATypedError(String data) {
		AgentProtocolException e = assertThrows(AgentProtocolException.class, () -> AgentMessage.parse(line(data)));
		assertTrue(e.getMessage().startsWith("bad JSON from the agent at column "), e.getMessage());
		assertTrue(!e.getMessage().contains("enable `"), "no advice about parser features: " + e.getMessage());
	}

	@Test
	void nestingBeyondTheLimitIsAnErrorNotAStackOverflow() {
		String deep = line("[".repeat(10_000) + "]".repeat(10_000));
		assertThrows(AgentProtocolException.class, () -> AgentMessage.parse(deep));
	}

	@Test
	void textAfterTheObjectIsRefused() {
		AgentProtocolException e = assertThrows(AgentProtocolException.class, () -> AgentMessage.parse(line("{}") + " {}"));
		assertTrue(e.getMessage().contains("after the JSON document"), e.getMessage());
	}
}

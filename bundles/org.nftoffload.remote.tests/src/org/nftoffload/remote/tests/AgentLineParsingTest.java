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
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentMessage;
import org.nftoffload.remote.agent.AgentMessage.Event;
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

	private static AgentData.StatsSample sample(String conntrack) throws Exception {
		return AgentData.StatsSample.of((Event) AgentMessage.parse("{\"id\":\"s\",\"event\":\"sample\",\"seq\":2,\"data\":"
				+ "{\"time\":5,\"conntrack\":" + conntrack + ",\"forward\":{\"packets\":7},\"devices\":{}}}"), false);
	}

	@Test
	void aSampleSaysHowTheAgentCountedOffloadedFlows() throws Exception {
		AgentData.StatsSample filtered = sample("{\"total\":9,\"listed\":3,\"offloaded_sw\":2,\"offloaded_hw\":1,"
				+ "\"source\":\"netlink\",\"counted\":\"status_filter\"}");
		assertEquals("status_filter", filtered.counted());
		assertEquals(2, filtered.offloadedSw());
		assertEquals(1, filtered.offloadedHw());
		assertEquals("listing", sample("{\"total\":9,\"listed\":9,\"offloaded_sw\":2,\"offloaded_hw\":0,"
				+ "\"source\":\"netlink\",\"counted\":\"listing\"}").counted());
		// an agent from before the member: no claim about how it counted
		assertEquals(null, sample("{\"total\":9,\"offloaded_sw\":2,\"offloaded_hw\":0,\"source\":\"netlink\"}").counted());
	}

	@Test
	void aSampleCarriesTheCpuBusyAndSoftirqShares() throws Exception {
		String line = "{\"id\":\"s\",\"event\":\"sample\",\"seq\":2,\"data\":{\"time\":5,\"conntrack\":"
				+ "{\"total\":9,\"offloaded_sw\":2,\"offloaded_hw\":0},\"cpu\":{\"busy\":0.5000,\"softirq_share\":0.0699},"
				+ "\"devices\":{}}}";
		AgentData.StatsSample sample = AgentData.StatsSample.of((Event) AgentMessage.parse(line), false);
		assertEquals(0.5, sample.cpuBusy());
		assertEquals(0.0699, sample.softirqShare());
		// the first sample of a stream has no previous one to share time with
		assertEquals(null, sample("{\"total\":9,\"offloaded_sw\":2,\"offloaded_hw\":0}").softirqShare());
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

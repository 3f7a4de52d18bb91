package org.nftoffload.remote.agent;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;


/**
 * One line the agent wrote: an answer to a request, or an event of a stats stream (tagged with the
 * stream's request id). Protocol: answers have {@code ok}, events have {@code event}.
 */
public sealed interface AgentMessage {

	/** The request id the line belongs to; {@code null} when the agent could not read one. */
	String id();

	Map<String, Object> data();

	record Response(String id, boolean ok, String code, String message, String stderr, Map<String, Object> data)
			implements AgentMessage {
	}

	record Event(String id, String event, Long seq, Map<String, Object> data) implements AgentMessage {
	}

	/** Reads one agent line; refuses lines that miss a member every line must have. */
	static AgentMessage parse(String line) throws AgentProtocolException {
		Object document = AgentJson.parse(line);
		if (!(document instanceof Map<?, ?> object)) {
			throw new AgentProtocolException("agent line is not a JSON object: " + abbreviate(line));
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> map = (Map<String, Object>) object;
		Object id = map.get("id");
		if (id != null && !(id instanceof String)) {
			throw new AgentProtocolException("agent line has a non-string id: " + abbreviate(line));
		}
		Map<String, Object> data = object(map, "data", line);
		if (map.containsKey("event")) {
			return new Event((String) id, string(map, "event", line), sequence(map.get("seq"), line), data);
		}
		if (!(map.get("ok") instanceof Boolean ok)) {
			throw new AgentProtocolException("agent line has neither 'ok' nor 'event': " + abbreviate(line));
		}
		return new Response((String) id, ok, string(map, "code", line), string(map, "message", line),
				string(map, "stderr", line), data);
	}

	private static String string(Map<String, Object> map, String key, String line) throws AgentProtocolException {
		if (map.get(key) instanceof String s) {
			return s;
		}
		throw new AgentProtocolException("agent line lacks the string member '" + key + "': " + abbreviate(line));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Map<String, Object> map, String key, String line) throws AgentProtocolException {
		if (map.get(key) instanceof Map<?, ?> m) {
			return (Map<String, Object>) m;
		}
		throw new AgentProtocolException("agent line lacks the object member '" + key + "': " + abbreviate(line));
	}

	/** An event's sequence number: a whole number of 64 bits, or absent. */
	private static Long sequence(Object seq, String line) throws AgentProtocolException {
		if (!(seq instanceof BigDecimal n)) {
			return null;
		}
		try {
			return n.longValueExact();
		} catch (ArithmeticException e) {
			throw new AgentProtocolException("agent line has a 'seq' that is not a whole 64-bit number: " + abbreviate(line), e);
		}
	}

	private static String abbreviate(String line) {
		return line.length() <= 200 ? line : line.substring(0, 200) + "…";
	}

	/** Navigates nested {@code data} members: {@code path(data, "conntrack", "offloaded_sw")}. */
	static Object path(Map<String, Object> data, String... keys) {
		Object current = data;
		for (String key : keys) {
			if (!(current instanceof Map<?, ?> m)) {
				return null;
			}
			current = m.get(key);
		}
		return current;
	}

	static Long number(Map<String, Object> data, String... keys) {
		return path(data, keys) instanceof BigDecimal n ? n.longValue() : null;
	}

	static String text(Map<String, Object> data, String... keys) {
		return path(data, keys) instanceof String s ? s : null;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Map<String, Object> data, String... keys) {
		return path(data, keys) instanceof List<?> l ? (List<Object>) l : List.of();
	}
}

package org.nftoffload.remote.agent;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * Reads the agent's lines strictly (RFC 8259) with Jackson's parser; the same rules as the nft
 * engine's reader of {@code nft -j} output, kept here so that the remote layer needs no engine for
 * it. {@code ruleset.get} embeds nft's JSON document in its answer, so the limits are nft's. Objects become unmodifiable
 * insertion-ordered maps (a member name given twice is an error: which one would count is
 * ambiguous), arrays unmodifiable lists, numbers {@link BigDecimal} (exact, whatever their size),
 * plus String, Boolean and null. Every error is an {@link AgentProtocolException} naming the column.
 * Nesting is limited so that hostile input cannot exhaust the stack, and so are exponents: a huge
 * one is a few bytes of text but would cost a caller that turns the number into a long time and
 * memory in proportion to it.
 */
final class AgentJson {

	/** Deeper than any line the agent writes. */
	static final int MAX_DEPTH = 256;
	/** Decimal places or powers of ten beyond any value the agent writes. */
	static final int MAX_SCALE = 1000;
	/** Digits of one number; Jackson's default (1000) would refuse exact values callers accept. */
	private static final int MAX_NUMBER_LENGTH = 10_000;

	private static final JsonFactory FACTORY = JsonFactory.builder()
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
					.maxNumberLength(MAX_NUMBER_LENGTH).build())
			.build();

	private AgentJson() {
	}

	/** The value of the one JSON document {@code text}. */
	static Object parse(String text) throws AgentProtocolException {
		AgentJson json = new AgentJson();
		try (JsonParser parser = FACTORY.createParser(text)) {
			if (parser.nextToken() == null) {
				throw new AgentProtocolException("empty line from the agent, expected a JSON object");
			}
			Object value = json.value(parser);
			if (parser.nextToken() != null) {
				throw json.error(parser.currentTokenLocation(), "unexpected '" + parser.getText() + "' after the JSON document");
			}
			return value;
		} catch (JsonProcessingException e) {
			throw json.error(e.getLocation(), problem(e));
		} catch (IOException e) {
			// a String source has no I/O; Jackson declares it for streams
			throw new AgentProtocolException("cannot read the agent's line: " + e.getMessage(), e);
		}
	}

	private Object value(JsonParser parser) throws IOException, AgentProtocolException {
		JsonToken token = parser.currentToken();
		switch (token) {
		case START_OBJECT: {
			Map<String, Object> map = new LinkedHashMap<>();
			while (parser.nextToken() != JsonToken.END_OBJECT) {
				String name = parser.currentName();
				parser.nextToken();
				map.put(name, value(parser));
			}
			return Collections.unmodifiableMap(map);
		}
		case START_ARRAY: {
			List<Object> list = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				list.add(value(parser));
			}
			return Collections.unmodifiableList(list);
		}
		case VALUE_STRING:
			return parser.getText();
		case VALUE_NUMBER_INT:
			return new BigDecimal(parser.getBigIntegerValue());
		case VALUE_NUMBER_FLOAT:
			return decimal(parser);
		case VALUE_TRUE:
			return Boolean.TRUE;
		case VALUE_FALSE:
			return Boolean.FALSE;
		case VALUE_NULL:
			return null;
		default:
			throw error(parser.currentTokenLocation(), "unexpected " + token + " where a JSON value should start");
		}
	}

	private BigDecimal decimal(JsonParser parser) throws IOException, AgentProtocolException {
		JsonLocation at = parser.currentTokenLocation();
		BigDecimal value;
		try {
			value = parser.getDecimalValue();
		} catch (NumberFormatException e) {
			value = null; // an exponent beyond int range
		}
		if (value == null || Math.abs(value.scale()) > MAX_SCALE) {
			throw error(at, "JSON number '" + parser.getText() + "' is out of range");
		}
		return value;
	}

	/** Agent lines are one line each: the column says where. */
	private AgentProtocolException error(JsonLocation location, String problem) {
		int column = location == null || location.getColumnNr() < 1 ? 1 : location.getColumnNr();
		return new AgentProtocolException("bad JSON from the agent at column " + column + ": " + problem);
	}

	/**
	 * Jackson's message without its location (the exception carries that) and without its advice to
	 * enable parser features, which nobody reading a broken agent line can act on.
	 */
	static String problem(JsonProcessingException e) {
		String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
		int advice = message.indexOf(": enable `");
		if (advice < 0) {
			advice = message.indexOf(" (not recognized as one since Feature");
		}
		return (advice < 0 ? message : message.substring(0, advice)).replace('\n', ' ');
	}
}

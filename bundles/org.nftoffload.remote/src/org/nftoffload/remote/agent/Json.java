package org.nftoffload.remote.agent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 reader for the agent's answers: objects become insertion-ordered maps, arrays
 * lists, numbers {@link BigDecimal}, plus String, Boolean and {@code null}. The agent's lines are
 * small and this keeps the bundle free of a JSON library the target platform does not have.
 */
public final class Json {

	private final String text;
	private int pos;

	private Json(String text) {
		this.text = text;
	}

	/** Parses one JSON value; anything after it but whitespace is an error. */
	public static Object parse(String text) throws AgentProtocolException {
		Json json = new Json(text);
		json.skipSpace();
		Object value = json.value();
		json.skipSpace();
		if (json.pos != text.length()) {
			throw json.error("text after the JSON value");
		}
		return value;
	}

	private Object value() throws AgentProtocolException {
		if (pos >= text.length()) {
			throw error("unexpected end of line");
		}
		char c = text.charAt(pos);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		case 't':
			return literal("true", Boolean.TRUE);
		case 'f':
			return literal("false", Boolean.FALSE);
		case 'n':
			return literal("null", null);
		default:
			if (c == '-' || (c >= '0' && c <= '9')) {
				return number();
			}
			throw error("unexpected character '" + c + "'");
		}
	}

	private Object literal(String word, Object value) throws AgentProtocolException {
		if (!text.startsWith(word, pos)) {
			throw error("expected " + word);
		}
		pos += word.length();
		return value;
	}

	private Map<String, Object> object() throws AgentProtocolException {
		Map<String, Object> map = new LinkedHashMap<>();
		pos++;
		skipSpace();
		if (peek() == '}') {
			pos++;
			return Collections.unmodifiableMap(map);
		}
		while (true) {
			skipSpace();
			if (peek() != '"') {
				throw error("expected a member name");
			}
			String key = string();
			skipSpace();
			expect(':');
			skipSpace();
			if (map.containsKey(key)) {
				throw error("member '" + key + "' twice");
			}
			map.put(key, value());
			skipSpace();
			char c = next();
			if (c == '}') {
				return Collections.unmodifiableMap(map);
			}
			if (c != ',') {
				throw error("expected ',' or '}'");
			}
		}
	}

	private List<Object> array() throws AgentProtocolException {
		List<Object> list = new ArrayList<>();
		pos++;
		skipSpace();
		if (peek() == ']') {
			pos++;
			return Collections.unmodifiableList(list);
		}
		while (true) {
			skipSpace();
			list.add(value());
			skipSpace();
			char c = next();
			if (c == ']') {
				return Collections.unmodifiableList(list);
			}
			if (c != ',') {
				throw error("expected ',' or ']'");
			}
		}
	}

	private String string() throws AgentProtocolException {
		pos++;
		StringBuilder out = new StringBuilder();
		while (true) {
			char c = next();
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("control character in a string");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = next();
			switch (e) {
			case '"', '\\', '/' -> out.append(e);
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> {
				if (pos + 4 > text.length()) {
					throw error("short \\u escape");
				}
				try {
					out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
				} catch (NumberFormatException ex) {
					throw error("bad \\u escape");
				}
				pos += 4;
			}
			default -> throw error("bad escape '\\" + e + "'");
			}
		}
	}

	private BigDecimal number() throws AgentProtocolException {
		int start = pos;
		if (peek() == '-') {
			pos++;
		}
		while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
		try {
			return new BigDecimal(text.substring(start, pos));
		} catch (NumberFormatException e) {
			throw error("bad number '" + text.substring(start, pos) + "'");
		}
	}

	private void skipSpace() {
		while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
	}

	private char peek() throws AgentProtocolException {
		if (pos >= text.length()) {
			throw error("unexpected end of line");
		}
		return text.charAt(pos);
	}

	private char next() throws AgentProtocolException {
		char c = peek();
		pos++;
		return c;
	}

	private void expect(char c) throws AgentProtocolException {
		if (next() != c) {
			throw error("expected '" + c + "'");
		}
	}

	private AgentProtocolException error(String what) {
		return new AgentProtocolException("bad JSON from the agent at column " + (pos + 1) + ": " + what);
	}
}

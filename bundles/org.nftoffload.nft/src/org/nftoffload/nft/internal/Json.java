package org.nftoffload.nft.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nftoffload.nft.NftParseException;

/**
 * The project's one small strict JSON reader (RFC 8259), for {@code nft -j} output here and for the
 * agent's answer lines in org.nftoffload.remote; the target platform has no JSON library. Objects
 * become unmodifiable insertion-ordered maps (a member name given twice is an error: which one
 * would count is ambiguous), arrays unmodifiable lists, numbers {@link BigDecimal} (exact, whatever
 * their size), plus String, Boolean and null. Errors carry line and column. Nesting is limited so
 * that hostile input cannot exhaust the stack.
 */
public final class Json {

	private static final int MAX_DEPTH = 256;
	/** Decimal places or powers of ten beyond any value nft or the agent writes. */
	private static final int MAX_SCALE = 1000;

	private final String text;
	private final String source;
	private int pos;
	private int line = 1;
	private int lineStart;

	private Json(String text, String source) {
		this.text = text;
		this.source = source;
	}

	public static Object parse(String text, String source) throws NftParseException {
		Json json = new Json(text, source);
		json.skipBlanks();
		Object value = json.value(0);
		json.skipBlanks();
		if (json.pos < text.length()) {
			throw json.error("unexpected '" + text.charAt(json.pos) + "' after the JSON document");
		}
		return value;
	}

	private Object value(int depth) throws NftParseException {
		if (depth > MAX_DEPTH) {
			throw error("JSON nested deeper than " + MAX_DEPTH + " levels");
		}
		if (pos >= text.length()) {
			throw error("unexpected end of JSON input");
		}
		char c = text.charAt(pos);
		switch (c) {
		case '{':
			return object(depth);
		case '[':
			return array(depth);
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
			throw error("unexpected '" + printable(c) + "' where a JSON value should start");
		}
	}

	private Map<String, Object> object(int depth) throws NftParseException {
		Map<String, Object> map = new LinkedHashMap<>();
		pos++;
		skipBlanks();
		if (peek() == '}') {
			pos++;
			return Collections.unmodifiableMap(map);
		}
		while (true) {
			skipBlanks();
			if (peek() != '"') {
				throw error("expected a quoted member name in a JSON object");
			}
			String key = string();
			skipBlanks();
			if (peek() != ':') {
				throw error("expected ':' after member name \"" + key + "\"");
			}
			pos++;
			skipBlanks();
			if (map.containsKey(key)) {
				throw error("member \"" + key + "\" given twice in a JSON object");
			}
			map.put(key, value(depth + 1));
			skipBlanks();
			char c = peek();
			pos++;
			if (c == '}') {
				return Collections.unmodifiableMap(map);
			}
			if (c != ',') {
				pos--;
				throw error("expected ',' or '}' in a JSON object");
			}
		}
	}

	private List<Object> array(int depth) throws NftParseException {
		List<Object> list = new ArrayList<>();
		pos++;
		skipBlanks();
		if (peek() == ']') {
			pos++;
			return Collections.unmodifiableList(list);
		}
		while (true) {
			skipBlanks();
			list.add(value(depth + 1));
			skipBlanks();
			char c = peek();
			pos++;
			if (c == ']') {
				return Collections.unmodifiableList(list);
			}
			if (c != ',') {
				pos--;
				throw error("expected ',' or ']' in a JSON array");
			}
		}
	}

	private String string() throws NftParseException {
		StringBuilder out = new StringBuilder();
		pos++;
		while (true) {
			if (pos >= text.length()) {
				throw error("unterminated JSON string");
			}
			char c = text.charAt(pos++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				pos--;
				throw error("control character in a JSON string");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (pos >= text.length()) {
				throw error("unterminated escape in a JSON string");
			}
			char e = text.charAt(pos++);
			switch (e) {
			case '"', '\\', '/' -> out.append(e);
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> {
				if (pos + 4 > text.length()) {
					throw error("short \\u escape in a JSON string");
				}
				String hex = text.substring(pos, pos + 4);
				if (!hex.matches("[0-9A-Fa-f]{4}")) {
					throw error("bad \\u escape '" + hex + "' in a JSON string");
				}
				out.append((char) Integer.parseInt(hex, 16));
				pos += 4;
			}
			default -> {
				pos--;
				throw error("unknown escape '\\" + printable(e) + "' in a JSON string");
			}
			}
		}
	}

	private BigDecimal number() throws NftParseException {
		int start = pos;
		if (peek() == '-') {
			pos++;
		}
		while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
		String literal = text.substring(start, pos);
		if (!literal.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
			pos = start;
			throw error("malformed JSON number '" + literal + "'");
		}
		BigDecimal value;
		try {
			value = new BigDecimal(literal);
		} catch (NumberFormatException e) {
			value = null; // an exponent beyond int range
		}
		// A huge exponent is a few bytes of text but would cost callers that turn the number into
		// a long (toBigInteger) time and memory in proportion to it.
		if (value == null || Math.abs(value.scale()) > MAX_SCALE) {
			pos = start;
			throw error("JSON number '" + literal + "' is out of range");
		}
		return value;
	}

	private Object literal(String word, Object value) throws NftParseException {
		if (!text.startsWith(word, pos)) {
			throw error("unexpected '" + printable(text.charAt(pos)) + "' where a JSON value should start");
		}
		pos += word.length();
		return value;
	}

	private char peek() throws NftParseException {
		if (pos >= text.length()) {
			throw error("unexpected end of JSON input");
		}
		return text.charAt(pos);
	}

	private void skipBlanks() {
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c == '\n') {
				line++;
				lineStart = pos + 1;
			} else if (c != ' ' && c != '\t' && c != '\r') {
				return;
			}
			pos++;
		}
	}

	private static String printable(char c) {
		return c < 0x20 || c == 0x7f ? String.format("U+%04X", (int) c) : String.valueOf(c);
	}

	private NftParseException error(String problem) {
		return new NftParseException(source, line, pos - lineStart + 1, problem);
	}
}

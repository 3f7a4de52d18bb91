package org.nftoffload.nft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nftoffload.nft.NftParseException;
import org.nftoffload.nft.internal.Json;

/** The strict JSON reader of nft -j import (Jackson's parser, exact numbers, typed errors). */
class JsonTest {

	@Test
	void numbersAreExactBigDecimalsWhateverTheirSize() throws Exception {
		Object value = Json.parse("[18446744073709551615, -0, 1.50, 1e2, 12345678901234567890.5]", "n");
		assertEquals(Arrays.asList(new BigDecimal("18446744073709551615"), new BigDecimal("-0"),
				new BigDecimal("1.50"), new BigDecimal("1e2"), new BigDecimal("12345678901234567890.5")), value);
	}

	@Test
	void objectsKeepMemberOrderAndValuesOfEveryKind() throws Exception {
		Object value = Json.parse("{\"z\": \"a\\u00e9\\n\", \"a\": true, \"m\": null, \"b\": false, \"l\": []}", "o");
		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("z", "a\u00e9\n");
		expected.put("a", true);
		expected.put("m", null);
		expected.put("b", false);
		expected.put("l", List.of());
		assertEquals(expected, value);
		assertEquals(List.of("z", "a", "m", "b", "l"), List.copyOf(((Map<?, ?>) value).keySet()));
	}

	@Test
	void parsedContainersCannotBeChanged() throws Exception {
		Map<?, ?> object = (Map<?, ?>) Json.parse("{\"l\": [1]}", "c");
		assertThrows(UnsupportedOperationException.class, () -> object.remove("l"));
		assertThrows(UnsupportedOperationException.class, () -> ((List<?>) object.get("l")).clear());
	}

	@Test
	void aMemberNameGivenTwiceIsRefused() {
		NftParseException e = assertThrows(NftParseException.class, () -> Json.parse("{\"ok\": true, \"ok\": false}", "d"));
		assertTrue(e.problem().contains("Duplicate field 'ok'"), e.getMessage());
		assertEquals(1, e.line());
		assertEquals(18, e.column());
	}

	@ParameterizedTest
	@ValueSource(strings = { "01", "1.", "-", "+1", "1e", "1.e5", "-01", "0x10", "\"\\u+123\"", "\"\\x\"", "\"a\tb\"",
			"tru", "[1,]", "{\"a\" 1}", "1 2", "", "  \n", "NaN", "[1] // c", "{'a': 1}", "[1]]" })
	void textOutsideRfc8259IsRefused(String text) {
		assertThrows(NftParseException.class, () -> Json.parse(text, "bad"), text);
	}

	@Test
	void messagesSayWhatIsWrongNotWhichParserFeatureToEnable() {
		NftParseException plus = assertThrows(NftParseException.class, () -> Json.parse("[+1]", "p"));
		assertTrue(plus.problem().contains("plus sign") && !plus.problem().contains("enable"), plus.problem());
		NftParseException comment = assertThrows(NftParseException.class, () -> Json.parse("[1] // c", "c"));
		assertTrue(!comment.problem().contains("Feature"), comment.problem());
		NftParseException empty = assertThrows(NftParseException.class, () -> Json.parse(" ", "e"));
		assertTrue(empty.problem().contains("empty"), empty.problem());
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e30999999999999999999999", "1e1001", "-1e-1001", "1.5e-1000" })
	void numbersWithAbsurdExponentsAreRefusedNotExpanded(String text) {
		NftParseException e = assertThrows(NftParseException.class, () -> Json.parse(text, "big"), text);
		assertTrue(e.problem().contains("out of range"), e.getMessage());
	}

	@Test
	void numbersUpToTheExponentLimitAreKept() throws Exception {
		assertEquals(new BigDecimal("1e1000"), Json.parse("1e1000", "big"));
		assertEquals(new BigDecimal("1" + "0".repeat(2000)), Json.parse("1" + "0".repeat(2000), "big"));
	}

	@Test
	void errorsNameSourceLineAndColumn() {
		NftParseException e = assertThrows(NftParseException.class, () -> Json.parse("{\n  \"a\": nul\n}", "x.json"));
		assertEquals("x.json", e.source());
		assertEquals(2, e.line());
		assertEquals(8, e.column());
	}

	@Test
	void nestingDeeperThanTheLimitIsAnErrorNotAStackOverflow() {
		String deep = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
		assertThrows(NftParseException.class, () -> Json.parse(deep, "deep"));
	}
}

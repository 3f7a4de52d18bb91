package org.nftoffload.nft.tests;

import java.util.ArrayList;
import java.util.List;

import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftJsonParser;
import org.nftoffload.nft.NftParseException;
import org.nftoffload.nft.NftRenderException;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;
import org.nftoffload.tests.fixtures.Fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property-based fuzzing of both ruleset parsers with jqwik: random text, soups of nft's and JSON's
 * own tokens, and the real fixtures mutated. Whatever the input, the parser either returns a
 * ruleset, which then imports and renders (or is refused with NftRenderException), or throws
 * NftParseException with a position inside the input; nothing else may escape. jqwik shrinks a
 * failing input and prints its seed. Tries: {@code jqwik.tries.default} (releng/fuzz.sh raises it).
 */
class ParserFuzzProperties {

	private static final List<String> NFT_TOKENS = List.of("table", "inet", "ip", "ip6", "netdev", "flowtable", "chain",
			"rule", "{", "}", ";", ",", "=", "@", "hook", "ingress", "forward", "priority", "filter", "+", "-", "10",
			"-2147483649", "99999999999999999999", "devices", "flags", "offload", "counter", "flow", "add", "meta",
			"l4proto", "tcp", "udp", "iifname", "oifname", "\"eth0\"", "\"", "#", "\n", "delete", "flush", "ruleset", "ct",
			"state", "established", "status", "!=", "snat,dnat", "saddr", "10.0.0.0/8", "fe80::/10", "type", "policy",
			"accept", "drop", "comment", "\"offload (ticket 4711)\"", "set", "map", "elements", "\\\n", "\t", "é", "\u0000",
			"(", ")", "==", "{ eth0, eth1 }", "mark", "0x10", "packets", "bytes", "define", "$x", "include", "jump");
	private static final List<String> JSON_TOKENS = List.of("{", "}", "[", "]", ":", ",", "\"nftables\"", "\"metainfo\"",
			"\"table\"", "\"flowtable\"", "\"chain\"", "\"rule\"", "\"family\"", "\"inet\"", "\"name\"", "\"table\"",
			"\"dev\"", "\"hook\"", "\"prio\"", "\"expr\"", "\"match\"", "\"left\"", "\"right\"", "\"op\"", "\"==\"",
			"\"flow\"", "\"offload\"", "\"counter\"", "0", "-1", "1.5", "1e309", "99999999999999999999", "true", "false",
			"null", "\"\\u12\"", "\"\\ud800\"", "\"\\q\"", " ", "\n", "\"", "\\", "\"@ft\"");

	private static List<String> textSamples() {
		List<String> samples = new ArrayList<>();
		Fixtures.rulesets().forEach(path -> samples.add(Fixtures.read(path)));
		return samples;
	}

	@Provide
	Arbitrary<String> nftText() {
		return net.jqwik.api.Arbitraries.oneOf(Fuzz.text(300), Fuzz.soup(NFT_TOKENS, 80), Fuzz.mutated(textSamples()));
	}

	@Provide
	Arbitrary<String> jsonText() {
		return net.jqwik.api.Arbitraries.oneOf(Fuzz.text(300), Fuzz.soup(JSON_TOKENS, 80),
				Fuzz.mutated(List.of(Fixtures.read("openwrt-fw4-software.json"))));
	}

	@Property
	void textParserThrowsOnlyParseErrors(@ForAll("nftText") String input) {
		Fuzz.count("nft-text-parser");
		try {
			exercise(NftTextParser.parse(input, "fuzz.nft"));
		} catch (NftParseException e) {
			checkPosition(e, input);
		}
	}

	@Property
	void jsonParserThrowsOnlyParseErrors(@ForAll("jsonText") String input) {
		Fuzz.count("nft-json-parser");
		try {
			exercise(NftJsonParser.parse(input, "fuzz.json"));
		} catch (NftParseException e) {
			checkPosition(e, input);
		}
	}

	@AfterContainer
	static void printCounts() {
		Fuzz.report();
	}

	/** A ruleset that parsed imports, and renders or is refused with a typed error. */
	private static void exercise(LiveRuleset live) {
		for (LiveRuleset.Table table : live.tables()) {
			try {
				NftRenderer.render(RulesetImporter.importRuleset(live, "h", table.name()).host());
			} catch (NftRenderException expected) {
				// refusing to render a bad name is the renderer's job
			}
		}
	}

	private static void checkPosition(NftParseException e, String input) {
		// the JSON reader counts a lone carriage return as a line end too, as editors show it
		long lines = input.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
		if (e.line() < 1 || e.line() > lines + 1 || e.column() < 1) {
			throw new AssertionError("position outside the input in " + e.getMessage());
		}
	}
}

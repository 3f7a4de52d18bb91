package org.nftoffload.nft.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftJsonParser;
import org.nftoffload.nft.NftParseException;
import org.nftoffload.nft.NftRenderException;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;

/**
 * Random and mutated input for both parsers: the only exception allowed out is NftParseException
 * (with a sane position); whatever parses must also import, and rendering may only fail with
 * NftRenderException. Seeds are fixed so a failure reproduces; the failing input is printed.
 */
class ParserFuzzTest {

	private static final int ROUNDS = 4000;
	private static final String[] NFT_PIECES = { "table", "inet", "ip", "ip6", "flowtable", "chain", "{", "}", ";", ",",
			"=", "@", "hook", "ingress", "priority", "filter", "+", "-", "10", "-2147483649", "devices", "flags", "offload",
			"counter", "flow", "add", "offload", "meta", "l4proto", "tcp", "udp", "iifname", "\"eth0\"", "\"", "#", "\n",
			"delete", "flush", "ruleset", "ct", "status", "!", "snat,dnat", "ip saddr", "10.0.0.0/8", "type", "policy",
			"comment", "set", "map", "elements", "\\\n", "\t", " ", "é", "\u0000", "(", ")", "==" };
	private static final String[] JSON_PIECES = { "{", "}", "[", "]", ":", ",", "\"nftables\"", "\"table\"",
			"\"flowtable\"", "\"rule\"", "\"family\"", "\"inet\"", "\"name\"", "\"dev\"", "\"prio\"", "\"expr\"", "\"match\"",
			"\"flow\"", "0", "-1", "1e309", "99999999999999999999", "true", "null", "\"\\u12\"", "\"\\q\"", " ", "\n",
			"\"", "\\" };

	@Test
	void randomTokenSoupNeverEscapesAsAnythingButAParseError() {
		Random random = new Random(20261125L);
		for (int round = 0; round < ROUNDS; round++) {
			StringBuilder input = new StringBuilder();
			int length = random.nextInt(60);
			for (int i = 0; i < length; i++) {
				input.append(NFT_PIECES[random.nextInt(NFT_PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
			}
			checkText(input.toString());
			StringBuilder json = new StringBuilder();
			for (int i = 0; i < length; i++) {
				json.append(JSON_PIECES[random.nextInt(JSON_PIECES.length)]);
			}
			checkJson(json.toString());
		}
	}

	@Test
	void randomCharactersNeverEscapeAsAnythingButAParseError() {
		Random random = new Random(42L);
		for (int round = 0; round < ROUNDS; round++) {
			char[] chars = new char[random.nextInt(200)];
			for (int i = 0; i < chars.length; i++) {
				chars[i] = random.nextInt(3) == 0 ? (char) random.nextInt(0x3000) : "{}\";#\n \\@=,tablechinflow".charAt(random.nextInt(24));
			}
			checkText(new String(chars));
			checkJson(new String(chars));
		}
	}

	@Test
	void mutatedFixturesNeverEscapeAsAnythingButAParseError() {
		List<String> seeds = new ArrayList<>();
		for (Path fixture : Fixtures.rulesets()) {
			seeds.add(Fixtures.read(fixture));
		}
		String json = Fixtures.read("openwrt-fw4-software.json");
		Random random = new Random(7L);
		int parsed = 0;
		for (int round = 0; round < ROUNDS; round++) {
			String seed = seeds.get(random.nextInt(seeds.size()));
			if (checkText(mutate(seed, random))) {
				parsed++;
			}
			checkJson(mutate(json, random));
		}
		// the mutations must leave enough inputs parseable to exercise import and render as well
		assertTrue(parsed > ROUNDS / 10, "only " + parsed + " mutated inputs parsed");
	}

	private static String mutate(String seed, Random random) {
		StringBuilder text = new StringBuilder(seed);
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits && text.length() > 0; e++) {
			int at = random.nextInt(text.length());
			switch (random.nextInt(6)) {
			case 0 -> text.deleteCharAt(at);
			case 1 -> text.insert(at, "{}\";,@=#\n!\\".charAt(random.nextInt(11)));
			case 2 -> text.setLength(at);
			case 3 -> {
				int end = Math.min(text.length(), at + random.nextInt(40));
				text.insert(at, text.substring(at, end));
			}
			case 4 -> text.replace(at, Math.min(text.length(), at + 1), String.valueOf((char) random.nextInt(0x250)));
			default -> {
				int end = Math.min(text.length(), at + random.nextInt(30));
				text.delete(at, end);
			}
			}
		}
		return text.toString();
	}

	/** True when the input parsed (and then imported and rendered or was refused with a typed error). */
	private static boolean checkText(String input) {
		try {
			LiveRuleset live = NftTextParser.parse(input, "fuzz");
			exercise(live, input);
			return true;
		} catch (NftParseException e) {
			checkPosition(e, input);
			return false;
		} catch (RuntimeException | StackOverflowError e) {
			fail("text parser let " + e + " escape on input:\n" + input, e);
			return false;
		}
	}

	private static void checkJson(String input) {
		try {
			LiveRuleset live = NftJsonParser.parse(input, "fuzz.json");
			exercise(live, input);
		} catch (NftParseException e) {
			checkPosition(e, input);
		} catch (RuntimeException | StackOverflowError e) {
			fail("JSON parser let " + e + " escape on input:\n" + input, e);
		}
	}

	private static void exercise(LiveRuleset live, String input) {
		for (LiveRuleset.Table table : live.tables()) {
			try {
				NftRenderer.render(RulesetImporter.importRuleset(live, "h", table.name()).host());
			} catch (NftRenderException expected) {
				// refusing to render a bad name is the renderer's job
			} catch (RuntimeException e) {
				fail("import/render let " + e + " escape for input:\n" + input, e);
			}
		}
	}

	private static void checkPosition(NftParseException e, String input) {
		long lines = input.chars().filter(c -> c == '\n').count() + 1;
		assertTrue(e.line() >= 1 && e.line() <= lines && e.column() >= 1, () -> "bad position in " + e.getMessage());
	}
}

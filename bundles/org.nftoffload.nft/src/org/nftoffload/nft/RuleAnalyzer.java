package org.nftoffload.nft;

import java.util.ArrayList;
import java.util.List;

import org.nftoffload.nft.LiveRuleset.Rule;
import org.nftoffload.nft.internal.NftTokenizer.Kind;
import org.nftoffload.nft.internal.NftTokenizer.Token;

/**
 * Picks the parts of one rule that the model expresses (protocols, prefixes, interfaces, exclusions,
 * comment, {@code flow add @ft}) out of its tokens. Everything else is reported as unsupported so
 * that import can warn instead of silently dropping a match.
 */
final class RuleAnalyzer {

	private final List<Token> tokens;
	private int pos;
	final List<String> protocols = new ArrayList<>();
	final List<String> sourcePrefixes = new ArrayList<>();
	final List<String> destinationPrefixes = new ArrayList<>();
	final List<String> inputInterfaces = new ArrayList<>();
	final List<String> outputInterfaces = new ArrayList<>();
	final List<String> unsupported = new ArrayList<>();
	boolean excludeMarked;
	boolean excludeNatted;
	String comment;
	String flowtable;

	private RuleAnalyzer(List<Token> tokens) {
		this.tokens = tokens;
	}

	static Rule analyze(List<Token> tokens, int line) {
		RuleAnalyzer analyzer = new RuleAnalyzer(tokens);
		analyzer.run();
		StringBuilder text = new StringBuilder();
		Token previous = null;
		for (Token t : tokens) {
			if (previous != null && !previous.is("@") && !t.is(",")) {
				text.append(' ');
			}
			text.append(t.display());
			previous = t;
		}
		return new Rule(text.toString(), line, analyzer.flowtable,
				analyzer.protocols, analyzer.sourcePrefixes, analyzer.destinationPrefixes, analyzer.inputInterfaces,
				analyzer.outputInterfaces, analyzer.excludeMarked, analyzer.excludeNatted, analyzer.comment,
				analyzer.unsupported);
	}

	private void run() {
		while (pos < tokens.size()) {
			Token t = tokens.get(pos);
			int start = pos;
			if (t.is("meta") && at(1, "l4proto") || t.is("ip") && at(1, "protocol") || t.is("ip6") && at(1, "nexthdr")) {
				pos += 2;
				values(protocols, start);
			} else if (t.is("l4proto")) {
				pos += 1;
				values(protocols, start);
			} else if ((t.is("ip") || t.is("ip6")) && at(1, "saddr")) {
				pos += 2;
				values(sourcePrefixes, start);
			} else if ((t.is("ip") || t.is("ip6")) && at(1, "daddr")) {
				pos += 2;
				values(destinationPrefixes, start);
			} else if (t.is("iifname") || t.is("iif") || t.is("meta") && (at(1, "iifname") || at(1, "iif"))) {
				pos += t.is("meta") ? 2 : 1;
				values(inputInterfaces, start);
			} else if (t.is("oifname") || t.is("oif") || t.is("meta") && (at(1, "oifname") || at(1, "oif"))) {
				pos += t.is("meta") ? 2 : 1;
				values(outputInterfaces, start);
			} else if ((t.is("meta") && at(1, "mark") && isZero(2)) || (t.is("mark") && isZero(1))) {
				pos += t.is("meta") ? 3 : 2;
				excludeMarked = true;
			} else if (t.is("ct") && at(1, "status") && at(2, "!")) {
				pos += 3;
				List<String> flags = new ArrayList<>();
				values(flags, start);
				if (flags.contains("snat") && flags.contains("dnat") && flags.size() == 2) {
					excludeNatted = true;
				} else {
					unsupported.add(join(start, pos));
				}
			} else if (t.is("ct") && at(1, "state")) {
				// flow add only ever acts on established connections; a ct state match changes nothing
				pos += 2;
				values(new ArrayList<>(), start);
			} else if (t.is("flow") && (at(1, "add") || at(1, "offload")) && at(2, "@") && pos + 3 < tokens.size()) {
				flowtable = tokens.get(pos + 3).text();
				pos += 4;
			} else if (t.is("counter")) {
				pos++;
				// the listed statistics of an anonymous counter are not configuration
				while (pos + 1 < tokens.size() && (at(0, "packets") || at(0, "bytes"))) {
					pos += 2;
				}
			} else if (t.is("comment") && pos + 1 < tokens.size() && tokens.get(pos + 1).kind() == Kind.STRING) {
				comment = tokens.get(pos + 1).text();
				pos += 2;
			} else {
				pos++;
				unsupported.add(t.display());
			}
		}
	}

	/** Reads {@code value} or {@code { v, v }} into {@code into}; an operator other than equality is unsupported. */
	private void values(List<String> into, int start) {
		if (pos < tokens.size() && (at(0, "!=") || at(0, "<") || at(0, ">") || at(0, "<=") || at(0, ">="))) {
			// negated or ranged matches cannot be expressed in the model
			pos++;
			List<String> ignored = new ArrayList<>();
			values(ignored, start);
			unsupported.add(join(start, pos));
			return;
		}
		if (pos < tokens.size() && at(0, "==")) {
			pos++;
		}
		if (pos + 1 < tokens.size() && at(0, "@")) {
			// a named set (iifname @lan_devices): its elements are not in the rule
			pos += 2;
			unsupported.add(join(start, pos));
			return;
		}
		if (pos >= tokens.size()) {
			unsupported.add(join(start, pos));
			return;
		}
		if (at(0, "{")) {
			pos++;
			while (pos < tokens.size() && !at(0, "}")) {
				Token v = tokens.get(pos++);
				if (!v.is(",")) {
					into.add(v.text());
				}
			}
			pos++;
		} else {
			into.add(tokens.get(pos++).text());
			while (pos + 1 < tokens.size() && at(0, ",")) {
				into.add(tokens.get(pos + 1).text());
				pos += 2;
			}
		}
	}

	private boolean at(int ahead, String word) {
		int index = pos + ahead;
		return index < tokens.size() && tokens.get(index).is(word);
	}

	private boolean isZero(int ahead) {
		int index = pos + ahead;
		if (index >= tokens.size()) {
			return false;
		}
		String text = tokens.get(index).text();
		return text.matches("0|0x0+");
	}

	private String join(int from, int to) {
		StringBuilder text = new StringBuilder();
		for (int i = from; i < Math.min(to, tokens.size()); i++) {
			if (i > from && !tokens.get(i - 1).is("@") && !tokens.get(i).is(",")) {
				text.append(' ');
			}
			text.append(tokens.get(i).display());
		}
		return text.toString();
	}
}

package org.nftoffload.nft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nftoffload.nft.LiveRuleset.Chain;
import org.nftoffload.nft.LiveRuleset.Flowtable;
import org.nftoffload.nft.LiveRuleset.Rule;
import org.nftoffload.nft.LiveRuleset.Table;
import org.nftoffload.nft.internal.NftTokenizer;
import org.nftoffload.nft.internal.NftTokenizer.Kind;
import org.nftoffload.nft.internal.NftTokenizer.Token;

/**
 * Parses the text of {@code nft list ruleset} (and scripts in the same syntax, such as the ones
 * {@link NftRenderer} writes: {@code delete table}, {@code flush ruleset} and repeated table blocks are
 * applied in order). Only the text form carries flowtable flags ({@code flags offload}, {@code counter}).
 * <p>
 * Objects the console does not model (sets, maps, counters, ct helpers...) are skipped with their
 * braces balanced. Every failure is an {@link NftParseException} with line and column.
 */
public final class NftTextParser {

	static final Set<String> FAMILIES = Set.of("ip", "ip6", "inet", "arp", "bridge", "netdev");
	static final Map<String, Integer> PRIORITY_NAMES = Map.of("raw", -300, "mangle", -150, "dstnat", -100, "filter", 0,
			"security", 50, "srcnat", 100, "out", 100, "in", -200);

	private final String source;
	private final List<Token> tokens;
	private int pos;
	private final List<String> warnings = new ArrayList<>();
	/** family + " " + name -> table under construction, in first-seen order */
	private final Map<String, TableBuilder> tables = new LinkedHashMap<>();

	private NftTextParser(String source, List<Token> tokens) {
		this.source = source;
		this.tokens = tokens;
	}

	/** Parses {@code text}; {@code source} names the input in error messages (a file name or a host). */
	public static LiveRuleset parse(String text, String source) throws NftParseException {
		NftTextParser parser = new NftTextParser(source, NftTokenizer.tokenize(text, source));
		parser.parseFile();
		List<Table> result = new ArrayList<>();
		for (TableBuilder builder : parser.tables.values()) {
			result.add(builder.build());
		}
		return new LiveRuleset(result, parser.warnings);
	}

	// ---- file level ----

	private void parseFile() throws NftParseException {
		while (!peek().kind().equals(Kind.END)) {
			Token t = peek();
			if (t.kind() == Kind.NEWLINE || t.is(";")) {
				pos++;
			} else if (t.is("table")) {
				pos++;
				parseTable(t);
			} else if (t.is("add") && peek(1).is("table")) {
				pos += 2;
				parseTable(t);
			} else if (t.is("delete") && peek(1).is("table")) {
				pos += 2;
				String[] id = parseTableId();
				tables.remove(id[0] + " " + id[1]);
				endOfStatement();
			} else if (t.is("flush") && peek(1).is("ruleset")) {
				pos += 2;
				tables.clear();
				endOfStatement();
			} else if (t.is("flush") && peek(1).is("table")) {
				pos += 2;
				String[] id = parseTableId();
				TableBuilder table = tables.get(id[0] + " " + id[1]);
				if (table != null) {
					table.chains.values().forEach(chain -> chain.rules.clear());
				}
				endOfStatement();
			} else {
				throw error(t, "expected 'table', 'delete table' or 'flush ruleset' but found '" + t.display()
						+ "': is this the output of 'nft list ruleset'?");
			}
		}
	}

	private String[] parseTableId() throws NftParseException {
		Token first = expectName("a table family or name");
		if (FAMILIES.contains(first.text()) && (peek().kind() == Kind.WORD || peek().kind() == Kind.STRING)) {
			Token name = expectName("the table name");
			return new String[] { first.text(), name.text() };
		}
		// nft's default family
		return new String[] { "ip", first.text() };
	}

	private void parseTable(Token start) throws NftParseException {
		String[] id = parseTableId();
		TableBuilder table = tables.computeIfAbsent(id[0] + " " + id[1],
				k -> new TableBuilder(id[0], id[1], start.line()));
		optionalBody("table " + id[0] + " " + id[1], t -> {
			if (t.is("flowtable")) {
				pos++;
				parseFlowtable(table);
			} else if (t.is("chain")) {
				pos++;
				parseChain(table);
			} else if (t.kind() == Kind.WORD) {
				// sets, maps, named counters, ct helpers, flags, comment...: not modelled
				skipStatement();
			} else {
				throw error(t, "unexpected '" + t.display() + "' in table " + id[0] + " " + id[1]);
			}
		});
	}

	// ---- flowtable ----

	private void parseFlowtable(TableBuilder table) throws NftParseException {
		Token name = expectName("the flowtable name");
		expect("{", "'{' after flowtable " + name.text());
		String hook = null;
		int priority = 0;
		List<String> devices = new ArrayList<>();
		boolean offload = false;
		boolean counter = false;
		while (true) {
			Token t = peek();
			if (t.kind() == Kind.NEWLINE || t.is(";")) {
				pos++;
			} else if (t.is("}")) {
				pos++;
				break;
			} else if (t.kind() == Kind.END) {
				throw error(t, "flowtable " + name.text() + " is not closed: add the missing '}'");
			} else if (t.is("hook")) {
				pos++;
				hook = expectName("the hook name after 'hook'").text();
				if (peek().is("priority")) {
					pos++;
					priority = parsePriority();
				}
			} else if (t.is("priority")) {
				pos++;
				priority = parsePriority();
			} else if (t.is("devices")) {
				pos++;
				expect("=", "'=' after 'devices'");
				devices.addAll(parseValues("a device name"));
			} else if (t.is("flags")) {
				pos++;
				for (String flag : parseValues("a flowtable flag")) {
					if (flag.equals("offload")) {
						offload = true;
					} else {
						warnings.add(source + ":" + t.line() + ": unknown flowtable flag '" + flag + "' ignored");
					}
				}
			} else if (t.is("counter")) {
				pos++;
				counter = true;
			} else if (t.kind() == Kind.WORD) {
				warnings.add(source + ":" + t.line() + ": '" + t.text() + "' in flowtable " + name.text() + " ignored");
				skipStatement();
			} else {
				throw error(t, "unexpected '" + t.display() + "' in flowtable " + name.text());
			}
		}
		if (hook == null) {
			hook = "ingress";
		}
		table.flowtables.put(name.text(),
				new Flowtable(name.text(), hook, priority, devices, offload, counter, true, name.line()));
		endOfStatement();
	}

	private int parsePriority() throws NftParseException {
		Token t = peek();
		if (t.kind() != Kind.WORD) {
			throw error(t, "expected a priority (a number or a name such as 'filter') but found '" + t.display() + "'");
		}
		pos++;
		long value;
		Integer named = PRIORITY_NAMES.get(t.text());
		if (named != null) {
			value = named;
			Token op = peek();
			boolean plus = op.is("+");
			boolean minus = op.is("-");
			if (plus || minus) {
				pos++;
				long offset = parseNumber(next(), "the priority offset");
				value += plus ? offset : -offset;
			} else if (op.kind() == Kind.WORD && op.text().startsWith("-") && op.text().length() > 1) {
				pos++;
				value -= parseNumber(new Token(Kind.WORD, op.text().substring(1), op.line(), op.column() + 1),
						"the priority offset");
			}
		} else {
			value = parseNumber(t, "the priority");
		}
		if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			throw error(t, "priority " + value + " is out of the 32-bit range nft accepts");
		}
		return (int) value;
	}

	private long parseNumber(Token t, String what) throws NftParseException {
		String text = t.text();
		if (t.kind() != Kind.WORD || !text.matches("-?[0-9]{1,12}")) {
			throw error(t, "expected a number for " + what + " but found '" + t.display() + "'");
		}
		return Long.parseLong(text);
	}

	// ---- chain ----

	private void parseChain(TableBuilder table) throws NftParseException {
		Token name = expectName("the chain name");
		ChainBuilder chain = table.chains.computeIfAbsent(name.text(), k -> new ChainBuilder(k, name.line()));
		optionalBody("chain " + name.text(), t -> {
			if (t.is("type")) {
				pos++;
				chain.type = expectName("the chain type").text();
				if (peek().is("hook")) {
					pos++;
					chain.hook = expectName("the hook name").text();
				}
				if (peek().is("device")) {
					pos++;
					expectName("the device name");
				}
				if (peek().is("priority")) {
					pos++;
					chain.priority = parsePriority();
				}
			} else if (t.is("policy")) {
				pos++;
				chain.policy = expectName("the chain policy").text();
			} else if (t.is("comment") && peek(1).kind() == Kind.STRING) {
				pos += 2;
			} else if (t.is("devices") || t.is("flags")) {
				skipStatement();
			} else {
				chain.rules.add(parseRule());
			}
		});
	}

	/** Collects a rule's tokens up to the end of its line (outside braces) and picks out what the model knows. */
	private Rule parseRule() throws NftParseException {
		Token first = peek();
		List<Token> ruleTokens = new ArrayList<>();
		int depth = 0;
		while (true) {
			Token t = peek();
			if (t.kind() == Kind.END) {
				if (depth > 0) {
					throw error(t, "rule starting at line " + first.line() + " has an unclosed '{'");
				}
				break;
			}
			if (depth == 0 && (t.kind() == Kind.NEWLINE || t.is(";") || t.is("}"))) {
				break;
			}
			pos++;
			if (t.kind() == Kind.NEWLINE) {
				continue;
			}
			if (t.is("{")) {
				depth++;
			} else if (t.is("}")) {
				depth--;
			}
			ruleTokens.add(t);
		}
		return RuleAnalyzer.analyze(ruleTokens, first.line());
	}

	// ---- helpers ----

	/** Reads one statement of a block body, starting at its first token (not yet consumed). */
	@FunctionalInterface
	private interface BodyStatement {
		void read(Token first) throws NftParseException;
	}

	/**
	 * A table or chain: nft takes it with a '{ ... }' body or without one ("add table inet t").
	 * Reads the body when there is one, handing each statement to {@code statement} and skipping
	 * empty lines and ';' between them, then the end of the statement. {@code what} names the
	 * block when its '}' is missing.
	 */
	private void optionalBody(String what, BodyStatement statement) throws NftParseException {
		if (peek().is("{")) {
			pos++;
			while (true) {
				Token t = peek();
				if (t.kind() == Kind.NEWLINE || t.is(";")) {
					pos++;
				} else if (t.is("}")) {
					pos++;
					break;
				} else if (t.kind() == Kind.END) {
					throw error(t, what + " is not closed: add the missing '}'");
				} else {
					statement.read(t);
				}
			}
		}
		endOfStatement();
	}

	/** A single value or a brace set of values separated by commas; quotes removed. */
	private List<String> parseValues(String what) throws NftParseException {
		List<String> values = new ArrayList<>();
		if (peek().is("{")) {
			pos++;
			while (true) {
				Token t = next();
				if (t.is("}")) {
					break;
				}
				if (t.kind() == Kind.NEWLINE || t.is(",")) {
					continue;
				}
				if (t.kind() != Kind.WORD && t.kind() != Kind.STRING) {
					throw error(t, "expected " + what + " or '}' but found '" + t.display() + "'");
				}
				values.add(t.text());
			}
		} else {
			Token t = next();
			if (t.kind() != Kind.WORD && t.kind() != Kind.STRING) {
				throw error(t, "expected " + what + " but found '" + t.display() + "'");
			}
			values.add(t.text());
			while (peek().is(",")) {
				pos++;
				Token more = next();
				if (more.kind() != Kind.WORD && more.kind() != Kind.STRING) {
					throw error(more, "expected " + what + " after ',' but found '" + more.display() + "'");
				}
				values.add(more.text());
			}
		}
		return values;
	}

	/** Skips one statement: up to the end of line or ';' outside braces, or a closing '}' of the enclosing block. */
	private void skipStatement() throws NftParseException {
		Token first = peek();
		int depth = 0;
		while (true) {
			Token t = peek();
			if (t.kind() == Kind.END) {
				if (depth > 0) {
					throw error(first, "'" + first.display() + "' block is not closed: add the missing '}'");
				}
				return;
			}
			if (depth == 0 && (t.kind() == Kind.NEWLINE || t.is(";") || t.is("}"))) {
				return;
			}
			pos++;
			if (t.is("{")) {
				depth++;
			} else if (t.is("}")) {
				depth--;
				if (depth == 0) {
					return;
				}
			}
		}
	}

	private void endOfStatement() throws NftParseException {
		Token t = peek();
		if (t.kind() == Kind.NEWLINE || t.is(";") || t.kind() == Kind.END || t.is("}")) {
			return;
		}
		throw error(t, "expected the end of the line but found '" + t.display() + "'");
	}

	private Token expectName(String what) throws NftParseException {
		Token t = next();
		if (t.kind() != Kind.WORD && t.kind() != Kind.STRING) {
			throw error(t, "expected " + what + " but found '" + t.display() + "'");
		}
		return t;
	}

	private void expect(String punct, String what) throws NftParseException {
		Token t = next();
		if (!t.is(punct)) {
			throw error(t, "expected " + what + " but found '" + t.display() + "'");
		}
	}

	private Token peek() {
		return peek(0);
	}

	private Token peek(int ahead) {
		int index = Math.min(pos + ahead, tokens.size() - 1);
		return tokens.get(index);
	}

	private Token next() {
		Token t = peek();
		if (t.kind() != Kind.END) {
			pos++;
		}
		return t;
	}

	private NftParseException error(Token at, String problem) {
		return new NftParseException(source, at.line(), at.column(), problem);
	}

	private static final class TableBuilder {
		final String family;
		final String name;
		final int line;
		final Map<String, Flowtable> flowtables = new LinkedHashMap<>();
		final Map<String, ChainBuilder> chains = new LinkedHashMap<>();

		TableBuilder(String family, String name, int line) {
			this.family = family;
			this.name = name;
			this.line = line;
		}

		Table build() {
			List<Chain> built = new ArrayList<>();
			for (ChainBuilder chain : chains.values()) {
				built.add(new Chain(chain.name, chain.type, chain.hook, chain.priority, chain.policy, chain.rules,
						chain.line));
			}
			return new Table(family, name, new ArrayList<>(flowtables.values()), built, line);
		}
	}

	private static final class ChainBuilder {
		final String name;
		final int line;
		String type;
		String hook;
		Integer priority;
		String policy;
		final List<Rule> rules = new ArrayList<>();

		ChainBuilder(String name, int line) {
			this.name = name;
			this.line = line;
		}
	}
}

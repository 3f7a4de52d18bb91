package org.nftoffload.nft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nftoffload.nft.LiveRuleset.Chain;
import org.nftoffload.nft.LiveRuleset.Flowtable;
import org.nftoffload.nft.LiveRuleset.Rule;
import org.nftoffload.nft.LiveRuleset.Table;
import org.nftoffload.nft.internal.Json;

/**
 * Parses {@code nft -j list ruleset} and merges it with the text form.
 * <p>
 * The JSON has exact numbers (priorities) and handles but no flowtable flags: a flowtable read from
 * JSON alone has {@link Flowtable#flagsKnown()} false. {@link #merge(LiveRuleset, LiveRuleset)} takes
 * flags from the text.
 */
public final class NftJsonParser {

	private final String source;
	private final List<String> warnings = new ArrayList<>();

	private NftJsonParser(String source) {
		this.source = source;
	}

	public static LiveRuleset parse(String json, String source) throws NftParseException {
		return new NftJsonParser(source).run(Json.parse(json, source));
	}

	/**
	 * Like {@link #parse(String, String)} for a document that was already read as JSON values (maps,
	 * lists, {@link BigDecimal} numbers, strings, booleans): the agent's {@code ruleset.get} embeds
	 * nft's document in its answer.
	 */
	public static LiveRuleset parseDocument(Object document, String source) throws NftParseException {
		return new NftJsonParser(source).run(document);
	}

	private LiveRuleset run(Object document) throws NftParseException {
		if (!(document instanceof Map<?, ?> root) || !(root.get("nftables") instanceof List<?> items)) {
			throw shape("the document is not nft JSON: expected {\"nftables\": [...]} as printed by 'nft -j list ruleset'");
		}
		Map<String, TableParts> tables = new LinkedHashMap<>();
		int index = 0;
		for (Object item : items) {
			index++;
			if (!(item instanceof Map<?, ?> wrapper) || wrapper.size() != 1) {
				throw shape("element " + index + " of \"nftables\" is not an object with one member");
			}
			Map.Entry<?, ?> entry = wrapper.entrySet().iterator().next();
			String kind = String.valueOf(entry.getKey());
			if (!(entry.getValue() instanceof Map<?, ?> body)) {
				throw shape("element " + index + " (" + kind + ") is not an object");
			}
			switch (kind) {
			case "table" -> {
				String family = text(body, "family", index);
				String name = text(body, "name", index);
				tables.computeIfAbsent(family + " " + name, k -> new TableParts(family, name, 0));
			}
			case "flowtable" -> {
				TableParts table = owner(tables, body, index);
				List<String> devices = new ArrayList<>();
				Object dev = body.get("dev");
				if (dev instanceof String single) {
					devices.add(single);
				} else if (dev instanceof List<?> list) {
					for (Object d : list) {
						devices.add(String.valueOf(d));
					}
				}
				Object hook = body.get("hook");
				table.flowtables.add(new Flowtable(text(body, "name", index), hook == null ? "ingress" : String.valueOf(hook),
						integer(body, "prio", index), devices, false, false, false, 0));
			}
			case "chain" -> {
				TableParts table = owner(tables, body, index);
				String name = text(body, "name", index);
				Object prio = body.get("prio");
				table.chains.put(name, new ChainParts(name, (String) stringOrNull(body.get("type")),
						(String) stringOrNull(body.get("hook")), prio == null ? null : integer(body, "prio", index),
						(String) stringOrNull(body.get("policy"))));
			}
			case "rule" -> {
				TableParts table = owner(tables, body, index);
				String chainName = text(body, "chain", index);
				ChainParts chain = table.chains.computeIfAbsent(chainName,
						k -> new ChainParts(k, null, null, null, null));
				chain.rules.add(rule(body, index));
			}
			default -> {
				// metainfo, sets, maps, elements, counters, ct helpers...: not modelled
			}
			}
		}
		List<Table> result = new ArrayList<>();
		for (TableParts parts : tables.values()) {
			List<Chain> chains = new ArrayList<>();
			for (ChainParts c : parts.chains.values()) {
				chains.add(new Chain(c.name, c.type, c.hook, c.priority, c.policy, c.rules, 0));
			}
			result.add(new Table(parts.family, parts.name, parts.flowtables, chains, 0));
		}
		return new LiveRuleset(result, warnings);
	}

	private Rule rule(Map<?, ?> body, int index) throws NftParseException {
		List<String> protocols = new ArrayList<>();
		List<String> saddr = new ArrayList<>();
		List<String> daddr = new ArrayList<>();
		List<String> iif = new ArrayList<>();
		List<String> oif = new ArrayList<>();
		List<String> unsupported = new ArrayList<>();
		boolean excludeMarked = false;
		boolean excludeNatted = false;
		String flowtable = null;
		Object exprs = body.get("expr");
		if (exprs != null && !(exprs instanceof List<?>)) {
			throw shape("element " + index + " (rule): \"expr\" is not an array");
		}
		for (Object expr : exprs == null ? List.of() : (List<?>) exprs) {
			if (!(expr instanceof Map<?, ?> statement) || statement.size() != 1) {
				throw shape("element " + index + " (rule): an expression is not an object with one member");
			}
			Map.Entry<?, ?> e = statement.entrySet().iterator().next();
			String kind = String.valueOf(e.getKey());
			Object value = e.getValue();
			if (kind.equals("flow") && value instanceof Map<?, ?> flow && flow.get("flowtable") instanceof String name) {
				flowtable = name.startsWith("@") ? name.substring(1) : name;
			} else if (kind.equals("counter")) {
				// statistics, not configuration
			} else if (kind.equals("match") && value instanceof Map<?, ?> match) {
				String op = String.valueOf(match.get("op"));
				String left = describeLeft(match.get("left"));
				List<String> right = values(match.get("right"));
				// a named set reference ("@lan_devices") has no elements in the rule
				boolean equal = (op.equals("==") || op.equals("in")) && right.stream().noneMatch(v -> v.startsWith("@"));
				if (equal && (left.equals("meta l4proto") || left.equals("ip protocol") || left.equals("ip6 nexthdr"))) {
					protocols.addAll(right);
				} else if (equal && (left.equals("ip saddr") || left.equals("ip6 saddr"))) {
					saddr.addAll(right);
				} else if (equal && (left.equals("ip daddr") || left.equals("ip6 daddr"))) {
					daddr.addAll(right);
				} else if (equal && (left.equals("meta iifname") || left.equals("meta iif"))) {
					iif.addAll(right);
				} else if (equal && (left.equals("meta oifname") || left.equals("meta oif"))) {
					oif.addAll(right);
				} else if (op.equals("==") && left.equals("meta mark") && right.equals(List.of("0"))) {
					excludeMarked = true;
				} else if (op.equals("!") && left.equals("ct status") && right.size() == 2 && right.contains("snat")
						&& right.contains("dnat")) {
					excludeNatted = true;
				} else if (left.equals("ct state")) {
					// flow add only acts on established connections anyway
				} else {
					unsupported.add(left + " " + op + " " + String.join(",", right));
				}
			} else {
				unsupported.add(kind);
			}
		}
		Object handle = body.get("handle");
		String text = "rule handle " + handle + (flowtable != null ? " flow add @" + flowtable : "");
		return new Rule(text, 0, flowtable, protocols, saddr, daddr, iif, oif, excludeMarked, excludeNatted,
				(String) stringOrNull(body.get("comment")), unsupported);
	}

	private static String describeLeft(Object left) {
		if (left instanceof Map<?, ?> map && map.size() == 1) {
			Map.Entry<?, ?> e = map.entrySet().iterator().next();
			if (e.getValue() instanceof Map<?, ?> inner) {
				if (inner.get("key") != null) {
					return e.getKey() + " " + inner.get("key");
				}
				if (inner.get("protocol") != null && inner.get("field") != null) {
					return inner.get("protocol") + " " + inner.get("field");
				}
			}
			return String.valueOf(e.getKey());
		}
		return String.valueOf(left);
	}

	private static List<String> values(Object right) {
		List<String> out = new ArrayList<>();
		if (right instanceof Map<?, ?> map && map.get("set") instanceof List<?> set) {
			for (Object v : set) {
				out.addAll(values(v));
			}
		} else if (right instanceof Map<?, ?> map && map.get("prefix") instanceof Map<?, ?> prefix) {
			out.add(prefix.get("addr") + "/" + prefix.get("len"));
		} else if (right instanceof List<?> list) {
			for (Object v : list) {
				out.addAll(values(v));
			}
		} else {
			out.add(String.valueOf(right));
		}
		return out;
	}

	/**
	 * One ruleset from the text and the JSON of the same host: tables, flowtables (devices, hook,
	 * priority) and chains as the JSON has them, flowtable flags from the text. Rules come from the text
	 * where it has the table (it keeps the rules' listed form), otherwise from the JSON. Flowtables only
	 * one side has are kept with a warning.
	 */
	public static LiveRuleset merge(LiveRuleset text, LiveRuleset json) {
		List<String> warnings = new ArrayList<>(text.warnings());
		warnings.addAll(json.warnings());
		List<Table> merged = new ArrayList<>();
		for (Table fromJson : json.tables()) {
			Table fromText = text.table(fromJson.family(), fromJson.name()).orElse(null);
			String where = "table " + fromJson.family() + " " + fromJson.name();
			if (fromText == null) {
				warnings.add(where + " is in the JSON only (the text was taken at another time?)");
				merged.add(fromJson);
				continue;
			}
			List<Flowtable> flowtables = new ArrayList<>();
			for (Flowtable j : fromJson.flowtables()) {
				Flowtable t = fromText.flowtable(j.name()).orElse(null);
				if (t == null) {
					warnings.add(where + ", flowtable " + j.name() + ": in the JSON only, so its flags are unknown");
					flowtables.add(j);
					continue;
				}
				// devices are a set: nft lists them in its own order, and text and JSON need not agree on it
				if (!new java.util.HashSet<>(t.devices()).equals(new java.util.HashSet<>(j.devices()))
						|| t.priority() != j.priority()) {
					warnings.add(where + ", flowtable " + j.name()
							+ ": text and JSON disagree on devices or priority; the JSON's are used");
				}
				flowtables.add(new Flowtable(j.name(), j.hook(), j.priority(), j.devices(), t.offload(), t.counter(), true,
						t.line()));
			}
			for (Flowtable t : fromText.flowtables()) {
				if (fromJson.flowtable(t.name()).isEmpty()) {
					warnings.add(where + ", flowtable " + t.name() + ": in the text only");
					flowtables.add(t);
				}
			}
			merged.add(new Table(fromJson.family(), fromJson.name(), flowtables, fromText.chains(), fromText.line()));
		}
		for (Table t : text.tables()) {
			if (json.table(t.family(), t.name()).isEmpty()) {
				warnings.add("table " + t.family() + " " + t.name() + " is in the text only");
				merged.add(t);
			}
		}
		return new LiveRuleset(merged, warnings);
	}

	// ---- helpers ----

	private TableParts owner(Map<String, TableParts> tables, Map<?, ?> body, int index) throws NftParseException {
		String family = text(body, "family", index);
		String table = text(body, "table", index);
		return tables.computeIfAbsent(family + " " + table, k -> new TableParts(family, table, 0));
	}

	private String text(Map<?, ?> body, String key, int index) throws NftParseException {
		if (!(body.get(key) instanceof String value)) {
			throw shape("element " + index + ": member \"" + key + "\" is missing or not a string");
		}
		return value;
	}

	private int integer(Map<?, ?> body, String key, int index) throws NftParseException {
		// Scale 0: written as a plain integer (no fraction, no exponent), as nft writes them; a
		// bit length up to 31 (sign aside) is exactly the int range.
		if (!(body.get(key) instanceof BigDecimal value) || value.scale() != 0
				|| value.unscaledValue().bitLength() > 31) {
			throw shape("element " + index + ": member \"" + key + "\" is missing or not a 32-bit integer");
		}
		return value.intValue();
	}

	private static Object stringOrNull(Object value) {
		return value instanceof String ? value : null;
	}

	private NftParseException shape(String problem) {
		// the JSON reader has no positions for the tree; nft -j prints one line, so line 1 is honest
		return new NftParseException(source, 1, 1, problem);
	}

	private static final class TableParts {
		final String family;
		final String name;
		final List<Flowtable> flowtables = new ArrayList<>();
		final Map<String, ChainParts> chains = new LinkedHashMap<>();

		TableParts(String family, String name, int line) {
			this.family = family;
			this.name = name;
		}
	}

	private static final class ChainParts {
		final String name;
		final String type;
		final String hook;
		final Integer priority;
		final String policy;
		final List<Rule> rules = new ArrayList<>();

		ChainParts(String name, String type, String hook, Integer priority, String policy) {
			this.name = name;
			this.type = type;
			this.hook = hook;
			this.priority = priority;
			this.policy = policy;
		}
	}
}

package org.nftoffload.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The offload rules of the console's table in nft's JSON listing ({@code nft -j list ruleset}, as
 * the agent embeds it): handle and, where the rule has a counter statement, its counters. The JSON
 * is walked as the agent client parsed it (maps, lists, numbers), never re-parsed from text.
 */
final class LiveRules {

	record LiveRule(String family, String chain, String flowtable, long handle, Long packets, Long bytes, String comment) {
	}

	private LiveRules() {
	}

	static List<LiveRule> of(Object json, String table) {
		List<LiveRule> rules = new ArrayList<>();
		if (!(json instanceof Map<?, ?> root) || !(root.get("nftables") instanceof List<?> items)) {
			return rules;
		}
		for (Object item : items) {
			if (!(item instanceof Map<?, ?> entry) || !(entry.get("rule") instanceof Map<?, ?> rule)
					|| !table.equals(rule.get("table")) || !(rule.get("expr") instanceof List<?> exprs)) {
				continue;
			}
			String flowtable = null;
			Long packets = null;
			Long bytes = null;
			for (Object expr : exprs) {
				if (!(expr instanceof Map<?, ?> e)) {
					continue;
				}
				if (e.get("flow") instanceof Map<?, ?> flow && flow.get("flowtable") != null) {
					flowtable = String.valueOf(flow.get("flowtable")).replaceFirst("^@", "");
				}
				if (e.get("counter") instanceof Map<?, ?> counter) {
					packets = number(counter.get("packets"));
					bytes = number(counter.get("bytes"));
				}
			}
			Long handle = number(rule.get("handle"));
			if (flowtable != null && handle != null) {
				rules.add(new LiveRule(String.valueOf(rule.get("family")), String.valueOf(rule.get("chain")), flowtable,
						handle, packets, bytes, rule.get("comment") == null ? null : String.valueOf(rule.get("comment"))));
			}
		}
		return rules;
	}

	private static Long number(Object value) {
		return value instanceof Number n ? n.longValue() : null;
	}
}

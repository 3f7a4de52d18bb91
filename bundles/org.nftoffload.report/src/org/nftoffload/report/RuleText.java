package org.nftoffload.report;

import java.util.List;

import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;

/** What an offload rule matches, in nft's words (sets sorted, as the renderer writes them). */
final class RuleText {

	private RuleText() {
	}

	static String match(OffloadRule rule) {
		StringBuilder out = new StringBuilder();
		set(out, "iifname", rule.getInputInterfaces().stream().map(NetworkInterface::getName).sorted().toList());
		set(out, "oifname", rule.getOutputInterfaces().stream().map(NetworkInterface::getName).sorted().toList());
		set(out, "meta l4proto", rule.getProtocols().stream().map(Protocol::getLiteral).sorted().toList());
		set(out, "saddr", List.copyOf(rule.getSourcePrefixes()));
		set(out, "daddr", List.copyOf(rule.getDestinationPrefixes()));
		if (rule.isExcludeMarked()) {
			append(out, "meta mark 0");
		}
		if (rule.isExcludeNatted()) {
			append(out, "ct status != snat,dnat");
		}
		return out.isEmpty() ? "all forwarded flows" : out.toString();
	}

	private static void set(StringBuilder out, String key, List<String> values) {
		if (values.isEmpty()) {
			return;
		}
		append(out, key + " " + (values.size() == 1 ? values.get(0) : "{ " + String.join(", ", values) + " }"));
	}

	private static void append(StringBuilder out, String part) {
		if (!out.isEmpty()) {
			out.append(' ');
		}
		out.append(part);
	}
}

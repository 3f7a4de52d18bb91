package org.nftoffload.nft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A ruleset as a host reports it ({@code nft list ruleset} text, {@code nft -j list ruleset} JSON or
 * both merged), reduced to what the console reasons about: tables, flowtables, chains and the rules
 * in them. Immutable.
 *
 * @param tables   in the order the host listed them
 * @param warnings things the parser understood only partly (never fatal)
 */
public record LiveRuleset(List<Table> tables, List<String> warnings) {

	public LiveRuleset {
		tables = List.copyOf(tables);
		warnings = List.copyOf(warnings);
	}

	/** The table {@code family name}, if listed. */
	public Optional<Table> table(String family, String name) {
		return tables.stream().filter(t -> t.family().equals(family) && t.name().equals(name)).findFirst();
	}

	/** All rules of all chains of all tables that add flows to a flowtable. */
	public List<Rule> offloadRules() {
		List<Rule> rules = new ArrayList<>();
		for (Table table : tables) {
			for (Chain chain : table.chains()) {
				chain.rules().stream().filter(Rule::isOffload).forEach(rules::add);
			}
		}
		return rules;
	}

	/** One table: {@code family} is nft's word (inet, ip, ip6, bridge, netdev, arp). */
	public record Table(String family, String name, List<Flowtable> flowtables, List<Chain> chains, int line) {
		public Table {
			flowtables = List.copyOf(flowtables);
			chains = List.copyOf(chains);
		}

		public Optional<Flowtable> flowtable(String flowtableName) {
			return flowtables.stream().filter(f -> f.name().equals(flowtableName)).findFirst();
		}
	}

	/**
	 * A flowtable. {@code flagsKnown} is false when it came from JSON alone, which carries no flags:
	 * then {@code offload} and {@code counter} are false for want of knowledge, not by observation.
	 */
	public record Flowtable(String name, String hook, int priority, List<String> devices, boolean offload,
			boolean counter, boolean flagsKnown, int line) {
		public Flowtable {
			devices = List.copyOf(devices);
		}
	}

	/** A chain; {@code type}, {@code hook}, {@code priority} and {@code policy} are null for regular chains. */
	public record Chain(String name, String type, String hook, Integer priority, String policy, List<Rule> rules,
			int line) {
		public Chain {
			rules = List.copyOf(rules);
		}
	}

	/**
	 * One rule, with the parts the console models picked out.
	 *
	 * @param text        the rule as listed (tokens joined by single spaces)
	 * @param flowtable   the flowtable its {@code flow add @name} statement names, or null
	 * @param protocols   tcp/udp/... from meta l4proto, ip protocol or ip6 nexthdr
	 * @param unsupported matches or statements the model cannot express (kept in text only)
	 */
	public record Rule(String text, int line, String flowtable, List<String> protocols, List<String> sourcePrefixes,
			List<String> destinationPrefixes, List<String> inputInterfaces, List<String> outputInterfaces,
			boolean excludeMarked, boolean excludeNatted, String comment, List<String> unsupported) {
		public Rule {
			protocols = List.copyOf(protocols);
			sourcePrefixes = List.copyOf(sourcePrefixes);
			destinationPrefixes = List.copyOf(destinationPrefixes);
			inputInterfaces = List.copyOf(inputInterfaces);
			outputInterfaces = List.copyOf(outputInterfaces);
			unsupported = List.copyOf(unsupported);
		}

		public boolean isOffload() {
			return flowtable != null;
		}
	}
}

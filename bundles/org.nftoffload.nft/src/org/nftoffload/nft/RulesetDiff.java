package org.nftoffload.nft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.nft.internal.UnifiedDiff;

/**
 * What applying a host's desired state would change in the console's own table: a structured list of
 * changes and a unified diff of the nft text. Tables the console does not own are not compared (they
 * are never rewritten).
 */
public final class RulesetDiff {

	/** One difference; {@code family} is nft's word (inet, ip, ip6). */
	public sealed interface Change permits FlowtableAdded, FlowtableRemoved, FlowtableChanged, RuleAdded, RuleRemoved {
		String describe();
	}

	public record FlowtableAdded(String family, String name) implements Change {
		public String describe() {
			return "+ flowtable " + family + " " + name;
		}
	}

	public record FlowtableRemoved(String family, String name) implements Change {
		public String describe() {
			return "- flowtable " + family + " " + name;
		}
	}

	/** A flowtable property (hook, priority, devices, offload, counter) that differs. */
	public record FlowtableChanged(String family, String name, String property, String live, String desired)
			implements Change {
		public String describe() {
			return "~ flowtable " + family + " " + name + ": " + property + " " + live + " -> " + desired;
		}
	}

	public record RuleAdded(String family, String rule) implements Change {
		public String describe() {
			return "+ rule (" + family + ") " + rule;
		}
	}

	public record RuleRemoved(String family, String rule) implements Change {
		public String describe() {
			return "- rule (" + family + ") " + rule;
		}
	}

	/** The changes (empty when live already matches) and the unified diff of the console's tables. */
	public record Result(List<Change> changes, String unifiedDiff, List<String> warnings) {
		public Result {
			changes = List.copyOf(changes);
			warnings = List.copyOf(warnings);
		}

		public boolean isEmpty() {
			return changes.isEmpty();
		}
	}

	private RulesetDiff() {
	}

	/** Compares {@code desired} with the {@code live} ruleset of the same host. */
	public static Result diff(Host desired, LiveRuleset live) throws NftRenderException {
		RulesetImporter.ImportResult imported = RulesetImporter.importRuleset(live, desired);
		Host current = imported.host();
		List<Change> changes = new ArrayList<>();

		Map<String, Flowtable> liveTables = byKey(current.getFlowtables());
		Map<String, Flowtable> wantedTables = byKey(desired.getFlowtables());
		for (Map.Entry<String, Flowtable> wanted : wantedTables.entrySet()) {
			Flowtable want = wanted.getValue();
			Flowtable have = liveTables.get(wanted.getKey());
			String family = want.getFamily().getLiteral();
			if (have == null) {
				changes.add(new FlowtableAdded(family, want.getName()));
				continue;
			}
			compare(changes, family, want.getName(), "hook", have.getHook(), want.getHook());
			compare(changes, family, want.getName(), "priority", have.getPriority(), want.getPriority());
			compare(changes, family, want.getName(), "devices", deviceNames(have), deviceNames(want));
			compare(changes, family, want.getName(), "offload", have.getOffloadMode().getLiteral(), want.getOffloadMode().getLiteral());
			compare(changes, family, want.getName(), "counter", have.isCounter(), want.isCounter());
		}
		for (Map.Entry<String, Flowtable> existing : liveTables.entrySet()) {
			if (!wantedTables.containsKey(existing.getKey())) {
				changes.add(new FlowtableRemoved(existing.getValue().getFamily().getLiteral(), existing.getValue().getName()));
			}
		}

		List<String[]> liveRules = ruleLines(current);
		List<String[]> wantedRules = ruleLines(desired);
		List<String[]> unmatched = new ArrayList<>(liveRules);
		for (String[] want : wantedRules) {
			String[] match = unmatched.stream().filter(r -> r[0].equals(want[0]) && r[1].equals(want[1])).findFirst().orElse(null);
			if (match != null) {
				unmatched.remove(match);
			} else {
				changes.add(new RuleAdded(want[0], want[1]));
			}
		}
		for (String[] gone : unmatched) {
			changes.add(new RuleRemoved(gone[0], gone[1]));
		}

		String name = desired.getName() == null ? "host" : desired.getName();
		String unified = UnifiedDiff.diff("live/" + name, NftRenderer.renderTables(current), "desired/" + name,
				NftRenderer.renderTables(desired), 3);
		return new Result(changes, unified, imported.warnings());
	}

	private static void compare(List<Change> changes, String family, String name, String property, Object live, Object desired) {
		if (!Objects.equals(live, desired)) {
			changes.add(new FlowtableChanged(family, name, property, String.valueOf(live), String.valueOf(desired)));
		}
	}

	private static Map<String, Flowtable> byKey(List<Flowtable> flowtables) {
		Map<String, Flowtable> map = new LinkedHashMap<>();
		for (Flowtable f : flowtables) {
			map.putIfAbsent(f.getFamily().getLiteral() + " " + f.getName(), f);
		}
		return map;
	}

	private static List<String> deviceNames(Flowtable flowtable) {
		return flowtable.getDevices().stream().map(NetworkInterface::getName).sorted().toList();
	}

	/** [family, rendered rule] for each rule the renderer would write (rules of mode-none flowtables are not written). */
	private static List<String[]> ruleLines(Host host) throws NftRenderException {
		List<String[]> lines = new ArrayList<>();
		for (OffloadRule rule : host.getRules()) {
			Flowtable target = rule.getFlowtable();
			if (target == null || target.getOffloadMode() == org.nftoffload.model.OffloadMode.NONE) {
				continue;
			}
			lines.add(new String[] { target.getFamily().getLiteral(), NftRenderer.renderRule(host, rule, target.getName(),
					rule.getInputInterfaces().stream().map(NetworkInterface::getName).toList(),
					rule.getOutputInterfaces().stream().map(NetworkInterface::getName).toList()) });
		}
		return lines;
	}
}

package org.nftoffload.nft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.nftoffload.model.Family;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.nft.internal.Prefixes;

/**
 * Turns a live ruleset into model objects. The console's own table ({@code tableName} in family inet,
 * ip or ip6) becomes the host's flowtables and rules; every other table becomes an
 * {@link ObservedTable} that keeps its flowtables and offload rules for display, validation and diff
 * and is never rendered, so the console never rewrites a table it does not own.
 * <p>
 * Offload mode comes from the ruleset: {@code flags offload} is hardware; otherwise software when some
 * rule adds flows to the flowtable, none when no rule does.
 */
public final class RulesetImporter {

	/** The imported host and what did not fit the model. */
	public record ImportResult(Host host, List<String> warnings) {
		public ImportResult {
			warnings = List.copyOf(warnings);
		}
	}

	private final Host host;
	private final List<String> warnings = new ArrayList<>();

	private RulesetImporter(Host host) {
		this.host = host;
	}

	/**
	 * A new host (named {@code hostName}) holding what {@code live} says; {@code tableName} is the table
	 * the console owns there (normally {@code nftoffload}).
	 */
	public static ImportResult importRuleset(LiveRuleset live, String hostName, String tableName) {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(hostName);
		host.setTableName(tableName);
		RulesetImporter importer = new RulesetImporter(host);
		importer.warnings.addAll(live.warnings());
		importer.run(live);
		return new ImportResult(host, importer.warnings);
	}

	/**
	 * Like {@link #importRuleset(LiveRuleset, String, String)} but devices are matched by name against
	 * {@code template}'s interfaces (copied with their probe attributes), so that a diff or validation
	 * sees the same kinds and drivers as the desired host.
	 */
	public static ImportResult importRuleset(LiveRuleset live, Host template) {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(template.getName());
		host.setTableName(template.getTableName());
		for (NetworkInterface known : template.getInterfaces()) {
			NetworkInterface copy = ModelFactory.eINSTANCE.createNetworkInterface();
			copy.setName(known.getName());
			copy.setKind(known.getKind());
			copy.setDriver(known.getDriver());
			copy.setHwTcOffload(known.getHwTcOffload());
			copy.setEswitchMode(known.getEswitchMode());
			copy.setPresent(known.isPresent());
			host.getInterfaces().add(copy);
		}
		RulesetImporter importer = new RulesetImporter(host);
		importer.warnings.addAll(live.warnings());
		importer.run(live);
		return new ImportResult(host, importer.warnings);
	}

	/**
	 * Makes {@code imported} (a result of this importer) the state of {@code target}: its flowtables,
	 * rules and observed tables replace the target's, and every device they name becomes the target's
	 * own interface of that name, so probe data (driver, kind, lower devices, hw-tc-offload) is kept. A
	 * device the target does not have is added; when the target was probed it is marked not present,
	 * so validation reports it. Connection settings, profiles and role bindings are left alone.
	 */
	public static void adoptInto(Host target, Host imported) {
		java.util.Map<String, NetworkInterface> byName = new java.util.HashMap<>();
		for (NetworkInterface existing : target.getInterfaces()) {
			byName.putIfAbsent(existing.getName(), existing);
		}
		for (NetworkInterface device : new ArrayList<>(imported.getInterfaces())) {
			if (!byName.containsKey(device.getName())) {
				if (target.getProbeTime() != null) {
					device.setPresent(false);
				}
				target.getInterfaces().add(device);
				byName.put(device.getName(), device);
			}
		}
		List<Flowtable> flowtables = new ArrayList<>(imported.getFlowtables());
		List<OffloadRule> rules = new ArrayList<>(imported.getRules());
		for (ObservedTable observed : imported.getObservedTables()) {
			flowtables.addAll(observed.getFlowtables());
			rules.addAll(observed.getRules());
		}
		for (Flowtable flowtable : flowtables) {
			retarget(flowtable.getDevices(), byName);
		}
		for (OffloadRule rule : rules) {
			retarget(rule.getInputInterfaces(), byName);
			retarget(rule.getOutputInterfaces(), byName);
		}
		target.setTableName(imported.getTableName());
		target.getRules().clear();
		target.getFlowtables().clear();
		target.getObservedTables().clear();
		target.getFlowtables().addAll(new ArrayList<>(imported.getFlowtables()));
		target.getRules().addAll(new ArrayList<>(imported.getRules()));
		target.getObservedTables().addAll(new ArrayList<>(imported.getObservedTables()));
	}

	private static void retarget(EList<NetworkInterface> devices, java.util.Map<String, NetworkInterface> byName) {
		for (int i = 0; i < devices.size(); i++) {
			NetworkInterface own = byName.get(devices.get(i).getName());
			if (own != null && own != devices.get(i)) {
				devices.set(i, own);
			}
		}
	}

	private void run(LiveRuleset live) {
		for (LiveRuleset.Table table : live.tables()) {
			Family family = Family.get(table.family());
			boolean owned = family != null && table.name().equals(host.getTableName());
			if (owned) {
				importTable(table, family, host.getFlowtables(), host.getRules(), true);
			} else {
				ObservedTable observed = ModelFactory.eINSTANCE.createObservedTable();
				observed.setFamily(table.family());
				observed.setName(table.name());
				if (family == null && !table.flowtables().isEmpty()) {
					warnings.add("table " + table.family() + " " + table.name()
							+ ": flowtables in family " + table.family() + " are not modelled (only inet, ip, ip6)");
				} else {
					importTable(table, family, observed.getFlowtables(), observed.getRules(), false);
				}
				host.getObservedTables().add(observed);
			}
		}
	}

	private void importTable(LiveRuleset.Table table, Family family, EList<Flowtable> flowtables,
			EList<OffloadRule> rules, boolean owned) {
		String where = "table " + table.family() + " " + table.name();
		Set<String> used = new HashSet<>();
		for (LiveRuleset.Chain chain : table.chains()) {
			for (LiveRuleset.Rule rule : chain.rules()) {
				if (rule.isOffload()) {
					used.add(rule.flowtable());
				}
			}
		}
		for (LiveRuleset.Flowtable live : table.flowtables()) {
			Flowtable flowtable = ModelFactory.eINSTANCE.createFlowtable();
			flowtable.setName(live.name());
			flowtable.setFamily(family);
			flowtable.setHook(live.hook());
			flowtable.setPriority(live.priority());
			flowtable.setCounter(live.counter());
			flowtable.setOffloadMode(live.offload() ? OffloadMode.HARDWARE
					: used.contains(live.name()) ? OffloadMode.SOFTWARE : OffloadMode.NONE);
			if (!live.flagsKnown()) {
				warnings.add(where + ", flowtable " + live.name()
						+ ": flags unknown (JSON carries none): give the text of 'nft list ruleset' too");
			}
			for (String device : live.devices()) {
				flowtable.getDevices().add(device(device));
			}
			flowtables.add(flowtable);
		}
		for (LiveRuleset.Chain chain : table.chains()) {
			for (LiveRuleset.Rule live : chain.rules()) {
				if (!live.isOffload()) {
					continue;
				}
				OffloadRule rule = ModelFactory.eINSTANCE.createOffloadRule();
				Flowtable target = flowtables.stream().filter(f -> f.getName().equals(live.flowtable())).findFirst()
						.orElse(null);
				rule.setFlowtable(target);
				if (target == null) {
					rule.setFlowtableName(live.flowtable());
				}
				if (!owned) {
					rule.setChain(chain.name());
				}
				for (String protocol : live.protocols()) {
					// without /etc/protocols (OpenWrt, minimal images) nft lists protocol numbers
					Protocol p = Protocol.get(switch (protocol) {
					case "6" -> "tcp";
					case "17" -> "udp";
					default -> protocol;
					});
					if (p == null) {
						warnings.add(where + ", line " + live.line() + ": protocol '" + protocol
								+ "' cannot be offloaded (flowtables take tcp and udp only); left out");
					} else if (!rule.getProtocols().contains(p)) {
						rule.getProtocols().add(p);
					}
				}
				rule.getSourcePrefixes().addAll(canonical(live.sourcePrefixes()));
				rule.getDestinationPrefixes().addAll(canonical(live.destinationPrefixes()));
				// the kernel lists set elements in its own order: keep them sorted
				for (String name : live.inputInterfaces().stream().distinct().sorted().toList()) {
					rule.getInputInterfaces().add(device(name));
				}
				for (String name : live.outputInterfaces().stream().distinct().sorted().toList()) {
					rule.getOutputInterfaces().add(device(name));
				}
				rule.setExcludeMarked(live.excludeMarked());
				rule.setExcludeNatted(live.excludeNatted());
				rule.setComment(live.comment());
				if (!live.unsupported().isEmpty()) {
					warnings.add(where + ", chain " + chain.name() + ", line " + live.line() + ": '"
							+ String.join(" ", live.unsupported()) + "' is not modelled"
							+ (owned ? " and will be dropped when the console next applies this host" : " (kept on the host)"));
				}
				rules.add(rule);
			}
		}
	}

	/** Ranges and merged intervals as nft lists them, back to prefixes; unparseable values kept for the validator. */
	private static List<String> canonical(List<String> prefixes) {
		List<String> normalized = Prefixes.normalize(prefixes);
		return normalized == null ? prefixes : normalized;
	}

	/** The host's interface of that name, created (kind other, or unknown presence) when the host has none. */
	private NetworkInterface device(String name) {
		for (NetworkInterface known : host.getInterfaces()) {
			if (name.equals(known.getName())) {
				return known;
			}
		}
		NetworkInterface created = ModelFactory.eINSTANCE.createNetworkInterface();
		created.setName(name);
		created.setKind(InterfaceKind.OTHER);
		host.getInterfaces().add(created);
		return created;
	}
}

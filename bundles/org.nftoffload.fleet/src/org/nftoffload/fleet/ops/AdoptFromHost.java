package org.nftoffload.fleet.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage.Literals;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftJsonParser;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentMessage.Response;
import org.nftoffload.remote.agent.AgentRequest;

/**
 * Adopt from host: what a probed host runs (its live ruleset, read over the agent and imported by the
 * engine's {@link RulesetImporter}) offered flowtable by flowtable and rule by rule, and the chosen ones
 * taken into the model as one undoable command. Tables the console does not own stay observed.
 * <ol>
 * <li>{@link #read(HostAgents, Map)} (in a job) reads {@code ruleset.get} (text and JSON, merged) and
 * imports it against a snapshot of the host's interfaces: {@link LiveTables}, the candidates.</li>
 * <li>{@link #adopt} (on the UI thread) builds the command for the chosen candidates.</li>
 * </ol>
 * What the command does on the host:
 * <ul>
 * <li>a chosen flowtable of the console's own table replaces the model's flowtable of that family and
 * name (the host runs it, so the host's version wins; the model's rules that used it follow it);</li>
 * <li>a chosen flowtable of another table (fw4, firewalld, ...) is added to the console's table,
 * renamed when the host's model already has one of that name in that family; the other table keeps
 * its own (validation then warns about devices both hook, NFTO120);</li>
 * <li>a chosen rule adds flows to the adopted copy of its flowtable, or (a rule of the console's own
 * table) to the model's flowtable of that name; a rule whose flowtable is neither is refused before
 * anything changes, naming the flowtable to choose;</li>
 * <li>devices become the host's own interfaces of those names; one the host's last probe did not
 * find is added as not present, so validation reports it;</li>
 * <li>the host's observed tables are replaced by the tables just read.</li>
 * </ul>
 */
public final class AdoptFromHost {

	private AdoptFromHost() {
	}

	/** A flowtable or offload rule the host runs, to be chosen or not. */
	public record Candidate(String key, Kind kind, String family, String table, boolean owned, String description,
			String requires) {

		public enum Kind {
			FLOWTABLE, RULE
		}

		/** The table, as an engineer reads it: {@code inet fw4} or {@code inet nftoffload (the console's)}. */
		public String tableLabel() {
			return family + " " + table + (owned ? " (the console's)" : "");
		}
	}

	/** The adoption cannot be made as chosen; says which candidate and what to choose instead. */
	public static final class AdoptException extends Exception {
		private static final long serialVersionUID = 1L;

		public AdoptException(String message) {
			super(message);
		}
	}

	/**
	 * What one host runs: the candidates in the order the host listed them (each table's flowtables,
	 * then its rules), the import's warnings, and the imported objects behind the candidates. Made in
	 * a job from a snapshot; handed to the UI thread once and read there only.
	 */
	public static final class LiveTables {
		private final String hostName;
		private final Host imported;
		private final List<String> warnings;
		private final Map<String, Candidate> candidates = new LinkedHashMap<>();
		private final Map<String, Flowtable> flowtables = new HashMap<>();
		private final Map<String, OffloadRule> rules = new HashMap<>();

		private LiveTables(String hostName, Host imported, List<String> warnings) {
			this.hostName = hostName;
			this.imported = imported;
			this.warnings = List.copyOf(warnings);
		}

		public String hostName() {
			return hostName;
		}

		public List<Candidate> candidates() {
			return List.copyOf(candidates.values());
		}

		public Candidate candidate(String key) {
			return candidates.get(key);
		}

		/** What the import understood only partly (rules with statements the model cannot hold, ...). */
		public List<String> warnings() {
			return warnings;
		}

		private void add(Flowtable flowtable, String family, String table, boolean owned) {
			String key = flowtableKey(family, table, flowtable.getName());
			candidates.put(key, new Candidate(key, Candidate.Kind.FLOWTABLE, family, table, owned, describe(flowtable), null));
			flowtables.put(key, flowtable);
		}

		private void add(OffloadRule rule, String family, String table, boolean owned, int number) {
			String key = family + " " + table + " rule " + number;
			String requires = rule.getFlowtable() == null ? null : flowtableKey(family, table, rule.getFlowtable().getName());
			candidates.put(key, new Candidate(key, Candidate.Kind.RULE, family, table, owned, describe(rule), requires));
			rules.put(key, rule);
		}

		/** The tables read, each once, as {@link Candidate#tableLabel()} says them. */
		public List<String> tables() {
			List<String> tables = new ArrayList<>();
			if (!imported.getFlowtables().isEmpty() || !imported.getRules().isEmpty()) {
				tables.add("the console's table " + imported.getTableName());
			}
			for (ObservedTable observed : imported.getObservedTables()) {
				tables.add(observed.getFamily() + " " + observed.getName());
			}
			return tables;
		}
	}

	/**
	 * Reads each host's live ruleset into {@code into}; the host given is the snapshot the job works on
	 * (its interfaces are what devices are matched against).
	 */
	public static FleetRunner.HostAction read(HostAgents agents, Map<Host, LiveTables> into) {
		return host -> {
			LiveTables live = read(agents.agent(host), host);
			into.put(HostSnapshots.live(host), live);
			long flowtables = live.candidates().stream().filter(c -> c.kind() == Candidate.Kind.FLOWTABLE).count();
			return new HostResult(host.getName(), HostResult.Status.SUCCESS, flowtables + " flowtable(s) and "
					+ (live.candidates().size() - flowtables) + " offload rule(s) in " + live.tables().size() + " table(s)", 0,
					Map.of());
		};
	}

	/** {@code ruleset.get} (text and JSON: the JSON has exact priorities, only the text has flags), merged. */
	public static LiveTables read(AgentClient agent, Host snapshot) throws Exception {
		Response listed = agent.callOk(new AgentRequest.RulesetGet("both", null, null), Duration.ofMinutes(1));
		String where = snapshot.getName() + " (live)";
		LiveRuleset text = NftTextParser.parse(String.valueOf(listed.data().get("text")), where);
		Object json = listed.data().get("json");
		LiveRuleset ruleset = json == null ? text : NftJsonParser.merge(text, NftJsonParser.parseDocument(json, where + " JSON"));
		return of(snapshot, ruleset);
	}

	/** The candidates of {@code ruleset} as run by {@code snapshot}'s host. */
	public static LiveTables of(Host snapshot, LiveRuleset ruleset) {
		RulesetImporter.ImportResult imported = RulesetImporter.importRuleset(ruleset, snapshot);
		Host host = imported.host();
		LiveTables live = new LiveTables(snapshot.getName(), host, imported.warnings());
		String owned = host.getTableName();
		for (Flowtable flowtable : host.getFlowtables()) {
			live.add(flowtable, flowtable.getFamily().getLiteral(), owned, true);
		}
		int n = 0;
		for (OffloadRule rule : host.getRules()) {
			live.add(rule, flowtableFamily(rule), owned, true, ++n);
		}
		for (ObservedTable observed : host.getObservedTables()) {
			for (Flowtable flowtable : observed.getFlowtables()) {
				live.add(flowtable, observed.getFamily(), observed.getName(), false);
			}
			n = 0;
			for (OffloadRule rule : observed.getRules()) {
				live.add(rule, observed.getFamily(), observed.getName(), false, ++n);
			}
		}
		return live;
	}

	private static String flowtableFamily(OffloadRule rule) {
		return rule.getFlowtable() == null ? "inet" : rule.getFlowtable().getFamily().getLiteral();
	}

	private static String flowtableKey(String family, String table, String name) {
		return family + " " + table + " flowtable " + name;
	}

	/**
	 * One command that takes the {@code chosen} candidates (keys) of {@code live} into {@code host}
	 * (the live model object; on the UI thread). Refused before anything changes when a chosen rule
	 * adds flows to a flowtable that is neither chosen nor in the host's model.
	 */
	public static Command adopt(EditingDomain domain, Host host, LiveTables live, Collection<String> chosen)
			throws AdoptException {
		if (chosen.isEmpty()) {
			throw new AdoptException("nothing chosen: tick the flowtables and rules to take into the model of "
					+ host.getName());
		}
		for (String key : chosen) {
			if (live.candidate(key) == null) {
				throw new AdoptException("'" + key + "' is not something " + live.hostName() + " runs");
			}
		}
		List<Flowtable> takenFlowtables = new ArrayList<>();
		List<OffloadRule> takenRules = new ArrayList<>();
		for (Candidate candidate : live.candidates()) {
			if (chosen.contains(candidate.key())) {
				if (candidate.kind() == Candidate.Kind.FLOWTABLE) {
					takenFlowtables.add(live.flowtables.get(candidate.key()));
				} else {
					takenRules.add(live.rules.get(candidate.key()));
				}
			}
		}
		// The observed tables as read, and apart from them the taken objects: one copier for these,
		// so that a taken rule's flowtable is the copy of its flowtable when that is taken too.
		EcoreUtil.Copier observedCopier = new EcoreUtil.Copier();
		List<ObservedTable> observed = new ArrayList<>(observedCopier.copyAll(live.imported.getObservedTables()));
		observedCopier.copyReferences();
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<Flowtable> flowtables = new ArrayList<>();
		for (Flowtable original : takenFlowtables) {
			flowtables.add((Flowtable) copier.copy(original));
		}
		List<OffloadRule> rules = new ArrayList<>();
		for (OffloadRule original : takenRules) {
			rules.add((OffloadRule) copier.copy(original));
		}
		copier.copyReferences();
		for (OffloadRule rule : rules) {
			rule.setChain(null); // the console's rules live in its own forward chain
			if (rule.getFlowtable() != null && !flowtables.contains(rule.getFlowtable())) {
				rule.setFlowtable(null); // not taken: resolved against the model below
			}
		}

		CompoundCommand command = new CompoundCommand("Adopt " + describeCount(flowtables.size(), "flowtable")
				+ (rules.isEmpty() ? "" : (flowtables.isEmpty() ? "" : " and ") + describeCount(rules.size(), "rule"))
				+ " from " + host.getName());

		// Devices: the host's own interfaces, by name; new ones for what the host does not have.
		Map<String, NetworkInterface> byName = new HashMap<>();
		for (NetworkInterface existing : host.getInterfaces()) {
			byName.putIfAbsent(existing.getName(), existing);
		}
		List<NetworkInterface> added = new ArrayList<>();
		for (Flowtable flowtable : flowtables) {
			retarget(flowtable.getDevices(), byName, added, host);
		}
		for (OffloadRule rule : rules) {
			retarget(rule.getInputInterfaces(), byName, added, host);
			retarget(rule.getOutputInterfaces(), byName, added, host);
		}
		for (ObservedTable table : observed) {
			for (Flowtable flowtable : table.getFlowtables()) {
				retarget(flowtable.getDevices(), byName, added, host);
			}
			for (OffloadRule rule : table.getRules()) {
				retarget(rule.getInputInterfaces(), byName, added, host);
				retarget(rule.getOutputInterfaces(), byName, added, host);
			}
		}
		if (!added.isEmpty()) {
			command.append(AddCommand.create(domain, host, Literals.HOST__INTERFACES, added));
		}

		// Flowtables: the console's own replace the model's of that name, others get a free name.
		Map<String, Flowtable> modelByName = new HashMap<>();
		for (Flowtable existing : host.getFlowtables()) {
			modelByName.putIfAbsent(existing.getFamily().getLiteral() + " " + existing.getName(), existing);
		}
		List<Flowtable> replaced = new ArrayList<>();
		Set<String> taken = new HashSet<>(modelByName.keySet());
		for (int i = 0; i < flowtables.size(); i++) {
			Flowtable flowtable = flowtables.get(i);
			Candidate candidate = candidateOf(live, takenFlowtables.get(i));
			String key = flowtable.getFamily().getLiteral() + " " + flowtable.getName();
			Flowtable existing = modelByName.get(key);
			if (candidate.owned() && existing != null && !replaced.contains(existing)) {
				replaced.add(existing);
				modelByName.put(key, flowtable);
				continue;
			}
			if (taken.contains(key)) {
				flowtable.setName(freeName(flowtable, candidate.table(), taken));
				key = flowtable.getFamily().getLiteral() + " " + flowtable.getName();
			}
			taken.add(key);
			modelByName.putIfAbsent(key, flowtable);
		}
		// Rules: their flowtable is the adopted copy, else (the console's own rules) the model's of that name.
		for (int i = 0; i < rules.size(); i++) {
			OffloadRule rule = rules.get(i);
			if (rule.getFlowtable() != null) {
				continue;
			}
			OffloadRule original = takenRules.get(i);
			Candidate candidate = candidateOf(live, original);
			String name = original.getFlowtable() != null ? original.getFlowtable().getName() : original.getFlowtableName();
			// Only a rule of the console's own table may use the model's flowtable of that name: it is
			// the same table. Another table's "@ft" is that table's ft.
			Flowtable inModel = name == null || !candidate.owned() ? null : modelByName.get(candidate.family() + " " + name);
			if (inModel == null) {
				throw new AdoptException(live.hostName() + ", " + candidate.tableLabel() + ", " + candidate.description()
						+ ": adds flows to flowtable " + (name == null ? "(none)" : name)
						+ (original.getFlowtable() == null ? ", which the host does not have: leave this rule out"
								: ", which is not chosen" + (candidate.owned() ? " and not in the model" : "")
										+ ": choose flowtable " + name + " of " + candidate.tableLabel() + " too"));
			}
			rule.setFlowtable(inModel);
			rule.setFlowtableName(null);
		}
		// A rule the model already has (the same matches into the same flowtable) is not added twice.
		List<OffloadRule> kept = new ArrayList<>();
		for (OffloadRule rule : rules) {
			boolean known = false;
			for (OffloadRule existing : host.getRules()) {
				Flowtable target = existing.getFlowtable();
				if (replaced.contains(target)) {
					target = modelByName.get(target.getFamily().getLiteral() + " " + target.getName());
				}
				known |= target == rule.getFlowtable() && sameMatches(existing, rule);
			}
			for (OffloadRule other : kept) {
				known |= other.getFlowtable() == rule.getFlowtable() && sameMatches(other, rule);
			}
			if (!known) {
				kept.add(rule);
			}
		}
		rules = kept;
		for (Flowtable old : replaced) {
			Flowtable successor = modelByName.get(old.getFamily().getLiteral() + " " + old.getName());
			for (OffloadRule rule : host.getRules()) {
				if (rule.getFlowtable() == old) {
					command.append(SetCommand.create(domain, rule, Literals.OFFLOAD_RULE__FLOWTABLE, successor));
				}
			}
			command.append(RemoveCommand.create(domain, host, Literals.HOST__FLOWTABLES, old));
		}
		if (!flowtables.isEmpty()) {
			command.append(AddCommand.create(domain, host, Literals.HOST__FLOWTABLES, flowtables));
		}
		if (!rules.isEmpty()) {
			command.append(AddCommand.create(domain, host, Literals.HOST__RULES, rules));
		}
		if (!host.getObservedTables().isEmpty()) {
			command.append(RemoveCommand.create(domain, host, Literals.HOST__OBSERVED_TABLES,
					new ArrayList<>(host.getObservedTables())));
		}
		if (!observed.isEmpty()) {
			command.append(AddCommand.create(domain, host, Literals.HOST__OBSERVED_TABLES, observed));
		}
		return command;
	}

	private static boolean sameMatches(OffloadRule a, OffloadRule b) {
		return new HashSet<>(a.getProtocols()).equals(new HashSet<>(b.getProtocols()))
				&& sortedNames(a.getInputInterfaces()).equals(sortedNames(b.getInputInterfaces()))
				&& sortedNames(a.getOutputInterfaces()).equals(sortedNames(b.getOutputInterfaces()))
				&& a.getSourcePrefixes().equals(b.getSourcePrefixes())
				&& a.getDestinationPrefixes().equals(b.getDestinationPrefixes()) && a.isExcludeMarked() == b.isExcludeMarked()
				&& a.isExcludeNatted() == b.isExcludeNatted()
				&& java.util.Objects.equals(emptyAsNull(a.getComment()), emptyAsNull(b.getComment()));
	}

	private static List<String> sortedNames(List<NetworkInterface> devices) {
		return devices.stream().map(NetworkInterface::getName).sorted().toList();
	}

	private static String emptyAsNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	private static String describeCount(int n, String what) {
		return n == 0 ? "" : n + " " + what + (n == 1 ? "" : "s");
	}

	private static Candidate candidateOf(LiveTables live, Object original) {
		for (Map.Entry<String, Flowtable> e : live.flowtables.entrySet()) {
			if (e.getValue() == original) {
				return live.candidates.get(e.getKey());
			}
		}
		for (Map.Entry<String, OffloadRule> e : live.rules.entrySet()) {
			if (e.getValue() == original) {
				return live.candidates.get(e.getKey());
			}
		}
		throw new IllegalStateException("not a candidate: " + original);
	}

	/** {@code ft_fw4}, {@code ft_fw4_2}, ...: a name the host's model has not used in that family. */
	private static String freeName(Flowtable flowtable, String table, Set<String> taken) {
		String family = flowtable.getFamily().getLiteral();
		String base = flowtable.getName() + "_" + table.replaceAll("[^A-Za-z0-9_]", "_");
		String name = base;
		for (int n = 2; taken.contains(family + " " + name); n++) {
			name = base + "_" + n;
		}
		return name;
	}

	private static void retarget(EList<NetworkInterface> devices, Map<String, NetworkInterface> byName,
			List<NetworkInterface> added, Host host) {
		for (int i = 0; i < devices.size(); i++) {
			String name = devices.get(i).getName();
			NetworkInterface own = byName.get(name);
			if (own == null) {
				own = ModelFactory.eINSTANCE.createNetworkInterface();
				own.setName(name);
				own.setKind(InterfaceKind.OTHER);
				// named by the ruleset, not found by the last probe: validation says so
				own.setPresent(host.getProbeTime() == null);
				byName.put(name, own);
				added.add(own);
			}
			if (devices.get(i) != own) {
				devices.set(i, own);
			}
		}
	}

	// ---- candidates ----

	/** What an engineer reads in the list: {@code flowtable ft: lan0, wan0; software, counter}. */
	static String describe(Flowtable flowtable) {
		String mode = switch (flowtable.getOffloadMode()) {
		case HARDWARE -> "hardware offload";
		case SOFTWARE -> "software offload";
		case NONE -> "no rule adds flows";
		};
		return "flowtable " + flowtable.getName() + ": " + flowtable.getDevices().stream().map(NetworkInterface::getName)
				.sorted().collect(Collectors.joining(", ")) + "; " + mode + (flowtable.isCounter() ? ", counter" : "")
				+ (flowtable.getPriority() == 0 ? "" : ", priority " + flowtable.getPriority());
	}

	/** {@code iifname lan0 oifname wan0 tcp, udp → @ft "comment"}. */
	static String describe(OffloadRule rule) {
		List<String> parts = new ArrayList<>();
		if (!rule.getInputInterfaces().isEmpty()) {
			parts.add("iifname " + names(rule.getInputInterfaces()));
		}
		if (!rule.getOutputInterfaces().isEmpty()) {
			parts.add("oifname " + names(rule.getOutputInterfaces()));
		}
		if (!rule.getSourcePrefixes().isEmpty()) {
			parts.add("saddr " + String.join(", ", rule.getSourcePrefixes()));
		}
		if (!rule.getDestinationPrefixes().isEmpty()) {
			parts.add("daddr " + String.join(", ", rule.getDestinationPrefixes()));
		}
		parts.add(rule.getProtocols().isEmpty() ? "any protocol"
				: rule.getProtocols().stream().map(Protocol::getLiteral).collect(Collectors.joining(", ")));
		if (rule.isExcludeMarked()) {
			parts.add("unmarked");
		}
		if (rule.isExcludeNatted()) {
			parts.add("not NATed");
		}
		String flowtable = rule.getFlowtable() != null ? rule.getFlowtable().getName() : rule.getFlowtableName();
		String text = "rule " + String.join(" ", parts) + " \u2192 @" + flowtable;
		if (rule.getChain() != null) {
			text += " (chain " + rule.getChain() + ")";
		}
		return rule.getComment() == null || rule.getComment().isEmpty() ? text : text + "  \"" + rule.getComment() + "\"";
	}

	private static String names(List<NetworkInterface> devices) {
		return devices.stream().map(NetworkInterface::getName).collect(Collectors.joining(", "));
	}
}

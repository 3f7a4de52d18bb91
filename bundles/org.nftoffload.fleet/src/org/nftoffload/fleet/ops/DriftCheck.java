package org.nftoffload.fleet.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModuleState;
import org.nftoffload.model.ModuleStatus;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.SysctlSettings;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetDiff;
import org.nftoffload.remote.RemoteException;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentRequest;

/**
 * Drift: whether a host still runs what the model says, read from the host and changing nothing.
 * It compares the console's own table (flowtables and offload rules semantically, as the apply's
 * diff does; counters and handles play no part), anything else found in that table (chains and
 * rules the console does not write were added by hand), the flowtable modules the last probe
 * found loaded, the flowtable devices, and the sysctls the model sets.
 */
public final class DriftCheck {

	/** What a drift check found on one host. */
	public enum State {
		/** The host runs what the model says. */
		IN_SYNC("in sync"),
		/** The host differs from the model: {@link #DIFFERENCES} says how. */
		DRIFTED("drifted"),
		/** The model was never applied to the host and its table is not there: nothing to drift from. */
		NOT_APPLIED("not applied yet"),
		/** The console could not reach the host or its agent. */
		UNREACHABLE("unreachable"),
		/** The host was never probed: the model does not know what it has, so there is nothing to compare. */
		NOT_PROBED("not probed");

		private final String label;

		State(String label) {
			this.label = label;
		}

		/** As the engineer reads it: "in sync", "not applied yet". */
		public String label() {
			return label;
		}

		/** As scripts read it (JSON): "in_sync", "not_applied". */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Detail of a drift result: its {@link State}. */
	public static final String STATE = "drift";

	/** Detail of a drift result: the differences, one sentence each ({@code List<String>}). */
	public static final String DIFFERENCES = "differences";

	/** Detail of a drift result: the unified diff of the console's table, live against the model, when they differ. */
	public static final String DIFF = "diff";

	private DriftCheck() {
	}

	/**
	 * The per-host action: probe (without the hardware dry run) and list the ruleset, then compare.
	 * Hosts with validation errors are skipped (their model has nothing definite to compare);
	 * hosts never probed are not contacted.
	 */
	public static FleetRunner.HostAction check(HostAgents agents) {
		return host -> {
			List<String> errors = FleetOperations.validationErrors(host);
			if (!errors.isEmpty()) {
				return HostResult.skipped(host.getName(), "not checked: the model has validation errors: "
						+ String.join("; ", errors));
			}
			if (host.getProbeTime() == null) {
				return result(host, HostResult.Status.SKIPPED, State.NOT_PROBED,
						"never probed: probe it first, so that drift has the host's modules and devices to compare",
						List.of(), null);
			}
			AgentClient agent;
			try {
				agent = agents.agent(host);
			} catch (RemoteException e) {
				return result(host, HostResult.Status.FAILED, State.UNREACHABLE, e.getMessage(), List.of(), null);
			}
			AgentData.Probe probe;
			String text;
			try {
				probe = AgentData.Probe.of(agent.callOk(new AgentRequest.Probe(false), Duration.ofMinutes(2)));
				text = String.valueOf(agent.callOk(new AgentRequest.RulesetGet("text", null, null),
						Duration.ofMinutes(1)).data().get("text"));
			} catch (java.io.IOException e) {
				// the session died or the agent stopped answering; an error the agent answered is no such thing
				return result(host, HostResult.Status.FAILED, State.UNREACHABLE, "lost while reading the host: "
						+ e.getMessage(), List.of(), null);
			}
			return compare(host, probe, NftTextParser.parse(text, host.getName() + " (live)"));
		};
	}

	/** The comparison itself, of a host's model with what its agent answered. */
	public static HostResult compare(Host host, AgentData.Probe probe, LiveRuleset live) throws Exception {
		List<String> differences = new ArrayList<>();
		Set<String> families = families(host);
		boolean tablePresent = families.stream().anyMatch(f -> live.table(f, host.getTableName()).isPresent());
		boolean applied = host.getLastApplyStatus() == ApplyStatus.APPLIED || host.getLastApplyStatus() == ApplyStatus.PENDING;
		String diff = null;
		if (tablePresent) {
			RulesetDiff.Result result = RulesetDiff.diff(host, live);
			result.changes().forEach(c -> differences.add(describe(c)));
			if (!result.isEmpty()) {
				diff = result.unifiedDiff();
			}
			differences.addAll(foreignContent(host, live, families));
		} else if (applied) {
			differences.add("the console's table " + String.join("/", families) + " " + host.getTableName()
					+ " is not on the host: it was removed, or the host restarted without the apply persisted");
		}
		differences.addAll(modules(host, probe));
		differences.addAll(devices(host, probe));
		differences.addAll(sysctls(host, probe));
		if (!tablePresent && !applied) {
			return result(host, HostResult.Status.SUCCESS, State.NOT_APPLIED, "not applied yet: the console's table "
					+ host.getTableName() + " is not on the host" + (differences.isEmpty() ? ""
							: "; " + String.join("; ", differences)), differences, null);
		}
		if (differences.isEmpty()) {
			return result(host, HostResult.Status.SUCCESS, State.IN_SYNC, "in sync with the model", differences, null);
		}
		return result(host, HostResult.Status.SUCCESS, State.DRIFTED, "drifted: " + String.join("; ", differences),
				differences, diff);
	}

	/** The state of a drift result, or null for a host that was not checked (validation errors). */
	public static State state(HostResult result) {
		return result.details().get(STATE) instanceof String key ? State.valueOf(key.toUpperCase(Locale.ROOT)) : null;
	}

	/** The differences of a drift result. */
	@SuppressWarnings("unchecked")
	public static List<String> differences(HostResult result) {
		return result.details().get(DIFFERENCES) instanceof List<?> list ? (List<String>) list : List.of();
	}

	private static HostResult result(Host host, HostResult.Status status, State state, String reason,
			List<String> differences, String diff) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put(STATE, state.key());
		details.put(DIFFERENCES, List.copyOf(differences));
		if (diff != null) {
			details.put(DIFF, diff);
		}
		return new HostResult(host.getName(), status, reason, 0, details);
	}

	private static Set<String> families(Host host) {
		Set<String> families = new TreeSet<>();
		host.getFlowtables().forEach(f -> families.add(f.getFamily().getLiteral()));
		if (families.isEmpty()) {
			families.add("inet");
		}
		return families;
	}

	/** A change of the apply's diff, said the other way round: what the host has that the model does not. */
	private static String describe(RulesetDiff.Change change) {
		return switch (change) {
		case RulesetDiff.FlowtableAdded a -> "flowtable " + a.family() + " " + a.name() + " of the model is missing";
		case RulesetDiff.FlowtableRemoved r -> "flowtable " + r.family() + " " + r.name() + " is on the host, not in the model";
		case RulesetDiff.FlowtableChanged c -> "flowtable " + c.family() + " " + c.name() + ": " + c.property() + " is "
				+ c.live() + " on the host, " + c.desired() + " in the model";
		case RulesetDiff.RuleAdded a -> "rule of the model is missing (" + a.family() + "): " + a.rule();
		case RulesetDiff.RuleRemoved r -> "rule on the host, not in the model (" + r.family() + "): " + r.rule();
		};
	}

	/**
	 * What the console never writes into its own table: chains other than its forward chain, a
	 * forward chain with another hook or policy, rules that offload nothing, and parts of offload
	 * rules the model cannot express. Someone added them by hand; the next apply drops them.
	 */
	private static List<String> foreignContent(Host host, LiveRuleset live, Set<String> families) {
		List<String> found = new ArrayList<>();
		for (String family : families) {
			LiveRuleset.Table table = live.table(family, host.getTableName()).orElse(null);
			if (table == null) {
				continue;
			}
			String where = "table " + family + " " + table.name();
			for (LiveRuleset.Chain chain : table.chains()) {
				if (!chain.name().equals(NftRenderer.CHAIN)) {
					found.add(where + ": chain " + chain.name() + " is not the console's (added by hand; the next apply drops it)");
					continue;
				}
				if (!"forward".equals(chain.hook()) || !"accept".equals(chain.policy())) {
					found.add(where + ": chain " + chain.name() + " hooks " + chain.hook() + " with policy " + chain.policy()
							+ "; the console writes hook forward, policy accept");
				}
				for (LiveRuleset.Rule rule : chain.rules()) {
					if (!rule.isOffload()) {
						found.add(where + ", chain " + chain.name() + ": rule '" + rule.text()
								+ "' is not the console's (added by hand; the next apply drops it)");
					} else if (!rule.unsupported().isEmpty()) {
						found.add(where + ", chain " + chain.name() + ": rule '" + rule.text() + "' has '"
								+ String.join(" ", rule.unsupported()) + "', which the console does not write");
					}
				}
			}
		}
		return found;
	}

	/** Flowtable modules the last probe found present (built in, loaded) and this one does not. */
	private static List<String> modules(Host host, AgentData.Probe probe) {
		List<String> found = new ArrayList<>();
		for (ModuleState known : host.getModules()) {
			if (known.getStatus() != ModuleStatus.LOADED && known.getStatus() != ModuleStatus.BUILT_IN) {
				continue;
			}
			String now = probe.modules().get(known.getName());
			if (!"loaded".equals(now) && !"builtin".equals(now)) {
				found.add("module " + known.getName() + " was " + known.getStatus().getLiteral() + " at the last probe, is "
						+ (now == null ? "not reported" : now) + " now");
			}
		}
		return found;
	}

	/** Devices the model's flowtables name that the host does not have (renamed, unplugged, never made). */
	private static List<String> devices(Host host, AgentData.Probe probe) {
		Set<String> present = new TreeSet<>();
		probe.interfaces().forEach(i -> present.add(i.name()));
		List<String> found = new ArrayList<>();
		for (Flowtable flowtable : host.getFlowtables()) {
			for (NetworkInterface device : flowtable.getDevices()) {
				if (!present.contains(device.getName())) {
					found.add("flowtable " + flowtable.getName() + ": device " + device.getName() + " is not on the host");
				}
			}
		}
		return found;
	}

	/** The sysctls the model sets (an unset one is the host's own business) against what the host has. */
	private static List<String> sysctls(Host host, AgentData.Probe probe) {
		SysctlSettings wanted = host.getSysctls();
		List<String> found = new ArrayList<>();
		if (wanted == null) {
			return found;
		}
		compare(found, probe, "net.netfilter.nf_flowtable_tcp_timeout", wanted.getFlowtableTcpTimeout());
		compare(found, probe, "net.netfilter.nf_flowtable_udp_timeout", wanted.getFlowtableUdpTimeout());
		compare(found, probe, "net.netfilter.nf_conntrack_acct",
				wanted.getConntrackAcct() == null ? null : wanted.getConntrackAcct() ? 1 : 0);
		return found;
	}

	private static void compare(List<String> found, AgentData.Probe probe, String name, Integer wanted) {
		if (wanted == null) {
			return;
		}
		Long now = probe.sysctls().get(name);
		if (now == null || now.longValue() != wanted.longValue()) {
			found.add(name + " is " + (now == null ? "absent" : now) + " on the host, " + wanted + " in the model");
		}
	}
}

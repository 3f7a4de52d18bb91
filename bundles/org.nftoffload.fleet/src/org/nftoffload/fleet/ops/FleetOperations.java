package org.nftoffload.fleet.ops;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.OffloadValidator;
import org.nftoffload.nft.RulesetDiff;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentMessage.Response;
import org.nftoffload.remote.agent.AgentRequest;
import org.nftoffload.remote.internal.ConsoleLog;

/**
 * The per-host actions of the fleet operations, for {@link FleetRunner}: probe, apply with
 * commit-confirm, rollback, a statistics sample. Each talks to the host only through the agent
 * protocol client; none builds shell text.
 */
public final class FleetOperations {

	private FleetOperations() {
	}

	/**
	 * Probes; the results go into {@code probes}, keyed by the model's host ({@link HostSnapshots#live}),
	 * for {@link ProbeResultsCommand}.
	 */
	public static FleetRunner.HostAction probe(HostAgents agents, Map<Host, AgentData.Probe> probes) {
		return host -> {
			AgentClient agent = agents.agent(host);
			AgentData.Probe probe = AgentData.Probe.of(agent.callOk(new AgentRequest.Probe(null), Duration.ofMinutes(2)));
			probes.put(HostSnapshots.live(host), probe);
			long hw = probe.interfaces().stream().filter(i -> Boolean.TRUE.equals(i.hwOffloadSupported())).count();
			return new HostResult(host.getName(), HostResult.Status.SUCCESS, probe.osPrettyName() + ", kernel "
					+ probe.kernelRelease() + ", " + probe.interfaces().size() + " interfaces (" + hw
					+ " with hardware offload), nft_flow_offload " + probe.modules().get("nft_flow_offload"), 0,
					Map.of("kernel", String.valueOf(probe.kernelRelease())));
		};
	}

	/** A thread-safe map for {@link #probe}. */
	public static Map<Host, AgentData.Probe> probeResults() {
		return new ConcurrentHashMap<>();
	}

	/** What apply does between apply and confirm; tests cut the connection here. */
	public interface ApplyHooks {
		ApplyHooks NONE = new ApplyHooks() {
		};

		default void applied(Host host, AgentData.Applied applied) {
		}
	}

	/**
	 * What apply would change on one host, computed before anything changes: the rendered table, the
	 * live ruleset text it was compared with, and the diff. The engineer reviews it; apply then
	 * refuses to go on when the live ruleset would now give a different diff. {@code host} is the
	 * copy that was rendered and diffed; the map of plans is keyed by the model's host.
	 */
	public record ApplyPlan(Host host, String family, String table, String payload, String liveRuleset,
			RulesetDiff.Result diff) {

		public boolean upToDate() {
			return diff.isEmpty();
		}
	}

	/** A thread-safe map for {@link #plan}. */
	public static Map<Host, ApplyPlan> plans() {
		return new ConcurrentHashMap<>();
	}

	/**
	 * Validate → render → diff against the live table, touching nothing. A host with validation
	 * errors is skipped before any connection; the plans of the others go into {@code plans}.
	 */
	public static FleetRunner.HostAction plan(HostAgents agents, Map<Host, ApplyPlan> plans) {
		return host -> {
			List<String> errors = validationErrors(host);
			if (!errors.isEmpty()) {
				return HostResult.skipped(host.getName(), "not touched: the model has validation errors: "
						+ String.join("; ", errors));
			}
			Set<String> families = new TreeSet<>();
			for (Flowtable flowtable : host.getFlowtables()) {
				families.add(flowtable.getFamily().getLiteral());
			}
			if (families.size() > 1) {
				return HostResult.skipped(host.getName(), "not touched: flowtables in several families " + families
						+ "; the agent replaces one table per apply: keep this host's flowtables in one family");
			}
			String family = families.isEmpty() ? "inet" : families.iterator().next();
			String table = host.getTableName();
			String payload = NftRenderer.renderTables(host);
			if (payload.isBlank()) {
				payload = "table " + family + " " + table + " {\n}\n";
			}
			String live = liveRuleset(agents.agent(host));
			RulesetDiff.Result diff = RulesetDiff.diff(host,
					NftTextParser.parse(live, host.getName() + " (live)"));
			plans.put(HostSnapshots.live(host), new ApplyPlan(host, family, table, payload, live, diff));
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("changes", diff.changes().size());
			details.put("diff", diff.unifiedDiff());
			return new HostResult(host.getName(), HostResult.Status.SUCCESS, diff.isEmpty() ? "already up to date"
					: diff.changes().size() + " change(s) to apply", 0, details);
		};
	}

	private static String liveRuleset(AgentClient agent) throws Exception {
		Response listed = agent.callOk(new AgentRequest.RulesetGet("text", null, null), Duration.ofMinutes(1));
		return String.valueOf(listed.data().get("text"));
	}

	/**
	 * Validate → render → diff against the live table → apply (commit-confirm) → reconnect over a
	 * new SSH connection (proves the new ruleset still lets the console in) → confirm. A host with
	 * validation errors is skipped before any connection; a host already up to date is not applied.
	 */
	public static FleetRunner.HostAction apply(HostAgents agents, int confirmTimeoutSeconds, ApplyHooks hooks) {
		return apply(agents, confirmTimeoutSeconds, hooks, true);
	}

	/**
	 * {@link #apply(HostAgents, int, ApplyHooks)}; with {@code persist} each confirmed table is also
	 * loaded at the host's every boot ({@code ruleset.persist}), without it the host's boot copy is
	 * removed, so that the table is gone at the next boot (drift then finds it missing).
	 */
	public static FleetRunner.HostAction apply(HostAgents agents, int confirmTimeoutSeconds, ApplyHooks hooks,
			boolean persist) {
		Map<Host, ApplyPlan> plans = plans();
		FleetRunner.HostAction plan = plan(agents, plans);
		FleetRunner.HostAction apply = applyPlanned(agents, plans, confirmTimeoutSeconds, hooks, true, persist);
		return host -> {
			HostResult planned = plan.run(host);
			return planned.status() == HostResult.Status.SUCCESS ? apply.run(host) : planned;
		};
	}

	/**
	 * Applies reviewed plans: re-reads the live ruleset and refuses when it changed since the plan
	 * (someone else changed the host; review again), applies with commit-confirm, and reconnects
	 * over a new SSH connection to prove the new ruleset still lets the console in. With
	 * {@code confirm} it then confirms; without, the result is {@link HostResult.Status#PENDING} and
	 * the caller confirms ({@link #confirm}) or rolls back, or the host rolls back at its deadline.
	 * A host without a plan was skipped when planning and is skipped again.
	 */
	public static FleetRunner.HostAction applyPlanned(HostAgents agents, Map<Host, ApplyPlan> plans,
			int confirmTimeoutSeconds, ApplyHooks hooks, boolean confirm) {
		return applyPlanned(agents, plans, confirmTimeoutSeconds, hooks, confirm, true);
	}

	/** {@link #applyPlanned(HostAgents, Map, int, ApplyHooks, boolean)}; {@code persist} as for {@link #apply(HostAgents, int, ApplyHooks, boolean)}. */
	public static FleetRunner.HostAction applyPlanned(HostAgents agents, Map<Host, ApplyPlan> plans,
			int confirmTimeoutSeconds, ApplyHooks hooks, boolean confirm, boolean persist) {
		return host -> {
			ApplyPlan plan = plans.get(HostSnapshots.live(host));
			if (plan == null) {
				return HostResult.skipped(host.getName(), "not touched: no reviewed plan for this host");
			}
			if (plan.upToDate()) {
				// Nothing confirmed now, so nothing new to keep; but "not kept" must hold for this table too.
				Map<String, Object> details = new LinkedHashMap<>();
				details.put("changes", 0);
				String kept = persist ? "" : keepAfterReboot(agents.agent(host), host, null, false, details);
				return new HostResult(host.getName(), HostResult.Status.SUCCESS, "already up to date; nothing applied" + kept,
						0, details);
			}
			AgentClient agent = agents.agent(host);
			// Compared as the diff, not as text: counters in the live ruleset move with traffic. Diffed
			// against the model as it was reviewed (the plan's copy), not as it may have been edited since.
			if (!showsThePlansLiveRuleset(plan, liveRuleset(agent))) {
				return new HostResult(host.getName(), HostResult.Status.FAILED, "not touched: the live ruleset changed"
						+ " since the diff was made; review the changes again", 0, null);
			}
			// the data plane before the change, to compare with after it (the Confirm depends on it)
			List<String> devices = DataPlaneCheck.devices(plan.host());
			DataPlaneCheck.Window before = null;
			if (!devices.isEmpty()) {
				try {
					before = DataPlaneCheck.sample(agent, devices, plan.table());
				} catch (Exception e) {
					ConsoleLog.warn(FleetOperations.class, host.getName() + ": no statistics before the apply: " + e.getMessage(),
							null);
				}
			}
			AgentData.Applied applied = AgentData.Applied.of(agent.callOk(
					new AgentRequest.Apply(plan.payload(), plan.family(), plan.table(), confirmTimeoutSeconds),
					Duration.ofMinutes(1)));
			// on the console's clock (the router's may be off): when the host's own timer restores the old table
			Instant rollsBackAt = Instant.now().plusSeconds(applied.timeoutSeconds() > 0 ? applied.timeoutSeconds()
					: confirmTimeoutSeconds);
			hooks.applied(host, applied);
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("generation", applied.generation());
			details.put("changes", plan.diff().changes().size());
			details.put("diff", plan.diff().unifiedDiff());
			details.put("deadline", applied.deadline());
			details.put(ROLLS_BACK_AT, rollsBackAt.toString());
			agents.forget(host);
			AgentClient fresh;
			try {
				fresh = agents.agent(host);
			} catch (Exception e) {
				details.put(CONFIRMABLE, false);
				String why = "applied " + applied.generation() + " but could not reach it again (" + e.getMessage() + ")";
				return confirm ? lookAfterItsDeadline(agents, host, plan, rollsBackAt, why, details)
						: unconfirmed(host, why, rollsBackAt, details);
			}
			DataPlaneCheck check = DataPlaneCheck.noDevices();
			if (!devices.isEmpty()) {
				DataPlaneCheck.Window after = null;
				String afterError = null;
				try {
					after = DataPlaneCheck.sampleUntilMoving(fresh, devices, plan.table(), DataPlaneCheck.AFTER_SECONDS);
				} catch (Exception e) {
					afterError = e.getMessage();
				}
				check = DataPlaneCheck.compare(before, after, afterError);
			}
			details.put(DATA_PLANE, check.verdict().name().toLowerCase(java.util.Locale.ROOT));
			details.put(DATA_PLANE_CHECK, check.summary());
			details.put(CONFIRMABLE, check.confirmable());
			if (!check.confirmable()) {
				String why = "applied " + applied.generation() + ", not confirmable: " + check.summary();
				if (!confirm) {
					return unconfirmed(host, why, rollsBackAt, details);
				}
				Response back = fresh.call(new AgentRequest.Rollback(applied.generation()), Duration.ofMinutes(1));
				return seen(fresh, host, plan, why + "; the console rolled it back"
						+ (back.ok() ? "" : " (" + back.code() + ": " + back.message() + ")"), rollsBackAt, details);
			}
			if (!confirm) {
				return new HostResult(host.getName(), HostResult.Status.PENDING, "applied " + applied.generation() + " ("
						+ plan.diff().changes().size() + " change(s)); the console reached it again; " + check.summary()
						+ "; waiting for the confirm, rolls back at " + clock(rollsBackAt), 0, details);
			}
			return confirmed(host, fresh.call(new AgentRequest.Confirm(applied.generation()), Duration.ofMinutes(1)),
					details, fresh, plan, rollsBackAt, persist);
		};
	}

	/** Detail of a PENDING apply result: when (ISO-8601, console clock) the host restores its previous table. */
	public static final String ROLLS_BACK_AT = "rolls_back_at";

	/** Detail of a PENDING apply result: false when the Confirm must not be offered (data plane, reachability). */
	public static final String CONFIRMABLE = "confirmable";

	/** Detail of an apply result: the data-plane verdict ({@link DataPlaneCheck.Verdict}, lower case). */
	public static final String DATA_PLANE = "data_plane";

	/** Detail of an apply result: the data-plane figures before and after, in words. */
	public static final String DATA_PLANE_CHECK = "data_plane_check";

	/**
	 * Detail of a confirmed apply: true when the host loads the table at boot ({@code ruleset.persist}
	 * answered ok), false when it does not (not asked for, or refused: the reason says which).
	 */
	public static final String PERSISTED = "persisted";

	/** Detail of a confirmed apply: the host's boot copy of the table, and how it loads ({@code systemd}, {@code openwrt}, {@code sysvinit}). */
	public static final String PERSISTED_FILE = "persisted_file";
	public static final String PERSISTED_BOOT = "persisted_boot";

	/** The time of day of {@code at} on this machine, as the engineer reads it beside a clock. */
	public static String clock(Instant at) {
		return DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault()).format(at);
	}

	/** Whether {@code live} is the ruleset the plan was made from (as the diff: counters move). */
	private static boolean showsThePlansLiveRuleset(ApplyPlan plan, String live) throws Exception {
		return live.equals(plan.liveRuleset()) || RulesetDiff.diff(plan.host(), NftTextParser.parse(live,
				plan.host().getName() + " (live)")).unifiedDiff().equals(plan.diff().unifiedDiff());
	}

	/** Applied and not confirmed, the host not seen with its previous table (yet): it is not "rolled back". */
	private static HostResult unconfirmed(Host host, String why, Instant rollsBackAt, Map<String, Object> details) {
		return new HostResult(host.getName(), HostResult.Status.PENDING, "unconfirmed, rolls back at " + clock(rollsBackAt)
				+ ": " + why, 0, details);
	}

	/**
	 * Reports ROLLED_BACK only once the host shows its previous table: reads the live ruleset and
	 * compares it with the one the plan was made from. Without a plan (a rollback outside the
	 * apply) the agent's own answer is all there is.
	 */
	private static HostResult seen(AgentClient agent, Host host, ApplyPlan plan, String what, Instant rollsBackAt,
			Map<String, Object> details) throws Exception {
		if (plan == null) {
			return new HostResult(host.getName(), HostResult.Status.ROLLED_BACK, what, 0, details);
		}
		String live;
		try {
			live = liveRuleset(agent);
		} catch (Exception e) {
			return rollsBackAt == null
					? new HostResult(host.getName(), HostResult.Status.FAILED, what + "; its table could not be read back ("
							+ e.getMessage() + ")", 0, details)
					: unconfirmed(host, what + "; its table could not be read back (" + e.getMessage() + ")", rollsBackAt,
							details);
		}
		if (showsThePlansLiveRuleset(plan, live)) {
			return new HostResult(host.getName(), HostResult.Status.ROLLED_BACK, what + "; seen with its previous table", 0,
					details);
		}
		return new HostResult(host.getName(), HostResult.Status.FAILED, what + "; but the host does not show its previous"
				+ " table: compare it with the model (Fleet > Apply shows the diff)", 0, details);
	}

	/**
	 * A host the console lost after its apply: waits until its own timer is due (2 s after its
	 * deadline, and no longer), then looks. Rolled back if it shows its previous table then.
	 */
	private static HostResult lookAfterItsDeadline(HostAgents agents, Host host, ApplyPlan plan, Instant rollsBackAt,
			String why, Map<String, Object> details) throws Exception {
		long wait = Duration.between(Instant.now(), rollsBackAt.plusSeconds(2)).toMillis();
		if (wait > 0) {
			Thread.sleep(wait);
		}
		AgentClient again;
		try {
			again = agents.agent(host);
		} catch (Exception e) {
			return unconfirmed(host, why + "; not reachable after its deadline either (" + e.getMessage() + ")", rollsBackAt,
					details);
		}
		return seen(again, host, plan, why + "; the host restored its previous table by itself", rollsBackAt, details);
	}

	/**
	 * The generation each host's agent answered to this console's apply, from the results of
	 * {@link #applyPlanned} (matched by host name), for {@link #confirm} and {@link #rollback};
	 * keyed by the model's host ({@link HostSnapshots#live}), as the jobs that use it get copies.
	 */
	public static Map<Host, String> generations(List<Host> hosts, List<HostResult> results) {
		Map<String, Host> byName = byName(hosts);
		Map<Host, String> generations = new ConcurrentHashMap<>();
		for (HostResult result : results) {
			Object generation = result.details().get("generation");
			Host host = byName.get(result.host());
			if (generation != null && host != null) {
				generations.put(HostSnapshots.live(host), generation.toString());
			}
		}
		return generations;
	}

	/**
	 * The generation of each host's last apply as the model recorded it ({@code lastApplyGeneration}),
	 * for a Rollback outside the apply that made it. Reads the model: call it where the model may
	 * be read (the UI thread), and hand the map to the job.
	 */
	public static Map<Host, String> lastApplyGenerations(List<Host> hosts) {
		Map<Host, String> generations = new ConcurrentHashMap<>();
		for (Host host : hosts) {
			if (host.getLastApplyGeneration() != null && !host.getLastApplyGeneration().isEmpty()) {
				generations.put(HostSnapshots.live(host), host.getLastApplyGeneration());
			}
		}
		return generations;
	}

	/**
	 * Confirms the apply each host answered with the generation in {@code generations}, so that
	 * the host keeps the new table; the agent refuses to confirm any other apply.
	 */
	public static FleetRunner.HostAction confirm(HostAgents agents, Map<Host, String> generations) {
		return confirm(agents, generations, Map.of());
	}

	/** {@link #confirm(HostAgents, Map)} within an apply: a confirm too late is "rolled back" once seen so. */
	public static FleetRunner.HostAction confirm(HostAgents agents, Map<Host, String> generations,
			Map<Host, ApplyPlan> plans) {
		return confirm(agents, generations, plans, true);
	}

	/** {@link #confirm(HostAgents, Map, Map)}; {@code persist} as for {@link #apply(HostAgents, int, ApplyHooks, boolean)}. */
	public static FleetRunner.HostAction confirm(HostAgents agents, Map<Host, String> generations,
			Map<Host, ApplyPlan> plans, boolean persist) {
		return host -> {
			String generation = generations.get(HostSnapshots.live(host));
			if (generation == null) {
				return HostResult.skipped(host.getName(), "not confirmed: this console has no apply waiting on this host");
			}
			AgentClient agent = agents.agent(host);
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("generation", generation);
			return confirmed(host, agent.call(new AgentRequest.Confirm(generation), Duration.ofMinutes(1)), details, agent,
					plans.get(HostSnapshots.live(host)), null, persist);
		};
	}


	/** With {@code agent} and {@code plan}: a confirm that came too late is ROLLED_BACK only once seen. */
	private static HostResult confirmed(Host host, Response confirmed, Map<String, Object> details, AgentClient agent,
			ApplyPlan plan, Instant rollsBackAt, boolean persist) throws Exception {
		if (!confirmed.ok() && agent != null && (confirmed.code().equals("already_rolled_back")
				|| confirmed.code().equals("nothing_pending"))) {
			return seen(agent, host, plan, "the confirm came too late: " + confirmed.message(), rollsBackAt, details);
		}
		if (confirmed.ok()) {
			Object generation = confirmed.data().get("generation");
			String kept = agent == null || generation == null ? "" : keepAfterReboot(agent, host, generation.toString(),
					persist, details);
			return new HostResult(host.getName(), HostResult.Status.SUCCESS, "applied and confirmed"
					+ (generation == null ? "" : " " + generation) + (details.containsKey("changes") ? " ("
							+ details.get("changes") + " change(s))" : "") + kept, 0, details);
		}
		if (confirmed.code().equals("already_rolled_back")) {
			return new HostResult(host.getName(), HostResult.Status.ROLLED_BACK, "the confirm came too late: "
					+ confirmed.message(), 0, details);
		}
		if (confirmed.code().equals("generation_mismatch")) {
			return new HostResult(host.getName(), HostResult.Status.ROLLED_BACK, "the confirm came too late: "
					+ "another apply (" + confirmed.data().get("generation") + ") waits on the host now, so this console's "
					+ "apply is no longer live; nothing was confirmed", 0, details);
		}
		if (confirmed.code().equals("nothing_pending")) {
			return new HostResult(host.getName(), HostResult.Status.ROLLED_BACK, "nothing to confirm: "
					+ confirmed.message(), 0, details);
		}
		return new HostResult(host.getName(), HostResult.Status.FAILED, "confirm refused (" + confirmed.code() + "): "
				+ confirmed.message() + "; the timer restores the previous table", 0, details);
	}

	/**
	 * Right after a confirm: makes the host load the confirmed table at boot ({@code persist}) or
	 * removes its boot copy (without). The apply stands either way; a refusal is said in the
	 * reason ("not kept after reboot") and {@link #PERSISTED} is false.
	 */
	private static String keepAfterReboot(AgentClient agent, Host host, String generation, boolean persist,
			Map<String, Object> details) {
		String what;
		try {
			Response answer = agent.call(new AgentRequest.RulesetPersist(persist, generation), Duration.ofMinutes(1));
			if (answer.ok()) {
				AgentData.RulesetPersisted kept = AgentData.RulesetPersisted.of(answer);
				details.put(PERSISTED, kept.enabled());
				if (kept.enabled()) {
					details.put(PERSISTED_FILE, kept.file());
					details.put(PERSISTED_BOOT, kept.boot());
					return "; kept after reboot (" + kept.file() + ", loaded at boot by " + kept.boot() + ")";
				}
				return "; not kept after reboot (the table is gone at the next boot)";
			}
			what = answer.code() + ": " + answer.message();
		} catch (Exception e) {
			what = e.getMessage();
		}
		details.put(PERSISTED, false);
		ConsoleLog.warn(FleetOperations.class, host.getName() + ": ruleset.persist enable=" + (persist ? "yes" : "no")
				+ " failed: " + what, null);
		return persist ? "; NOT kept after reboot (" + what + ")"
				: "; its boot copy could not be removed, so an older table may come back at the next boot (" + what + ")";
	}

	/**
	 * Rolls back at once the apply each host answered with the generation in {@code generations};
	 * the agent refuses to roll back any other (another console's apply stays as it is).
	 */
	public static FleetRunner.HostAction rollback(HostAgents agents, Map<Host, String> generations) {
		return rollback(agents, generations, Map.of(), Map.of());
	}

	/**
	 * {@link #rollback(HostAgents, Map)} within an apply: a host with a plan is reported rolled
	 * back only once it shows the ruleset the plan was made from; one that cannot be reached is
	 * "unconfirmed, rolls back at" its time in {@code rollsBackAt} (see {@link #rollsBackAt}).
	 */
	public static FleetRunner.HostAction rollback(HostAgents agents, Map<Host, String> generations,
			Map<Host, ApplyPlan> plans, Map<Host, Instant> rollsBackAt) {
		return host -> {
			Host live = HostSnapshots.live(host);
			String generation = generations.get(live);
			if (generation == null) {
				return HostResult.skipped(host.getName(), "nothing to roll back: this console has no apply recorded for this host");
			}
			ApplyPlan plan = plans.get(live);
			Instant due = rollsBackAt.get(live);
			AgentClient agent;
			Response answer;
			try {
				agent = agents.agent(host);
				answer = agent.call(new AgentRequest.Rollback(generation), Duration.ofMinutes(1));
			} catch (Exception e) {
				if (due == null) {
					throw e;
				}
				return unconfirmed(host, "the rollback could not reach the host (" + e.getMessage()
						+ "); its own timer restores the previous table", due, Map.of("generation", generation));
			}
			if (answer.ok()) {
				return plan == null ? new HostResult(host.getName(), HostResult.Status.SUCCESS, answer.message(), 0,
						answer.data()) : seen(agent, host, plan, answer.message(), due, answer.data());
			}
			return switch (answer.code()) {
			case "nothing_pending" -> plan == null
					? new HostResult(host.getName(), HostResult.Status.SKIPPED, answer.message(), 0, answer.data())
					: seen(agent, host, plan, "the host restored its previous table by itself (" + answer.message() + ")", due,
							answer.data());
			case "already_rolled_back" -> seen(agent, host, plan, "the host restored its previous table by itself ("
					+ answer.message() + ")", due, answer.data());
			case "generation_mismatch" -> new HostResult(host.getName(), HostResult.Status.FAILED,
					"not rolled back: the apply waiting on the host (" + answer.data().get("generation")
							+ ") is not this console's (" + generation + "); it stays as it is", 0, answer.data());
			default -> new HostResult(host.getName(), HostResult.Status.FAILED, answer.message(), 0, answer.data());
			};
		};
	}

	/** When each host of {@code results} restores its previous table by itself ({@link #ROLLS_BACK_AT}), keyed as {@link #generations}. */
	public static Map<Host, Instant> rollsBackAt(List<Host> hosts, List<HostResult> results) {
		Map<String, Host> byName = byName(hosts);
		Map<Host, Instant> due = new ConcurrentHashMap<>();
		for (HostResult result : results) {
			Host host = byName.get(result.host());
			if (result.details().get(ROLLS_BACK_AT) instanceof String at && host != null) {
				due.put(HostSnapshots.live(host), Instant.parse(at));
			}
		}
		return due;
	}

	/** Hosts by name, the first of a name winning (validation refuses duplicate names). */
	private static Map<String, Host> byName(List<Host> hosts) {
		Map<String, Host> byName = new java.util.HashMap<>();
		hosts.forEach(h -> byName.putIfAbsent(h.getName(), h));
		return byName;
	}

	/** Takes {@code samples} statistics samples one {@code interval} apart; the last goes into the result. */
	public static FleetRunner.HostAction stats(HostAgents agents, int samples, int interval,
			Consumer<Map.Entry<Host, AgentData.StatsSample>> sink) {
		return host -> {
			// Made before connecting: a table name the agent would refuse fails here, not after the login.
			AgentRequest.StatsStream request = new AgentRequest.StatsStream(interval, samples, null, null,
					host.getTableName(), null);
			AgentClient agent = agents.agent(host);
			AgentClient.StatsStream stream = agent.stream(request, 64, Duration.ofSeconds(30));
			AgentData.StatsSample last = null;
			while (true) {
				var event = stream.next(Duration.ofSeconds(interval + 30L));
				if (event == null || event.event().equals("end")) {
					break;
				}
				last = AgentData.StatsSample.of(event, false);
				sink.accept(Map.entry(host, last));
			}
			if (last == null) {
				return new HostResult(host.getName(), HostResult.Status.FAILED, "no statistics sample arrived", 0, null);
			}
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("offloaded_sw", last.offloadedSw());
			details.put("offloaded_hw", last.offloadedHw());
			// absent rather than null (a host without the console's forward chain has no forward count)
			if (last.conntrackTotal() != null) {
				details.put("conntrack_total", last.conntrackTotal());
			}
			if (last.forwardPackets() != null) {
				details.put("forward_packets", last.forwardPackets());
			}
			return new HostResult(host.getName(), HostResult.Status.SUCCESS, "offloaded flows: " + last.offloadedSw()
					+ " software, " + last.offloadedHw() + " hardware, of " + last.conntrackTotal() + " tracked", 0, details);
		};
	}

	/** The error messages of the engine's validation of one host. */
	public static List<String> validationErrors(Host host) {
		List<String> errors = new ArrayList<>();
		collect(OffloadValidator.validate(host), errors);
		return errors;
	}

	private static void collect(Diagnostic diagnostic, List<String> errors) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() == Diagnostic.ERROR) {
				errors.add(diagnostic.getMessage());
			}
			return;
		}
		diagnostic.getChildren().forEach(d -> collect(d, errors));
	}
}

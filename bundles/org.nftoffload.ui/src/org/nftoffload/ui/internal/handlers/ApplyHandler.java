package org.nftoffload.ui.internal.handlers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.ops.ApplyResultsCommand;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.FleetOperations.ApplyPlan;
import org.nftoffload.fleet.ops.FleetRunner;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.ConsolePreferences;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.dialogs.ApplyReviewDialog;
import org.nftoffload.ui.internal.dialogs.CommitConfirmDialog;

import jakarta.inject.Named;

/**
 * Fleet > Apply... in the way of a router's "commit confirmed", over many hosts:
 * <ol>
 * <li>each host's live ruleset is read and diffed against the model (nothing changes); hosts
 * with validation errors are not even contacted;</li>
 * <li>the engineer reviews every diff ({@link ApplyReviewDialog}) and applies or cancels;</li>
 * <li>the hosts apply with a commit-confirm timer (canary first, then in parallel); the console
 * reconnects over new SSH connections, which proves the new rulesets still let it in, and compares
 * each host's traffic with before the apply: a host whose traffic stopped is not offered for Confirm;</li>
 * <li>the confirm dialog ({@link CommitConfirmDialog}) opens when the first host waits and shows the
 * others as they answer, each with its own deadline from its own apply, so that a rollout longer than
 * the confirm timeout can still be confirmed. Confirm keeps the change on the hosts waiting and on
 * those still applying once their checks pass; Roll Back Now or closing the dialog rolls back (no
 * further host starts); a host whose deadline comes first is rolled back. "Rolled back" is said only
 * of a host seen with its previous table; one out of reach is "unconfirmed, rolls back at".</li>
 * </ol>
 * Each phase is a job with progress and cancel; the summary names the end state of every host.
 */
public final class ApplyHandler {

	/** The confirm must reach a host this long before its own deadline. */
	static final int CONFIRM_MARGIN_SECONDS = 5;

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		return Selections.hasTargetHosts(selection, document.fleet());
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			FleetActions actions, ConsolePreferences preferences, UISynchronize sync) {
		List<Host> hosts = Selections.targetHosts(selection, document.fleet());
		HostAgents agents = actions.openAgents(shell, "Apply");
		if (agents == null) {
			return;
		}
		new Rollout(shell, document, actions, agents, hosts, preferences.settings(), sync).plan();
	}

	private enum Phase {
		APPLYING, WAITING, CONFIRMING, ROLLING_BACK, ENDED
	}

	private enum Decision {
		NONE, KEEP, ROLL_BACK
	}

	/** The state of one Apply across its phases; every method runs on the UI thread. */
	private static final class Rollout {
		private final Shell shell;
		private final FleetDocument document;
		private final FleetActions actions;
		private final HostAgents agents;
		private final List<Host> hosts;
		/** The hosts by name: results and rows name their host, and the tick looks each up once a second. */
		private final Map<String, Host> byName = new java.util.HashMap<>();
		private final ConsolePreferences.Settings settings;
		private final Map<Host, ApplyPlan> plans = FleetOperations.plans();
		/** The latest result of each host, in the fleet's order, for the final summary. */
		private final Map<String, HostResult> outcome = new LinkedHashMap<>();
		/** Hosts with changes the engineer did not apply: their plan is no apply result. */
		private final java.util.Set<String> leftOut = new java.util.HashSet<>();
		private final UISynchronize sync;
		/** Where each applying host is, in the order of the apply; UI thread only. */
		private final Map<String, Phase> phase = new LinkedHashMap<>();
		/** Hosts whose deadline came before a decision reached them. */
		private final java.util.Set<String> expired = new java.util.HashSet<>();
		private final Map<Host, String> generations = new ConcurrentHashMap<>();
		private final Map<Host, Instant> rollsBackAt = new ConcurrentHashMap<>();
		private final Runnable tick = this::tick;
		/** The engineer's answer; read by the apply's workers (no new host starts after a rollback). */
		private volatile Decision decision = Decision.NONE;
		/** From the review: whether confirmed hosts load the table at boot (ruleset.persist). */
		private volatile boolean keepAfterReboot = true;
		private boolean dialogShown;
		private boolean applyDone;
		private boolean ended;
		/** Confirm and rollback phases not finished yet. */
		private int running;

		Rollout(Shell shell, FleetDocument document, FleetActions actions, HostAgents agents, List<Host> hosts,
				ConsolePreferences.Settings settings, UISynchronize sync) {
			this.shell = shell;
			this.sync = sync;
			this.document = document;
			this.settings = settings;
			this.actions = actions;
			this.agents = agents;
			this.hosts = hosts;
			hosts.forEach(h -> byName.putIfAbsent(h.getName(), h));
		}

		void plan() {
			actions.runPhase(FleetActions.jobName("Apply: comparing with the live rulesets", hosts), hosts,
					FleetOperations.plan(agents, plans), allAtOnce(), this::review);
		}

		private void review(List<HostResult> planned) {
			planned.forEach(this::record);
			if (shell.isDisposed()) {
				end(null);
				return;
			}
			ApplyReviewDialog review = new ApplyReviewDialog(shell, hosts, planned, plans, settings.confirmSeconds());
			if (review.open() != Window.OK) {
				end(null);
				return;
			}
			List<Host> changing = review.hostsToApply();
			for (Host host : hosts) {
				ApplyPlan plan = plans.get(host);
				if (plan != null && !plan.upToDate() && !changing.contains(host)) {
					leftOut.add(host.getName());
				}
			}
			int confirmSeconds = review.confirmSeconds();
			keepAfterReboot = review.keepAfterReboot();
			changing.forEach(h -> phase.put(h.getName(), Phase.APPLYING));
			FleetRunner.HostAction apply = FleetOperations.applyPlanned(agents, plans, confirmSeconds,
					FleetOperations.ApplyHooks.NONE, false, keepAfterReboot);
			// Each host is shown as its apply answers (its deadline runs from there), not once all have.
			FleetRunner.HostAction reporting = host -> {
				if (decision == Decision.ROLL_BACK) {
					return HostResult.skipped(host.getName(), "not started: the engineer rolled the rollout back");
				}
				HostResult result = apply.run(host);
				sync.asyncExec(() -> arrived(result));
				return result;
			};
			actions.runPhase(FleetActions.jobName("Apply", changing), changing, reporting, settings.rollout(), applied -> {
				applied.forEach(r -> {
					if (phase.get(r.host()) == Phase.APPLYING) {
						arrived(r);
					}
				});
				applyDone = true;
				maybeEnd();
			});
			shell.getDisplay().timerExec(1000, tick);
		}

		/** One host's apply answered (UI thread): it waits for the decision, or gets it at once. */
		private void arrived(HostResult result) {
			if (phase.get(result.host()) != Phase.APPLYING) {
				return;
			}
			record(result);
			if (result.status() != HostResult.Status.PENDING) {
				phase.put(result.host(), Phase.ENDED);
				return;
			}
			phase.put(result.host(), Phase.WAITING);
			List<Host> host = List.of(byName.get(result.host()));
			generations.putAll(FleetOperations.generations(host, List.of(result)));
			rollsBackAt.putAll(FleetOperations.rollsBackAt(host, List.of(result)));
			if (decision == Decision.NONE && !dialogShown) {
				dialogShown = true;
				sync.asyncExec(this::askForTheDecision);
			}
			act();
		}

		private boolean confirmable(String host) {
			HostResult result = outcome.get(host);
			return result != null && !Boolean.FALSE.equals(result.details().get(FleetOperations.CONFIRMABLE));
		}

		private void askForTheDecision() {
			int answer = shell.isDisposed() ? Window.CANCEL
					: new CommitConfirmDialog(shell, view, CONFIRM_MARGIN_SECONDS).open();
			if (answer == Window.OK) {
				decision = Decision.KEEP;
			} else if (answer != CommitConfirmDialog.EXPIRED) {
				decision = Decision.ROLL_BACK;
			}
			act();
		}

		/**
		 * Once a second while the rollout lasts: a waiting host whose deadline (less the margin) has
		 * come is rolled back and looked at; what the decision asks is sent.
		 */
		private void tick() {
			if (ended) {
				return;
			}
			Instant now = Instant.now();
			for (Map.Entry<String, Phase> entry : phase.entrySet()) {
				Instant due = rollsBackAtOf(entry.getKey());
				if (entry.getValue() == Phase.WAITING && due != null
						&& !now.isBefore(due.minusSeconds(CONFIRM_MARGIN_SECONDS))) {
					expired.add(entry.getKey());
				}
			}
			act();
			if (!shell.isDisposed()) {
				shell.getDisplay().timerExec(1000, tick);
			}
		}

		/** Sends the confirms and rollbacks the decision and the deadlines ask for, one phase each. */
		private void act() {
			List<Host> toConfirm = new ArrayList<>();
			List<Host> toRollBack = new ArrayList<>();
			for (Host host : hosts) {
				String name = host.getName();
				if (phase.get(name) != Phase.WAITING) {
					continue;
				}
				if (expired.contains(name) || decision == Decision.ROLL_BACK) {
					toRollBack.add(host);
				} else if (decision == Decision.KEEP && confirmable(name)) {
					toConfirm.add(host);
				}
			}
			if (!toConfirm.isEmpty()) {
				toConfirm.forEach(h -> phase.put(h.getName(), Phase.CONFIRMING));
				running++;
				actions.runPhase(FleetActions.jobName("Apply: confirming", toConfirm), toConfirm,
						FleetOperations.confirm(agents, generations, plans, keepAfterReboot), allAtOnce(), this::ended);
			}
			if (!toRollBack.isEmpty()) {
				toRollBack.forEach(h -> phase.put(h.getName(), Phase.ROLLING_BACK));
				running++;
				actions.runPhase(FleetActions.jobName("Apply: rolling back", toRollBack), toRollBack,
						rollBack(new java.util.HashSet<>(expired)), allAtOnce(), this::ended);
			}
		}

		private void ended(List<HostResult> results) {
			running--;
			for (HostResult result : results) {
				record(result);
				phase.put(result.host(), Phase.ENDED);
			}
			maybeEnd();
		}

		private void maybeEnd() {
			if (ended || !applyDone || running > 0 || phase.values().stream().anyMatch(p -> p != Phase.ENDED)) {
				return;
			}
			end(decision == Decision.ROLL_BACK ? "Apply: rolled back"
					: decision == Decision.NONE && !expired.isEmpty() ? "Apply: not confirmed in time" : "Apply");
		}

		private Instant rollsBackAtOf(String name) {
			Host host = byName.get(name);
			return host == null ? null : rollsBackAt.get(host);
		}

		/** What the confirm dialog shows: every host of the apply, read on the UI thread. */
		private final CommitConfirmDialog.Rollout view = new CommitConfirmDialog.Rollout() {
			@Override
			public List<CommitConfirmDialog.Row> rows() {
				List<CommitConfirmDialog.Row> rows = new ArrayList<>();
				for (Map.Entry<String, Phase> entry : phase.entrySet()) {
					String name = entry.getKey();
					HostResult result = outcome.get(name);
					String details = result == null ? "" : result.reason();
					rows.add(switch (entry.getValue()) {
					case APPLYING -> new CommitConfirmDialog.Row(name, "applying", null, "");
					case WAITING -> new CommitConfirmDialog.Row(name, confirmable(name) ? "waiting for confirm"
							: "not confirmable", rollsBackAtOf(name), details);
					case CONFIRMING -> new CommitConfirmDialog.Row(name, "confirming", null, details);
					case ROLLING_BACK -> new CommitConfirmDialog.Row(name, expired.contains(name) ? "not confirmed in time"
							: "rolling back", null, details);
					case ENDED -> new CommitConfirmDialog.Row(name, result == null ? "" : result.status().name()
							.toLowerCase().replace('_', ' '), null, details);
					});
				}
				return rows;
			}

			@Override
			public boolean anyConfirmable() {
				return phase.entrySet().stream().anyMatch(e -> e.getValue() == Phase.WAITING && !expired.contains(e.getKey())
						&& confirmable(e.getKey()));
			}

			@Override
			public int applying() {
				return (int) phase.values().stream().filter(p -> p == Phase.APPLYING).count();
			}

			@Override
			public boolean nothingToDecide() {
				return ended || applyDone && phase.entrySet().stream().noneMatch(e -> e.getValue() == Phase.WAITING
						&& !expired.contains(e.getKey()));
			}
		};

		/**
		 * Rolls back now; a host whose own timer already did it answers "nothing pending", which
		 * here means the same end state once it is seen with its previous table.
		 */
		private FleetRunner.HostAction rollBack(java.util.Set<String> notConfirmedInTime) {
			FleetRunner.HostAction rollback = FleetOperations.rollback(agents, generations, plans, rollsBackAt);
			return host -> {
				HostResult answer = rollback.run(host);
				String prefix = notConfirmedInTime.contains(host.getName()) ? "not confirmed in time; " : "";
				return switch (answer.status()) {
				case SUCCESS -> new HostResult(host.getName(), HostResult.Status.ROLLED_BACK, prefix + "the console "
						+ answer.reason(), 0, null);
				case SKIPPED -> new HostResult(host.getName(), HostResult.Status.ROLLED_BACK, prefix
						+ "the host restored its previous table by itself (" + answer.reason() + ")", 0, null);
				default -> new HostResult(answer.host(), answer.status(), prefix + answer.reason(), answer.millis(),
						answer.details());
				};
			};
		}

		/**
		 * Reading (plan) and ending the commit-confirm (confirm, roll back) go to every host at once,
		 * as many in parallel as the preferences allow: no canary, no failure limit.
		 */
		private RolloutOptions allAtOnce() {
			return new RolloutOptions(settings.parallelism(), false, Integer.MAX_VALUE);
		}

		private void record(HostResult result) {
			outcome.put(result.host(), result);
		}

		/**
		 * Closes the sessions; with a title (the apply went ahead), records each host's end state in
		 * the model as one command and shows it.
		 */
		private void end(String title) {
			ended = true;
			FleetActions.closeLater(agents);
			if (title != null) {
				List<HostResult> ended = outcome.values().stream().filter(r -> !leftOut.contains(r.host())).toList();
				FleetActions.recordApplyResults(document, ApplyResultsCommand.Operation.APPLY, hosts, ended);
			}
			if (title != null && !shell.isDisposed()) {
				List<HostResult> results = new ArrayList<>();
				for (Host host : hosts) {
					HostResult result = outcome.get(host.getName());
					if (result != null) {
						results.add(result);
					}
				}
				if (results.isEmpty()) {
					MessageDialog.openInformation(shell, title, "Nothing was applied.");
				} else {
					FleetActions.showSummary(shell, title, results);
				}
			}
		}
	}
}

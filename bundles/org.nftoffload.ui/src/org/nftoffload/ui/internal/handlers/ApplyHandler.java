package org.nftoffload.ui.internal.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
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
 * <li>the hosts apply with a commit-confirm timer (canary first, then in parallel) and the console
 * reconnects over new SSH connections, which proves the new rulesets still let it in;</li>
 * <li>a countdown ({@link CommitConfirmDialog}) waits for the engineer's confirm; Roll Back Now,
 * closing the dialog, or the countdown running out leave every host with its previous table.</li>
 * </ol>
 * Each phase is a job with progress and cancel; the summary names the end state of every host.
 */
public final class ApplyHandler {

	/** The confirm must reach the hosts this long before the earliest host's own deadline. */
	static final int CONFIRM_MARGIN_SECONDS = 5;

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		return Selections.hasTargetHosts(selection, document.fleet());
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			FleetActions actions, ConsolePreferences preferences) {
		List<Host> hosts = Selections.targetHosts(selection, document.fleet());
		HostAgents agents = actions.openAgents(shell, "Apply");
		if (agents == null) {
			return;
		}
		new Rollout(shell, document, actions, agents, hosts, preferences.settings()).plan();
	}

	/** The state of one Apply across its phases; every method runs on the UI thread. */
	private static final class Rollout {
		private final Shell shell;
		private final FleetDocument document;
		private final FleetActions actions;
		private final HostAgents agents;
		private final List<Host> hosts;
		private final ConsolePreferences.Settings settings;
		private final Map<Host, ApplyPlan> plans = FleetOperations.plans();
		/** The latest result of each host, in the fleet's order, for the final summary. */
		private final Map<String, HostResult> outcome = new LinkedHashMap<>();
		/** Hosts with changes the engineer did not apply: their plan is no apply result. */
		private final java.util.Set<String> leftOut = new java.util.HashSet<>();

		Rollout(Shell shell, FleetDocument document, FleetActions actions, HostAgents agents, List<Host> hosts,
				ConsolePreferences.Settings settings) {
			this.shell = shell;
			this.document = document;
			this.settings = settings;
			this.actions = actions;
			this.agents = agents;
			this.hosts = hosts;
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
			long started = System.nanoTime();
			actions.runPhase(FleetActions.jobName("Apply", changing), changing,
					FleetOperations.applyPlanned(agents, plans, confirmSeconds, FleetOperations.ApplyHooks.NONE, false),
					settings.rollout(), applied -> awaitConfirm(applied, started
							+ (confirmSeconds - CONFIRM_MARGIN_SECONDS) * 1_000_000_000L));
		}

		private void awaitConfirm(List<HostResult> applied, long deadlineNanos) {
			applied.forEach(this::record);
			List<Host> pending = hostsWith(applied, HostResult.Status.PENDING);
			if (pending.isEmpty()) {
				end("Apply");
				return;
			}
			// confirm and roll back name the generation each host answered: never another console's apply
			Map<Host, String> generations = FleetOperations.generations(hosts, applied);
			int answer = shell.isDisposed() ? Window.CANCEL
					: new CommitConfirmDialog(shell, applied, deadlineNanos).open();
			if (answer == Window.OK) {
				actions.runPhase(FleetActions.jobName("Apply: confirming", pending), pending,
						FleetOperations.confirm(agents, generations),
						allAtOnce(), confirmed -> {
							confirmed.forEach(this::record);
							end("Apply");
						});
				return;
			}
			boolean expired = answer == CommitConfirmDialog.EXPIRED;
			actions.runPhase(FleetActions.jobName("Apply: rolling back", pending), pending, rollBack(expired, generations),
					allAtOnce(),
					rolledBack -> {
						rolledBack.forEach(this::record);
						end(expired ? "Apply: not confirmed in time" : "Apply: rolled back");
					});
		}

		/**
		 * Rolls back now; a host whose own timer already did it answers "nothing pending", which
		 * here means the same end state: its previous table.
		 */
		private FleetRunner.HostAction rollBack(boolean expired, Map<Host, String> generations) {
			FleetRunner.HostAction rollback = FleetOperations.rollback(agents, generations);
			return host -> {
				HostResult answer = rollback.run(host);
				return switch (answer.status()) {
				case SUCCESS -> new HostResult(host.getName(), HostResult.Status.ROLLED_BACK, (expired
						? "not confirmed in time; the console " : "the console ") + answer.reason(), 0, null);
				case SKIPPED -> new HostResult(host.getName(), HostResult.Status.ROLLED_BACK,
						"the host restored its previous table by itself (" + answer.reason() + ")", 0, null);
				default -> answer;
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

		private List<Host> hostsWith(List<HostResult> results, HostResult.Status status) {
			List<Host> found = new ArrayList<>();
			for (HostResult result : results) {
				if (result.status() == status) {
					hosts.stream().filter(h -> h.getName().equals(result.host())).findFirst().ifPresent(found::add);
				}
			}
			return found;
		}

		private void record(HostResult result) {
			outcome.put(result.host(), result);
		}

		/**
		 * Closes the sessions; with a title (the apply went ahead), records each host's end state in
		 * the model as one command and shows it.
		 */
		private void end(String title) {
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

package org.nftoffload.ui.internal.handlers;

import java.io.IOException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.ops.ApplyResultsCommand;
import org.nftoffload.fleet.ops.FleetJob;
import org.nftoffload.fleet.ops.FleetRunner;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.RemoteAccess;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.nftoffload.model.Host;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.ui.internal.ConsolePreferences;
import org.nftoffload.ui.internal.FleetDocument;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Runs a fleet operation (probe, apply, rollback) over hosts as an Eclipse job with progress and
 * cancel, and reports one line per host when it ends. An unknown SSH host key is put to the engineer
 * with its SHA256 fingerprint; nothing is accepted silently.
 */
@Creatable
@Singleton
public final class FleetActions {

	@Inject
	private UISynchronize sync;
	@Inject
	private ConsolePreferences preferences;

	/** The unknown-host-key question, asked on the UI thread while the job waits. */
	UnknownHostKeyPolicy askingPolicy(Shell shell) {
		return (host, type, fingerprint) -> {
			AtomicBoolean accepted = new AtomicBoolean();
			sync.syncExec(() -> accepted.set(!shell.isDisposed() && MessageDialog.openQuestion(shell,
					"Unknown host key",
					"The host " + host + " is not known yet. It presents this " + type + " key:\n\n  " + fingerprint
							+ "\n\nCompare it with the host's own key (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub "
							+ "on the host). Trust it and remember it?")));
			return accepted.get();
		};
	}

	/**
	 * Schedules {@code operation} over {@code hosts}; {@code action} builds the per-host action from
	 * the job's agents; {@code onResults} runs on the UI thread before the summary is shown.
	 */
	public void run(Shell shell, String operation, List<Host> hosts,
			Function<HostAgents, FleetRunner.HostAction> action, Consumer<List<HostResult>> onResults) {
		if (hosts.isEmpty()) {
			MessageDialog.openInformation(shell, operation, "Select hosts, a group, a tag or the fleet first.");
			return;
		}
		HostAgents agents = openAgents(shell, operation);
		if (agents == null) {
			return;
		}
		runPhase(jobName(operation, hosts), hosts, action.apply(agents), preferences.settings().rollout(), results -> {
			closeLater(agents);
			onResults.accept(results);
			if (!shell.isDisposed()) {
				showSummary(shell, operation, results);
			}
		});
	}

	/**
	 * SSH connections and agents for one operation of several phases (apply: plan, apply, confirm);
	 * the caller closes them. {@code null} after telling the engineer why there are none.
	 */
	public HostAgents openAgents(Shell shell, String operation) {
		try {
			return RemoteAccess.defaults().open(askingPolicy(shell));
		} catch (IOException e) {
			MessageDialog.openError(shell, operation, "Cannot prepare the host agent: " + e.getMessage());
			return null;
		}
	}

	/** One phase as a user job with progress and cancel; {@code onUiThread} gets the results. */
	public void runPhase(String jobName, List<Host> hosts, FleetRunner.HostAction action, RolloutOptions options,
			Consumer<List<HostResult>> onUiThread) {
		new FleetJob(jobName, hosts, action, options, results -> sync.asyncExec(() -> onUiThread.accept(results)))
				.schedule();
	}

	/**
	 * Records how Apply or Rollback ended on each host (lastApplyStatus, time, message) as one command
	 * on the document's stack; on the UI thread. Hosts removed from the fleet meanwhile are left out.
	 */
	public static void recordApplyResults(FleetDocument document, ApplyResultsCommand.Operation operation,
			List<Host> hosts, List<HostResult> results) {
		List<Host> stillThere = hosts.stream().filter(h -> EcoreUtil.isAncestor(document.fleet(), h)).toList();
		Command record = ApplyResultsCommand.create(document.domain(), operation, stillThere, results, new Date());
		if (record.canExecute()) {
			document.commandStack().execute(record);
		}
	}

	/** Closes SSH sessions off the UI thread: a dead peer can hold a close for seconds. */
	public static void closeLater(HostAgents agents) {
		Thread.ofVirtual().name("nft-offload close sessions").start(agents::close);
	}

	static String jobName(String operation, List<Host> hosts) {
		return operation + " (" + hosts.size() + (hosts.size() == 1 ? " host)" : " hosts)");
	}

	/**
	 * One line per host, in the order of {@code results}; a warning titled with how many failed or
	 * ended rolled back when any did.
	 */
	public static void showSummary(Shell shell, String operation, List<HostResult> results) {
		StringBuilder text = new StringBuilder();
		for (HostResult result : results) {
			text.append(result.host()).append(": ").append(result.status().name().toLowerCase().replace('_', ' '))
					.append(result.reason() == null || result.reason().isBlank() ? "" : " — " + result.reason())
					.append('\n');
		}
		long failed = results.stream().filter(r -> r.status() == HostResult.Status.FAILED).count();
		long rolledBack = results.stream().filter(r -> r.status() == HostResult.Status.ROLLED_BACK).count();
		if (failed == 0 && rolledBack == 0) {
			MessageDialog.openInformation(shell, operation + " finished", text.toString());
			return;
		}
		List<String> counts = new java.util.ArrayList<>();
		if (failed > 0) {
			counts.add(failed + " of " + results.size() + " failed");
		}
		if (rolledBack > 0) {
			counts.add(rolledBack + " of " + results.size() + " rolled back");
		}
		MessageDialog.openWarning(shell, operation + ": " + String.join(", ", counts), text.toString());
	}
}

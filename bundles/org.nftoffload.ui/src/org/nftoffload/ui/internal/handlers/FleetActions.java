package org.nftoffload.ui.internal.handlers;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.ops.FleetJob;
import org.nftoffload.fleet.ops.FleetRunner;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.nftoffload.model.Host;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.SecureCredentialStore;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;

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
			MessageDialog.openInformation(shell, operation, "Select one or more hosts (or the fleet) first.");
			return;
		}
		HostAgents agents;
		try {
			agents = new HostAgents(new SshConnector(SshSettings.defaults(), credentials(), askingPolicy(shell)),
					AgentDeployer.shipped(), Duration.ofSeconds(60));
		} catch (IOException e) {
			MessageDialog.openError(shell, operation, "Cannot prepare the host agent: " + e.getMessage());
			return;
		}
		FleetJob job = new FleetJob(operation + " (" + hosts.size() + (hosts.size() == 1 ? " host)" : " hosts)"), hosts,
				action.apply(agents), RolloutOptions.defaults(), results -> {
					agents.close();
					sync.asyncExec(() -> {
						onResults.accept(results);
						if (!shell.isDisposed()) {
							showSummary(shell, operation, results);
						}
					});
				});
		job.schedule();
	}

	private static CredentialStore credentials() {
		try {
			return new SecureCredentialStore();
		} catch (RuntimeException e) {
			return CredentialStore.NONE; // keys and ssh-agent still work
		}
	}

	static void showSummary(Shell shell, String operation, List<HostResult> results) {
		StringBuilder text = new StringBuilder();
		long failed = 0;
		for (HostResult result : results) {
			failed += result.failed() ? 1 : 0;
			text.append(result.host()).append(": ").append(result.status().name().toLowerCase().replace('_', ' '))
					.append(result.reason() == null || result.reason().isBlank() ? "" : " — " + result.reason())
					.append('\n');
		}
		if (failed == 0) {
			MessageDialog.openInformation(shell, operation + " finished", text.toString());
		} else {
			MessageDialog.openWarning(shell, operation + ": " + failed + " of " + results.size() + " failed",
					text.toString());
		}
	}
}

package org.nftoffload.ui.internal.handlers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.ops.AdoptFromHost;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.dialogs.AdoptDialog;

import jakarta.inject.Named;

/**
 * Fleet > Adopt from Host...: reads the selected (probed) host's live ruleset in a job, working on a
 * copy of the host; lists the flowtables and rules it runs ({@link AdoptDialog}); the ticked ones go
 * into the model on the UI thread as one undoable command. Everything else the host runs stays
 * observed.
 */
public final class AdoptHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		List<Host> hosts = Selections.hosts(selection);
		return Selections.objects(selection).size() == 1 && hosts.size() == 1 && hosts.get(0).getProbeTime() != null;
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			FleetActions actions) {
		Host host = Selections.hosts(selection).get(0);
		String name = host.getName();
		HostAgents agents = actions.openAgents(shell, "Adopt from Host");
		if (agents == null) {
			return;
		}
		Map<Host, AdoptFromHost.LiveTables> read = new ConcurrentHashMap<>();
		// The job reads the host's connection settings and interfaces from its own copy (FleetJob takes
		// it), never the model the engineer goes on editing; what it read comes back keyed by the host.
		actions.runPhase("Adopt from " + name + ": reading the live ruleset", List.of(host),
				AdoptFromHost.read(agents, read), new RolloutOptions(1, false, Integer.MAX_VALUE),
				results -> {
					FleetActions.closeLater(agents);
					offer(shell, document, host, read.get(host), results.get(0));
				});
	}

	/** On the UI thread, when the job has read the host. */
	private static void offer(Shell shell, FleetDocument document, Host host, AdoptFromHost.LiveTables live,
			HostResult result) {
		if (shell.isDisposed()) {
			return;
		}
		String title = "Adopt from " + result.host();
		if (live == null) {
			MessageDialog.openError(shell, title, "Could not read what " + result.host() + " runs: " + result.reason());
			return;
		}
		if (!EcoreUtil.isAncestor(document.fleet(), host)) {
			MessageDialog.openInformation(shell, title, result.host() + " is no longer in the fleet; nothing was adopted.");
			return;
		}
		if (live.candidates().isEmpty()) {
			MessageDialog.openInformation(shell, title, result.host() + " runs no flowtable and no offload rule"
					+ (live.tables().isEmpty() ? "" : " (read: " + String.join(", ", live.tables()) + ")")
					+ "; there is nothing to adopt.");
			return;
		}
		AdoptDialog dialog = new AdoptDialog(shell, live,
				keys -> AdoptFromHost.adopt(document.domain(), host, live, keys));
		if (dialog.open() != Window.OK) {
			return;
		}
		Command command = dialog.command();
		if (!EcoreUtil.isAncestor(document.fleet(), host) || !command.canExecute()) {
			MessageDialog.openInformation(shell, title, result.host() + " changed meanwhile; nothing was adopted.");
			return;
		}
		document.commandStack().execute(command);
	}
}

package org.nftoffload.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.FleetDocument;

import jakarta.inject.Named;

/**
 * Fleet > Apply...: after the engineer confirms the list of hosts (the nft Preview shows each
 * script), applies with commit-confirm: each host restores its previous table by itself unless the
 * console can reconnect and confirm. Hosts whose model has errors are skipped untouched.
 */
public final class ApplyHandler {

	/** Seconds a host waits for the confirmation before it rolls back by itself. */
	static final int CONFIRM_TIMEOUT_SECONDS = 30;

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		return !Selections.targetHosts(selection, document.fleet()).isEmpty();
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			FleetActions actions) {
		List<Host> hosts = Selections.targetHosts(selection, document.fleet());
		StringBuilder list = new StringBuilder();
		for (Host host : hosts) {
			List<String> errors = FleetOperations.validationErrors(host);
			list.append("  ").append(host.getName()).append(errors.isEmpty() ? "" : "  — skipped: " + errors.get(0))
					.append('\n');
		}
		if (!MessageDialog.openConfirm(shell, "Apply",
				"Apply the console's table to these hosts? Each host rolls back by itself unless the console "
						+ "reconnects and confirms within " + CONFIRM_TIMEOUT_SECONDS + " s.\n\n" + list)) {
			return;
		}
		actions.run(shell, "Apply", hosts,
				agents -> FleetOperations.apply(agents, CONFIRM_TIMEOUT_SECONDS, FleetOperations.ApplyHooks.NONE),
				results -> {
				});
	}
}

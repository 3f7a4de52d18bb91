package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import java.util.List;
import java.util.Map;

import org.nftoffload.fleet.ops.ApplyResultsCommand;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.FleetDocument;

import jakarta.inject.Named;

/**
 * Fleet > Rollback: restores the table each target host (selected, of a group or tag:
 * {@link Selections#targetHosts}) had before a pending apply.
 */
public final class RollbackHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		return Selections.hasTargetHosts(selection, document.fleet());
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			FleetActions actions) {
		List<Host> hosts = Selections.targetHosts(selection, document.fleet());
		// read here, on the UI thread: the generation of each host's last apply, which alone it rolls back
		Map<Host, String> generations = FleetOperations.lastApplyGenerations(hosts);
		actions.run(shell, "Rollback", hosts, agents -> FleetOperations.rollback(agents, generations), results -> FleetActions
				.recordApplyResults(document, ApplyResultsCommand.Operation.ROLLBACK, hosts, results));
	}
}

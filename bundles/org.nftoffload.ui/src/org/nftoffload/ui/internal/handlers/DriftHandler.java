package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.FleetDrift;

import jakarta.inject.Named;

/**
 * Fleet > Check Drift: reads each target host ({@link Selections#targetHosts}) and compares it
 * with the model, changing nothing on the host or in the model. What it finds goes to
 * {@link FleetDrift}: the fleet table's Drift column, and the Problems view for drifted and
 * unreachable hosts.
 */
public final class DriftHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		return Selections.hasTargetHosts(selection, document.fleet());
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			FleetActions actions, FleetDrift drift) {
		java.util.List<Host> hosts = Selections.targetHosts(selection, document.fleet());
		actions.run(shell, "Check Drift", hosts, DriftCheck::check, results -> drift.record(hosts, results));
	}
}

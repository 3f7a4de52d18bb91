package org.nftoffload.ui.internal.handlers;

import java.util.Map;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.model.Host;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.ui.internal.FleetDocument;

import jakarta.inject.Named;

/**
 * Fleet > Probe: asks each target host what it has (the selected hosts, a group's or a tag's, all
 * when the fleet is selected: {@link Selections#targetHosts}); the findings go into the model as
 * one undoable command, on the UI thread.
 */
public final class ProbeHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		return Selections.hasTargetHosts(selection, document.fleet());
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			FleetActions actions) {
		Map<Host, AgentData.Probe> probes = FleetOperations.probeResults();
		actions.run(shell, "Probe", Selections.targetHosts(selection, document.fleet()),
				agents -> FleetOperations.probe(agents, probes), results -> {
					if (!probes.isEmpty()) {
						document.commandStack().execute(
								org.nftoffload.fleet.ops.ProbeResultsCommand.create(document.domain(), probes));
					}
				});
	}
}

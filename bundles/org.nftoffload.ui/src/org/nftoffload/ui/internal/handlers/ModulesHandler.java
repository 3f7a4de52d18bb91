package org.nftoffload.ui.internal.handlers;

import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.fleet.ops.ModuleOperations;
import org.nftoffload.fleet.ops.ModuleOptions;
import org.nftoffload.fleet.ops.ProbeResultsCommand;
import org.nftoffload.model.Host;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.dialogs.ModulesDialog;

import jakarta.inject.Named;

/**
 * Fleet > Modules...: makes the flow-offload modules present (load, build where allowed, persist)
 * on the target hosts ({@link Selections#targetHosts}); what the hosts have afterwards goes into the model as one undoable
 * command, like a probe.
 */
public final class ModulesHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		return Selections.hasTargetHosts(selection, document.fleet());
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			FleetActions actions) {
		List<Host> hosts = Selections.targetHosts(selection, document.fleet());
		ModulesDialog dialog = new ModulesDialog(shell, hosts.size());
		if (dialog.open() != Window.OK) {
			return;
		}
		ModuleOptions options = new ModuleOptions(dialog.build(), dialog.persist());
		Map<Host, AgentData.Probe> probes = FleetOperations.probeResults();
		actions.run(shell, "Modules", hosts, agents -> ModuleOperations.ensure(agents, options, probes), results -> {
			if (!probes.isEmpty()) {
				document.commandStack().execute(ProbeResultsCommand.create(document.domain(), probes));
			}
		});
	}
}

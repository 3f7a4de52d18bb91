package org.nftoffload.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.OffloadEffect;
import org.nftoffload.fleet.ops.RolloutOptions;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.ConsolePreferences;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.dialogs.MeasureOffloadDialog;
import org.nftoffload.ui.internal.dialogs.OffloadEffectDialog;

import jakarta.inject.Named;

/**
 * Fleet &gt; Measure Offload Effect...: on the target hosts ({@link Selections#targetHosts}), the
 * slow path, CPU and throughput with the offload rules bypassed, then active ({@link OffloadEffect}),
 * in a job with progress; the figures side by side when it ends. The model is not changed.
 */
public final class MeasureOffloadHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		return Selections.hasTargetHosts(selection, document.fleet());
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			FleetActions actions, ConsolePreferences preferences) {
		List<Host> hosts = Selections.targetHosts(selection, document.fleet());
		MeasureOffloadDialog ask = new MeasureOffloadDialog(shell, hosts);
		if (ask.open() != Window.OK) {
			return;
		}
		HostAgents agents = actions.openAgents(shell, "Measure Offload Effect");
		if (agents == null) {
			return;
		}
		// no canary: measuring one host says nothing about whether another may be measured
		RolloutOptions options = new RolloutOptions(preferences.settings().parallelism(), false, Integer.MAX_VALUE);
		actions.runPhase(FleetActions.jobName("Measure Offload Effect", hosts), hosts,
				OffloadEffect.measure(agents, ask.seconds()), options, results -> {
					FleetActions.closeLater(agents);
					if (!shell.isDisposed()) {
						new OffloadEffectDialog(shell, results).open();
					}
				});
	}
}

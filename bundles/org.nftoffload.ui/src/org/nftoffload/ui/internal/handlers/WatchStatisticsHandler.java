package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.ui.internal.ConsolePreferences;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.StatisticsWatches;

import jakarta.inject.Named;

/**
 * Fleet > Watch Statistics: streams offload statistics from the target hosts (selected, of a group
 * or tag, all when the fleet is selected: {@link Selections#targetHosts}) into the Offload
 * Statistics view until Stop Watching.
 */
public final class WatchStatisticsHandler {

	/** The view the samples go to. */
	public static final String PART_ID = "org.nftoffload.ui.part.statistics";

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		return Selections.hasTargetHosts(selection, document.fleet());
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			FleetActions actions, StatisticsWatches watches, EPartService parts, ConsolePreferences preferences) {
		watches.watch(Selections.targetHosts(selection, document.fleet()),
				() -> actions.openAgents(shell, "Watch Statistics"), preferences.settings().statisticsIntervalSeconds());
		parts.showPart(PART_ID, PartState.VISIBLE);
	}
}

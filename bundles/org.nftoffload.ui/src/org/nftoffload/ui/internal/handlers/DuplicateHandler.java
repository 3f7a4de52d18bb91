package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.Command;
import org.nftoffload.fleet.edit.FleetCopies;
import org.nftoffload.ui.internal.FleetDocument;

import jakarta.inject.Named;

/** Edit > Duplicate (Ctrl+D): a copy of each selected host, flowtable or rule beside it, as one undoable command. */
public final class DuplicateHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return Selections.objects(selection).stream().anyMatch(FleetCopies::copyable);
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			EPartService parts) {
		Command duplicate = FleetCopies.duplicate(document.domain(), document.fleet(), Selections.objects(selection));
		if (duplicate.canExecute()) {
			document.commandStack().execute(duplicate);
			Navigator.reveal(parts, duplicate.getAffectedObjects());
		}
	}
}

package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.nftoffload.ui.internal.FleetDocument;

import jakarta.inject.Named;

/** Edit > Delete: removes the selected objects and every reference to them, as one undoable command. */
public final class DeleteHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return !Selections.deletable(selection).isEmpty();
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		Command delete = DeleteCommand.create(document.domain(), Selections.deletable(selection));
		if (delete.canExecute()) {
			document.commandStack().execute(delete);
		}
	}
}

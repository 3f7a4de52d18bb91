package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.nftoffload.ui.internal.FleetDocument;

import jakarta.inject.Named;

/** Fleet > Remove Host: the selected hosts leave the fleet (and its groups), as one undoable command. */
public final class RemoveHostHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return !Selections.hosts(selection).isEmpty();
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		Command remove = DeleteCommand.create(document.domain(), Selections.hosts(selection));
		if (remove.canExecute()) {
			document.commandStack().execute(remove);
		}
	}
}

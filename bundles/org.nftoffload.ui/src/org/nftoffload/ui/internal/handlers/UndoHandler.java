package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.nftoffload.ui.internal.FleetDocument;

/** Edit > Undo: the last command on the fleet's command stack. */
public final class UndoHandler {

	@CanExecute
	boolean canExecute(FleetDocument document) {
		return document.commandStack().canUndo();
	}

	@Execute
	void execute(FleetDocument document) {
		document.commandStack().undo();
	}
}

package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.nftoffload.ui.internal.FleetDocument;

/** Edit > Redo. */
public final class RedoHandler {

	@CanExecute
	boolean canExecute(FleetDocument document) {
		return document.commandStack().canRedo();
	}

	@Execute
	void execute(FleetDocument document) {
		document.commandStack().redo();
	}
}

package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.ui.internal.FleetDocument;

import jakarta.inject.Named;

/** File > Save. */
public final class SaveHandler {

	@CanExecute
	boolean canExecute(FleetDocument document) {
		return document.isDirty() || document.file().isEmpty();
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, SaveFlow saveFlow) {
		saveFlow.save(shell);
	}
}

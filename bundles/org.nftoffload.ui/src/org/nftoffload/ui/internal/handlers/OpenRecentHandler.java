package org.nftoffload.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.FleetIO;
import org.nftoffload.ui.internal.RecentFiles;

import jakarta.inject.Named;

/** Opens the fleet file of an Open Recent item. */
public final class OpenRecentHandler {

	@CanExecute
	boolean canExecute(MDirectMenuItem item) {
		return item.getTransientData().get(OpenRecentMenu.PATH_KEY) instanceof Path;
	}

	@Execute
	void execute(MDirectMenuItem item, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, FleetDocument document,
			SaveFlow saveFlow, RecentFiles recent) {
		if (item.getTransientData().get(OpenRecentMenu.PATH_KEY) instanceof Path path && saveFlow.confirmClose()) {
			FleetIO.open(document, path, shell, recent);
		}
	}
}

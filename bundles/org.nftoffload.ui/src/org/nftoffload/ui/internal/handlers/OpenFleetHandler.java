package org.nftoffload.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.ui.internal.FileChooser;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.FleetIO;
import org.nftoffload.ui.internal.RecentFiles;

import jakarta.inject.Named;

/** File > Open...: reads the chosen fleet file in a job; errors name the file and leave the open fleet alone. */
public final class OpenFleetHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, FleetDocument document, SaveFlow saveFlow,
			RecentFiles recent, FileChooser chooser) {
		if (!saveFlow.confirmClose()) {
			return;
		}
		Path chosen = chooser.chooseToOpen(shell);
		if (chosen != null) {
			FleetIO.open(document, chosen, shell, recent);
		}
	}
}

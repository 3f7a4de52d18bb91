package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.ui.internal.ConsolePreferences;
import org.nftoffload.ui.internal.PeriodicDriftCheck;
import org.nftoffload.ui.internal.dialogs.PreferencesDialog;

import jakarta.inject.Named;

/** Edit > Preferences...: the rollout, apply, statistics and periodic drift settings. */
public final class PreferencesHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ConsolePreferences preferences,
			PeriodicDriftCheck periodicDrift) {
		PreferencesDialog dialog = new PreferencesDialog(shell, preferences.settings());
		if (dialog.open() == Window.OK) {
			int before = preferences.settings().driftCheckMinutes();
			preferences.store(dialog.settings());
			if (dialog.settings().driftCheckMinutes() != before) {
				periodicDrift.followPreferences();
			}
		}
	}
}

package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.ui.internal.ConsolePreferences;
import org.nftoffload.ui.internal.dialogs.PreferencesDialog;

import jakarta.inject.Named;

/** Edit > Preferences...: the rollout, apply and statistics settings. */
public final class PreferencesHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ConsolePreferences preferences) {
		PreferencesDialog dialog = new PreferencesDialog(shell, preferences.settings());
		if (dialog.open() == Window.OK) {
			preferences.store(dialog.settings());
		}
	}
}

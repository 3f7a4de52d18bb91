package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.ui.internal.dialogs.KnownHostsDialog;

import jakarta.inject.Named;

/** Fleet > Trusted Host Keys...: lists the trusted host keys with their fingerprints and removes recorded ones. */
public final class KnownHostsHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		SshSettings settings = SshSettings.defaults();
		new KnownHostsDialog(shell, settings.consoleKnownHosts(), settings.userKnownHosts()).open();
	}
}

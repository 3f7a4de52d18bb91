package org.nftoffload.ui.internal.handlers;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.ops.HostAgents;
import org.nftoffload.fleet.ops.RemoteAccess;
import org.nftoffload.model.Host;
import org.nftoffload.remote.RemoteException;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.ui.internal.dialogs.CredentialsDialog;

import jakarta.inject.Named;

/**
 * Fleet > Credentials...: stores the selected host's SSH password (for its user at its address, as
 * the connection looks it up) and its key file's passphrase in the secure storage.
 */
public final class CredentialsHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return Selections.hosts(selection).size() == 1;
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		List<Host> hosts = Selections.hosts(selection);
		if (hosts.size() != 1) {
			return;
		}
		Host host = hosts.get(0);
		String user = blank(host.getUser()) ? System.getProperty("user.name") : host.getUser();
		String address = blank(host.getAddress()) ? host.getName() : host.getAddress();
		String identity = blank(host.getIdentityFile()) ? null : HostAgents.expandHome(host.getIdentityFile()).toString();
		CredentialsDialog dialog = new CredentialsDialog(shell, host.getName(), user + "@" + address, identity);
		if (dialog.open() != Window.OK) {
			return;
		}
		char[] password = dialog.password();
		char[] passphrase = dialog.passphrase();
		try {
			CredentialStore store = RemoteAccess.defaults().credentials();
			if (password.length > 0) {
				store.storePassword(user, address, password);
			}
			if (passphrase.length > 0 && identity != null) {
				store.storePassphrase(identity, passphrase);
			}
		} catch (RemoteException | RuntimeException e) {
			MessageDialog.openError(shell, "Credentials for " + host.getName(), "Nothing was stored: "
					+ e.getMessage() + ". The console keeps secrets only in Equinox secure storage; start it with "
					+ "the nft-offload-console launcher, which sets that storage up.");
		} finally {
			Arrays.fill(password, '\0');
			Arrays.fill(passphrase, '\0');
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}

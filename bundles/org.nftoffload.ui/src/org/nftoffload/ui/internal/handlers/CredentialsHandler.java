package org.nftoffload.ui.internal.handlers;

import java.util.ArrayList;
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
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.OpeningCredentialStore;
import org.nftoffload.remote.RemoteException;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.ui.internal.dialogs.CredentialsDialog;

import jakarta.inject.Named;

/**
 * Fleet > Credentials...: stores or deletes the selected host's SSH password, its jump host's
 * password and its key file's passphrase in the secure storage, each under the login the
 * connection resolves (through ~/.ssh/config) and looks it up by: user, host name and port.
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
		OpeningCredentialStore store = RemoteAccess.secureStorage();
		SshConnector.Target login;
		SshConnector.Target jump = null;
		try {
			store.opened();
			try (SshConnector resolver = new SshConnector(SshSettings.defaults(), CredentialStore.NONE,
					UnknownHostKeyPolicy.REFUSE)) {
				String alias = blank(host.getAddress()) ? host.getName() : host.getAddress();
				login = resolver.resolve(alias, blank(host.getUser()) ? null : host.getUser(),
						host.getPort() > 0 ? host.getPort() : null);
				String proxyJump = blank(host.getJumpHost()) ? login.proxyJump() : host.getJumpHost();
				if (proxyJump != null) {
					jump = resolver.resolveJump(proxyJump);
				}
			}
		} catch (RemoteException e) {
			MessageDialog.openError(shell, "Credentials for " + host.getName(), "The secure storage cannot be used: "
					+ e.getMessage());
			return;
		}
		String identity = blank(host.getIdentityFile()) ? null : HostAgents.expandHome(host.getIdentityFile()).toString();
		List<CredentialsDialog.Secret> secrets = new ArrayList<>();
		secrets.add(password(store, "&Password for " + login.login(), "password",
				login));
		if (jump != null) {
			secrets.add(password(store, "Password for &jump host " + jump.login(),
					"jump-password", jump));
		}
		if (identity != null) {
			secrets.add(new CredentialsDialog.Secret() {
				public String label() {
					return "P&assphrase of " + identity;
				}

				public String id() {
					return "passphrase";
				}

				public boolean stored() {
					return store.passphrase(identity).isPresent();
				}

				public void delete() throws RemoteException {
					store.deletePassphrase(identity);
				}
			});
		}
		CredentialsDialog dialog = new CredentialsDialog(shell, host.getName(), secrets);
		if (dialog.open() != Window.OK) {
			return;
		}
		List<char[]> typed = dialog.typed();
		try {
			char[] password = typed.get(0);
			if (password.length > 0) {
				store.storePassword(login.user(), login.hostName(), login.port(), password);
			}
			int next = 1;
			if (jump != null) {
				char[] jumpPassword = typed.get(next++);
				if (jumpPassword.length > 0) {
					store.storePassword(jump.user(), jump.hostName(), jump.port(), jumpPassword);
				}
			}
			if (identity != null) {
				char[] passphrase = typed.get(next);
				if (passphrase.length > 0) {
					store.storePassphrase(identity, passphrase);
				}
			}
		} catch (RemoteException | RuntimeException e) {
			MessageDialog.openError(shell, "Credentials for " + host.getName(), "Not stored: " + e.getMessage());
		} finally {
			typed.forEach(secret -> Arrays.fill(secret, '\0'));
		}
	}

	private static CredentialsDialog.Secret password(CredentialStore store, String label, String id, SshConnector.Target login) {
		return new CredentialsDialog.Secret() {
			public String label() {
				return label;
			}

			public String id() {
				return id;
			}

			public boolean stored() {
				return store.password(login.user(), login.hostName(), login.port()).isPresent();
			}

			public void delete() throws RemoteException {
				store.deletePassword(login.user(), login.hostName(), login.port());
			}
		};
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}

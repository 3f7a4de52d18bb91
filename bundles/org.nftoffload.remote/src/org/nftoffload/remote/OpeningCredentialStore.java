package org.nftoffload.remote;

import java.util.List;
import java.util.Optional;

/**
 * A {@link CredentialStore} that opens its {@link SecretStorage} when a secret is first needed, not
 * when the console starts: connecting with keys or an ssh-agent never asks for a master password.
 * What went wrong opening it is kept: a lookup then finds nothing (the connection fails naming the
 * host), storing or deleting fails with that reason, and the next call tries again.
 */
public final class OpeningCredentialStore implements CredentialStore {

	private final SecretStorage storage;
	private final SecretStorage.Kind kind;
	private final SecretStorage.MasterPassword masterPassword;
	private SecretStorage.Opened opened;
	private RemoteException failure;

	private final String configurationError;

	public OpeningCredentialStore(SecretStorage storage, SecretStorage.Kind kind, SecretStorage.MasterPassword masterPassword) {
		this(storage, kind, masterPassword, null);
	}

	/** @param configurationError why the configured kind cannot be used (every open fails with it), or null */
	public OpeningCredentialStore(SecretStorage storage, SecretStorage.Kind kind, SecretStorage.MasterPassword masterPassword,
			String configurationError) {
		this.storage = storage;
		this.kind = kind;
		this.masterPassword = masterPassword;
		this.configurationError = configurationError;
	}

	/** The opened storage, opening it now if needed. */
	public synchronized SecretStorage.Opened opened() throws RemoteException {
		if (configurationError != null) {
			failure = new RemoteException(SecretStorage.KIND_VARIABLE, configurationError);
			throw failure;
		}
		if (opened == null) {
			try {
				opened = storage.open(kind, masterPassword);
				failure = null;
			} catch (RemoteException e) {
				failure = e;
				throw e;
			}
		}
		return opened;
	}

	/** Why the last attempt to open failed, or null. */
	public synchronized RemoteException failure() {
		return failure;
	}

	private CredentialStore orNone() {
		try {
			return opened().store();
		} catch (RemoteException e) {
			return CredentialStore.NONE;
		}
	}

	@Override
	public Optional<char[]> password(String user, String host, int port) {
		return orNone().password(user, host, port);
	}

	@Override
	public Optional<char[]> passphrase(String identityFile) {
		return orNone().passphrase(identityFile);
	}

	@Override
	public void storePassword(String user, String host, int port, char[] password) throws RemoteException {
		opened().store().storePassword(user, host, port, password);
	}

	@Override
	public void storePassphrase(String identityFile, char[] passphrase) throws RemoteException {
		opened().store().storePassphrase(identityFile, passphrase);
	}

	@Override
	public boolean deletePassword(String user, String host, int port) throws RemoteException {
		return opened().store().deletePassword(user, host, port);
	}

	@Override
	public boolean deletePassphrase(String identityFile) throws RemoteException {
		return opened().store().deletePassphrase(identityFile);
	}

	@Override
	public List<Login> storedPasswords() {
		return orNone().storedPasswords();
	}

	@Override
	public List<String> storedPassphrases() {
		return orNone().storedPassphrases();
	}
}

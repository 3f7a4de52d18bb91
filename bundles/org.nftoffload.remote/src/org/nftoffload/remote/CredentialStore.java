package org.nftoffload.remote;

import java.util.Optional;

/**
 * Where passwords and key passphrases live: never in fleet files or logs. The product uses
 * {@link SecureCredentialStore} (Equinox secure storage).
 */
public interface CredentialStore {

	Optional<char[]> password(String user, String host);

	Optional<char[]> passphrase(String identityFile);

	void storePassword(String user, String host, char[] password) throws RemoteException;

	void storePassphrase(String identityFile, char[] passphrase) throws RemoteException;

	/** No stored secrets (tests, or a user who keeps keys in ssh-agent). */
	CredentialStore NONE = new CredentialStore() {
		@Override
		public Optional<char[]> password(String user, String host) {
			return Optional.empty();
		}

		@Override
		public Optional<char[]> passphrase(String identityFile) {
			return Optional.empty();
		}

		@Override
		public void storePassword(String user, String host, char[] password) throws RemoteException {
			throw new RemoteException(host, "no credential store is configured");
		}

		@Override
		public void storePassphrase(String identityFile, char[] passphrase) throws RemoteException {
			throw new RemoteException(identityFile, "no credential store is configured");
		}
	};
}

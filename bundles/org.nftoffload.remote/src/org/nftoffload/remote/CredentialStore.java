package org.nftoffload.remote;

import java.util.List;
import java.util.Optional;

/**
 * Where passwords and key passphrases live: never in fleet files or logs. The product uses
 * {@link SecureCredentialStore} (Equinox secure storage, opened by {@link SecretStorage}).
 * Passwords are keyed like OpenSSH keys hosts: by the user, host name and port the connection
 * resolves to (after ~/.ssh/config), so an alias finds the password stored for its HostName and
 * two lab routers forwarded on one address do not share one.
 */
public interface CredentialStore {

	/** What a stored password is for: {@code user@host:port} as the connection resolves it. */
	record Login(String user, String host, int port) {
		public Login {
			if (user == null || user.isBlank() || host == null || host.isBlank() || port < 1 || port > 65535) {
				throw new IllegalArgumentException("a login needs a user, a host and a port in 1..65535, not " + user
						+ "@" + host + ":" + port);
			}
		}

		@Override
		public String toString() {
			return user + "@" + host + ":" + port;
		}
	}

	Optional<char[]> password(String user, String host, int port);

	Optional<char[]> passphrase(String identityFile);

	void storePassword(String user, String host, int port, char[] password) throws RemoteException;

	void storePassphrase(String identityFile, char[] passphrase) throws RemoteException;

	/** Removes the stored password; false when there was none. */
	boolean deletePassword(String user, String host, int port) throws RemoteException;

	/** Removes the stored passphrase; false when there was none. */
	boolean deletePassphrase(String identityFile) throws RemoteException;

	/** The logins that have a stored password (no secrets). */
	List<Login> storedPasswords();

	/** The key files that have a stored passphrase (no secrets). */
	List<String> storedPassphrases();

	/** No stored secrets (tests, or a user who keeps keys in ssh-agent). */
	CredentialStore NONE = new CredentialStore() {
		@Override
		public Optional<char[]> password(String user, String host, int port) {
			return Optional.empty();
		}

		@Override
		public Optional<char[]> passphrase(String identityFile) {
			return Optional.empty();
		}

		@Override
		public void storePassword(String user, String host, int port, char[] password) throws RemoteException {
			throw new RemoteException(host, "no credential store is configured");
		}

		@Override
		public void storePassphrase(String identityFile, char[] passphrase) throws RemoteException {
			throw new RemoteException(identityFile, "no credential store is configured");
		}

		@Override
		public boolean deletePassword(String user, String host, int port) {
			return false;
		}

		@Override
		public boolean deletePassphrase(String identityFile) {
			return false;
		}

		@Override
		public List<Login> storedPasswords() {
			return List.of();
		}

		@Override
		public List<String> storedPassphrases() {
			return List.of();
		}
	};
}

package org.nftoffload.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Credentials in Equinox secure storage, under one node of this bundle. The product uses the
 * default store; tests inject their own {@link ISecurePreferences} (with its own password), as
 * EGit's secure store does. Node names are base64url of the key so that hosts and paths with
 * '/' do not become nested nodes.
 */
public final class SecureCredentialStore implements CredentialStore {

	private static final String ROOT = "org.nftoffload.remote";
	private final ISecurePreferences root;

	public SecureCredentialStore() {
		this(SecurePreferencesFactory.getDefault());
	}

	public SecureCredentialStore(ISecurePreferences preferences) {
		if (preferences == null) {
			throw new IllegalStateException("Equinox secure storage is not available");
		}
		this.root = preferences.node(ROOT);
	}

	@Override
	public Optional<char[]> password(String user, String host) {
		return read("password", user + "@" + host);
	}

	@Override
	public Optional<char[]> passphrase(String identityFile) {
		return read("passphrase", identityFile);
	}

	@Override
	public void storePassword(String user, String host, char[] password) throws RemoteException {
		write("password", user + "@" + host, password, host);
	}

	@Override
	public void storePassphrase(String identityFile, char[] passphrase) throws RemoteException {
		write("passphrase", identityFile, passphrase, identityFile);
	}

	private Optional<char[]> read(String kind, String key) {
		try {
			String value = root.node(kind).node(nodeName(key)).get("secret", null);
			return Optional.ofNullable(value).map(String::toCharArray);
		} catch (StorageException e) {
			// A store that cannot be opened (wrong master password) is treated as empty: the
			// connection then fails with an authentication error that names the host.
			return Optional.empty();
		}
	}

	private void write(String kind, String key, char[] secret, String subject) throws RemoteException {
		try {
			root.node(kind).node(nodeName(key)).put("secret", new String(secret), true);
			root.flush();
		} catch (StorageException | IOException e) {
			throw new RemoteException(subject, "could not save the " + kind + " in secure storage: " + e.getMessage(), e);
		}
	}

	private static String nodeName(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}
}

package org.nftoffload.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Credentials in Equinox secure storage, under one node of this bundle. {@link SecretStorage}
 * opens the storage (Secret Service, a master password the user chose, or the old password file);
 * tests inject their own {@link ISecurePreferences}, as EGit's secure store does. Node names are
 * base64url of the key so that hosts and paths with '/' do not become nested nodes.
 * <p>
 * Passwords live under {@code ssh-password/<user@host:port>}. Versions before keyed them by
 * {@code user@host} alone (node {@code password}); such an entry still answers for port 22, the
 * port OpenSSH assumes for a bare host name, and for no other.
 */
public final class SecureCredentialStore implements CredentialStore {

	static final String ROOT = "org.nftoffload.remote";
	private static final String PASSWORD = "ssh-password";
	private static final String OLD_PASSWORD = "password";
	private static final String PASSPHRASE = "passphrase";
	private final ISecurePreferences root;

	public SecureCredentialStore(ISecurePreferences preferences) {
		if (preferences == null) {
			throw new IllegalStateException("Equinox secure storage is not available");
		}
		this.root = preferences.node(ROOT);
	}

	@Override
	public Optional<char[]> password(String user, String host, int port) {
		Optional<char[]> stored = read(PASSWORD, new Login(user, host, port).toString());
		if (stored.isEmpty() && port == 22) {
			return read(OLD_PASSWORD, user + "@" + host);
		}
		return stored;
	}

	@Override
	public Optional<char[]> passphrase(String identityFile) {
		return read(PASSPHRASE, identityFile);
	}

	@Override
	public void storePassword(String user, String host, int port, char[] password) throws RemoteException {
		write(PASSWORD, new Login(user, host, port).toString(), password, host);
	}

	@Override
	public void storePassphrase(String identityFile, char[] passphrase) throws RemoteException {
		write(PASSPHRASE, identityFile, passphrase, identityFile);
	}

	@Override
	public boolean deletePassword(String user, String host, int port) throws RemoteException {
		boolean removed = delete(PASSWORD, new Login(user, host, port).toString(), host);
		if (port == 22) {
			removed |= delete(OLD_PASSWORD, user + "@" + host, host);
		}
		return removed;
	}

	@Override
	public boolean deletePassphrase(String identityFile) throws RemoteException {
		return delete(PASSPHRASE, identityFile, identityFile);
	}

	@Override
	public List<Login> storedPasswords() {
		List<Login> logins = new ArrayList<>();
		for (String key : keys(PASSWORD)) {
			int at = key.lastIndexOf('@');
			int colon = key.lastIndexOf(':');
			if (at > 0 && colon > at) {
				try {
					logins.add(new Login(key.substring(0, at), key.substring(at + 1, colon),
							Integer.parseInt(key.substring(colon + 1))));
				} catch (IllegalArgumentException e) {
					// not one of ours; left alone
				}
			}
		}
		for (String key : keys(OLD_PASSWORD)) {
			int at = key.lastIndexOf('@');
			if (at > 0 && at < key.length() - 1) {
				logins.add(new Login(key.substring(0, at), key.substring(at + 1), 22));
			}
		}
		return logins.stream().distinct().toList();
	}

	@Override
	public List<String> storedPassphrases() {
		return keys(PASSPHRASE);
	}

	/** Every secret of this store, for moving it to another storage: kind, key, value. */
	List<String[]> export() throws StorageException {
		List<String[]> all = new ArrayList<>();
		for (String kind : root.childrenNames()) {
			for (String child : root.node(kind).childrenNames()) {
				String value = root.node(kind).node(child).get("secret", null);
				if (value != null) {
					all.add(new String[] { kind, child, value });
				}
			}
		}
		return all;
	}

	/** Stores what {@link #export()} gave, encrypted, and saves. */
	void importAll(List<String[]> secrets) throws StorageException, IOException {
		for (String[] secret : secrets) {
			root.node(secret[0]).node(secret[1]).put("secret", secret[2], true);
		}
		root.flush();
	}

	private List<String> keys(String kind) {
		if (!root.nodeExists(kind)) {
			return List.of();
		}
		List<String> keys = new ArrayList<>();
		for (String child : root.node(kind).childrenNames()) {
			try {
				keys.add(new String(Base64.getUrlDecoder().decode(child), StandardCharsets.UTF_8));
			} catch (IllegalArgumentException e) {
				// a node not written by this class
			}
		}
		return keys;
	}

	private Optional<char[]> read(String kind, String key) {
		if (!root.nodeExists(kind + "/" + nodeName(key))) {
			return Optional.empty();
		}
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

	private boolean delete(String kind, String key, String subject) throws RemoteException {
		String path = kind + "/" + nodeName(key);
		if (!root.nodeExists(path)) {
			return false;
		}
		root.node(path).removeNode();
		try {
			root.flush();
		} catch (IOException e) {
			throw new RemoteException(subject, "could not save secure storage after removing the " + kind + ": "
					+ e.getMessage(), e);
		}
		return true;
	}

	private static String nodeName(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}
}

package org.nftoffload.remote;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * Opens the secure storage that holds SSH passwords and key passphrases, in one of three ways:
 * <ul>
 * <li>{@link Kind#SECRET_SERVICE}: Equinox secure storage whose master password is kept by the
 * desktop's Secret Service (gnome-keyring, KWallet) through {@code org.eclipse.equinox.security.linux}
 * (libsecret). No secret and no master password is in any file the console writes. The keyring is
 * Equinox's default one ({@code ~/.eclipse/org.eclipse.equinox.security/secure_storage}), which
 * other Eclipse applications of the user share: the libsecret provider keeps one master password
 * per user, and a second keyring file of the console's own would make it generate a new one and
 * lock the others out.</li>
 * <li>{@link Kind#MASTER_PASSWORD}: where there is no Secret Service (a server, an SSH session), a
 * keyring of the console's own ({@code secure-storage.keyring} in the state directory) encrypted
 * with a master password the user chooses: the workbench asks for it, the CLI reads
 * {@code --password-file} or {@code NFTO_MASTER_PASSWORD}.</li>
 * <li>{@link Kind#PASSWORD_FILE}: the layout of earlier versions, a random master password in a
 * file beside the keyring; whoever can read one can read the other. Only on explicit request
 * ({@code NFTO_SECRET_STORE=password-file}).</li>
 * </ul>
 * Without an explicit choice the Secret Service is used where it answers, else the master
 * password. A keyring of the old layout is moved into the chosen storage and then deleted.
 */
public final class SecretStorage {

	/** How the storage's master password is kept. */
	public enum Kind {
		SECRET_SERVICE("secret-service"), MASTER_PASSWORD("master-password"), PASSWORD_FILE("password-file");

		private final String option;

		Kind(String option) {
			this.option = option;
		}

		/** The word for it in {@code NFTO_SECRET_STORE}. */
		public String option() {
			return option;
		}

		/** The kind named {@code option}; the error names the allowed words. */
		public static Kind of(String option) {
			for (Kind kind : values()) {
				if (kind.option.equals(option.strip().toLowerCase(Locale.ROOT))) {
					return kind;
				}
			}
			throw new IllegalArgumentException("unknown secret store '" + option + "': use secret-service,"
					+ " master-password or password-file");
		}
	}

	/** Asks for the master password of {@link Kind#MASTER_PASSWORD}; null when the user declined. */
	@FunctionalInterface
	public interface MasterPassword {
		/**
		 * @param keyring the file the password is for
		 * @param creating true for a new keyring (the user chooses the password), false to unlock one
		 * @param retry why the previous answer was not taken, or null
		 */
		char[] ask(Path keyring, boolean creating, String retry);
	}

	/** The Equinox module id of the libsecret provider (host bundle id + extension id, as Equinox lower-cases and records it). */
	public static final String SECRET_SERVICE_MODULE = "org.eclipse.equinox.security.linuxkeystoreintegrationjna";

	/** Environment variable (or system property {@code nftoffload.secretStore}) that picks a {@link Kind}. */
	public static final String KIND_VARIABLE = "NFTO_SECRET_STORE";

	/** Environment variable with the master password for the CLI. */
	public static final String PASSWORD_VARIABLE = "NFTO_MASTER_PASSWORD";

	/** The keyring of the old layout and its password file, in the state directory. */
	public static final String LEGACY_KEYRING = "secure-storage";
	public static final String LEGACY_PASSWORD_FILE = "secure-storage.password";
	/** The console's own keyring for {@link Kind#MASTER_PASSWORD}. */
	public static final String MASTER_PASSWORD_KEYRING = "secure-storage.keyring";

	private static final String CHECK_NODE = SecureCredentialStore.ROOT + "/master-password-check";
	private static final String CHECK_VALUE = "nft-offload secure storage";
	private static final int MAX_TRIES = 3;

	/**
	 * What was opened.
	 *
	 * @param migrated how many secrets were moved from a keyring of the old layout (0: none)
	 */
	public record Opened(Kind kind, Path keyring, SecureCredentialStore store, int migrated) {
	}

	private final Path stateDirectory;
	private final Path secretServiceKeyring;

	/**
	 * @param stateDirectory where the console keeps its state ({@code ~/.local/state/nft-offload})
	 * @param secretServiceKeyring the keyring for {@link Kind#SECRET_SERVICE}, null for Equinox's default
	 */
	public SecretStorage(Path stateDirectory, Path secretServiceKeyring) {
		this.stateDirectory = stateDirectory;
		this.secretServiceKeyring = secretServiceKeyring;
	}

	/** The product's: the state directory of the launchers ({@code nftoffload.state}, else XDG) and Equinox's default keyring. */
	public static SecretStorage defaults() {
		String configured = System.getProperty("nftoffload.state");
		Path state;
		if (configured != null && !configured.isBlank()) {
			state = Path.of(configured);
		} else {
			String xdg = System.getenv("XDG_STATE_HOME");
			state = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "state"))
					.resolve("nft-offload");
		}
		return new SecretStorage(state, null);
	}

	/** The kind asked for by {@code NFTO_SECRET_STORE} or {@code -Dnftoffload.secretStore}, or null (choose). */
	public static Kind requestedKind() {
		String value = System.getProperty("nftoffload.secretStore", System.getenv(KIND_VARIABLE));
		return value == null || value.isBlank() ? null : Kind.of(value);
	}

	public Path stateDirectory() {
		return stateDirectory;
	}

	/**
	 * Opens the storage of {@code kind} (null: the Secret Service where it answers, else the master
	 * password) and moves a keyring of the old layout into it.
	 *
	 * @throws RemoteException naming the keyring and what to do when it cannot be opened
	 */
	public Opened open(Kind kind, MasterPassword masterPassword) throws RemoteException {
		Opened opened;
		if (kind == Kind.PASSWORD_FILE) {
			return openPasswordFile();
		}
		if (kind == Kind.SECRET_SERVICE) {
			opened = openSecretService();
		} else if (kind == Kind.MASTER_PASSWORD) {
			opened = openMasterPassword(masterPassword);
		} else {
			Opened secretService;
			try {
				secretService = openSecretService();
			} catch (RemoteException e) {
				secretService = null;
			}
			opened = secretService != null ? secretService : openMasterPassword(masterPassword);
		}
		return migrate(opened);
	}

	/**
	 * Reads the storage's check value, which needs its master password: a storage that gives the
	 * wrong value was opened with the wrong one. A new storage gets the value (then true).
	 */
	private static boolean checkOrMark(ISecurePreferences preferences, String mismatch) throws StorageException, IOException {
		ISecurePreferences check = preferences.node(CHECK_NODE);
		String value = check.get("value", null);
		if (value == null) {
			check.put("value", CHECK_VALUE, true);
			preferences.flush();
			return true;
		}
		if (!CHECK_VALUE.equals(value)) {
			throw new StorageException(StorageException.DECRYPTION_ERROR, mismatch);
		}
		return false;
	}

	private Opened openSecretService() throws RemoteException {
		Path keyring = secretServiceKeyring;
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.REQUIRED_MODULE_ID, SECRET_SERVICE_MODULE);
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		ISecurePreferences preferences = openAt(keyring, options);
		try {
			// The master password is fetched on the first encrypted value: this proves the Secret
			// Service answers before the storage is handed out.
			checkOrMark(preferences, "unexpected check value");
		} catch (StorageException | IOException | RuntimeException e) {
			throw new RemoteException(String.valueOf(keyring == null ? "secure storage" : keyring),
					"the desktop's Secret Service (libsecret) did not give secure storage its master password: "
							+ e.getMessage() + "; unlock the login keyring, or use NFTO_SECRET_STORE=master-password",
					e);
		}
		return new Opened(Kind.SECRET_SERVICE, keyring, new SecureCredentialStore(preferences), 0);
	}

	private Opened openMasterPassword(MasterPassword masterPassword) throws RemoteException {
		Path keyring = stateDirectory.resolve(MASTER_PASSWORD_KEYRING);
		String where = keyring.toString();
		if (masterPassword == null) {
			throw new RemoteException(where, "no Secret Service answers and no master password was given; the CLI takes"
					+ " --password-file FILE or " + PASSWORD_VARIABLE);
		}
		boolean creating = !Files.exists(keyring);
		String retry = null;
		for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
			char[] password;
			try {
				password = masterPassword.ask(keyring, creating, retry);
			} catch (RuntimeException e) {
				throw new RemoteException(where, e.getMessage(), e);
			}
			if (password == null) {
				throw new RemoteException(where, retry != null ? retry
						: "no master password was given, so stored passwords cannot be used; the CLI takes"
								+ " --password-file FILE or " + PASSWORD_VARIABLE);
			}
			if (password.length == 0) {
				retry = "the master password cannot be empty";
				continue;
			}
			Map<Object, Object> options = new HashMap<>();
			options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(password));
			Arrays.fill(password, '\0');
			createPrivateDirectory(stateDirectory);
			ISecurePreferences preferences = openAt(keyring, options);
			try {
				if (checkOrMark(preferences, "wrong password")) {
					restrict(keyring);
				}
				return new Opened(Kind.MASTER_PASSWORD, keyring, new SecureCredentialStore(preferences), 0);
			} catch (StorageException e) {
				if (creating) {
					throw new RemoteException(where, "could not create the keyring: " + e.getMessage(), e);
				}
				retry = "that is not the master password of " + keyring;
			} catch (IOException e) {
				throw new RemoteException(where, "could not write the keyring: " + e.getMessage(), e);
			}
		}
		throw new RemoteException(where, retry + " (" + MAX_TRIES + " tries); if it is lost, delete " + keyring
				+ " and store the passwords again");
	}

	private Opened openPasswordFile() throws RemoteException {
		Path keyring = stateDirectory.resolve(LEGACY_KEYRING);
		Path passwordFile = stateDirectory.resolve(LEGACY_PASSWORD_FILE);
		try {
			createPrivateDirectory(stateDirectory);
			if (!Files.exists(passwordFile)) {
				byte[] random = new byte[32];
				new java.security.SecureRandom().nextBytes(random);
				Path temporary = stateDirectory.resolve(LEGACY_PASSWORD_FILE + ".tmp");
				Files.deleteIfExists(temporary);
				Files.createFile(temporary, java.nio.file.attribute.PosixFilePermissions
						.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
				Files.writeString(temporary, java.util.Base64.getEncoder().encodeToString(random) + "\n");
				Files.move(temporary, passwordFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			}
		} catch (IOException e) {
			throw new RemoteException(passwordFile.toString(), "could not make the password file: " + e.getMessage(), e);
		}
		return new Opened(Kind.PASSWORD_FILE, keyring, new SecureCredentialStore(openLegacy(keyring, passwordFile)), 0);
	}

	/** Moves the secrets of an old-layout keyring into {@code target}, then deletes that keyring and its password file. */
	private Opened migrate(Opened target) throws RemoteException {
		Path keyring = stateDirectory.resolve(LEGACY_KEYRING);
		Path passwordFile = stateDirectory.resolve(LEGACY_PASSWORD_FILE);
		if (!Files.exists(keyring) || !Files.exists(passwordFile)) {
			return target;
		}
		try {
			List<String[]> secrets = new SecureCredentialStore(openLegacy(keyring, passwordFile)).export();
			target.store().importAll(secrets);
			Files.delete(keyring);
			Files.delete(passwordFile);
			return new Opened(target.kind(), target.keyring(), target.store(), secrets.size());
		} catch (StorageException | IOException e) {
			throw new RemoteException(keyring.toString(), "could not move the stored passwords of the old keyring into "
					+ target.kind().option() + " storage: " + e.getMessage() + "; nothing was deleted. To keep the old"
					+ " layout, set " + KIND_VARIABLE + "=password-file", e);
		}
	}

	private static ISecurePreferences openLegacy(Path keyring, Path passwordFile) throws RemoteException {
		String password;
		try {
			// As Equinox reads -eclipse.password: the lines joined without their line breaks.
			password = String.join("", Files.readAllLines(passwordFile, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new RemoteException(passwordFile.toString(), "cannot read the password file: " + e.getMessage(), e);
		}
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(password.toCharArray()));
		return openAt(keyring, options);
	}

	private static ISecurePreferences openAt(Path keyring, Map<Object, Object> options) throws RemoteException {
		try {
			URL location = keyring == null ? null : keyring.toAbsolutePath().toUri().toURL();
			ISecurePreferences preferences = SecurePreferencesFactory.open(location, options);
			if (preferences == null) {
				throw new IOException("Equinox secure storage is not available");
			}
			return preferences;
		} catch (MalformedURLException e) {
			throw new RemoteException(String.valueOf(keyring), "not a usable keyring path: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new RemoteException(String.valueOf(keyring), "cannot open the keyring: " + e.getMessage(), e);
		}
	}

	private static void createPrivateDirectory(Path directory) throws RemoteException {
		try {
			if (!Files.isDirectory(directory)) {
				Files.createDirectories(directory, java.nio.file.attribute.PosixFilePermissions
						.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
			}
		} catch (IOException e) {
			throw new RemoteException(directory.toString(), "cannot create the directory: " + e.getMessage(), e);
		}
	}

	private static void restrict(Path file) throws IOException {
		Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
	}
}

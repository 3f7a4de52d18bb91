package org.nftoffload.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.remote.RemoteException;
import org.nftoffload.remote.SecretStorage;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.tests.fixtures.OpenSshServer;
import org.nftoffload.tests.fixtures.SecretServiceSession;

/**
 * The secure storage's master password: in a real gnome-keyring-daemon on a D-Bus session bus of
 * the test's own, or chosen by the user; the old password-file layout moved over. Logins go to a
 * real OpenSSH server on loopback, and no file under the test's home may hold a secret.
 */
class SecretStorageTest {

	static final String USER = SshConnectorTest.TEST_USER;
	static final String PASSWORD = SshConnectorTest.TEST_PASSWORD;

	@TempDir
	static Path dir;
	static Path home;
	static SecretServiceSession secretService;
	static OpenSshServer server;

	@BeforeAll
	static void start() throws Exception {
		home = dir.resolve("home");
		Files.createDirectories(home);
		secretService = SecretServiceSession.start(home, "login keyring password");
		OpenSshServer.ensureUser(USER, PASSWORD);
		server = new OpenSshServer(dir.resolve("sshd"));
		server.start();
		Files.writeString(dir.resolve("known_hosts"), server.knownHostsLine());
	}

	@AfterAll
	static void stop() throws Exception {
		if (server != null) {
			server.close();
		}
		if (secretService != null) {
			secretService.close();
		}
	}

	private static String login(SecretStorage.Opened opened) throws Exception {
		try (SshConnector connector = new SshConnector(SshConnectorTest.settings(dir.resolve("known_hosts"),
				dir.resolve("console_known_hosts"), List.of()), opened.store(), UnknownHostKeyPolicy.REFUSE)) {
			return SshConnectorTest.whoami(connector.connection("127.0.0.1", USER, server.port()));
		}
	}

	/** Files under {@code where} whose bytes contain {@code secret}, as text or base64. */
	private static List<Path> filesHolding(Path where, String secret) throws Exception {
		List<String> forms = List.of(secret, Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
		List<Path> found = new ArrayList<>();
		for (Path file : SecretServiceSession.filesUnder(where)) {
			String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
			if (forms.stream().anyMatch(content::contains)) {
				found.add(file);
			}
		}
		return found;
	}

	@Test
	void secretServiceKeepsTheMasterPasswordAndNoFileUnderHomeHoldsASecret() throws Exception {
		Path keyring = home.resolve(".eclipse/org.eclipse.equinox.security/secure_storage");
		SecretStorage storage = new SecretStorage(home.resolve(".local/state/nft-offload"), keyring);
		SecretStorage.Opened opened = storage.open(null, (file, creating, retry) -> {
			throw new AssertionError("no master password is asked for while the Secret Service answers");
		});
		assertEquals(SecretStorage.Kind.SECRET_SERVICE, opened.kind());
		opened.store().storePassword(USER, "127.0.0.1", server.port(), PASSWORD.toCharArray());
		assertEquals(USER, login(opened));
		String master = secretService.lookup("xdg:schema", "org.eclipse.equinox");
		assertNotNull(master, "the master password is in the Secret Service");
		assertTrue(Files.readString(keyring).contains(SecretStorage.SECRET_SERVICE_MODULE),
				"the keyring's entries are encrypted with the libsecret module's password: " + Files.readString(keyring));
		assertEquals(List.of(), filesHolding(home, PASSWORD), "no file holds the SSH password");
		assertEquals(List.of(), filesHolding(home, master.strip()), "no file holds the master password");
		assertFalse(Files.exists(home.resolve(".local/state/nft-offload/" + SecretStorage.LEGACY_PASSWORD_FILE)));
	}

	@Test
	void keyringOfTheOldLayoutIsMovedIntoTheSecretServiceStorageAndDeleted() throws Exception {
		Path state = dir.resolve("migrate/state");
		Files.createDirectories(state);
		Path passwordFile = state.resolve(SecretStorage.LEGACY_PASSWORD_FILE);
		Files.writeString(passwordFile, "b2xkIHJhbmRvbSBtYXN0ZXI=\n");
		ISecurePreferences legacy = SecurePreferencesFactory.open(state.resolve(SecretStorage.LEGACY_KEYRING).toUri().toURL(),
				Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("b2xkIHJhbmRvbSBtYXN0ZXI=".toCharArray())));
		// as versions before wrote them: user@host, no port
		legacy.node("org.nftoffload.remote/password/" + Base64.getUrlEncoder().withoutPadding()
				.encodeToString((USER + "@127.0.0.1").getBytes(StandardCharsets.UTF_8))).put("secret", PASSWORD, true);
		legacy.node("org.nftoffload.remote/passphrase/" + Base64.getUrlEncoder().withoutPadding()
				.encodeToString("/keys/id_ed25519".getBytes(StandardCharsets.UTF_8))).put("secret", "open sesame", true);
		legacy.flush();
		SecretStorage.Opened opened = new SecretStorage(state, dir.resolve("migrate/secure_storage"))
				.open(SecretStorage.Kind.SECRET_SERVICE, null);
		assertEquals(2, opened.migrated());
		assertFalse(Files.exists(passwordFile), "the password file is gone");
		assertFalse(Files.exists(state.resolve(SecretStorage.LEGACY_KEYRING)), "the old keyring is gone");
		assertEquals(PASSWORD, new String(opened.store().password(USER, "127.0.0.1", 22).orElseThrow()),
				"an old entry answers for port 22, as OpenSSH assumes for a bare host");
		assertTrue(opened.store().password(USER, "127.0.0.1", server.port()).isEmpty(), "and for no other port");
		assertEquals("open sesame", new String(opened.store().passphrase("/keys/id_ed25519").orElseThrow()));
		assertEquals(List.of(), filesHolding(dir.resolve("migrate"), PASSWORD));
	}

	@Test
	void passwordFileLayoutIsKeptOnlyWhenAskedFor() throws Exception {
		Path state = dir.resolve("opt-in/state");
		SecretStorage.Opened opened = new SecretStorage(state, dir.resolve("opt-in/secure_storage"))
				.open(SecretStorage.Kind.PASSWORD_FILE, null);
		opened.store().storePassword(USER, "127.0.0.1", server.port(), PASSWORD.toCharArray());
		assertEquals(USER, login(opened));
		assertTrue(Files.exists(state.resolve(SecretStorage.LEGACY_PASSWORD_FILE)));
		assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions
				.toString(Files.getPosixFilePermissions(state.resolve(SecretStorage.LEGACY_PASSWORD_FILE))));
	}

	@Test
	void masterPasswordTheUserChoseUnlocksAndAWrongOneIsRefused() throws Exception {
		Path state = dir.resolve("master/state");
		SecretStorage storage = new SecretStorage(state, null);
		List<String> asked = new ArrayList<>();
		SecretStorage.Opened created = storage.open(SecretStorage.Kind.MASTER_PASSWORD, (file, creating, retry) -> {
			asked.add((creating ? "choose " : "enter ") + file.getFileName());
			return "my chosen master".toCharArray();
		});
		assertEquals(List.of("choose " + SecretStorage.MASTER_PASSWORD_KEYRING), asked);
		created.store().storePassword(USER, "127.0.0.1", server.port(), PASSWORD.toCharArray());
		asked.clear();
		SecretStorage.Opened reopened = storage.open(SecretStorage.Kind.MASTER_PASSWORD, (file, creating, retry) -> {
			asked.add((creating ? "choose" : "enter") + (retry == null ? "" : ": " + retry));
			return (asked.size() == 1 ? "a wrong guess" : "my chosen master").toCharArray();
		});
		assertEquals(List.of("enter", "enter: that is not the master password of " + state.resolve(
				SecretStorage.MASTER_PASSWORD_KEYRING)), asked);
		assertEquals(USER, login(reopened));
		RemoteException refused = assertThrows(RemoteException.class, () -> storage.open(
				SecretStorage.Kind.MASTER_PASSWORD, (file, creating, retry) -> "always wrong".toCharArray()));
		assertTrue(refused.getMessage().contains("not the master password"), refused.getMessage());
		assertEquals(List.of(), filesHolding(dir.resolve("master"), PASSWORD));
		assertEquals(List.of(), filesHolding(dir.resolve("master"), "my chosen master"));
	}
}

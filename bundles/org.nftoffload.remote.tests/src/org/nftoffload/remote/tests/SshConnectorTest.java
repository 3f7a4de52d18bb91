package org.nftoffload.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.HostKeyException;
import org.nftoffload.remote.RemoteException;
import org.nftoffload.remote.SecureCredentialStore;
import org.nftoffload.remote.SshConnection;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.tests.fixtures.OpenSshServer;

/** The SSH layer against a real OpenSSH server on loopback. */
class SshConnectorTest {

	static final String TEST_USER = "nfto-ssh-test";
	static final String TEST_PASSWORD = "Correct-Horse-7";

	@TempDir
	static Path dir;
	static OpenSshServer server;
	static Path rootKey;
	static Path encryptedKey;
	static Path strangerKey;

	@BeforeAll
	static void startServer() throws Exception {
		OpenSshServer.ensureUser(TEST_USER, TEST_PASSWORD);
		server = new OpenSshServer(dir.resolve("sshd"));
		rootKey = server.generateKey("root_ed25519", "ed25519", "");
		encryptedKey = server.generateKey("root_ecdsa_encrypted", "ecdsa", "open sesame");
		strangerKey = server.generateKey("stranger_rsa", "rsa", "");
		server.authorize("root", rootKey);
		server.authorize("root", encryptedKey);
		server.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	static SshSettings settings(Path knownHosts, Path consoleKnownHosts, List<Path> identities) {
		return new SshSettings(null, knownHosts, consoleKnownHosts, identities, Duration.ofSeconds(10),
				Duration.ofSeconds(5), Duration.ofSeconds(20));
	}

	static Path knownHostsWithServer(Path where) throws Exception {
		Files.writeString(where, server.knownHostsLine());
		return where;
	}

	static String whoami(SshConnection connection) throws RemoteException {
		return connection.exec("id -un", null).stdout().strip();
	}

	@Test
	void knownHostWithKeyLogsIn() throws Exception {
		Path known = knownHostsWithServer(dir.resolve("known_hosts_plain"));
		try (SshConnector connector = new SshConnector(settings(known, dir.resolve("console_kh_1"), List.of(rootKey)),
				CredentialStore.NONE, UnknownHostKeyPolicy.REFUSE)) {
			SshConnection connection = connector.connection("127.0.0.1", "root", server.port());
			assertEquals("root", whoami(connection));
			assertTrue(connection == connector.connection("127.0.0.1", "root", server.port()), "one connection per host, reused");
		}
	}

	@Test
	void hashedKnownHostsEntryIsHonoured() throws Exception {
		Path known = knownHostsWithServer(dir.resolve("known_hosts_hashed"));
		OpenSshServer.run(List.of("ssh-keygen", "-H", "-f", known.toString()));
		assertTrue(Files.readString(known).startsWith("|1|"), "ssh-keygen -H hashed the entry");
		try (SshConnector connector = new SshConnector(settings(known, dir.resolve("console_kh_2"), List.of(rootKey)),
				CredentialStore.NONE, UnknownHostKeyPolicy.REFUSE)) {
			assertEquals("root", whoami(connector.connection("127.0.0.1", "root", server.port())));
		}
	}

	@Test
	void unknownHostIsRefusedWithItsFingerprint() throws Exception {
		try (SshConnector connector = new SshConnector(settings(dir.resolve("none"), dir.resolve("console_kh_3"),
				List.of(rootKey)), CredentialStore.NONE, UnknownHostKeyPolicy.REFUSE)) {
			HostKeyException e = assertThrows(HostKeyException.class,
					() -> connector.connection("127.0.0.1", "root", server.port()));
			assertEquals(HostKeyException.Kind.UNKNOWN, e.kind());
			assertEquals(server.hostFingerprint(), e.presentedFingerprint());
			assertTrue(e.getMessage().contains("--accept-new"), e.getMessage());
			assertFalse(Files.exists(dir.resolve("console_kh_3")), "a refused key is not recorded");
		}
	}

	@Test
	void unknownHostAcceptedByTheCallbackIsRecordedInTheConsoleStore() throws Exception {
		Path consoleStore = dir.resolve("console_kh_4");
		List<String> asked = new ArrayList<>();
		UnknownHostKeyPolicy askUser = (host, type, fingerprint) -> asked.add(host + " " + type + " " + fingerprint);
		try (SshConnector connector = new SshConnector(settings(dir.resolve("none"), consoleStore, List.of(rootKey)),
				CredentialStore.NONE, askUser)) {
			assertEquals("root", whoami(connector.connection("127.0.0.1", "root", server.port())));
		}
		assertEquals(List.of("[127.0.0.1]:" + server.port() + " ssh-ed25519 " + server.hostFingerprint()), asked);
		// Next time the recorded key is known: a refusing policy is not even asked.
		try (SshConnector connector = new SshConnector(settings(dir.resolve("none"), consoleStore, List.of(rootKey)),
				CredentialStore.NONE, UnknownHostKeyPolicy.REFUSE)) {
			assertEquals("root", whoami(connector.connection("127.0.0.1", "root", server.port())));
		}
	}

	@Test
	void changedHostKeyIsRefusedShowingBothFingerprints() throws Exception {
		OpenSshServer other = new OpenSshServer(dir.resolve("other-host"));
		String oldLine = server.knownHostsLine();
		String otherKey = Files.readString(other.hostPublicKey()).trim().split(" ")[1];
		Path known = dir.resolve("known_hosts_changed");
		Files.writeString(known, oldLine.replaceFirst(" [A-Za-z0-9+/=]+\n$", " " + otherKey + "\n"));
		try (SshConnector connector = new SshConnector(settings(known, dir.resolve("console_kh_5"), List.of(rootKey)),
				CredentialStore.NONE, UnknownHostKeyPolicy.ACCEPT_NEW)) {
			HostKeyException e = assertThrows(HostKeyException.class,
					() -> connector.connection("127.0.0.1", "root", server.port()));
			assertEquals(HostKeyException.Kind.CHANGED, e.kind());
			assertEquals(server.hostFingerprint(), e.presentedFingerprint());
			assertEquals(other.hostFingerprint(), e.knownFingerprint());
			assertTrue(e.getMessage().contains(server.hostFingerprint()) && e.getMessage().contains(other.hostFingerprint()),
					e.getMessage());
		}
	}

	@Test
	void keyThatIsNotAuthorizedIsRefused() throws Exception {
		Path known = knownHostsWithServer(dir.resolve("known_hosts_wrong_key"));
		try (SshConnector connector = new SshConnector(settings(known, dir.resolve("console_kh_6"), List.of(strangerKey)),
				CredentialStore.NONE, UnknownHostKeyPolicy.REFUSE)) {
			RemoteException e = assertThrows(RemoteException.class,
					() -> connector.connection("127.0.0.1", "root", server.port()));
			assertFalse(e instanceof HostKeyException);
			assertTrue(e.getMessage().contains("authentication failed") && e.getMessage().contains("stranger_rsa"),
					e.getMessage());
		}
	}

	@Test
	void passwordFromSecureStorageLogsIn() throws Exception {
		Path known = knownHostsWithServer(dir.resolve("known_hosts_password"));
		SecureCredentialStore store = new SecureCredentialStore(secureStorage("password"));
		store.storePassword(TEST_USER, "127.0.0.1", server.port(), TEST_PASSWORD.toCharArray());
		try (SshConnector connector = new SshConnector(settings(known, dir.resolve("console_kh_7"), List.of()), store,
				UnknownHostKeyPolicy.REFUSE)) {
			assertEquals(TEST_USER, whoami(connector.connection("127.0.0.1", TEST_USER, server.port())));
		}
		SecureCredentialStore wrong = new SecureCredentialStore(secureStorage("wrong-password"));
		wrong.storePassword(TEST_USER, "127.0.0.1", server.port(), "not-it".toCharArray());
		try (SshConnector connector = new SshConnector(settings(known, dir.resolve("console_kh_7"), List.of()), wrong,
				UnknownHostKeyPolicy.REFUSE)) {
			RemoteException e = assertThrows(RemoteException.class,
					() -> connector.connection("127.0.0.1", TEST_USER, server.port()));
			assertTrue(e.getMessage().contains("authentication failed"), e.getMessage());
		}
	}

	@Test
	void passphraseProtectedKeyUsesThePassphraseFromSecureStorage() throws Exception {
		Path known = knownHostsWithServer(dir.resolve("known_hosts_passphrase"));
		try (SshConnector connector = new SshConnector(settings(known, dir.resolve("console_kh_8"), List.of(encryptedKey)),
				CredentialStore.NONE, UnknownHostKeyPolicy.REFUSE)) {
			assertThrows(RemoteException.class, () -> connector.connection("127.0.0.1", "root", server.port()),
					"without the passphrase the key cannot be used");
		}
		SecureCredentialStore store = new SecureCredentialStore(secureStorage("passphrase"));
		store.storePassphrase(encryptedKey.toString(), "open sesame".toCharArray());
		try (SshConnector connector = new SshConnector(settings(known, dir.resolve("console_kh_8"), List.of(encryptedKey)),
				store, UnknownHostKeyPolicy.REFUSE)) {
			assertEquals("root", whoami(connector.connection("127.0.0.1", "root", server.port())));
		}
		assertFalse(Files.readString(dir.resolve("secure-passphrase")).contains("open sesame"),
				"the passphrase is stored encrypted");
	}

	@Test
	void sshConfigWithProxyJumpReachesTheTargetThroughTheJumpHost() throws Exception {
		try (OpenSshServer jump = new OpenSshServer(dir.resolve("jump"))) {
			jump.authorize("root", rootKey);
			jump.start();
			Path known = dir.resolve("known_hosts_jump");
			Files.writeString(known, server.knownHostsLine() + jump.knownHostsLine());
			Path config = dir.resolve("ssh_config");
			Files.writeString(config, String.join("\n", "Host bastion", "  HostName 127.0.0.1", "  Port " + jump.port(),
					"  User root", "  IdentityFile " + rootKey, "Host router1", "  HostName 127.0.0.1",
					"  Port " + server.port(), "  User root", "  IdentityFile " + rootKey, "  ProxyJump bastion", ""));
			try (SshConnector connector = new SshConnector(
					settings(known, dir.resolve("console_kh_9"), List.of()).withSshConfig(config), CredentialStore.NONE,
					UnknownHostKeyPolicy.REFUSE)) {
				SshConnection connection = connector.connection("router1", null, null);
				assertEquals("root", whoami(connection));
			}
			String jumpLog = Files.readString(jump.log());
			assertTrue(jumpLog.contains("target 127.0.0.1 port " + server.port()),
					"the jump host forwarded to the target: " + jumpLog);
		}
	}

	@Test
	void keyHeldByARunningSshAgentLogsIn() throws Exception {
		Path known = knownHostsWithServer(dir.resolve("known_hosts_agent"));
		Path socket = dir.resolve("agent.sock");
		Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		try {
			for (int i = 0; i < 100 && !Files.exists(socket); i++) {
				Thread.sleep(50);
			}
			ProcessBuilder add = new ProcessBuilder("ssh-add", rootKey.toString()).redirectErrorStream(true);
			add.environment().put("SSH_AUTH_SOCK", socket.toString());
			Process adding = add.start();
			String added = new String(adding.getInputStream().readAllBytes());
			assertEquals(0, adding.waitFor(), added);
			// Only a key the server does not know is on disk: the agent's key must be the one that works.
			try (SshConnector connector = new SshConnector(settings(known, dir.resolve("console_kh_10"),
					List.of(strangerKey)).withAgentSocket(socket), CredentialStore.NONE, UnknownHostKeyPolicy.REFUSE)) {
				assertEquals("root", whoami(connector.connection("127.0.0.1", "root", server.port())));
			}
			ProcessBuilder list = new ProcessBuilder("ssh-add", "-l").redirectErrorStream(true);
			list.environment().put("SSH_AUTH_SOCK", socket.toString());
			Process listing = list.start();
			String keys = new String(listing.getInputStream().readAllBytes());
			listing.waitFor();
			assertEquals(1, keys.strip().lines().count(), "the console added no key file to the user's agent: " + keys);
		} finally {
			agent.destroy();
			agent.waitFor();
		}
	}

	static ISecurePreferences secureStorage(String name) throws Exception {
		return secureStorageAt(dir.resolve("secure-" + name));
	}

	/** A secure store of its own with a fixed master password: never the user's, never a prompt. */
	static ISecurePreferences secureStorageAt(Path file) throws Exception {
		URL location = file.toUri().toURL();
		return SecurePreferencesFactory.open(location, Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE,
				IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray())));
	}
}

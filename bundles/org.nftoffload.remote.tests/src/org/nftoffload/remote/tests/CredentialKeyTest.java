package org.nftoffload.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.RemoteException;
import org.nftoffload.remote.SecureCredentialStore;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.tests.fixtures.OpenSshServer;

/**
 * Stored passwords are keyed by the user, host and port a connection resolves to, against two real
 * OpenSSH servers on one loopback address (as lab routers forwarded on 127.0.0.1 are) and a jump
 * host that takes only a password.
 */
class CredentialKeyTest {

	static final String USER = SshConnectorTest.TEST_USER;
	static final String PASSWORD = SshConnectorTest.TEST_PASSWORD;

	@TempDir
	static Path dir;
	static OpenSshServer first;
	static OpenSshServer second;
	static Path rootKey;
	static Path known;

	@BeforeAll
	static void startServers() throws Exception {
		OpenSshServer.ensureUser(USER, PASSWORD);
		first = new OpenSshServer(dir.resolve("first"));
		rootKey = first.generateKey("root_ed25519", "ed25519", "");
		first.authorize("root", rootKey);
		first.start();
		second = new OpenSshServer(dir.resolve("second"));
		second.authorize("root", rootKey);
		second.start();
		known = dir.resolve("known_hosts");
		Files.writeString(known, first.knownHostsLine() + second.knownHostsLine());
	}

	@AfterAll
	static void stopServers() throws Exception {
		first.close();
		second.close();
	}

	private static SecureCredentialStore store(String name) throws Exception {
		return new SecureCredentialStore(SshConnectorTest.secureStorageAt(dir.resolve("secure-" + name)));
	}

	private static SshConnector connector(CredentialStore store, Path sshConfig) {
		return new SshConnector(SshConnectorTest.settings(known, dir.resolve("console_known_hosts"), List.of())
				.withSshConfig(sshConfig), store, UnknownHostKeyPolicy.REFUSE);
	}

	/** Two hosts on one address: storing the second's password leaves the first's in place. */
	@Test
	void hostsOnOneAddressKeepTheirOwnPasswords() throws Exception {
		SecureCredentialStore store = store("ports");
		store.storePassword(USER, "127.0.0.1", first.port(), PASSWORD.toCharArray());
		store.storePassword(USER, "127.0.0.1", second.port(), "not-the-password".toCharArray());
		try (SshConnector connector = connector(store, null)) {
			assertEquals(USER, SshConnectorTest.whoami(connector.connection("127.0.0.1", USER, first.port())));
			RemoteException e = assertThrows(RemoteException.class,
					() -> connector.connection("127.0.0.1", USER, second.port()));
			assertTrue(e.getMessage().contains("authentication failed"), e.getMessage());
		}
		assertEquals(List.of(new CredentialStore.Login(USER, "127.0.0.1", first.port()),
				new CredentialStore.Login(USER, "127.0.0.1", second.port())).stream().sorted(java.util.Comparator
						.comparing(Object::toString)).toList(),
				store.storedPasswords().stream().sorted(java.util.Comparator.comparing(Object::toString)).toList());
	}

	/** An ~/.ssh/config alias finds the password stored for the HostName, User and Port it resolves to. */
	@Test
	void sshConfigAliasFindsThePasswordOfItsResolvedLogin() throws Exception {
		SecureCredentialStore store = store("alias");
		store.storePassword(USER, "127.0.0.1", second.port(), PASSWORD.toCharArray());
		Path config = dir.resolve("ssh_config_alias");
		Files.writeString(config, String.join("\n", "Host lab-two", "  HostName 127.0.0.1", "  Port " + second.port(),
				"  User " + USER, ""));
		try (SshConnector connector = connector(store, config)) {
			assertEquals(USER, SshConnectorTest.whoami(connector.connection("lab-two", null, null)));
		}
	}

	/** A deleted password is gone: not listed, not used. */
	@Test
	void deletedPasswordIsNoLongerUsed() throws Exception {
		SecureCredentialStore store = store("delete");
		store.storePassword(USER, "127.0.0.1", first.port(), PASSWORD.toCharArray());
		try (SshConnector connector = connector(store, null)) {
			assertEquals(USER, SshConnectorTest.whoami(connector.connection("127.0.0.1", USER, first.port())));
		}
		assertTrue(store.deletePassword(USER, "127.0.0.1", first.port()));
		assertFalse(store.deletePassword(USER, "127.0.0.1", first.port()), "nothing left to delete");
		assertEquals(List.of(), store.storedPasswords());
		try (SshConnector connector = connector(store, null)) {
			RemoteException e = assertThrows(RemoteException.class,
					() -> connector.connection("127.0.0.1", USER, first.port()));
			assertTrue(e.getMessage().contains("stored password: no"), e.getMessage());
		}
	}

	/** A jump host that takes only a password: its own stored password (its user, host, port) gets through. */
	@Test
	void jumpHostPasswordIsStoredAndUsed() throws Exception {
		try (OpenSshServer jump = new OpenSshServer(dir.resolve("jump"))) {
			jump.start();
			Files.writeString(known, Files.readString(known) + jump.knownHostsLine());
			Path config = dir.resolve("ssh_config_jump");
			Files.writeString(config, String.join("\n", "Host router", "  HostName 127.0.0.1", "  Port " + first.port(),
					"  User root", "  IdentityFile " + rootKey, "  ProxyJump " + USER + "@127.0.0.1:" + jump.port(), ""));
			SecureCredentialStore store = store("jump");
			try (SshConnector connector = connector(store, config)) {
				RemoteException e = assertThrows(RemoteException.class, () -> connector.connection("router", null, null));
				assertTrue(e.getMessage().contains("authentication failed for " + USER + "@127.0.0.1:" + jump.port()),
						e.getMessage());
			}
			store.storePassword(USER, "127.0.0.1", jump.port(), PASSWORD.toCharArray());
			try (SshConnector connector = connector(store, config)) {
				assertEquals("root", SshConnectorTest.whoami(connector.connection("router", null, null)));
			}
			assertTrue(Files.readString(jump.log()).contains("Accepted password for " + USER),
					"the jump host took the stored password");
		}
	}
}

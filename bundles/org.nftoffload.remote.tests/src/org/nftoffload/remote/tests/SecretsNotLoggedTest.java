package org.nftoffload.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.remote.RemoteException;
import org.nftoffload.remote.SecureCredentialStore;
import org.nftoffload.remote.SshConnection;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.tests.fixtures.OpenSshServer;

/**
 * A known password and a known key passphrase go into the credential store; connects that fail
 * (wrong password, wrong passphrase) and that succeed run against a real sshd; the failures are in
 * the platform log with what failed and why, and neither secret is in any log: the platform log's
 * entries as they were logged, the platform log file, and sshd's own log.
 */
class SecretsNotLoggedTest {

	private static final String USER = "nfto-log-test";
	/** Secrets no message would hold by chance, so that finding one means it leaked. */
	private static final String PASSWORD = "Pw-never-logged-5Qx81";
	private static final String PASSPHRASE = "passphrase never logged 7Kd20";

	@TempDir
	static Path dir;
	static OpenSshServer server;
	static Path encryptedKey;
	static final List<String> logged = new ArrayList<>();
	static final ILogListener listener = (status, plugin) -> {
		synchronized (logged) {
			logged.add(describe(status));
		}
	};

	@BeforeAll
	static void startServer() throws Exception {
		OpenSshServer.ensureUser(USER, PASSWORD);
		server = new OpenSshServer(dir.resolve("sshd"));
		encryptedKey = server.generateKey("root_ed25519_encrypted", "ed25519", PASSPHRASE);
		server.authorize("root", encryptedKey);
		server.start();
		Platform.addLogListener(listener);
	}

	@AfterAll
	static void stopServer() throws Exception {
		Platform.removeLogListener(listener);
		server.close();
	}

	private static String describe(IStatus status) {
		StringWriter text = new StringWriter();
		text.append(status.getPlugin()).append(' ').append(status.getMessage()).append('\n');
		if (status.getException() != null) {
			status.getException().printStackTrace(new PrintWriter(text));
		}
		for (IStatus child : status.getChildren()) {
			text.append(describe(child));
		}
		return text.toString();
	}

	private static SshConnector connector(SecureCredentialStore credentials, List<Path> identities, String name)
			throws Exception {
		Path knownHosts = Files.writeString(dir.resolve("kh-" + name), server.knownHostsLine());
		return new SshConnector(SshConnectorTest.settings(knownHosts, dir.resolve("console-kh-" + name), identities),
				credentials, UnknownHostKeyPolicy.REFUSE);
	}

	private static String whoami(SshConnection connection) throws RemoteException {
		return connection.exec("id -un", null).stdout().strip();
	}

	@Test
	void secretsAreInNoLogWhetherConnectsFailOrSucceed() throws Exception {
		SecureCredentialStore wrongPassword = new SecureCredentialStore(
				SshConnectorTest.secureStorageAt(dir.resolve("secure-wrong-password")));
		wrongPassword.storePassword(USER, "127.0.0.1", server.port(), (PASSWORD + "-wrong").toCharArray());
		try (SshConnector ssh = connector(wrongPassword, List.of(), "wrong-password")) {
			assertThrows(RemoteException.class, () -> ssh.connection("127.0.0.1", USER, server.port()));
		}
		SecureCredentialStore rightPassword = new SecureCredentialStore(
				SshConnectorTest.secureStorageAt(dir.resolve("secure-password")));
		rightPassword.storePassword(USER, "127.0.0.1", server.port(), PASSWORD.toCharArray());
		try (SshConnector ssh = connector(rightPassword, List.of(), "password")) {
			assertEquals(USER, whoami(ssh.connection("127.0.0.1", USER, server.port())));
		}
		SecureCredentialStore wrongPassphrase = new SecureCredentialStore(
				SshConnectorTest.secureStorageAt(dir.resolve("secure-wrong-passphrase")));
		wrongPassphrase.storePassphrase(encryptedKey.toString(), (PASSPHRASE + " wrong").toCharArray());
		try (SshConnector ssh = connector(wrongPassphrase, List.of(encryptedKey), "wrong-passphrase")) {
			assertThrows(RemoteException.class, () -> ssh.connection("127.0.0.1", "root", server.port()));
		}
		SecureCredentialStore rightPassphrase = new SecureCredentialStore(
				SshConnectorTest.secureStorageAt(dir.resolve("secure-passphrase")));
		rightPassphrase.storePassphrase(encryptedKey.toString(), PASSPHRASE.toCharArray());
		try (SshConnector ssh = connector(rightPassphrase, List.of(encryptedKey), "passphrase")) {
			assertEquals("root", whoami(ssh.connection("127.0.0.1", "root", server.port())));
		}

		List<String> entries;
		synchronized (logged) {
			entries = List.copyOf(logged);
		}
		// what failed and why is logged: both failed connects, with user, host and port
		String target = USER + "@127.0.0.1:" + server.port();
		assertTrue(entries.stream().anyMatch(e -> e.contains("SSH to " + target) && e.contains("authentication failed")),
				"the failed password login is not in the platform log: " + entries);
		assertTrue(entries.stream().anyMatch(e -> e.contains("SSH to root@127.0.0.1:" + server.port())
				&& e.contains("authentication failed")), "the failed key login is not in the platform log: " + entries);

		List<String> logs = new ArrayList<>(entries);
		Path logFile = Path.of(Platform.getLogFileLocation().toOSString());
		assertTrue(Files.isRegularFile(logFile), "no platform log file at " + logFile);
		logs.add(Files.readString(logFile, StandardCharsets.UTF_8));
		try (Stream<Path> files = Files.list(server.log().getParent())) {
			for (Path file : files.filter(p -> p.toString().endsWith(".log")).toList()) {
				logs.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		for (String log : logs) {
			for (String secret : List.of(PASSWORD, PASSPHRASE)) {
				assertFalse(log.contains(secret), "a secret is in a log:\n" + log);
			}
		}
	}
}

package org.nftoffload.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.RemoteException;
import org.nftoffload.remote.SecureCredentialStore;
import org.nftoffload.remote.SshConnection;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentRequest;
import org.nftoffload.tests.fixtures.OpenSshServer;

/** Uploading, reusing and starting the shipped agent over a real SSH connection on loopback. */
class AgentDeployerTest {

	@TempDir
	static Path dir;
	static OpenSshServer server;
	static SshConnector connector;
	static Path key;

	@BeforeAll
	static void start() throws Exception {
		OpenSshServer.ensureUser(SshConnectorTest.TEST_USER, SshConnectorTest.TEST_PASSWORD);
		server = new OpenSshServer(dir.resolve("sshd"));
		key = server.generateKey("id_ed25519", "ed25519", "");
		server.authorize("root", key);
		server.start();
		Path known = dir.resolve("known_hosts");
		Files.writeString(known, server.knownHostsLine());
		connector = new SshConnector(new SshSettings(null, known, dir.resolve("console_known_hosts"), List.of(key),
				Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(60)), CredentialStore.NONE,
				UnknownHostKeyPolicy.REFUSE);
	}

	static final String SUDO_USER = "nfto-sudo-test";
	static final Path SUDOERS = Path.of("/etc/sudoers.d/nfto-sudo-test");

	@AfterAll
	static void stop() throws Exception {
		connector.close();
		server.close();
		Files.deleteIfExists(SUDOERS);
	}

	/**
	 * The advice is what the deployer checks: a user without sudo rights is told the sudoers line to
	 * add, and with exactly that line (which allows the cached agent and nothing else, not even
	 * {@code true}) the agent runs as root. The sudoers file is removed after the class.
	 */
	@Test
	void sudoersLineFromTheAdviceLetsTheUserRunTheAgentAsRoot() throws Exception {
		OpenSshServer.ensureUser(SUDO_USER, SshConnectorTest.TEST_PASSWORD);
		Files.deleteIfExists(SUDOERS);
		String home = "/home/" + SUDO_USER;
		SecureCredentialStore store = new SecureCredentialStore(SshConnectorTest.secureStorageAt(dir.resolve("secure-sudo")));
		store.storePassword(SUDO_USER, "127.0.0.1", server.port(), SshConnectorTest.TEST_PASSWORD.toCharArray());
		try (SshConnector asUser = new SshConnector(new SshSettings(null, dir.resolve("known_hosts"),
				dir.resolve("console_known_hosts"), List.of(), Duration.ofSeconds(10), Duration.ofSeconds(5),
				Duration.ofSeconds(60)), store, UnknownHostKeyPolicy.REFUSE)) {
			SshConnection connection = asUser.connection("127.0.0.1", SUDO_USER, server.port());
			AgentDeployer deployer = AgentDeployer.shipped();
			RemoteException refused = assertThrows(RemoteException.class, () -> deployer.start(connection, Duration.ofSeconds(20)));
			String marker = "sudoers (visudo -f /etc/sudoers.d/nft-offload): ";
			int at = refused.getMessage().indexOf(marker);
			assertTrue(at > 0, "the refusal gives a sudoers line: " + refused.getMessage());
			String rule = refused.getMessage().substring(at + marker.length()).strip();
			assertTrue(rule.startsWith(SUDO_USER + " ALL=(root) NOPASSWD: /") && rule.endsWith(home + "/.cache/nft-offload/agent-*"),
					rule);
			Path draft = dir.resolve("sudoers-draft");
			Files.writeString(draft, rule + "\n");
			OpenSshServer.run(List.of("visudo", "-c", "-f", draft.toString()));
			Files.copy(draft, SUDOERS, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			Files.setPosixFilePermissions(SUDOERS, java.nio.file.attribute.PosixFilePermissions.fromString("r--r-----"));
			try (AgentClient client = deployer.start(connection, Duration.ofSeconds(20))) {
				assertTrue(client.hello(Duration.ofSeconds(10)).root(), "the agent runs as root through sudo -n");
			}
		}
	}

	/** start() checks, uploads and starts over one channel: it must upload a missing or stale agent itself. */
	@Test
	void startUploadsAMissingOrStaleAgentAndReusesACurrentOne() throws Exception {
		SshConnection connection = connector.connection("127.0.0.1", "root", server.port());
		connection.exec("rm -f \"$HOME\"/.cache/nft-offload/agent-* \"$HOME\"/.cache/nft-offload/.agent-*", null);
		AgentDeployer deployer = AgentDeployer.shipped();
		String path = "\"$HOME/.cache/nft-offload/agent-" + deployer.sha256() + "\"";
		try (AgentClient client = deployer.start(connection, Duration.ofSeconds(20))) {
			assertTrue(client.hello(Duration.ofSeconds(10)).root());
		}
		assertEquals(deployer.sha256(), connection.exec("sha256sum " + path, null).stdout().substring(0, 64));
		String before = connection.exec("stat -c %Y.%i " + path, null).stdout();
		try (AgentClient client = deployer.start(connection, Duration.ofSeconds(20))) {
			assertTrue(client.hello(Duration.ofSeconds(10)).root());
		}
		assertEquals(before, connection.exec("stat -c %Y.%i " + path, null).stdout(), "a current agent is not uploaded again");
		connection.exec("echo '# tampered' >> " + path, null);
		try (AgentClient client = deployer.start(connection, Duration.ofSeconds(20))) {
			AgentData.Probe probe = AgentData.Probe.of(client.callOk(new AgentRequest.Probe(false), Duration.ofSeconds(60)));
			assertTrue(probe.interfaces().stream().anyMatch(i -> i.name().equals("lo")));
		}
		assertEquals(deployer.sha256(), connection.exec("sha256sum " + path, null).stdout().substring(0, 64),
				"a file whose hash no longer matches is replaced");
		assertEquals("", connection.exec("ls -A \"$HOME/.cache/nft-offload\" | grep tmp || true", null).stdout(),
				"no temporary upload is left behind");
	}

	@Test
	void startedAgentAnswersOverSsh() throws Exception {
		SshConnection connection = connector.connection("127.0.0.1", "root", server.port());
		try (AgentClient client = AgentDeployer.shipped().start(connection, Duration.ofSeconds(20))) {
			AgentData.Hello hello = client.hello(Duration.ofSeconds(10));
			assertTrue(hello.root());
			AgentData.Probe probe = AgentData.Probe.of(client.callOk(new AgentRequest.Probe(false), Duration.ofSeconds(60)));
			assertTrue(probe.interfaces().stream().anyMatch(i -> i.name().equals("lo")));
		}
	}

	@Test
	void userWithoutRootAndWithoutSudoGetsAClearError() throws Exception {
		SecureCredentialStore store = new SecureCredentialStore(SshConnectorTest.secureStorageAt(dir.resolve("secure")));
		store.storePassword(SshConnectorTest.TEST_USER, "127.0.0.1", server.port(), SshConnectorTest.TEST_PASSWORD.toCharArray());
		try (SshConnector asUser = new SshConnector(new SshSettings(null, dir.resolve("known_hosts"),
				dir.resolve("console_known_hosts"), List.of(), Duration.ofSeconds(10), Duration.ofSeconds(5),
				Duration.ofSeconds(60)), store, UnknownHostKeyPolicy.REFUSE)) {
			SshConnection connection = asUser.connection("127.0.0.1", SshConnectorTest.TEST_USER, server.port());
			RemoteException started = assertThrows(RemoteException.class,
					() -> AgentDeployer.shipped().start(connection, Duration.ofSeconds(20)));
			assertTrue(started.getMessage().contains("is not root") && started.getMessage().contains("sudo -n"),
					started.getMessage());
			assertTrue(started.getMessage().startsWith("127.0.0.1: "), "the message names the host: " + started.getMessage());
		}
	}
}

package org.nftoffload.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.HostKeyException;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.remote.internal.KnownHosts;
import org.nftoffload.tests.fixtures.OpenSshServer;

/** known_hosts as OpenSSH reads it, against a real OpenSSH server on a port other than 22. */
class HostKeySemanticsTest {

	@TempDir
	static Path dir;
	static OpenSshServer server;
	static OpenSshServer other;
	static Path rootKey;

	@BeforeAll
	static void startServer() throws Exception {
		server = new OpenSshServer(dir.resolve("sshd"));
		rootKey = server.generateKey("root_ed25519", "ed25519", "");
		server.authorize("root", rootKey);
		server.start();
		other = new OpenSshServer(dir.resolve("other-host"));
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	private static String otherKey() throws Exception {
		return Files.readString(other.hostPublicKey()).trim().split(" ")[1];
	}

	/**
	 * A key recorded for the bare address (port 22) does not speak for {@code [address]:port}: OpenSSH
	 * calls the host unknown there, JSch's reader called it a changed key and refused it.
	 */
	@Test
	void bareHostEntryDoesNotCountForAnotherPort() throws Exception {
		Path known = dir.resolve("known_hosts_bare");
		Files.writeString(known, "127.0.0.1 ssh-ed25519 " + otherKey() + "\n");
		try (SshConnector connector = new SshConnector(SshConnectorTest.settings(known, dir.resolve("console_bare_1"),
				List.of(rootKey)), CredentialStore.NONE, UnknownHostKeyPolicy.REFUSE)) {
			HostKeyException e = assertThrows(HostKeyException.class,
					() -> connector.connection("127.0.0.1", "root", server.port()));
			assertEquals(HostKeyException.Kind.UNKNOWN, e.kind(), e.getMessage());
		}
		Path console = dir.resolve("console_bare_2");
		try (SshConnector connector = new SshConnector(SshConnectorTest.settings(known, console, List.of(rootKey)),
				CredentialStore.NONE, UnknownHostKeyPolicy.ACCEPT_NEW)) {
			assertEquals("root", SshConnectorTest.whoami(connector.connection("127.0.0.1", "root", server.port())));
		}
		assertTrue(Files.readString(console).startsWith("[127.0.0.1]:" + server.port() + " ssh-ed25519 "),
				Files.readString(console));
	}

	/**
	 * The "changed" message names the console's own known_hosts, where the old key is, and its
	 * ssh-keygen command removes exactly that entry: run as given, the next connection sees an
	 * unknown host and can accept it.
	 */
	@Test
	void changedKeyMessageGivesTheCommandForTheConsolesOwnKnownHosts() throws Exception {
		Path console = dir.resolve("console_changed");
		String keep = "[127.0.0.1]:1 ssh-ed25519 " + otherKey() + "\n";
		Files.writeString(console, keep + "[127.0.0.1]:" + server.port() + " ssh-ed25519 " + otherKey() + "\n");
		HostKeyException e;
		try (SshConnector connector = new SshConnector(SshConnectorTest.settings(dir.resolve("no_user_known_hosts"),
				console, List.of(rootKey)), CredentialStore.NONE, UnknownHostKeyPolicy.ACCEPT_NEW)) {
			e = assertThrows(HostKeyException.class, () -> connector.connection("127.0.0.1", "root", server.port()));
		}
		assertEquals(HostKeyException.Kind.CHANGED, e.kind());
		String expected = "ssh-keygen -R '[127.0.0.1]:" + server.port() + "' -f '" + console + "'";
		assertTrue(e.getMessage().contains(expected), e.getMessage());
		Matcher command = Pattern.compile("ssh-keygen -R '[^']+' -f '[^']+'").matcher(e.getMessage());
		assertTrue(command.find(), e.getMessage());
		OpenSshServer.run(List.of("sh", "-c", command.group()));
		assertEquals(keep, Files.readString(console), "only the host's entry is gone");
		try (SshConnector connector = new SshConnector(SshConnectorTest.settings(dir.resolve("no_user_known_hosts"),
				console, List.of(rootKey)), CredentialStore.NONE, UnknownHostKeyPolicy.ACCEPT_NEW)) {
			assertEquals("root", SshConnectorTest.whoami(connector.connection("127.0.0.1", "root", server.port())));
		}
	}

	/** A key marked @revoked is refused even where unknown keys are accepted. */
	@Test
	void revokedKeyIsRefusedWhateverThePolicy() throws Exception {
		Path known = dir.resolve("known_hosts_revoked");
		String serverKey = Files.readString(server.hostPublicKey()).trim().split(" ")[1];
		Files.writeString(known, "@revoked * ssh-ed25519 " + serverKey + "\n");
		try (SshConnector connector = new SshConnector(SshConnectorTest.settings(known, dir.resolve("console_revoked"),
				List.of(rootKey)), CredentialStore.NONE, UnknownHostKeyPolicy.ACCEPT_NEW)) {
			HostKeyException e = assertThrows(HostKeyException.class,
					() -> connector.connection("127.0.0.1", "root", server.port()));
			assertTrue(e.getMessage().contains("@revoked"), e.getMessage());
		}
		assertFalse(Files.exists(dir.resolve("console_revoked")), "a revoked key is not recorded");
	}

	/** Patterns, negation and hashed names as ssh-keygen writes them. */
	@Test
	void patternsNegationAndHashedNamesMatchAsInOpenSsh() throws Exception {
		Path file = dir.resolve("known_hosts_patterns");
		String key = otherKey();
		Files.writeString(file, String.join("\n", "# comment", "router-*,!router-9 ssh-ed25519 " + key,
				"[10.0.0.?]:2201 ssh-ed25519 " + key, "[lab1]:2201 ssh-ed25519 " + key, ""));
		OpenSshServer.run(List.of("ssh-keygen", "-H", "-f", file.toString()));
		KnownHosts hosts = KnownHosts.read(file);
		assertEquals(1, hosts.keysFor("router-1").size(), "patterns are kept by ssh-keygen -H");
		assertEquals(0, hosts.keysFor("router-9").size(), "a negated pattern wins");
		assertEquals(1, hosts.keysFor("[10.0.0.7]:2201").size());
		assertEquals(0, hosts.keysFor("10.0.0.7").size());
		assertTrue(hosts.entries().stream().anyMatch(entry -> entry.hosts().startsWith("|1|")), "the name was hashed");
		assertEquals(1, hosts.keysFor("[lab1]:2201").size(), "the hashed name matches its host and port");
		assertEquals(0, hosts.keysFor("lab1").size(), "and not the bare host");
	}
}

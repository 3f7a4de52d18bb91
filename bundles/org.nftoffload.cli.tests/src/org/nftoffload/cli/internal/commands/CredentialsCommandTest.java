package org.nftoffload.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.cli.internal.CliRunner;

/**
 * {@code nftoffload credentials}: store, list and delete passwords by login in a keyring whose
 * master password comes from {@code --password-file}, as on a machine without a Secret Service.
 */
class CredentialsCommandTest {

	@TempDir
	Path dir;
	final CliRunner cli = new CliRunner();
	InputStream stdin;
	Path passwordFile;

	@BeforeEach
	void keyringOfItsOwn() throws Exception {
		stdin = System.in;
		System.setProperty("nftoffload.state", dir.resolve("state").toString());
		System.setProperty("nftoffload.secretStore", "master-password");
		passwordFile = dir.resolve("master");
		Files.writeString(passwordFile, "cli master password\n");
		Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
	}

	@AfterEach
	void restore() {
		System.setIn(stdin);
		System.clearProperty("nftoffload.state");
		System.clearProperty("nftoffload.secretStore");
	}

	private int store(String login, String secret) {
		System.setIn(new ByteArrayInputStream((secret + "\n").getBytes(StandardCharsets.UTF_8)));
		return cli.run("credentials", "store", "--password-file", passwordFile.toString(), login);
	}

	@Test
	void storedPasswordsAreListedByLoginAndDeleted() throws Exception {
		assertEquals(0, store("ops@127.0.0.1:2201", "first secret"), cli.err());
		assertEquals(0, store("ops@127.0.0.1:2202", "second secret"), cli.err());
		assertEquals(0, cli.run("credentials", "list", "--password-file", passwordFile.toString()), cli.err());
		assertTrue(cli.out().contains("password ops@127.0.0.1:2201\n") && cli.out().contains("password ops@127.0.0.1:2202\n"),
				cli.out());
		assertFalse(cli.out().contains("secret"), "list never prints a secret: " + cli.out());
		assertEquals(0, cli.run("credentials", "delete", "--password-file", passwordFile.toString(), "ops@127.0.0.1:2201"),
				cli.err());
		assertTrue(cli.out().contains("deleted the password of ops@127.0.0.1:2201"), cli.out());
		assertEquals(1, cli.run("credentials", "delete", "--password-file", passwordFile.toString(), "ops@127.0.0.1:2201"),
				"nothing left to delete");
		assertEquals(0, cli.run("credentials", "list", "--password-file", passwordFile.toString()), cli.err());
		assertFalse(cli.out().contains("2201"), cli.out());
		assertTrue(cli.out().contains("password ops@127.0.0.1:2202"), cli.out());
		Path keyring = dir.resolve("state/secure-storage.keyring");
		assertFalse(Files.readString(keyring, StandardCharsets.ISO_8859_1).contains("second secret"), "stored encrypted");
	}

	@Test
	void wrongMasterPasswordIsRefusedNamingTheKeyring() throws Exception {
		assertEquals(0, store("ops@127.0.0.1:2201", "a secret"), cli.err());
		Files.writeString(passwordFile, "not it\n");
		assertEquals(2, cli.run("credentials", "list", "--password-file", passwordFile.toString()));
		assertTrue(cli.err().contains("secure-storage.keyring") && cli.err().contains("not the master password"), cli.err());
	}

	@Test
	void passwordFileOthersCanReadIsRefused() throws Exception {
		Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));
		assertEquals(2, cli.run("credentials", "list", "--password-file", passwordFile.toString()));
		assertTrue(cli.err().contains("can be read by others; chmod 600"), cli.err());
	}

	@Test
	void loginWithABadPortIsAUsageError() {
		assertEquals(2, store("ops@127.0.0.1:99999", "x"));
		assertTrue(cli.err().contains("port '99999'"), cli.err());
	}
}

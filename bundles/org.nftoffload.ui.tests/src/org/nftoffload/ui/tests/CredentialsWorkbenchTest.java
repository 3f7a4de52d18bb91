package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.tests.fixtures.OpenSshServer;
import org.nftoffload.ui.internal.FileChooser;

/**
 * A host that logs in by password, against a real OpenSSH server on loopback: Probe fails naming
 * the missing password; Fleet > Credentials... stores it in the secure storage (encrypted: the
 * keyring file does not contain it); the next Probe logs in with it. The user has no sudo rights,
 * so the probe then stops at the agent's start, with the message that says so.
 */
class CredentialsWorkbenchTest {

	static final String USER = "nfto-ui-pw";
	static final String PASSWORD = "Battery-Staple-9";

	@TempDir
	static Path dir;

	static Workbench workbench;
	static UiDriver ui;
	static OpenSshServer sshd;

	@BeforeAll
	static void serverAndFleet() throws Exception {
		OpenSshServer.ensureUser(USER, PASSWORD);
		sshd = new OpenSshServer(dir.resolve("sshd")).start();
		// the console knows this server's key already: the host key question has its own test
		Path knownHosts = Path.of(System.getProperty("user.home"), ".nftoffload", "known_hosts");
		Files.createDirectories(knownHosts.getParent());
		Files.writeString(knownHosts, sshd.knownHostsLine(), StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		Path fleet = dir.resolve("password.nftfleet");
		Files.writeString(fleet, """
				<?xml version="1.0" encoding="UTF-8"?>
				<nfto:Fleet xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:nfto="http://nftoffload.org/model/1.0" name="Password hosts">
				  <hosts name="pw1" address="127.0.0.1" port="%d" user="%s" authMethod="password" tableName="nftoffload"/>
				</nfto:Fleet>
				""".formatted(sshd.port(), USER));

		workbench = Workbench.attach();
		ui = workbench.ui;
		Workbench.ScriptedChooser chooser = new Workbench.ScriptedChooser();
		chooser.next.set(fleet);
		ui.ui(() -> workbench.context.set(FileChooser.class, chooser));
		ui.menu("alt+f", "o"); // File > Open...
		ui.waitUntil("the password fleet to open", () -> fleet.equals(workbench.document.file().orElse(null)));
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (sshd != null) {
			sshd.close();
		}
	}

	/** Fleet > Probe on pw1; returns what the summary says. */
	static String probe() {
		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "p");
		Shell summary = ui.waitForShell("Probe: 1 of 1 failed");
		String said = ui.labels(summary);
		ui.activate(summary);
		ui.press("Return");
		return said;
	}

	@Test
	void storedPasswordLogsIn() throws Exception {
		String before = probe();
		assertTrue(before.contains("authentication failed") && before.contains("stored password: no"), before);

		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "c"); // Fleet > Credentials...
		Shell dialog = ui.waitForShell("Credentials for pw1");
		ui.activate(dialog);
		Text password = ui.find(dialog, Text.class, "password");
		ui.focus(password);
		ui.type(PASSWORD);
		ui.screenshot("credentials-dialog");
		ui.press("Return"); // Store
		ui.waitUntil("the dialog to close", () -> dialog.isDisposed());

		Path keyring = Path.of(System.getProperty("user.home"), "secure-storage");
		assertTrue(Files.exists(keyring), "the console's keyring " + keyring);
		assertFalse(new String(Files.readAllBytes(keyring), StandardCharsets.ISO_8859_1).contains(PASSWORD),
				"the password is stored encrypted");

		String after = probe();
		assertFalse(after.contains("authentication failed"), after);
		assertTrue(after.contains(USER + " is not root") && after.contains("sudo -n"),
				"logged in with the stored password; the agent then needs root or sudo: " + after);
	}
}

package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.remote.SecretStorage;
import org.nftoffload.tests.fixtures.OpenSshServer;
import org.nftoffload.ui.internal.FileChooser;

/**
 * A host that logs in by password, against a real OpenSSH server on loopback, with no Secret
 * Service (as on a server): Probe needs the keyring, so the console asks for a master password in
 * its own dialog; the probe then fails naming the missing password; Fleet > Credentials... stores
 * it for the login user@host:port (encrypted: the keyring file does not contain it); the next Probe
 * logs in with it. The user has no sudo rights, so the probe then stops at the agent's start, with
 * the message that says so. Deleting the password in the dialog makes the login fail again.
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
		// this test drives the real master password dialog the console installs at startup
		org.nftoffload.fleet.ops.RemoteAccess.useMasterPassword(
				org.nftoffload.ui.internal.dialogs.MasterPasswordDialog.asker(ui.display()));
		Workbench.ScriptedChooser chooser = new Workbench.ScriptedChooser();
		chooser.next.set(fleet);
		ui.ui(() -> workbench.context.set(FileChooser.class, chooser));
		ui.menu("alt+f", "o"); // File > Open...
		ui.waitUntil("the password fleet to open", () -> fleet.equals(workbench.document.file().orElse(null)));
	}

	@AfterAll
	static void stopServer() throws Exception {
		Workbench.answerMasterPassword();
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

	/** The master password dialog: a new keyring asks to choose (twice), an existing one to unlock. */
	static void answerMasterPasswordDialog() {
		java.util.concurrent.atomic.AtomicReference<Shell> found = new java.util.concurrent.atomic.AtomicReference<>();
		ui.waitUntil("the master password dialog", () -> {
			for (Shell shell : ui.display().getShells()) {
				if (!shell.isDisposed() && shell.isVisible()
						&& List.of("Choose a Master Password", "Master Password").contains(shell.getText())) {
					found.set(shell);
					return true;
				}
			}
			return false;
		});
		Shell dialog = found.get();
		ui.activate(dialog);
		ui.focus(ui.find(dialog, Text.class, "master-password"));
		ui.type(Workbench.MASTER_PASSWORD);
		if (ui.ui(() -> dialog.getText()).startsWith("Choose")) {
			ui.focus(ui.find(dialog, Text.class, "master-password-repeat"));
			ui.type(Workbench.MASTER_PASSWORD);
		}
		ui.screenshot("master-password-dialog");
		ui.press("Return");
		ui.waitUntil("the master password dialog to close", () -> dialog.isDisposed());
	}

	@Test
	void storedPasswordLogsInAndDeletedPasswordNoLonger() throws Exception {
		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "p"); // Probe: the password lookup opens the keyring
		answerMasterPasswordDialog();
		Shell failed = ui.waitForShell("Probe: 1 of 1 failed");
		String before = ui.labels(failed);
		ui.activate(failed);
		ui.press("Return");
		assertTrue(before.contains("authentication failed") && before.contains("stored password: no"), before);

		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "c"); // Fleet > Credentials...
		Shell dialog = ui.waitForShell("Credentials for pw1");
		ui.activate(dialog);
		String labels = ui.labels(dialog);
		assertTrue(labels.contains("Password for " + USER + "@127.0.0.1:" + sshd.port()), "keyed by user, host and port: " + labels);
		Text password = ui.find(dialog, Text.class, "password");
		ui.focus(password);
		ui.type(PASSWORD);
		ui.screenshot("credentials-dialog");
		ui.press("Return"); // Store
		ui.waitUntil("the dialog to close", () -> dialog.isDisposed());

		Path keyring = Path.of(System.getProperty("nftoffload.state"), SecretStorage.MASTER_PASSWORD_KEYRING);
		assertTrue(Files.exists(keyring), "the console's keyring " + keyring);
		String stored = new String(Files.readAllBytes(keyring), StandardCharsets.ISO_8859_1);
		assertFalse(stored.contains(PASSWORD) || stored.contains(Workbench.MASTER_PASSWORD),
				"neither the password nor the master password is in the keyring");

		String after = probe();
		assertFalse(after.contains("authentication failed"), after);
		assertTrue(after.contains(USER + " is not root") && after.contains("sudo -n"),
				"logged in with the stored password; the agent then needs root or sudo: " + after);

		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "c");
		Shell again = ui.waitForShell("Credentials for pw1");
		ui.activate(again);
		Label state = ui.find(again, Label.class, "password-state");
		assertEquals("stored", ui.ui(() -> state.getText()));
		ui.click(ui.find(again, Button.class, "password-delete"));
		ui.waitUntil("the password to be deleted", () -> "deleted".equals(state.getText()));
		ui.screenshot("credentials-dialog-deleted");
		ui.press("Escape");
		ui.waitUntil("the dialog to close", () -> again.isDisposed());
		String deleted = probe();
		assertTrue(deleted.contains("authentication failed") && deleted.contains("stored password: no"), deleted);
	}
}

package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.tests.fixtures.OpenSshServer;

/**
 * Fleet > Trusted Host Keys...: the console's known_hosts shown with the SHA256 fingerprints
 * ssh-keygen prints, and a stale key (the host was reinstalled) removed with real clicks, leaving
 * the other entries of the file as they were.
 */
class TrustedHostKeysWorkbenchTest {

	@TempDir
	static Path dir;
	static Workbench workbench;
	static UiDriver ui;
	static OpenSshServer current;
	static OpenSshServer reinstalled;
	static Path knownHosts;

	@BeforeAll
	static void keys() throws Exception {
		current = new OpenSshServer(dir.resolve("current"));
		reinstalled = new OpenSshServer(dir.resolve("reinstalled"));
		knownHosts = Path.of(System.getProperty("user.home"), ".nftoffload", "known_hosts");
		Files.createDirectories(knownHosts.getParent());
		String currentKey = Files.readString(current.hostPublicKey()).trim().split(" ")[1];
		String staleKey = Files.readString(reinstalled.hostPublicKey()).trim().split(" ")[1];
		Files.writeString(knownHosts, "[127.0.0.1]:40001 ssh-ed25519 " + currentKey + "\n[127.0.0.1]:40002 ssh-ed25519 "
				+ staleKey + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		workbench = Workbench.attach();
		ui = workbench.ui;
	}

	@AfterAll
	static void closeDialogs() {
		if (ui != null) {
			ui.ui(() -> {
				for (Shell shell : ui.display().getShells()) {
					if ("Trusted Host Keys".equals(shell.getText())) {
						shell.close();
					}
				}
			});
		}
	}

	private static List<String> rows(Table table) {
		return ui.ui(() -> {
			List<String> rows = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
			}
			return rows;
		});
	}

	@Test
	void trustedKeysAreListedWithFingerprintsAndAStaleOneIsRemoved() throws Exception {
		ui.menu("alt+l", "h"); // Fleet > Trusted Host Keys...
		Shell dialog = ui.waitForShell("Trusted Host Keys");
		ui.activate(dialog);
		Table table = ui.find(dialog, Table.class, "known-hosts");
		List<String> before = rows(table);
		assertTrue(before.contains("[127.0.0.1]:40001 | ssh-ed25519 | " + current.hostFingerprint()), before.toString());
		assertTrue(before.contains("[127.0.0.1]:40002 | ssh-ed25519 | " + reinstalled.hostFingerprint()), before.toString());
		Button remove = ui.find(dialog, Button.class, "remove-key");
		assertFalse(ui.ui(() -> remove.isEnabled()), "nothing selected, nothing to remove");

		int stale = before.indexOf("[127.0.0.1]:40002 | ssh-ed25519 | " + reinstalled.hostFingerprint());
		// earlier test classes trust their own hosts' keys too: the row may be below the visible ones
		ui.ui(() -> table.showItem(table.getItem(stale)));
		ui.settle();
		Point row = ui.ui(() -> {
			Rectangle cell = table.getItem(stale).getBounds(0);
			return table.toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2);
		});
		ui.clickAt(row);
		ui.waitUntil("the stale key to be selected", () -> table.getSelectionIndex() == stale && remove.isEnabled());
		ui.screenshot("trusted-host-keys");
		ui.click(remove);
		Shell question = ui.waitForShell("Remove Host Keys");
		ui.activate(question);
		ui.press("Return"); // Yes
		ui.waitUntil("the stale key to leave the list", () -> rows(table).size() == before.size() - 1);
		List<String> after = rows(table);
		String staleFingerprint = reinstalled.hostFingerprint();
		assertFalse(after.stream().anyMatch(r -> r.contains(staleFingerprint)), after.toString());
		assertTrue(after.contains("[127.0.0.1]:40001 | ssh-ed25519 | " + current.hostFingerprint()), after.toString());
		String file = Files.readString(knownHosts);
		assertFalse(file.contains("[127.0.0.1]:40002 "), file);
		assertTrue(file.contains("[127.0.0.1]:40001 "), file);
		assertEquals(before.size() - 1, file.lines().filter(line -> !line.isBlank()).count(), file);
		ui.screenshot("trusted-host-keys-removed");
		ui.activate(dialog);
		ui.press("Return"); // Close
		ui.waitUntil("the dialog to close", () -> dialog.isDisposed());
	}
}

package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.tests.fixtures.OpenSshServer;
import org.nftoffload.ui.internal.FileChooser;

/**
 * Fleet &gt; Check Drift over a real OpenSSH server on loopback running the real agent, on three
 * hosts: one the model says was applied whose table is not on the host (drifted, named), one never
 * probed (not contacted) and one on a closed port (unreachable). The fleet table's Drift column
 * and the Problems view show it; nothing is written into the model. No table is made on this
 * machine: drift only reads.
 */
class DriftWorkbenchTest {

	@TempDir
	static Path dir;

	static Workbench workbench;
	static UiDriver ui;
	static OpenSshServer sshd;
	static String table = "nftodrift" + ProcessHandle.current().pid();

	@BeforeAll
	static void serverAndFleet() throws Exception {
		sshd = new OpenSshServer(dir.resolve("sshd"));
		Path key = sshd.generateKey("id_ed25519", "ed25519", "");
		sshd.authorize("root", key);
		sshd.start();
		Path knownHosts = Path.of(System.getProperty("user.home"), ".nftoffload", "known_hosts");
		Files.createDirectories(knownHosts.getParent());
		Files.writeString(knownHosts, sshd.knownHostsLine(), StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		int closed;
		try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
			closed = s.getLocalPort();
		}
		String host = "  <hosts name=\"%s\" address=\"127.0.0.1\" port=\"%d\" user=\"root\" authMethod=\"key\" identityFile=\""
				+ key + "\" tableName=\"" + table + "\" %s/>\n";
		String probed = "probeTime=\"2026-12-01T10:00:00.000+0000\" lastApplyStatus=\"applied\"";
		Path fleet = dir.resolve("drift.nftfleet");
		Files.writeString(fleet, """
				<?xml version="1.0" encoding="UTF-8"?>
				<nfto:Fleet xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:nfto="http://nftoffload.org/model/1.0" name="Drift hosts">
				""" + host.formatted("d1", sshd.port(), probed) + host.formatted("d2", sshd.port(), "")
				+ host.formatted("d3", closed, probed) + "</nfto:Fleet>\n");

		workbench = Workbench.attach();
		ui = workbench.ui;
		Workbench.ScriptedChooser chooser = new Workbench.ScriptedChooser();
		chooser.next.set(fleet);
		ui.ui(() -> workbench.context.set(FileChooser.class, chooser));
		ui.menu("alt+f", "o"); // File > Open...
		ui.waitUntil("the drift fleet to open", () -> fleet.equals(workbench.document.file().orElse(null)));
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (sshd != null) {
			sshd.close();
		}
	}

	static List<String> cells(Table table, int column) {
		return ui.ui(() -> {
			List<String> cells = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				cells.add(item.getText(0) + " | " + item.getText(column));
			}
			return cells;
		});
	}

	@Test
	void checkDriftShowsEachHostsStateInTheTableAndTheDriftInProblems() throws Exception {
		workbench.closeEditors();
		ui.activate(workbench.window);
		ui.menu("alt+v", "t"); // View > Fleet Table
		Table fleetTable = ui.find(workbench.window, Table.class, "fleetTable");
		ui.waitUntil("a row per host", () -> fleetTable.getItemCount() == 3);
		int driftColumn = ui.ui(() -> {
			for (int i = 0; i < fleetTable.getColumnCount(); i++) {
				if ("Drift".equals(fleetTable.getColumn(i).getText())) {
					return i;
				}
			}
			throw new AssertionError("no Drift column");
		});
		boolean dirtyBefore = ui.ui(() -> workbench.document.isDirty());

		workbench.clickFleetInNavigator();
		ui.menu("alt+l", "k"); // Fleet > Check Drift
		Shell summary = ui.waitForShell("Check Drift: 1 of 3 failed");
		String said = ui.labels(summary);
		ui.activate(summary);
		ui.press("Return");
		assertTrue(said.contains("d1: success — drifted: the console's table inet " + table + " is not on the host"), said);
		assertTrue(said.contains("d2: skipped — never probed: probe it first"), said);
		assertTrue(said.contains("d3: failed"), said);

		ui.waitUntil("the Drift column filled", () -> cells(fleetTable, driftColumn).stream().noneMatch(c -> c.endsWith("| ")));
		// by name: an earlier test class may have left the table sorted
		List<String> drift = cells(fleetTable, driftColumn).stream().sorted().toList();
		assertTrue(drift.get(0).startsWith("d1 | \u26a0 drifted ") && drift.get(0).contains("1 difference (the console's table"),
				drift.toString());
		assertTrue(drift.get(1).startsWith("d2 | not probed "), drift.toString());
		assertTrue(drift.get(2).startsWith("d3 | \u26a0 unreachable "), drift.toString());

		ui.screenshot("drift-table");
		workbench.showPart("org.nftoffload.ui.part.problems");
		Table problems = ui.find(workbench.window, Table.class, "problems");
		ui.waitUntil("the drift in Problems", () -> ui.ui(() -> java.util.Arrays.stream(problems.getItems())
				.anyMatch(i -> "DRIFT".equals(i.getText(0)) && "d1".equals(i.getText(1)))));
		List<String> rows = ui.ui(() -> java.util.Arrays.stream(problems.getItems()).filter(i -> "DRIFT".equals(i.getText(0)))
				.map(i -> i.getText(1) + ": " + i.getText(2)).toList());
		assertEquals(2, rows.size(), rows.toString());
		assertTrue(rows.get(0).startsWith("d1: the console's table inet " + table + " is not on the host"), rows.toString());
		assertTrue(rows.get(1).startsWith("d3: unreachable for the drift check"), rows.toString());
		ui.screenshot("drift-problems");
		assertEquals(dirtyBefore, (boolean) ui.ui(() -> workbench.document.isDirty()), "a drift check changes nothing in the model");
	}
}

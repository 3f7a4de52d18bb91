package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.tests.fixtures.OpenSshServer;
import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.ConsolePreferences;
import org.nftoffload.ui.internal.FleetDrift;
import org.nftoffload.ui.internal.PeriodicDriftCheck;

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
		workbench.openFromFileMenu(fleet);
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

	/**
	 * Edit &gt; Preferences... turns the periodic check on (real input), and a check comes by itself:
	 * no command, no dialog, the hosts' entries renewed. The minutes are shortened to seconds here
	 * through the component the preference drives, so the test does not wait five minutes.
	 */
	@Test
	void thePeriodicCheckRunsByItselfOnceTurnedOn() throws Exception {
		ConsolePreferences preferences = ui.ui(() -> ContextInjectionFactory.make(ConsolePreferences.class, workbench.context));
		PeriodicDriftCheck periodic = ui.ui(() -> ContextInjectionFactory.make(PeriodicDriftCheck.class, workbench.context));
		FleetDrift drift = ui.ui(() -> ContextInjectionFactory.make(FleetDrift.class, workbench.context));
		assertNull(ui.ui(() -> periodic.nextCheck()), "off by default");

		ui.activate(workbench.window);
		ui.menu("alt+e", "p"); // Edit > Preferences...
		Shell dialog = ui.waitForShell("Preferences");
		ui.activate(dialog);
		Spinner minutes = ui.find(dialog, Spinner.class, "driftCheckMinutes");
		ui.focus(minutes);
		ui.press("ctrl+a");
		ui.type("5");
		ui.waitUntil("the spinner to take 5", () -> minutes.getSelection() == 5);
		ui.screenshot("preferences-drift");
		Instant before = Instant.now();
		ui.click(ui.button(dialog, "OK"));
		ui.waitUntil("the dialog to close", () -> dialog.isDisposed());
		assertEquals(5, (int) ui.ui(() -> preferences.settings().driftCheckMinutes()));
		Instant next = ui.ui(() -> periodic.nextCheck());
		assertTrue(next != null && !next.isBefore(before.plus(Duration.ofMinutes(5)))
				&& next.isBefore(Instant.now().plus(Duration.ofMinutes(5)).plusSeconds(1)), "due in 5 minutes: " + next);

		int checksBefore = ui.ui(() -> periodic.checksRun());
		Instant shortened = Instant.now();
		ui.ui(() -> periodic.reschedule(Duration.ofSeconds(2)));
		ui.waitUntil("a periodic check of the probed hosts d1 and d3", () -> ui.ui(() -> drift.entries().entrySet().stream()
				.filter(e -> e.getValue().checked().isAfter(shortened)).map(e -> e.getKey().getName()).sorted().toList())
				.equals(List.of("d1", "d3")));
		assertTrue(ui.ui(() -> periodic.checksRun()) > checksBefore);
		Host d1 = ui.ui(() -> workbench.document.fleet().getHosts().get(0));
		assertEquals(DriftCheck.State.DRIFTED, ui.ui(() -> drift.entry(d1).state()));
		assertTrue(ui.ui(() -> java.util.Arrays.stream(ui.display().getShells())
				.noneMatch(shell -> shell.getText().startsWith("Check Drift"))), "no summary dialog for a background check");

		ui.menu("alt+e", "p");
		Shell again = ui.waitForShell("Preferences");
		ui.activate(again);
		ui.press("alt+d"); // Restore Defaults: 0, never
		Spinner shown = ui.find(again, Spinner.class, "driftCheckMinutes");
		ui.waitUntil("the default shown", () -> shown.getSelection() == 0);
		ui.click(ui.button(again, "OK"));
		ui.waitUntil("the dialog to close", () -> again.isDisposed());
		assertNull(ui.ui(() -> periodic.nextCheck()), "off again");
	}
}

package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.ModuleStatus;
import org.nftoffload.ui.internal.FileChooser;
import org.nftoffload.tests.fixtures.LabRouter;
import org.nftoffload.ui.internal.StatisticsWatches;
import org.nftoffload.ui.internal.handlers.WatchStatisticsHandler;

/**
 * The workbench against a real router (a Debian guest of kmod/lab): the demo fleet's lab1 pointed at
 * the guest, probed through Fleet > Probe after the unknown host key was shown and accepted; its
 * flow-offload modules loaded and persisted through Fleet > Modules...; Fleet > Apply... with each
 * host's diff reviewed first, then confirmed in the countdown; a second apply left
 * to run out, after which the router has its previous table again; the Offload Statistics view
 * counting offloaded flows while traffic runs. Input is real X input, as in {@link FleetWorkbenchTest}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabWorkbenchTest {

	static final String NAME = "ui" + ProcessHandle.current().pid();

	@TempDir
	static Path dir;

	static Workbench workbench;
	static UiDriver ui;
	/** Whether the router's agent holds an apply waiting for confirm (its state file while it waits). */
	static final String PENDING = "test -e /run/nft-offload-agent/pending && echo waiting || echo none";

	static LabRouter router;
	static Path fleetFile;

	@BeforeAll
	static void routerAndFleet() throws Exception {
		router = LabRouter.start(NAME).get(0);
		// The demo fleet, with lab1 pointed at this test's router.
		String demo = Files.readString(Path.of(System.getProperty("nfto.repo"), "releng", "demo", "demo.nftfleet"));
		String fleet = demo.replace("port=\"2201\"", "port=\"" + router.info("port") + "\"")
				.replace("user=\"root\"", "user=\"" + router.info("user") + "\"")
				.replace("identityFile=\"~/.cache/nft-offload/lab/id_ed25519\"", "identityFile=\"" + router.info("key") + "\"");
		assertFalse(fleet.equals(demo), "the demo fleet has the lab1 host this test points at its router");
		fleetFile = dir.resolve("lab.nftfleet");
		Files.writeString(fleetFile, fleet);

		workbench = Workbench.attach();
		ui = workbench.ui;
		Workbench.ScriptedChooser chooser = new Workbench.ScriptedChooser();
		chooser.next.set(fleetFile);
		ui.ui(() -> workbench.context.set(FileChooser.class, chooser));
		ui.menu("alt+f", "o"); // File > Open...
		ui.waitUntil("the lab fleet to open", () -> workbench.document.fleet().getHosts().size() == 3
				&& fleetFile.equals(workbench.document.file().orElse(null)));
	}

	@AfterAll
	static void stopEverything() throws Exception {
		if (workbench != null) {
			// the same @Singleton the handlers get injected
			ui.ui(() -> ContextInjectionFactory.make(StatisticsWatches.class, workbench.context).stop(null));
		}
		if (router != null) {
			router.close();
		}
	}

	static Host lab1() {
		return ui.ui(() -> workbench.document.fleet().getHosts().get(0));
	}

	/** SHA256:... of an OpenSSH public key line, as ssh-keygen -l prints it. */
	static String fingerprint(String publicKeyLine) throws Exception {
		byte[] blob = Base64.getDecoder().decode(publicKeyLine.split(" ")[1]);
		return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(
				MessageDigest.getInstance("SHA-256").digest(blob));
	}

	@Test
	@Order(1)
	void probeAsksAboutTheUnknownHostKeyThenFillsTheModel() throws Exception {
		assertTrue(ui.ui(() -> lab1().getInterfaces().stream().noneMatch(i -> "eth0".equals(i.getName()))),
				"before the probe the model knows only the demo's lan0 and wan0");
		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "p"); // Fleet > Probe
		Shell question = ui.waitForShell("Unknown host key");
		String asked = ui.labels(question);
		assertTrue(asked.contains(fingerprint(router.info("host_key"))), "the question shows the router's key: " + asked);
		ui.screenshot("lab-unknown-host-key");
		ui.activate(question);
		ui.press("Return"); // Yes
		Shell summary = ui.waitForShell("Probe finished");
		String said = ui.labels(summary);
		assertTrue(said.contains(router.info("kernel_release")), said);
		ui.screenshot("lab-probe-finished");
		ui.activate(summary);
		ui.press("Return");
		ui.waitUntil("the probe's findings in the model", () -> lab1().getInterfaces().stream()
				.anyMatch(i -> "eth0".equals(i.getName()) && "virtio_net".equals(i.getDriver())));
		assertTrue(ui.ui(() -> lab1().getModules().stream().anyMatch(m -> m.getName().equals("nft_flow_offload")
				&& m.getStatus() != ModuleStatus.MISSING)), "the probe's module states are in the model");
		assertTrue(ui.ui(() -> workbench.document.isDirty()), "the probe changed the model (undoable)");
	}

	/** Fleet > Modules...: the flow-offload modules, unloaded on the router, come back loaded and persisted. */
	@Test
	@Order(2)
	void modulesDialogLoadsAndPersistsTheModules() throws Exception {
		router.ssh("modprobe -r nft_flow_offload nf_flow_table_inet nf_flow_table; rm -f /etc/modules-load.d/nft-offload.conf");
		assertFalse(router.ssh("cat /proc/modules").contains("nft_flow_offload"), "unloaded before the test");
		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "m"); // Fleet > Modules...
		Shell dialog = ui.waitForShell("Flow-offload modules");
		ui.screenshot("lab-modules-dialog");
		ui.activate(dialog);
		ui.press("Return"); // Run, with "load them at boot" checked by default
		Shell summary = ui.waitForShell("Modules finished");
		String said = ui.labels(summary);
		assertTrue(said.contains("nft_flow_offload") && said.contains("persisted"), said);
		ui.screenshot("lab-modules-finished");
		ui.activate(summary);
		ui.press("Return");
		assertTrue(router.ssh("cat /proc/modules").contains("nft_flow_offload"), "loaded on the router");
		assertTrue(router.ssh("cat /etc/modules-load.d/nft-offload.conf").contains("nft_flow_offload"),
				"persisted on the router");
		ui.waitUntil("the model's module state from the probe afterwards", () -> lab1().getModules().stream()
				.anyMatch(m -> m.getName().equals("nft_flow_offload") && m.getStatus() == ModuleStatus.LOADED));
	}

	/** Fleet > Apply... on lab1: review, apply, confirm within the countdown. */
	@Test
	@Order(3)
	void applyShowsTheDiffFirstThenConfirmsInTheCountdown() throws Exception {
		assertFalse(router.ssh("nft list tables").contains("nftoffload"), "no console table on the router yet");
		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "l"); // Fleet > Apply...
		Shell review = ui.waitForShell("Apply: review the changes");
		StyledText diff = ui.find(review, StyledText.class, "apply.diff");
		ui.waitUntil("lab1's diff", () -> diff.getText().contains("+") && diff.getText().contains("flowtable ft"));
		assertFalse(router.ssh("nft list tables").contains("nftoffload"), "reviewing changed nothing");
		Button keep = ui.find(review, Button.class, "apply.keepAfterReboot");
		assertTrue(ui.ui(keep::getSelection), "Keep after reboot is on by default");
		ui.screenshot("lab-apply-review");
		ui.activate(review);
		ui.press("alt+a"); // Apply to 1 Host
		Shell confirm = ui.waitForShell("Apply: confirm the new tables");
		Label countdown = ui.find(confirm, Label.class, "confirm.countdown");
		ui.waitUntil("the countdown", () -> countdown.getText().matches(".* in \\d+ s unless you confirm\\."));
		assertTrue(router.ssh("nft list table inet nftoffload").contains("flowtable ft"),
				"the new table is live while the console waits for the confirm");
		assertEquals("waiting", router.ssh(PENDING).strip(), "the router's timer is armed during the countdown");
		ui.screenshot("lab-apply-countdown");
		ui.activate(confirm);
		ui.press("alt+c"); // Confirm
		Shell summary = ui.waitForShell("Apply finished");
		String said = ui.labels(summary);
		assertTrue(said.contains("applied and confirmed"), said);
		ui.activate(summary);
		ui.press("Return");
		// Confirmed: no apply waits on the router, so no timer will restore the old table.
		assertEquals("none", router.ssh(PENDING).strip(),
				"nothing waits for a confirm on the router");
		assertTrue(router.ssh("nft list table inet nftoffload").contains("flowtable ft"), "the confirmed table stays");
		assertEquals(ApplyStatus.APPLIED, ui.ui(() -> lab1().getLastApplyStatus()), "the end of the apply is in the model");
		assertTrue(ui.ui(() -> lab1().getLastApplyMessage()).startsWith("applied and confirmed"),
				ui.ui(() -> lab1().getLastApplyMessage()));
		// kept after reboot: the model says where, and the router loads that copy at boot
		assertTrue(ui.ui(() -> lab1().getLastApplyMessage()).endsWith(
				"kept after reboot (/etc/nft-offload/ruleset.nft, loaded at boot by sysvinit)"),
				ui.ui(() -> lab1().getLastApplyMessage()));
		assertTrue(router.ssh("cat /etc/nft-offload/ruleset.nft").contains("flowtable ft"), "the boot copy");
	}

	/** A change applied but never confirmed: when the countdown runs out, the router has its previous table. */
	@Test
	@Order(4)
	void unconfirmedApplyEndsWithThePreviousTable() throws Exception {
		String before = withoutCounterValues(router.ssh("nft list table inet nftoffload"));
		Host host = lab1();
		ui.ui(() -> workbench.document.commandStack().execute(SetCommand.create(workbench.document.domain(),
				host.getFlowtables().get(0), ModelPackage.Literals.ABSTRACT_FLOWTABLE__PRIORITY, 7)));
		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "l");
		Shell review = ui.waitForShell("Apply: review the changes");
		StyledText diff = ui.find(review, StyledText.class, "apply.diff");
		ui.waitUntil("the priority change in the diff", () -> diff.getText().contains("priority 7"));
		Spinner seconds = ui.find(review, Spinner.class, "apply.confirmSeconds");
		// long enough that the reconnect and the data-plane check (6 s and more under TCG on a
		// loaded machine) leave the test time to see the applied table before the timer restores it
		ui.ui(() -> seconds.setSelection(40));
		ui.activate(review);
		ui.press("alt+a");
		Shell confirm = ui.waitForShell("Apply: confirm the new tables");
		// the dialog opens while hosts still apply: the countdown starts once lab1 has applied
		Label countdown = ui.find(confirm, Label.class, "confirm.countdown");
		ui.waitUntil("lab1 applied and counting down", () -> countdown.getText().matches(".* in \\d+ s unless you confirm\\."));
		String applied = router.ssh("nft list table inet nftoffload");
		// nft names the flowtable priority relative to "filter" (0)
		assertTrue(java.util.regex.Pattern.compile("priority (filter \\+ )?7\\b").matcher(applied).find(),
				"applied, not confirmed: " + applied);
		long runsOut = System.nanoTime() + 90_000_000_000L;
		while (!ui.ui(() -> confirm.isDisposed()) && System.nanoTime() < runsOut) {
			UiDriver.sleep(250);
		}
		assertTrue(ui.ui(() -> confirm.isDisposed()), "the countdown ran out and closed the dialog within 90 s");
		Shell summary = ui.waitForShell("Apply: not confirmed in time: 1 of 1 rolled back");
		String said = ui.labels(summary);
		assertTrue(said.contains("rolled back"), said);
		ui.screenshot("lab-apply-not-confirmed");
		ui.activate(summary);
		ui.press("Return");
		assertEquals(before, withoutCounterValues(router.ssh("nft list table inet nftoffload")), "the previous table is back");
		assertEquals(ApplyStatus.ROLLED_BACK, ui.ui(() -> host.getLastApplyStatus()));
		ui.menu("alt+e", "u"); // Edit > Undo: the recorded end of the apply, one command
		ui.waitUntil("the apply's record undone", () -> host.getLastApplyStatus() == ApplyStatus.APPLIED);
		assertEquals(7, ui.ui(() -> host.getFlowtables().get(0).getPriority()), "and only that");
		ui.menu("alt+e", "u"); // Edit > Undo: the model matches the router again
		ui.waitUntil("the priority change undone", () -> host.getFlowtables().get(0).getPriority() == 0);
	}

	/** Fleet > Watch Statistics while traffic runs through the router. */
	@Test
	@Order(5)
	void statisticsViewCountsOffloadedFlowsWhileTrafficRuns() throws Exception {
		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "w"); // Fleet > Watch Statistics
		Table table = ui.find(workbench.window, Table.class, "statistics");
		ui.waitUntil("lab1's first sample", () -> table.getItemCount() == 1 && table.getItem(0).getText(7).startsWith("live"));
		Thread traffic = new Thread(() -> {
			try {
				router.ssh("lab-traffic", "20");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		traffic.start();
		long deadline = System.nanoTime() + 60_000_000_000L;
		long offloaded = 0;
		while (offloaded == 0 && System.nanoTime() < deadline) {
			String cell = ui.ui(() -> table.getItem(0).getText(1));
			offloaded = cell.isEmpty() ? 0 : Long.parseLong(cell);
			UiDriver.sleep(250);
		}
		ui.screenshot("lab-statistics");
		assertTrue(offloaded > 0, "offloaded flows counted in the Offload Statistics view");
		// the same stream in the Fleet Dashboard, while the traffic still runs: lab1 first (the only
		// host streaming, so the one with a slow-path rate), its flows offloaded in software
		ui.activate(workbench.window);
		ui.menu("alt+v", "d"); // View > Fleet Dashboard
		Table dashboard = ui.find(workbench.window, Table.class, "dashboard");
		ui.waitUntil("lab1 streaming first in the dashboard, its flows offloaded",
				() -> dashboard.getItemCount() == 3 && "lab1".equals(dashboard.getItem(0).getText(0))
						&& "streaming".equals(dashboard.getItem(0).getText(1)) && !dashboard.getItem(0).getText(2).isEmpty()
						&& !"0".equals(dashboard.getItem(0).getText(2)));
		UiDriver.sleep(2500); // a few points of the fleet's totals in the chart
		ui.screenshot("lab-dashboard");
		traffic.join();
		ui.menu("alt+l", "t"); // Fleet > Stop Watching
		ui.waitUntil("the view emptied", () -> table.getItemCount() == 0);
	}

	/** A watched host that leaves the fleet (Fleet > Remove Host) is no longer watched. */
	@Test
	@Order(6)
	void watchEndsWhenTheHostLeavesTheFleet() {
		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "w");
		Table table = ui.find(workbench.window, Table.class, "statistics");
		ui.waitUntil("lab1 watched again", () -> table.getItemCount() == 1);
		// On the router a stream is the agent's conntrack -E listener, which runs as long as it does:
		// seen now, so that its absence below means something.
		assertFalse(streamProcessesOnRouter(true).isEmpty(), "the stream's conntrack -E runs on the router while watched");
		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "r"); // Fleet > Remove Host
		ui.waitUntil("lab1 removed", () -> workbench.document.fleet().getHosts().stream()
				.noneMatch(h -> h.getName().equals("lab1")));
		ui.waitUntil("lab1 no longer watched", () -> ContextInjectionFactory.make(StatisticsWatches.class, workbench.context)
				.rows().isEmpty());
		// the view refreshes while it shows: look at it as the engineer would
		workbench.showPart(WatchStatisticsHandler.PART_ID);
		try {
			ui.waitUntil("its statistics row gone", () -> table.getItemCount() == 0);
		} finally {
			ui.screenshot("lab-watch-host-removed");
		}
		assertFalse(ui.ui(() -> ContextInjectionFactory.make(StatisticsWatches.class, workbench.context).isWatching()),
				"the console watches nothing");
		// and the router runs no stream: what the console believes is not proof
		assertEquals("", streamProcessesOnRouter(false), "no stream left running on the router");
		ui.menu("alt+e", "u"); // Edit > Undo: the host is back, not watched until asked again
		ui.waitUntil("lab1 back", () -> workbench.document.fleet().getHosts().stream()
				.anyMatch(h -> h.getName().equals("lab1")));
	}

	/**
	 * Fleet &gt; Measure Offload Effect... under lab-traffic, with real input: the figures side by side,
	 * the slow path carrying the flow while bypassed and at least 99 % less with offload, and the
	 * router running its own table again with nothing pending.
	 */
	@Test
	@Order(7)
	void measureOffloadEffectShowsTheSlowPathBypassedAndActive() throws Exception {
		Thread traffic = new Thread(() -> {
			try {
				router.ssh("timeout", "150", "lab-traffic", "120");
			} catch (Exception e) {
				// ended below
			}
		});
		traffic.start();
		Shell result;
		try {
			long before = Long.parseLong(router.ssh("cat", "/sys/class/net/wan0/statistics/tx_packets").strip());
			ui.waitUntil("traffic through the router", () -> {
				try {
					return Long.parseLong(router.ssh("cat", "/sys/class/net/wan0/statistics/tx_packets").strip()) > before + 1000;
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			workbench.clickHostInNavigator(0);
			ui.menu("alt+l", "e"); // Fleet > Measure Offload Effect...
			Shell ask = ui.waitForShell("Measure Offload Effect");
			ui.activate(ask);
			Spinner seconds = ui.find(ask, Spinner.class, "measure.seconds");
			ui.focus(seconds);
			ui.press("ctrl+a");
			ui.type("4");
			ui.waitUntil("the spinner to take 4", () -> seconds.getSelection() == 4);
			ui.screenshot("lab-measure-ask");
			ui.click(ui.button(ask, "Measure"));
			long deadline = System.nanoTime() + 180_000_000_000L;
			Shell found = null;
			while (found == null && System.nanoTime() < deadline) {
				found = ui.ui(() -> java.util.Arrays.stream(ui.display().getShells())
						.filter(sh -> sh.isVisible() && "Offload Effect".equals(sh.getText())).findFirst().orElse(null));
				UiDriver.sleep(250);
			}
			assertTrue(found != null, "the figures within 180 s");
			result = found;
		} finally {
			router.ssh("pkill -f '[l]ab-traffic'; pkill -f '[i]perf3 --client'; true");
			traffic.join(30_000);
		}
		Table figures = ui.find(result, Table.class, "offloadEffect");
		java.util.List<String> rows = ui.ui(() -> java.util.Arrays.stream(figures.getItems())
				.map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2) + " | " + i.getText(3)).toList());
		ui.screenshot("lab-measure-offload-effect");
		System.out.println("FIGURE workbench offload effect: " + rows);
		assertTrue(rows.get(0).startsWith("lab1 | Slow path, packets/s | "), rows.toString());
		long bypassed = Long.parseLong(rows.get(0).split(" \\| ")[2]);
		assertTrue(bypassed > 1000, "the flow on the slow path while bypassed: " + rows);
		String reduction = rows.get(rows.size() - 1);
		java.util.regex.Matcher less = java.util.regex.Pattern.compile("([0-9.]+) % less").matcher(reduction);
		assertTrue(less.find() && Double.parseDouble(less.group(1)) >= 99, rows.toString());
		ui.click(ui.button(result, "Close"));
		ui.waitUntil("the figures closed", () -> result.isDisposed());
		assertTrue(router.ssh("nft list table inet nftoffload").contains("flow add @ft"), "the router's own table is back");
		assertEquals("none", router.ssh(PENDING).strip(), "nothing waits for a confirm or a timer");
	}

	/**
	 * The stream processes on the router ({@code conntrack -E} listeners of agent streams), polled
	 * until they are there ({@code present}) or gone, at most 60 s: under TCG the agent takes seconds
	 * to start or end a stream.
	 */
	private static String streamProcessesOnRouter(boolean present) {
		long deadline = System.nanoTime() + 60_000_000_000L;
		String found;
		do {
			try {
				found = router.ssh("pgrep -af '^conntrack -E' || true").strip();
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			if (found.isEmpty() != present) {
				return found;
			}
			UiDriver.sleep(500);
		} while (System.nanoTime() < deadline);
		return found;
	}

	/** Leaves the document saved, so that the next test class starts from a clean workbench. */
	@Test
	@Order(9)
	void savedAtTheEnd() {
		ui.activate(workbench.window);
		ui.menu("alt+f", "s");
		ui.waitUntil("the fleet saved", () -> !workbench.document.isDirty());
	}

	/** A listed table without its rules' counter values, which move with any packet and are no part of the table. */
	static String withoutCounterValues(String listed) {
		return listed.replaceAll("counter packets [0-9]+ bytes [0-9]+", "counter");
	}
}

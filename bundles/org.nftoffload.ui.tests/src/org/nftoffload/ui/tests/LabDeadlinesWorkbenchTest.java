package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.tests.fixtures.LabRouter;
import org.nftoffload.tests.fixtures.SlowLink;

/**
 * Fleet &gt; Apply... with each host's confirm deadline running from its own apply, on two lab
 * routers: {@code near} (the canary) answers as fast as the lab does, {@code far} is behind a link
 * that stalls on purpose when the apply starts, so that it applies only after the confirm timeout,
 * counted from the start of the rollout, has run out. The dialog opens as soon as near waits;
 * near, never confirmed, rolls back at its own deadline and not before; far is still confirmable
 * after that, and is confirmed.
 */
class LabDeadlinesWorkbenchTest {

	/** The confirm timeout given in the review. */
	static final int CONFIRM_SECONDS = 30;
	/** ApplyHandler's margin: the console rolls a host back this long before its deadline. */
	static final int MARGIN_SECONDS = 5;
	/** How long far's link stalls from the start of the apply: past CONFIRM_SECONDS. */
	static final Duration FAR_STALL = Duration.ofSeconds(CONFIRM_SECONDS + 3);
	/** What each router's table holds before the apply; the model's has none of it. */
	static final String PREVIOUS_CHAIN = "before_the_apply";
	static final String NAME = "ud" + ProcessHandle.current().pid();

	@TempDir
	static Path dir;

	static Workbench workbench;
	static UiDriver ui;
	static LabRouter near;
	static LabRouter far;
	static SlowLink farLink;

	@BeforeAll
	static void routersAndFleet() throws Exception {
		List<LabRouter> routers = LabRouter.start(NAME + "n", NAME + "f");
		near = routers.get(0);
		far = routers.get(1);
		farLink = new SlowLink(Integer.parseInt(far.info("port")));
		for (LabRouter router : routers) {
			router.ssh("nft add table inet nftoffload; nft add chain inet nftoffload " + PREVIOUS_CHAIN);
		}
		Path knownHosts = Path.of(System.getProperty("user.home"), ".nftoffload", "known_hosts");
		Files.createDirectories(knownHosts.getParent());
		Files.writeString(knownHosts, "[127.0.0.1]:" + near.info("port") + " " + near.info("host_key") + "\n[127.0.0.1]:"
				+ farLink.port() + " " + far.info("host_key") + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		// two copies of the demo's lab1 (a flowtable on the lab's lan0 and wan0, one offload rule)
		String demo = Files.readString(Path.of(System.getProperty("nfto.repo"), "releng", "demo", "demo.nftfleet"));
		java.util.regex.Matcher lab1 = java.util.regex.Pattern.compile("(?s)  <hosts name=\"lab1\".*?</hosts>\n").matcher(demo);
		assertTrue(lab1.find(), "the demo fleet has lab1");
		String host = lab1.group().replace("user=\"root\"", "user=\"" + near.info("user") + "\"")
				.replace("identityFile=\"~/.cache/nft-offload/lab/id_ed25519\"", "identityFile=\"" + near.info("key") + "\"");
		Path fleet = dir.resolve("deadlines.nftfleet");
		Files.writeString(fleet, """
				<?xml version="1.0" encoding="UTF-8"?>
				<nfto:Fleet xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:nfto="http://nftoffload.org/model/1.0" name="Near and far">
				""" + host.replace("name=\"lab1\"", "name=\"near\"").replace("port=\"2201\"", "port=\"" + near.info("port") + "\"")
				+ host.replace("name=\"lab1\"", "name=\"far\"").replace("port=\"2201\"", "port=\"" + farLink.port() + "\"")
						.replace("//@hosts.0/", "//@hosts.1/")
				+ "</nfto:Fleet>\n");

		workbench = Workbench.attach();
		ui = workbench.ui;
		workbench.openFromFileMenu(fleet);
	}

	@AfterAll
	static void stopHosts() throws Exception {
		if (farLink != null) {
			farLink.close();
		}
		for (LabRouter router : new LabRouter[] { near, far }) {
			if (router != null) {
				router.close();
			}
		}
	}

	/** The State cell of a host's row in the confirm dialog ("" while it has none). */
	static String state(Table rows, String host) {
		return ui.ui(() -> {
			if (rows.isDisposed()) {
				return "";
			}
			for (TableItem item : rows.getItems()) {
				if (host.equals(item.getText(0))) {
					return item.getText(1);
				}
			}
			return "";
		});
	}

	/** Whether the host runs the table the console applies (empty), not its previous one (with a chain). */
	static boolean runsTheNewTable(LabRouter router) throws Exception {
		String table = router.ssh("nft list table inet nftoffload");
		return table.contains("flowtable ft") && !table.contains("chain " + PREVIOUS_CHAIN);
	}

	/** Whether the router's agent holds an apply waiting for confirm (its state file while it waits). */
	static boolean pending(LabRouter router) throws Exception {
		return router.ssh("test -e /run/nft-offload-agent/pending && echo waiting || echo none").strip().equals("waiting");
	}

	/** Polls {@code condition} every 100 ms for at most {@code limit}; the time it held, or fails naming {@code what}. */
	static long waitNanos(String what, Duration limit, java.util.function.BooleanSupplier condition) {
		long end = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < end) {
			if (condition.getAsBoolean()) {
				return System.nanoTime();
			}
			UiDriver.sleep(100);
		}
		throw new AssertionError("timed out after " + limit.toSeconds() + " s waiting for: " + what);
	}

	static double seconds(long fromNanos, long toNanos) {
		return (toNanos - fromNanos) / 1e9;
	}

	/**
	 * The next window of the apply (other than the review and the confirm dialog); fails with what
	 * it says when it is not the one {@code title} names ({@code null}: any).
	 */
	static Shell shellAfterApply(String title) {
		AtomicReference<Shell> next = new AtomicReference<>();
		try {
			ui.waitUntil("a window of the apply", () -> {
				for (Shell shell : ui.display().getShells()) {
					String text = shell.isDisposed() || !shell.isVisible() ? "" : shell.getText();
					if (text.startsWith("Apply") && !text.equals("Apply: review the changes")
							&& (title != null || !text.equals("Apply: confirm the new tables"))) {
						next.set(shell);
						return true;
					}
				}
				return false;
			});
		} catch (AssertionError e) {
			ui.screenshot("apply-per-host-no-window");
			throw new AssertionError(e.getMessage() + "; the windows open: " + ui.ui(() -> java.util.Arrays
					.stream(ui.display().getShells()).filter(sh -> !sh.isDisposed() && sh.isVisible())
					.map(sh -> "'" + sh.getText() + "': " + ui.labels(sh)).toList()), e);
		}
		String shown = ui.ui(() -> next.get().getText());
		if (title != null && !title.equals(shown)) {
			ui.screenshot("apply-per-host-unexpected");
			throw new AssertionError("expected '" + title + "', the apply showed '" + shown + "': "
					+ ui.labels(next.get()));
		}
		return next.get();
	}

	@Test
	void aRolloutLongerThanTheConfirmTimeoutIsConfirmedHostByHost() throws Exception {
		assertFalse(runsTheNewTable(near) || runsTheNewTable(far), "both hosts run their previous table");
		workbench.closeEditors();
		ui.activate(workbench.window);
		workbench.clickFleetInNavigator();
		ui.menu("alt+l", "l"); // Fleet > Apply... on the fleet: near (the canary), then far
		Shell review = ui.waitForShell("Apply: review the changes");
		Spinner seconds = ui.find(review, Spinner.class, "apply.confirmSeconds");
		ui.ui(() -> seconds.setSelection(CONFIRM_SECONDS));
		ui.waitUntil("the confirm timeout set", () -> seconds.getSelection() == CONFIRM_SECONDS);
		ui.activate(review);
		long started = System.nanoTime();
		farLink.holdUntil(java.time.Instant.now().plus(FAR_STALL));
		ui.press("alt+a"); // Apply to 2 Hosts

		Shell confirm = shellAfterApply("Apply: confirm the new tables");
		Table rows = ui.find(confirm, Table.class, "confirm.hosts");
		long nearWaits = waitNanos("near waiting for the confirm", Duration.ofSeconds(60),
				() -> state(rows, "near").equals("waiting for confirm"));
		assertTrue(state(rows, "far").equals("applying"), "the dialog shows near while far still applies: "
				+ state(rows, "far"));
		assertTrue(runsTheNewTable(near) && pending(near), "near's new table is live and waits for the confirm");
		ui.screenshot("apply-per-host-near-waits");

		// near is never confirmed: the console rolls it back at its own deadline (less the margin), not before
		long nearBack = waitNanos("near rolled back at its deadline", Duration.ofSeconds(CONFIRM_SECONDS + 60),
				() -> state(rows, "near").equals("rolled back"));
		// its deadline runs from its apply, which came after the start: the console acts MARGIN_SECONDS before it
		double nearBackAfter = seconds(started, nearBack);
		assertTrue(nearBackAfter >= CONFIRM_SECONDS - MARGIN_SECONDS, "near was rolled back " + nearBackAfter
				+ " s after the start, before its own deadline (" + CONFIRM_SECONDS + " s after its apply) less "
				+ MARGIN_SECONDS + " s");
		assertFalse(runsTheNewTable(near) || pending(near), "near runs its previous table again, nothing waits");
		assertFalse(ui.ui(confirm::isDisposed), "the dialog stays: far has not answered yet, or waits");

		long farWaits = waitNanos("far waiting for the confirm", Duration.ofSeconds(180),
				() -> state(rows, "far").equals("waiting for confirm"));
		double farAnswered = seconds(started, farWaits);
		System.out.printf("per-host deadline: near waited from %.1f s to %.1f s after the start, then was rolled back;"
				+ " far answered after %.1f s and was confirmable (confirm timeout %d s)%n", seconds(started, nearWaits),
				nearBackAfter, farAnswered, CONFIRM_SECONDS);
		assertTrue(farAnswered > CONFIRM_SECONDS, "far must answer after the confirm timeout, counted from the start"
				+ " of the rollout, has run out (it answered after " + farAnswered + " s)");
		assertTrue(runsTheNewTable(far) && pending(far), "far's new table is live and waits for the confirm");
		ui.screenshot("apply-per-host-far-waits");
		ui.activate(confirm);
		ui.press("alt+c"); // Confirm: far, whose own deadline is still ahead

		Shell summary = shellAfterApply(null);
		String said = ui.labels(summary);
		ui.screenshot("apply-per-host-summary");
		ui.activate(summary);
		ui.press("Return");
		assertTrue(said.contains("far: ") && said.contains("applied and confirmed"), said);
		assertTrue(said.contains("near: ") && said.contains("rolled back"), said);
		assertTrue(runsTheNewTable(far) && !pending(far), "far keeps its confirmed table, nothing waits");
		assertFalse(runsTheNewTable(near), "near stays rolled back");
		// the apply's ends are recorded in the model: saved, so that the next test class opens its
		// fleet without an "Unsaved changes" question
		ui.activate(workbench.window);
		ui.menu("alt+f", "s"); // File > Save
		ui.waitUntil("the fleet saved", () -> !workbench.document.isDirty());
	}
}

package org.nftoffload.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.fleet.edit.FleetEdits;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.FleetIO;
import org.nftoffload.ui.internal.RecentFiles;
import org.nftoffload.ui.internal.parts.FleetNavigatorPart;
import org.nftoffload.ui.internal.parts.FleetTablePart;

/**
 * Not a test (the name keeps it out of the default test run): releng/bench-fleet-ui.sh runs it in
 * the real workbench to print how long the workbench takes on a generated fleet of
 * NFTO_BENCH_HOSTS hosts (10,000; {@link LargeFleets}): open and first paint of the navigator and
 * of the fleet table, filtering both, a bulk edit of every host and its undo, a profile applied to
 * 1,000 hosts and its undo, save. Beside each time, the worst stall of the UI thread: a watchdog
 * thread reads the time the event loop last ran a 10 ms timer; a stall is how much longer than that
 * it went without. The stall is also given for the 2 s after the step (the re-validation that a
 * change schedules 250 ms later copies the fleet on the UI thread). Asserts nothing; prints FIGURE
 * lines, and which of the goals (open and first paint &lt; 2 s, an edit and its undo &lt;
 * 1 s, no stall &gt; 100 ms) are not met.
 */
class FleetUiBenchmark {

	static final long OPEN_GOAL_MS = 2_000;
	static final long EDIT_GOAL_MS = 1_000;
	static final long STALL_GOAL_MS = 100;
	/** How long after a step its aftermath (validation, late refreshes) is watched. */
	static final long AFTERMATH_MS = 2_000;

	/** Timestamps the event loop every {@link #BEAT_MS}; a thread of its own keeps the longest silence. */
	static final class Watchdog {
		static final int BEAT_MS = 10;
		private final Display display;
		private final AtomicLong lastBeat = new AtomicLong(System.nanoTime());
		private final AtomicLong worst = new AtomicLong();
		private volatile boolean running = true;

		Watchdog(Display display) {
			this.display = display;
			display.asyncExec(this::beat);
			Thread watcher = new Thread(() -> {
				while (running) {
					long silence = System.nanoTime() - lastBeat.get();
					worst.accumulateAndGet(silence, Math::max);
					UiDriver.sleep(1);
				}
			}, "UI stall watchdog");
			watcher.setDaemon(true);
			watcher.start();
		}

		private void beat() {
			lastBeat.set(System.nanoTime());
			if (running && !display.isDisposed()) {
				display.timerExec(BEAT_MS, this::beat);
			}
		}

		/** Starts a new measurement. */
		void reset() {
			worst.set(0);
		}

		/** The longest the event loop went without running the timer since {@link #reset}, beyond its period. */
		long worstStallMillis() {
			return Math.max(0, worst.get() / 1_000_000 - BEAT_MS);
		}

		void stop() {
			running = false;
		}
	}

	static Workbench workbench;
	static UiDriver ui;
	static FleetDocument document;
	static Watchdog watchdog;
	static final List<String> unmet = new ArrayList<>();

	static void figure(String step, long millis, long stall, long after, long goal) {
		String verdict = "";
		if (goal > 0 && millis >= goal) {
			verdict += "  [goal < " + goal + " ms NOT met]";
			unmet.add(step + ": " + millis + " ms (goal < " + goal + " ms)");
		}
		if (stall > STALL_GOAL_MS || after > STALL_GOAL_MS) {
			unmet.add(step + ": UI thread stalled " + Math.max(stall, after) + " ms (goal <= " + STALL_GOAL_MS + " ms)");
		}
		System.out.printf(Locale.ROOT, "FIGURE %-44s %7d ms   worst UI stall %6d ms, in the %d s after %6d ms%s%n", step,
				millis, stall, AFTERMATH_MS / 1000, after, verdict);
	}

	/** Runs {@code step} (from the test thread), waits until {@code done} holds on the UI thread, and prints the figure. */
	static long measure(String name, long goal, Runnable step, BooleanSupplier done) {
		ui.settle();
		watchdog.reset();
		long start = System.nanoTime();
		step.run();
		waitFor(name, done);
		// what is drawn: the pending paints of the views, forced now
		ui.ui(() -> {
			for (org.eclipse.swt.widgets.Shell shell : Display.getCurrent().getShells()) {
				shell.update();
			}
		});
		long millis = (System.nanoTime() - start) / 1_000_000;
		long stall = watchdog.worstStallMillis();
		watchdog.reset();
		UiDriver.sleep(AFTERMATH_MS);
		ui.ui(() -> {
			// one round trip: a stall still going on ends before the figure is read
		});
		figure(name, millis, stall, watchdog.worstStallMillis(), goal);
		return millis;
	}

	static void waitFor(String what, BooleanSupplier done) {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (!ui.ui(() -> done.getAsBoolean())) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("benchmark step did not finish in 5 minutes: " + what);
			}
			UiDriver.sleep(5);
		}
	}

	static void command(String id) {
		ui.ui(() -> {
			var context = workbench.context.getActiveLeaf();
			ParameterizedCommand command = context.get(ECommandService.class).createCommand(id, null);
			context.get(EHandlerService.class).executeHandler(command);
		});
	}

	/**
	 * An edit through the command stack and the views' refresh after it, with the parts of it: the
	 * command itself, the one dispatch to every view ({@link FleetDocument#flush}, run at once instead
	 * of in the next tick), and the fleet table's share of that.
	 */
	static void edit(String name, FleetTablePart table, Runnable change, BooleanSupplier done) {
		long[] parts = new long[3];
		measure(name + " (command + views)", EDIT_GOAL_MS, () -> ui.ui(() -> {
			long start = System.nanoTime();
			change.run();
			long executed = System.nanoTime();
			document.flush();
			parts[0] = (executed - start) / 1_000_000;
			parts[1] = (System.nanoTime() - executed) / 1_000_000;
			parts[2] = table.lastRefreshMillis();
		}), done);
		System.out.printf(Locale.ROOT, "FIGURE   of which the command %d ms, the views' refresh %d ms (the fleet table's %d ms)%n",
				parts[0], parts[1], parts[2]);
	}

	@Test
	void largeFleetInTheWorkbench() throws Exception {
		int hosts = Integer.parseInt(System.getenv().getOrDefault("NFTO_BENCH_HOSTS", "10000"));
		int profileHosts = Math.min(hosts, 1_000);
		workbench = Workbench.attach();
		ui = workbench.ui;
		document = workbench.document;
		watchdog = new Watchdog(ui.display());
		Path dir = Files.createTempDirectory("fleet-ui-bench");
		Path file = dir.resolve("bench.nftfleet");
		long generated = System.nanoTime();
		Fleet generatedFleet = LargeFleets.fleet(hosts);
		FleetFiles.save(generatedFleet, file);
		System.out.printf(Locale.ROOT, "FIGURE setup: %d hosts generated and written (%d KiB) in %d ms, off the UI thread%n", hosts,
				Files.size(file) / 1024, (System.nanoTime() - generated) / 1_000_000);
		ui.ui(() -> workbench.parts.showPart(FleetNavigatorPart.ID, org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE));
		Tree tree = ui.find(workbench.window, Tree.class, "navigator");

		// open as File > Open does: the file read in a job, then installed on the UI thread
		Resource[] loaded = new Resource[1];
		long[] readMillis = new long[1];
		measure("open: read file + navigator first paint", OPEN_GOAL_MS, () -> {
			long start = System.nanoTime();
			try {
				loaded[0] = FleetFiles.loadResource(FleetFiles.newResourceSet(), file);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
			readMillis[0] = (System.nanoTime() - start) / 1_000_000;
			ui.display().asyncExec(() -> document.open(loaded[0], file));
		}, () -> tree.getItemCount() == 1 && tree.getItem(0).getData() == document.fleet() && tree.getItem(0).getItemCount() > hosts);
		System.out.printf(Locale.ROOT, "FIGURE   of which reading the file (job, off the UI thread) %d ms%n", readMillis[0]);

		measure("fleet table: open + first paint", OPEN_GOAL_MS, () -> command("org.nftoffload.ui.command.showFleetTable"),
				() -> workbench.parts.findPart(FleetTablePart.ID) != null
						&& workbench.parts.findPart(FleetTablePart.ID).getObject() instanceof FleetTablePart part
						&& part.table().getItemCount() == hosts && part.table().isVisible());
		FleetTablePart table = ui.ui(() -> (FleetTablePart) workbench.parts.findPart(FleetTablePart.ID).getObject());
		Table swtTable = ui.ui(() -> table.table());
		FleetNavigatorPart navigator = ui.ui(() -> (FleetNavigatorPart) workbench.parts.findPart(FleetNavigatorPart.ID).getObject());

		// filters: the time includes the 150 ms the views wait after the last key stroke
		int site07lte = (int) java.util.stream.IntStream.range(1750, Math.min(2000, hosts)).filter(n -> n % 7 == 0).count();
		measure("filter fleet table 'site-07 tag:lte' (+150 ms pause)", EDIT_GOAL_MS,
				() -> ui.ui(() -> table.filterText().setText("site-07 tag:lte")), () -> swtTable.getItemCount() == site07lte);
		measure("filter fleet table cleared (+150 ms pause)", EDIT_GOAL_MS, () -> ui.ui(() -> table.filterText().setText("")),
				() -> swtTable.getItemCount() == hosts);
		ui.ui(() -> workbench.parts.showPart(FleetNavigatorPart.ID, org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.VISIBLE));
		measure("filter navigator 'site-07 tag:lte' (+150 ms pause)", EDIT_GOAL_MS,
				() -> ui.ui(() -> navigator.filterText().setText("site-07 tag:lte")),
				// the hosts, and the groups with a matching member
				() -> tree.getItem(0).getItemCount() >= site07lte && tree.getItem(0).getItemCount() <= site07lte + 2);
		measure("filter navigator cleared (+150 ms pause)", EDIT_GOAL_MS, () -> ui.ui(() -> navigator.filterText().setText("")),
				() -> tree.getItem(0).getItemCount() > hosts);

		// bulk edits of every host, one command each, and their undo
		List<Host> all = ui.ui(() -> List.copyOf(document.fleet().getHosts()));
		edit("bulk edit: port of all hosts", table,
				() -> document.commandStack().execute(FleetEdits.bulkSet(document.domain(), all, ModelPackage.Literals.HOST__PORT, 2222)),
				() -> "198.18.0.1:2222".equals(table.text(0, "Address")));
		edit("bulk edit: port, undo", table, () -> document.commandStack().undo(), () -> "198.18.0.1".equals(table.text(0, "Address")));
		edit("bulk edit: add tag to all hosts", table,
				() -> document.commandStack().execute(FleetEdits.bulkAdd(document.domain(), all, ModelPackage.Literals.HOST__TAGS, "bench")),
				() -> all.get(0).getTags().contains("bench"));
		edit("bulk edit: add tag, undo", table, () -> document.commandStack().undo(), () -> !all.get(0).getTags().contains("bench"));

		// profile 'edge' applied to 1,000 probed hosts: lan -> eth1, wan -> eth0
		Map<Host, Map<String, List<NetworkInterface>>> mapping = new HashMap<>();
		List<Host> targets = ui.ui(() -> {
			List<Host> chosen = new ArrayList<>();
			for (Host host : document.fleet().getHosts()) {
				if (chosen.size() < profileHosts && host.getInterfaces().size() >= 2) {
					chosen.add(host);
					mapping.put(host, Map.of("lan", List.of(host.getInterfaces().get(1)), "wan", List.of(host.getInterfaces().get(0))));
				}
			}
			return chosen;
		});
		FlowtableProfile profile = ui.ui(() -> document.fleet().getProfiles().get(0));
		edit("profile apply to " + targets.size() + " hosts (incl. building it)", table, () -> {
			try {
				Command apply = FleetEdits.applyProfile(document.domain(), profile, targets, mapping);
				document.commandStack().execute(apply);
			} catch (FleetEdits.MappingException e) {
				throw new AssertionError(e);
			}
		}, () -> targets.get(0).getAppliedProfile() == profile);
		edit("profile apply, undo", table, () -> document.commandStack().undo(), () -> targets.get(0).getAppliedProfile() == null);

		// sort the table (a column header click), and an edit of every host while it is sorted: every
		// row's texts are then built, where a table in the fleet's order builds only those on screen
		measure("fleet table sorted by address", EDIT_GOAL_MS,
				() -> ui.ui(() -> swtTable.getColumn(2).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event())),
				() -> swtTable.getSortColumn() == swtTable.getColumn(2));
		edit("bulk edit: port, table sorted by address", table,
				() -> document.commandStack().execute(FleetEdits.bulkSet(document.domain(), all, ModelPackage.Literals.HOST__PORT, 2222)),
				() -> "198.18.0.1:2222".equals(table.text(0, "Address")));
		edit("bulk edit: port, undo, table sorted", table, () -> document.commandStack().undo(),
				() -> "198.18.0.1".equals(table.text(0, "Address")));

		// save as File > Save does: a snapshot on the UI thread, the file written in a job
		CountDownLatch saved = new CountDownLatch(1);
		Path copy = dir.resolve("saved.nftfleet");
		measure("save (snapshot + write job)", 0, () -> ui.ui(() -> FleetIO.save(document, copy, workbench.window,
				workbench.context.get(RecentFiles.class), ok -> saved.countDown())), () -> saved.getCount() == 0);
		System.out.printf(Locale.ROOT, "FIGURE   saved file: %d KiB%n", Files.size(copy) / 1024);

		watchdog.stop();
		if (unmet.isEmpty()) {
			System.out.println("FIGURE goals: all met");
		} else {
			System.out.println("FIGURE goals NOT met:");
			unmet.forEach(u -> System.out.println("FIGURE   " + u));
		}
		ui.ui(() -> workbench.parts.hidePart(workbench.parts.findPart(FleetTablePart.ID)));
		ui.ui(() -> document.newFleet("New fleet"));
		try (var files = Files.list(dir)) {
			for (Path p : files.toList()) {
				Files.deleteIfExists(p);
			}
		}
		Files.deleteIfExists(dir);
	}
}

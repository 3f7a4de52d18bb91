package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.remote.agent.AgentData.StatsSample;
import org.nftoffload.ui.internal.DashboardRows;
import org.nftoffload.ui.internal.FleetDrift;
import org.nftoffload.ui.internal.StatisticsWatches;
import org.nftoffload.ui.internal.editors.HostEditorPart;
import org.nftoffload.ui.internal.editors.ModelEditors;
import org.nftoffload.ui.internal.parts.FleetDashboardPart;
import org.nftoffload.ui.internal.parts.FleetTablePart;

/**
 * The Fleet Dashboard in the real workbench: it is what the editor area shows while no editor is
 * open, beside the navigator; View &gt; Fleet Dashboard brings it back once closed; Enter and a
 * double click on a row open the host's editor. Then 100 simulated hosts stream a sample a second
 * each, from threads of their own into the same {@link StatisticsWatches} feed that the real
 * streams use: every host has its row, worst first, with the totals the samples add up to, and
 * the UI thread is told a few times a second, not once per sample. The worst UI-thread stall and
 * the cost of the dashboard's refresh are printed (FIGURE lines), not asserted.
 * <p>
 * Host {@code n} of the generated fleet ({@link LargeFleets}) streams {@code 10 + n} flows offloaded
 * in software, {@code n % 4} in hardware, {@code 1000 (n + 1)} packets per second in and {@code 5n}
 * on the slow path (the sample clock advances one second per sample, so the rates are exact);
 * edge-00007's stream gave up (an error), edge-00013's reconnects without a sample (unreachable),
 * and the last drift check found edge-00021 drifted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardWorkbenchTest {

	static final int HOSTS = 100;
	static final int FAILED = 7;
	static final int UNREACHABLE = 13;
	static final int DRIFTED = 21;
	/** How long the stall is measured while all hosts stream. */
	static final int MEASURE_SECONDS = 12;

	static Workbench workbench;
	static UiDriver ui;
	static StatisticsWatches watches;
	static ScheduledExecutorService streams;

	@BeforeAll
	static void attach() {
		workbench = Workbench.attach();
		ui = workbench.ui;
		watches = ui.ui(() -> ContextInjectionFactory.make(StatisticsWatches.class, workbench.context));
		ui.ui(() -> watches.stop(null));
	}

	@AfterAll
	static void stopStreamingAndOpenAnEmptyFleet() {
		if (streams != null) {
			streams.shutdownNow();
		}
		ui.ui(() -> watches.stop(null));
		workbench.closeEditors();
		ui.ui(() -> workbench.document.newFleet("New fleet"));
		ui.settle();
	}

	static FleetDashboardPart part() {
		return ui.ui(() -> (FleetDashboardPart) workbench.parts.findPart(FleetDashboardPart.ID).getObject());
	}

	static Table table() {
		return ui.find(workbench.window, Table.class, "dashboard");
	}

	static Host host(int n) {
		return ui.ui(() -> workbench.document.fleet().getHosts().get(n));
	}

	@Test
	@Order(1)
	void theDashboardFillsTheEditorAreaBesideTheNavigatorWhileNoEditorIsOpen() {
		workbench.closeEditors();
		// an earlier test class may have left the Fleet Table in the editor area; a newcomer has none
		ui.ui(() -> {
			MPart fleetTable = workbench.parts.findPart(FleetTablePart.ID);
			if (fleetTable != null && fleetTable.isToBeRendered()) {
				workbench.parts.hidePart(fleetTable, true);
			}
		});
		ui.settle();
		Table table = table(); // visible: found without showing the part
		MPart dashboard = ui.ui(() -> workbench.parts.findPart(FleetDashboardPart.ID));
		assertEquals(ModelEditors.EDITOR_STACK_ID, ui.ui(() -> dashboard.getParent().getElementId()),
				"the dashboard is in the editor area");
		assertTrue(ui.ui(() -> ((MPartStack) (Object) dashboard.getParent()).getSelectedElement() == dashboard));
		Tree navigator = workbench.navigatorTree();
		Rectangle tree = ui.ui(() -> navigator.getDisplay().map(navigator.getParent(), null, navigator.getBounds()));
		Rectangle area = ui.ui(() -> table.getDisplay().map(table.getParent(), null, table.getBounds()));
		assertTrue(area.x >= tree.x + tree.width, "the dashboard " + area + " beside the navigator " + tree);
		assertTrue(area.width > tree.width, "the dashboard takes the larger part of the window: " + area);

		workbench.openInMemory(LargeFleets.fleet(12), "first-view.nftfleet");
		ui.waitUntil("a row per host", () -> table.getItemCount() == 12);
		String summary = ui.ui(() -> part().summaryText());
		assertTrue(summary.startsWith("12 hosts, none watched: Watch All Hosts"), summary);
		assertEquals("not watched", ui.ui(() -> part().text(0, "State")));
		ui.screenshot("dashboard-first-view");

		// an editor opens beside it as a tab, and when it closes the dashboard shows again
		Host host = workbench.clickHostInNavigator(2);
		ui.press("Return");
		ui.waitUntil("the host's editor in front", () -> workbench.parts.getActivePart() != null
				&& workbench.parts.getActivePart().getObject() instanceof HostEditorPart editor && editor.host() == host);
		ui.waitUntil("the dashboard behind the editor", () -> !table.isVisible());
		workbench.closeEditors();
		ui.waitUntil("the dashboard back when the last editor closed", () -> table.isVisible());
	}

	@Test
	@Order(2)
	void viewFleetDashboardBringsItBackOnceClosed() {
		ui.ui(() -> workbench.parts.hidePart(workbench.parts.findPart(FleetDashboardPart.ID)));
		ui.waitUntil("the dashboard closed",
				() -> !workbench.parts.findPart(FleetDashboardPart.ID).isToBeRendered());
		ui.activate(workbench.window);
		ui.menu("alt+v", "d"); // View > Fleet Dashboard
		Table table = table();
		ui.waitUntil("the dashboard active again",
				() -> workbench.parts.getActivePart() == workbench.parts.findPart(FleetDashboardPart.ID) && table.isVisible());
	}

	/** Host {@code n}'s simulated stream: a sample a second until the test ends. */
	static final class SimulatedHost implements StatisticsWatches.SampleSource {
		final int n;
		final AtomicLong seq = new AtomicLong();
		volatile ScheduledFuture<?> task;

		SimulatedHost(int n) {
			this.n = n;
		}

		@Override
		public void start(Consumer<StatsSample> sink) {
			if (n == FAILED || n == UNREACHABLE) {
				return; // sends nothing: given up, or reconnecting
			}
			// spread over the second, as 100 independent streams are
			task = streams.scheduleAtFixedRate(() -> sink.accept(sample(n, seq.incrementAndGet())), n * 10L, 1000,
					TimeUnit.MILLISECONDS);
		}

		@Override
		public int reconnects() {
			return n == UNREACHABLE ? 3 : 0;
		}

		@Override
		public String failure() {
			return n == FAILED ? "edge-00007: the agent refuses the table name (not retried: reconnecting cannot change this)"
					: null;
		}

		@Override
		public String lastError() {
			return n == UNREACHABLE ? "connect to 198.18.0.14:22 timed out" : failure();
		}

		@Override
		public void close() {
			if (task != null) {
				task.cancel(false);
			}
		}
	}

	static StatsSample sample(int n, long seq) {
		long in = 1000L * (n + 1);
		long slow = 5L * n;
		return new StatsSample(seq, 1_800_000_000L + seq, 200L + n, 10 + n, n % 4, null, seq * slow, 0.2 + n / 250.0,
				Map.of("eth0", Map.of("rx_packets", seq * in / 2), "eth1", Map.of("rx_packets", seq * in / 2)), false,
				"status_filter", 0.05 + n / 500.0);
	}

	@Test
	@Order(3)
	void aHundredHostsStreamingAtOneHertzAreOneRowEachWorstFirstWithTheFleetsTotals() throws Exception {
		workbench.closeEditors();
		Fleet fleet = LargeFleets.fleet(HOSTS);
		workbench.openInMemory(fleet, "dashboard-100.nftfleet");
		Table table = table();
		ui.waitUntil("a row per host", () -> table.getItemCount() == HOSTS);
		List<Host> hosts = ui.ui(() -> List.copyOf(workbench.document.fleet().getHosts()));
		ui.ui(() -> {
			FleetDrift drift = ContextInjectionFactory.make(FleetDrift.class, workbench.context);
			drift.record(hosts, List.of(new HostResult(hosts.get(DRIFTED).getName(), HostResult.Status.SUCCESS, "drifted", 0,
					Map.of(DriftCheck.STATE, DriftCheck.State.DRIFTED.key(), DriftCheck.DIFFERENCES,
							List.of("flowtable ft0: devices eth1 on the host, eth0 in the model")))));
		});

		streams = Executors.newScheduledThreadPool(4, r -> {
			Thread thread = new Thread(r, "simulated statistics stream");
			thread.setDaemon(true);
			return thread;
		});
		long expectedSw = 0;
		long expectedHw = 0;
		double expectedIn = 0;
		double expectedSlow = 0;
		for (int n = 0; n < HOSTS; n++) {
			if (n != FAILED && n != UNREACHABLE) {
				expectedSw += 10 + n;
				expectedHw += n % 4;
				expectedIn += 1000.0 * (n + 1);
				expectedSlow += 5.0 * n;
			}
		}
		FleetUiBenchmark.Watchdog watchdog = new FleetUiBenchmark.Watchdog(ui.display());
		ui.ui(() -> watches.watchFrom(hosts, snapshot -> new SimulatedHost(hostNumber(snapshot)), 1));
		long expectedSwTotal = expectedSw;
		double expectedSlowTotal = expectedSlow;
		ui.waitUntil("every host streaming with rates", () -> {
			DashboardRows.Totals t = part().totals();
			return t.streaming() == HOSTS - 2 && t.slowPath() == expectedSlowTotal && t.softwareFlows() == expectedSwTotal;
		});

		// the measurement: every host streams, the dashboard in front
		watchdog.reset();
		long samplesBefore = watches.samplesArrived();
		long drainsBefore = ui.ui(() -> watches.drains());
		long refreshesBefore = ui.ui(() -> part().refreshes());
		ui.ui(() -> part().resetWorstRefresh());
		UiDriver.sleep(MEASURE_SECONDS * 1000L);
		ui.ui(() -> {
			// one round trip: a stall going on ends before the figure is read
		});
		long stall = watchdog.worstStallMillis();
		long samples = watches.samplesArrived() - samplesBefore;
		long drains = ui.ui(() -> watches.drains()) - drainsBefore;
		long refreshes = ui.ui(() -> part().refreshes()) - refreshesBefore;
		long lastRefresh = ui.ui(() -> part().lastRefreshMicros());
		long worstRefresh = ui.ui(() -> part().worstRefreshMicros());
		System.out.printf(Locale.ROOT,
				"FIGURE dashboard, %d hosts at 1 Hz for %d s: %d samples, taken into the UI thread %d times, dashboard refreshed %d times%n",
				HOSTS, MEASURE_SECONDS, samples, drains, refreshes);
		System.out.printf(Locale.ROOT,
				"FIGURE dashboard refresh on the UI thread: last %.2f ms, worst %.2f ms; worst UI-thread stall %d ms (load average %s)%n",
				lastRefresh / 1000.0, worstRefresh / 1000.0, stall, loadAverage());

		// with the Offload Statistics view showing the same 100 hosts below it: first while it is made
		// and fills its (not virtual) table with the 100 rows, then in the steady state
		watchdog.reset();
		workbench.showPart("org.nftoffload.ui.part.statistics");
		UiDriver.sleep(2 * FleetDashboardPart.REFRESH_MILLIS + 500L);
		ui.ui(() -> {
		});
		System.out.printf(Locale.ROOT,
				"FIGURE Offload Statistics view shown and filled with %d hosts: worst UI-thread stall %d ms (load average %s)%n",
				HOSTS, watchdog.worstStallMillis(), loadAverage());
		watchdog.reset();
		UiDriver.sleep(MEASURE_SECONDS * 1000L);
		ui.ui(() -> {
		});
		System.out.printf(Locale.ROOT,
				"FIGURE dashboard and Offload Statistics view, %d hosts at 1 Hz for %d s: worst UI-thread stall %d ms (load average %s)%n",
				HOSTS, MEASURE_SECONDS, watchdog.worstStallMillis(), loadAverage());

		// the baseline on this machine: the same streams, neither view showing (a host editor in front)
		workbench.showPart("org.nftoffload.ui.part.properties");
		ui.ui(() -> ContextInjectionFactory.make(ModelEditors.class, workbench.context).open(hosts.get(0)));
		ui.waitUntil("the dashboard hidden", () -> !table.isVisible());
		ui.settle();
		watchdog.reset();
		UiDriver.sleep(MEASURE_SECONDS * 1000L);
		ui.ui(() -> {
		});
		System.out.printf(Locale.ROOT,
				"FIGURE baseline, the same streams with neither view showing, %d s: worst UI-thread stall %d ms (load average %s)%n",
				MEASURE_SECONDS, watchdog.worstStallMillis(), loadAverage());
		watchdog.stop();
		workbench.closeEditors();
		ui.waitUntil("the dashboard back", () -> table.isVisible());

		assertTrue(samples >= HOSTS - 2, "the simulated hosts streamed: " + samples + " samples");
		assertTrue(drains * 10 < samples, "samples are taken in together, not one by one: " + drains + " for " + samples);
		assertTrue(refreshes * 10 < samples, "the dashboard refreshes per interval, not per sample: " + refreshes + " for " + samples);

		ui.waitUntil("the totals again after the second measurement", () -> part().totals().streaming() == HOSTS - 2);
		assertEquals(HOSTS, (int) ui.ui(() -> table.getItemCount()), "a row per host");
		DashboardRows.Totals totals = ui.ui(() -> part().totals());
		assertEquals(HOSTS, totals.hosts());
		assertEquals(HOSTS, totals.watched());
		assertEquals(1, totals.errors());
		assertEquals(1, totals.unreachable());
		assertEquals(1, totals.drifted());
		assertEquals(expectedSw, totals.softwareFlows());
		assertEquals(expectedHw, totals.hardwareFlows());
		assertEquals(expectedIn, totals.packetsIn());
		assertEquals(expectedSlow, totals.slowPath());

		// worst first: the error, the unreachable host, the drifted one, then the highest slow path
		List<String> firstNames = new ArrayList<>();
		List<String> firstStates = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			int row = i;
			firstNames.add(ui.ui(() -> part().text(row, "Host")));
			firstStates.add(ui.ui(() -> part().text(row, "State")));
		}
		assertEquals(List.of("edge-00007", "edge-00013", "edge-00021", "edge-00099", "edge-00098"), firstNames);
		assertEquals(List.of("\u2716 error", "\u26a0 unreachable", "streaming", "streaming", "streaming"), firstStates);
		assertEquals("495", ui.ui(() -> part().text(3, "Slow pkt/s")));
		assertEquals("100.0k", ui.ui(() -> part().text(3, "Pkt/s in")));
		assertEquals("109", ui.ui(() -> part().text(3, "SW flows")));
		assertEquals("60 %", ui.ui(() -> part().text(3, "CPU")));
		assertEquals("25 %", ui.ui(() -> part().text(3, "Softirq")));
		assertTrue(ui.ui(() -> part().text(2, "Drift")).startsWith("\u26a0 drifted "), ui.ui(() -> part().text(2, "Drift")));
		assertTrue(ui.ui(() -> part().chartPoints()) >= MEASURE_SECONDS, "the fleet's totals charted over time");

		// what the table shows is what the part says (SWT asked for the visible rows' texts)
		assertEquals("edge-00099", ui.ui(() -> table.getItem(3).getText(0)));
		UiDriver.sleep(FleetDashboardPart.REFRESH_MILLIS * 2L);
		ui.screenshot("dashboard-100-hosts");
	}

	@Test
	@Order(4)
	void enterAndADoubleClickOnARowOpenTheHostsEditor() {
		Table table = table();
		ui.waitUntil("the 100 hosts", () -> table.getItemCount() == HOSTS);
		// row 3 is edge-00099 (the highest slow path after the error, unreachable and drifted hosts)
		ui.clickAt(rowCentre(table, 3));
		ui.waitUntil("edge-00099 selected", () -> table.getSelectionCount() == 1 && part().selectedHosts().equals(
				List.of(workbench.document.fleet().getHosts().get(99))));
		ui.press("Return");
		Host edge99 = host(99);
		ui.waitUntil("edge-00099's editor in front", () -> workbench.parts.getActivePart() != null
				&& workbench.parts.getActivePart().getObject() instanceof HostEditorPart editor && editor.host() == edge99);
		workbench.closeEditors();

		ui.waitUntil("the dashboard back", () -> table.isVisible());
		Host edge13 = host(UNREACHABLE);
		ui.doubleClickAt(rowCentre(table, 1));
		ui.waitUntil("edge-00013's editor in front", () -> workbench.parts.getActivePart() != null
				&& workbench.parts.getActivePart().getObject() instanceof HostEditorPart editor && editor.host() == edge13);
		workbench.closeEditors();

		// the rows' context menu: the Fleet commands for the selected hosts
		ui.waitUntil("the dashboard back", () -> table.isVisible());
		ui.clickAt(rowCentre(table, 4));
		ui.waitUntil("edge-00098 selected", () -> part().selectedHosts().equals(List.of(workbench.document.fleet().getHosts().get(98))));
		ui.press("Menu");
		ui.waitUntil("the rows' context menu", () -> table.getMenu() != null && table.getMenu().isVisible());
		List<String> items = ui.ui(() -> java.util.Arrays.stream(table.getMenu().getItems()).filter(i -> i.isEnabled())
				.map(i -> i.getText().replace("&", "")).filter(t -> !t.isEmpty()).toList());
		assertEquals(List.of("Probe", "Check Drift", "Apply...", "Watch Statistics"), items);
		ui.screenshot("dashboard-context-menu");
		ui.press("Escape");
		ui.waitUntil("the menu closed", () -> !table.getMenu().isVisible());
	}

	/** The machine's load (1, 5, 15 min), beside the figures: other builds share the CPU cores. */
	static String loadAverage() {
		try {
			String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		} catch (java.io.IOException e) {
			return "unknown";
		}
	}

	static Point rowCentre(Table table, int row) {
		return ui.ui(() -> {
			Rectangle bounds = table.getItem(row).getBounds(0);
			return table.toDisplay(bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2);
		});
	}

	/** The host's number in the generated fleet, from its name (edge-NNNNN); a copy of the host has the same name. */
	static int hostNumber(Host host) {
		return Integer.parseInt(host.getName().substring("edge-".length()));
	}
}

package org.nftoffload.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.ui.internal.StatisticsWatches;
import org.nftoffload.ui.internal.TableColumns;
import org.nftoffload.ui.internal.StatisticsWatches.HostStatistics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Offload Statistics: one row per watched host (Fleet > Watch Statistics) with offloaded flows in
 * software and hardware, tracked connections, packets per second on the interfaces against packets
 * per second through the forward chain (the slow path: flat while flows are offloaded), and CPU;
 * below, the selected host's offloaded flows over time. Samples come from the watches' threads
 * through the UI thread; nothing here waits for a host. A change only marks the view out of date: it
 * refreshes once a second at most, and only while visible (100 hosts at a sample a second are not
 * a hundred refreshes).
 */
public final class StatisticsPart {

	/** What the short column headings mean. */
	private static final java.util.Map<String, String> HEADER_TIPS = java.util.Map.of(
			"SW flows", "Connections offloaded to the software fast path ([OFFLOAD])",
			"HW flows", "Connections offloaded to the NIC ([HW_OFFLOAD])",
			"Tracked", "All connections conntrack tracks",
			"Pkt/s in", "Packets per second received on all interfaces",
			"Slow pkt/s", "Packets per second through the forward chain: flat while flows are offloaded",
			"CPU", "CPU busy since the previous sample");

	@Inject
	private StatisticsWatches watches;

	private TableViewer viewer;
	private Chart chart;
	/** New samples, or other hosts watched, since the last refresh. */
	private boolean outOfDate;
	private final Runnable changed = () -> outOfDate = true;
	private final Runnable everySecond = this::tick;

	@PostConstruct
	void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		viewer = new TableViewer(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData("org.nftoffload.test.id", "statistics");
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Host", 90, HostStatistics::host);
		column("SW flows", 75, s -> s.last() == null ? "" : String.valueOf(s.last().offloadedSw()));
		column("HW flows", 75, s -> s.last() == null ? "" : String.valueOf(s.last().offloadedHw()));
		column("Tracked", 65, s -> s.last() == null || s.last().conntrackTotal() == null ? ""
				: String.valueOf(s.last().conntrackTotal()));
		column("Pkt/s in", 75, s -> rate(s.packetsPerSecond()));
		column("Slow pkt/s", 80, s -> rate(s.forwardedPerSecond()));
		column("CPU", 55, s -> s.last() == null || s.last().cpuBusy() == null ? ""
				: Math.round(s.last().cpuBusy() * 100) + " %");
		column("State", 220, HostStatistics::state);
		viewer.addSelectionChangedListener(e -> drawChart());

		chart = new Chart(sash, SWT.NONE);
		chart.setData("org.nftoffload.test.id", "statistics.chart");
		chart.getTitle().setText("Offloaded flows");
		chart.getAxisSet().getXAxis(0).getTitle().setText("seconds");
		chart.getAxisSet().getYAxis(0).getTitle().setText("flows");
		sash.setWeights(66, 34);
		watches.addListener(changed);
		refresh();
		tick();
	}

	private static String rate(Double perSecond) {
		if (perSecond == null) {
			return "";
		}
		return perSecond >= 10_000 ? String.format("%.1fk", perSecond / 1000) : String.valueOf(Math.round(perSecond));
	}

	private void column(String title, int width, Function<HostStatistics, String> text) {
		TableColumns.add(viewer, HostStatistics.class, title, width, text).getColumn()
				.setToolTipText(HEADER_TIPS.get(title));
	}

	/** A sample arrived or the watched hosts changed (UI thread). */
	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		outOfDate = false;
		Object selected = viewer.getStructuredSelection().getFirstElement();
		List<HostStatistics> rows = watches.rows();
		viewer.setInput(rows);
		if ((selected == null || !rows.contains(selected)) && !rows.isEmpty()) {
			viewer.setSelection(new StructuredSelection(rows.get(0)));
		}
		drawChart();
	}

	/**
	 * Each second: the rows anew after a change; else the state column alone ages ("waiting for a
	 * sample") without samples, so it is redrawn. Nothing while the view is hidden.
	 */
	private void tick() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (viewer.getControl().isVisible()) {
			if (outOfDate) {
				refresh();
			} else if (watches.isWatching()) {
				viewer.refresh();
			}
		}
		viewer.getControl().getDisplay().timerExec(1000, everySecond);
	}

	/** The selected host's history; a reconnection starts a new line segment so no line bridges a gap. */
	private void drawChart() {
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		HostStatistics row = viewer.getStructuredSelection().getFirstElement() instanceof HostStatistics selected
				? selected : null;
		List<AgentData.StatsSample> history = row == null ? List.of() : row.history();
		if (history.isEmpty()) {
			chart.getTitle().setText("Offloaded flows");
			chart.redraw();
			return;
		}
		chart.getTitle().setText("Offloaded flows on " + row.host());
		long origin = history.get(history.size() - 1).time();
		List<List<AgentData.StatsSample>> segments = new ArrayList<>();
		for (AgentData.StatsSample sample : history) {
			if (segments.isEmpty() || sample.gap()) {
				segments.add(new ArrayList<>());
			}
			segments.get(segments.size() - 1).add(sample);
		}
		Display display = chart.getDisplay();
		for (int i = 0; i < segments.size(); i++) {
			List<AgentData.StatsSample> segment = segments.get(i);
			double[] x = new double[segment.size()];
			double[] sw = new double[segment.size()];
			double[] hw = new double[segment.size()];
			for (int j = 0; j < segment.size(); j++) {
				x[j] = segment.get(j).time() - origin;
				sw[j] = segment.get(j).offloadedSw();
				hw[j] = segment.get(j).offloadedHw();
			}
			line("software#" + i, "software", x, sw, display.getSystemColor(SWT.COLOR_DARK_GREEN), i == 0);
			line("hardware#" + i, "hardware", x, hw, display.getSystemColor(SWT.COLOR_BLUE), i == 0);
		}
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	private void line(String id, String description, double[] x, double[] y, Color colour, boolean inLegend) {
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		series.setDescription(description);
		series.setXSeries(x);
		series.setYSeries(y);
		series.setLineColor(colour);
		series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
		series.setVisibleInLegend(inLegend);
	}

	@PreDestroy
	void dispose() {
		watches.removeListener(changed);
	}
}

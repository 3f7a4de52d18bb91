package org.nftoffload.ui.internal.parts;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.nftoffload.fleet.edit.ModelTexts;
import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.ConsolePreferences;
import org.nftoffload.ui.internal.DashboardRows;
import org.nftoffload.ui.internal.DashboardRows.Row;
import org.nftoffload.ui.internal.DashboardRows.Totals;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.FleetDrift;
import org.nftoffload.ui.internal.StatisticsWatches;
import org.nftoffload.ui.internal.editors.ModelEditors;
import org.nftoffload.ui.internal.handlers.FleetActions;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Fleet Dashboard (View &gt; Fleet Dashboard; in the editor area, where it shows while no
 * editor is open): one row per host of the fleet with the state of its statistics stream, its
 * offloaded flows in software and hardware, packets per second in, slow-path packets per second
 * (the forward chain: what is not offloaded), CPU busy and softirq shares and its last drift check,
 * worst first ({@link DashboardRows}); below, the fleet's totals over time. The selected rows are
 * the workbench's selection, so the Fleet commands (and the rows' context menu) act on them; Enter
 * or a double click opens a host's editor.
 * <p>
 * Samples come from {@link StatisticsWatches}, which takes them into the UI thread a few times a
 * second at most. This part does not refresh on each of those: it marks itself out of date and
 * refreshes once per {@link #REFRESH_MILLIS} (a {@code timerExec} loop), and only while it is
 * visible: the table is virtual (SWT asks for the rows it shows), so a refresh costs building and
 * sorting one small record per host, and the drawing of the visible rows.
 */
public final class FleetDashboardPart {

	public static final String ID = "org.nftoffload.ui.part.dashboard";
	/** The rows' context menu: Probe, Check Drift, Apply, Watch Statistics for the selected hosts. */
	static final String POPUP_ID = "org.nftoffload.ui.part.dashboard.popup";
	/** How often the dashboard refreshes (at most; only while visible and out of date or watching). */
	public static final int REFRESH_MILLIS = 1000;
	/** Points of fleet totals the chart keeps: ten minutes at one a second. */
	public static final int CHART_POINTS = 600;
	/** Enter on more selected hosts than this opens only the first. */
	static final int MAX_OPENED = 10;

	private static final DateTimeFormatter CHECKED = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
			.withZone(ZoneId.systemDefault());

	/** The columns in their order; {@link #ordinal()} is the SWT column index. */
	enum Column {
		HOST("Host", 96, "The host's name. The rows are worst first: stream errors, then unreachable hosts, then drifted "
				+ "hosts, then the rest; within each the highest slow-path packet rate first. Enter opens a host."), //
		STATE("State", 108, "Its statistics stream: streaming, connecting, unreachable (reconnecting, or the last drift "
				+ "check could not reach it), no samples (stopped arriving), error (gave up: see Detail), not watched"), //
		SW_FLOWS("SW flows", 80, "Connections offloaded to the software fast path ([OFFLOAD])"), //
		HW_FLOWS("HW flows", 80, "Connections offloaded to the NIC ([HW_OFFLOAD])"), //
		PACKETS_IN("Pkt/s in", 78, "Packets per second received on all interfaces"), //
		SLOW_PATH("Slow pkt/s", 90, "Packets per second through the forward chain (the slow path): what is not offloaded"), //
		CPU("CPU", 52, "CPU busy since the previous sample"), //
		SOFTIRQ("Softirq", 66, "Share of CPU time in softirqs, where packets are forwarded"), //
		DRIFT("Drift", 120, "The last drift check (Fleet > Check Drift) and when it ran; what drifted is in Detail"), //
		/** Takes the width the others leave. */
		DETAIL("Detail", 180, "Why a stream is not live; what drifted");

		final String title;
		final int width;
		final String tooltip;

		Column(String title, int width, String tooltip) {
			this.title = title;
			this.width = width;
			this.tooltip = tooltip;
		}
	}

	/** One point of the fleet totals chart. */
	record Point(long atNanos, long softwareFlows, long hardwareFlows, double packetsIn, double slowPath) {
	}

	@Inject
	private FleetDocument document;
	@Inject
	private FleetDrift drift;
	@Inject
	private StatisticsWatches watches;
	@Inject
	private ESelectionService selectionService;
	@Inject
	private ModelEditors editors;
	@Inject
	private FleetActions actions;
	@Inject
	private ConsolePreferences preferences;

	private Label summary;
	private Button watchAll;
	private Table table;
	private Chart chart;
	private int packetsAxis;

	/** The rows in the table's order: row {@code i} is {@code shown[i]}. */
	private Row[] shown = new Row[0];
	private Totals totals = DashboardRows.totals(List.of());
	private final Deque<Point> points = new ArrayDeque<>();
	/** Something changed that the rows show (the fleet, a drift check, the watched hosts or a sample). */
	private boolean outOfDate = true;
	private boolean chartOutOfDate = true;
	/** The watches' drain count when the last chart point was taken: a new point only after new samples. */
	private long drainsAtLastPoint = -1;

	private final Runnable tick = this::tick;
	private final Runnable watchesChanged = () -> outOfDate = true;
	private final FleetDrift.Listener driftChanged = d -> outOfDate = true;
	private final FleetDocument.Listener documentChanged = d -> outOfDate = true;

	private long refreshes;
	private long lastRefreshNanos;
	private long worstRefreshNanos;

	@PostConstruct
	void createControls(Composite parent, EMenuService menuService) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(8, 4).applyTo(parent);
		summary = new Label(parent, SWT.WRAP);
		summary.setData("org.nftoffload.test.id", "dashboardSummary");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(200, SWT.DEFAULT).applyTo(summary);
		watchAll = new Button(parent, SWT.PUSH);
		watchAll.setText("&Watch All Hosts");
		watchAll.setToolTipText("Streams the offload statistics of every host of the fleet (Fleet > Stop Watching ends it)");
		watchAll.setData("org.nftoffload.test.id", "dashboardWatchAll");
		watchAll.addListener(SWT.Selection, e -> watchAllHosts());

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(sash);
		table = new Table(sash, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setData("org.nftoffload.test.id", "dashboard");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (Column column : Column.values()) {
			TableColumn swtColumn = new TableColumn(table, column.ordinal() >= Column.SW_FLOWS.ordinal()
					&& column.ordinal() <= Column.SOFTIRQ.ordinal() ? SWT.RIGHT : SWT.LEFT);
			swtColumn.setText(column.title);
			swtColumn.setToolTipText(column.tooltip);
			swtColumn.setWidth(column.width);
			swtColumn.setMoveable(true);
		}
		table.addListener(SWT.SetData, this::fillItem);
		table.addListener(SWT.Resize, e -> fitDetailColumn());
		// a long detail (why a stream broke, what drifted) in full under the pointer; no tip elsewhere
		table.addListener(SWT.MouseHover, e -> {
			TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
			int index = item == null ? -1 : table.indexOf(item);
			String detail = index >= 0 && index < shown.length ? shown[index].detail() : null;
			table.setToolTipText(detail == null ? null : shown[index].name() + ": " + detail);
		});
		table.addListener(SWT.Selection, e -> publishSelection());
		table.addListener(SWT.DefaultSelection, e -> openSelected());
		menuService.registerContextMenu(table, POPUP_ID);

		chart = new Chart(sash, SWT.NONE);
		chart.setData("org.nftoffload.test.id", "dashboardChart");
		chart.getTitle().setText("Fleet totals");
		chart.getTitle().setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		// beside the plot, not below it: the editor area has more width than height to give
		chart.getLegend().setPosition(SWT.RIGHT);
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setText("seconds (0 is now)");
		chart.getAxisSet().getYAxis(0).getTitle().setText("flows");
		packetsAxis = chart.getAxisSet().createYAxis();
		IAxis packets = chart.getAxisSet().getYAxis(packetsAxis);
		packets.setPosition(IAxis.Position.Secondary);
		packets.getTitle().setText("packets/s");
		packets.getTick().setFormat(new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
		chart.getAxisSet().getYAxis(0).getTick()
				.setFormat(new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
		sash.setWeights(60, 40);

		watches.addListener(watchesChanged);
		drift.addListener(driftChanged);
		document.addListener(documentChanged);
		refresh();
		drawChart();
		table.getDisplay().timerExec(REFRESH_MILLIS, tick);
	}

	// ---- refresh ----

	/** Once per {@link #REFRESH_MILLIS}: a chart point after new samples; the table while visible and out of date. */
	private void tick() {
		if (table.isDisposed()) {
			return;
		}
		if (watches.drains() != drainsAtLastPoint && watches.isWatching()) {
			drainsAtLastPoint = watches.drains();
			addPoint();
		}
		if (table.isVisible()) {
			// watched hosts age (a stream that stops sending turns "no samples") without any event
			if (outOfDate || watches.isWatching()) {
				refresh();
			}
			if (chartOutOfDate) {
				drawChart();
			}
		}
		table.getDisplay().timerExec(REFRESH_MILLIS, tick);
	}

	/** The rows anew, worst first; the selected hosts stay selected, the table keeps its scroll position. */
	private void refresh() {
		long start = System.nanoTime();
		outOfDate = false;
		List<Row> rows = DashboardRows.rows(document.fleet().getHosts(), watches::statistics, drift.entries());
		Set<Host> selected = new LinkedHashSet<>(selectedHosts());
		int top = table.getTopIndex();
		shown = rows.toArray(Row[]::new);
		totals = DashboardRows.totals(rows);
		table.setRedraw(false);
		try {
			table.setItemCount(shown.length);
			table.clearAll();
			int[] indices = new int[selected.size()];
			int n = 0;
			for (int i = 0; i < shown.length && n < indices.length; i++) {
				if (selected.contains(shown[i].host())) {
					indices[n++] = i;
				}
			}
			table.setSelection(Arrays.copyOf(indices, n));
			if (top < shown.length) {
				table.setTopIndex(top);
			}
		} finally {
			table.setRedraw(true);
		}
		setSummary(summaryText(totals));
		watchAll.setEnabled(totals.watched() < totals.hosts());
		if (!selectedHosts().equals(new ArrayList<>(selected))) {
			publishSelection(); // hosts went away
		}
		refreshes++;
		lastRefreshNanos = System.nanoTime() - start;
		worstRefreshNanos = Math.max(worstRefreshNanos, lastRefreshNanos);
	}

	/**
	 * The summary's new text; the part is laid out again only when the text needs another number of
	 * lines (a layout of the part, its sash and chart included, was most of a refresh's cost).
	 */
	private void setSummary(String text) {
		if (text.equals(summary.getText())) {
			return;
		}
		summary.setText(text);
		int width = summary.getSize().x;
		if (width <= 0 || summary.computeSize(width, SWT.DEFAULT, true).y != summary.getSize().y) {
			summary.getParent().layout(new org.eclipse.swt.widgets.Control[] { summary });
		}
	}

	private static String summaryText(Totals t) {
		NumberFormat number = NumberFormat.getIntegerInstance(Locale.ROOT);
		if (t.hosts() == 0) {
			return "The fleet has no hosts yet: Fleet > Add Host... or Fleet > Import Hosts... adds them.";
		}
		String hosts = ModelTexts.count(t.hosts(), "host", "hosts");
		String drifted = t.drifted() == 0 ? "" : ", " + number.format(t.drifted()) + " drifted";
		if (t.watched() == 0) {
			return hosts + drifted + ", none watched: Watch All Hosts streams their offload statistics here "
					+ "(Fleet > Watch Statistics: the selected hosts).";
		}
		List<String> states = new ArrayList<>();
		states.add(number.format(t.streaming()) + " streaming");
		if (t.unreachable() > 0) {
			states.add(number.format(t.unreachable()) + " unreachable");
		}
		if (t.errors() > 0) {
			states.add(ModelTexts.count(t.errors(), "error", "errors"));
		}
		if (t.watched() < t.hosts()) {
			states.add(number.format(t.hosts() - t.watched()) + " not watched");
		}
		return hosts + ": " + String.join(", ", states) + drifted + ".   Fleet: " + number.format(t.softwareFlows())
				+ " flows offloaded in software, " + number.format(t.hardwareFlows()) + " in hardware; "
				+ rate(t.packetsIn()) + " pkt/s in, " + rate(t.slowPath()) + " on the slow path.";
	}

	/** The Detail column takes what the others leave of the table's width (at least its own). */
	private void fitDetailColumn() {
		int others = 0;
		for (Column column : Column.values()) {
			if (column != Column.DETAIL) {
				others += table.getColumn(column.ordinal()).getWidth();
			}
		}
		// a few pixels short of the client area: GTK adds a horizontal scroll bar at the exact width
		int free = table.getClientArea().width - others - 4;
		table.getColumn(Column.DETAIL.ordinal()).setWidth(Math.max(Column.DETAIL.width, free));
	}

	// ---- rows ----

	private void fillItem(Event event) {
		TableItem item = (TableItem) event.item;
		int index = event.index;
		if (index < 0 || index >= shown.length) {
			return;
		}
		Row row = shown[index];
		String[] texts = new String[Column.values().length];
		for (Column column : Column.values()) {
			texts[column.ordinal()] = text(row, column);
		}
		item.setText(texts);
		item.setData(row.host());
		Color alarm = table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		item.setForeground(Column.STATE.ordinal(), row.rank() <= 1 ? alarm : null);
		item.setForeground(Column.DRIFT.ordinal(), row.driftState() == DriftCheck.State.DRIFTED
				|| row.driftState() == DriftCheck.State.UNREACHABLE ? alarm : null);
	}

	static String text(Row row, Column column) {
		NumberFormat number = NumberFormat.getIntegerInstance(Locale.ROOT);
		return switch (column) {
		case HOST -> row.name();
		case STATE -> switch (row.state()) {
		// marked in the text, as the fleet table's Problems: a virtual GTK table draws icons only sometimes
		case ERROR -> "\u2716 " + row.state().label();
		case UNREACHABLE, NO_SAMPLES -> "\u26a0 " + row.state().label();
		default -> row.state().label();
		};
		case SW_FLOWS -> row.softwareFlows() == null ? "" : number.format(row.softwareFlows());
		case HW_FLOWS -> row.hardwareFlows() == null ? "" : number.format(row.hardwareFlows());
		case PACKETS_IN -> rate(row.packetsIn());
		case SLOW_PATH -> rate(row.slowPath());
		case CPU -> percent(row.cpuBusy());
		case SOFTIRQ -> percent(row.softirqShare());
		case DRIFT -> driftText(row.drift());
		case DETAIL -> row.detail() == null ? "" : row.detail();
		};
	}

	private static String driftText(FleetDrift.Entry entry) {
		if (entry == null) {
			return "";
		}
		DriftCheck.State state = entry.state();
		String when = CHECKED.format(entry.checked());
		if (state == null) {
			return "not checked " + when;
		}
		return switch (state) {
		case DRIFTED -> "\u26a0 drifted " + when;
		case UNREACHABLE -> "\u26a0 unreachable " + when;
		default -> state.label() + " " + when;
		};
	}

	static String rate(Double perSecond) {
		if (perSecond == null) {
			return "";
		}
		if (perSecond >= 1_000_000) {
			return String.format(Locale.ROOT, "%.2fM", perSecond / 1_000_000);
		}
		if (perSecond >= 10_000) {
			return String.format(Locale.ROOT, "%.1fk", perSecond / 1000);
		}
		return String.valueOf(Math.round(perSecond));
	}

	private static String percent(Double share) {
		return share == null ? "" : Math.round(share * 100) + " %";
	}

	// ---- chart ----

	/** The fleet's totals now, over the hosts that stream. */
	private void addPoint() {
		Totals now = DashboardRows.totalsOfWatched(watches.rows());
		if (now.streaming() == 0) {
			return;
		}
		points.addLast(new Point(System.nanoTime(), now.softwareFlows(), now.hardwareFlows(), now.packetsIn(), now.slowPath()));
		while (points.size() > CHART_POINTS) {
			points.removeFirst();
		}
		chartOutOfDate = true;
	}

	/**
	 * The chart from {@link #points}: its four series are made once and given new data, with the
	 * chart's updates suspended meanwhile, so that it lays itself out once, not once per change.
	 */
	private void drawChart() {
		chartOutOfDate = false;
		chart.suspendUpdate(true);
		try {
			if (points.isEmpty()) {
				chart.getTitle().setText("Fleet totals (once hosts stream)");
				for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
					series.setVisible(false);
				}
				chart.getAxisSet().getXAxis(0).setRange(new Range(-60, 0));
				for (IAxis y : chart.getAxisSet().getYAxes()) {
					y.setRange(new Range(0, 10));
				}
				return;
			}
			chart.getTitle().setText("Fleet totals of " + ModelTexts.count(totals.streaming(), "streaming host", "streaming hosts"));
			long now = System.nanoTime();
			int n = points.size();
			double[] x = new double[n];
			double[] sw = new double[n];
			double[] hw = new double[n];
			double[] in = new double[n];
			double[] slow = new double[n];
			int i = 0;
			for (Point point : points) {
				x[i] = (point.atNanos() - now) / 1e9;
				sw[i] = point.softwareFlows();
				hw[i] = point.hardwareFlows();
				in[i] = point.packetsIn();
				slow[i] = point.slowPath();
				i++;
			}
			var display = chart.getDisplay();
			line("sw", "SW flows", 0, x, sw, display.getSystemColor(SWT.COLOR_DARK_GREEN));
			line("hw", "HW flows", 0, x, hw, display.getSystemColor(SWT.COLOR_BLUE));
			line("in", "pkt/s in", packetsAxis, x, in, display.getSystemColor(SWT.COLOR_DARK_GRAY));
			line("slow", "slow-path pkt/s", packetsAxis, x, slow, display.getSystemColor(SWT.COLOR_RED));
			chart.getAxisSet().adjustRange();
		} finally {
			chart.suspendUpdate(false);
		}
		chart.redraw();
	}

	private void line(String id, String description, int yAxis, double[] x, double[] y, Color colour) {
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().getSeries(id);
		if (series == null) {
			series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
			series.setDescription(description);
			series.setYAxisId(yAxis);
			series.setLineColor(colour);
			series.setLineWidth(2);
			series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
		}
		series.setVisible(true);
		series.setXSeries(x);
		series.setYSeries(y);
	}

	// ---- selection, opening, watching ----

	/** The selected hosts, in the table's order. */
	public List<Host> selectedHosts() {
		int[] indices = table.getSelectionIndices();
		Arrays.sort(indices);
		List<Host> hosts = new ArrayList<>(indices.length);
		for (int index : indices) {
			if (index < shown.length) {
				hosts.add(shown[index].host());
			}
		}
		return hosts;
	}

	/** As the navigator and the fleet table post it: one host, or a list of them. */
	private void publishSelection() {
		List<Host> hosts = selectedHosts();
		selectionService.setSelection(hosts.size() == 1 ? hosts.get(0) : hosts);
	}

	private void openSelected() {
		List<Host> hosts = selectedHosts();
		for (Host host : hosts.size() <= MAX_OPENED ? hosts : hosts.subList(0, 1)) {
			editors.open(host);
		}
	}

	private void watchAllHosts() {
		watches.watch(document.fleet().getHosts(), () -> actions.openAgents(table.getShell(), "Watch Statistics"),
				preferences.settings().statisticsIntervalSeconds());
		refresh();
	}

	// ---- for tests and the benchmark ----

	public Table table() {
		return table;
	}

	public Chart chart() {
		return chart;
	}

	/** The host shown in row {@code index}. */
	public Host hostAt(int index) {
		return shown[index].host();
	}

	/** The text of row {@code index}'s cell in the column titled {@code title}. */
	public String text(int index, String title) {
		for (Column column : Column.values()) {
			if (column.title.equals(title)) {
				return text(shown[index], column);
			}
		}
		throw new IllegalArgumentException("no column " + title);
	}

	/** The totals of the last refresh. */
	public Totals totals() {
		return totals;
	}

	public String summaryText() {
		return summary.getText();
	}

	/** How many points of fleet totals the chart has. */
	public int chartPoints() {
		return points.size();
	}

	/** How many times the table was refreshed. */
	public long refreshes() {
		return refreshes;
	}

	/** How long the last refresh of the table took on the UI thread, in microseconds. */
	public long lastRefreshMicros() {
		return lastRefreshNanos / 1000;
	}

	/** The longest refresh since the part was made or {@link #resetWorstRefresh()}, in microseconds. */
	public long worstRefreshMicros() {
		return worstRefreshNanos / 1000;
	}

	public void resetWorstRefresh() {
		worstRefreshNanos = 0;
	}

	@Focus
	void setFocus() {
		table.setFocus();
	}

	@PreDestroy
	void dispose() {
		watches.removeListener(watchesChanged);
		drift.removeListener(driftChanged);
		document.removeListener(documentChanged);
	}
}

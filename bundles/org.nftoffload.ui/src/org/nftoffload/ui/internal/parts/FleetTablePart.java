package org.nftoffload.ui.internal.parts;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.nftoffload.fleet.HostGroups;
import org.nftoffload.fleet.edit.FleetCopies;
import org.nftoffload.fleet.edit.ModelTexts;
import org.nftoffload.fleet.ops.DriftCheck;
import org.nftoffload.model.AbstractFlowtable;
import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.FleetDrift;
import org.nftoffload.ui.internal.FleetProblems;
import org.nftoffload.ui.internal.editors.ModelEditors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Fleet Table (View &gt; Fleet Table), the view for large fleets: one row per host with its
 * groups, address, kernel, offload modes, hardware-capable interfaces, problems, last probe and last
 * apply. A click on a column header sorts by it (again: the other way); the filter box matches as the
 * navigator's does (name, address, tag, group, and {@code tag:}, {@code group:} ... for one field).
 * The selected hosts are the workbench's selection, as the navigator posts it, so Probe, Apply,
 * Modules, Rollback, Watch, Delete and Properties act on them; Enter or a double click opens the
 * host's editor.
 * <p>
 * A plain virtual table: SWT asks for the texts of the rows it shows, so 10,000 hosts cost what
 * the visible rows cost to draw. Each row keeps its texts and sort keys; a change (once per UI tick:
 * {@link FleetDocument} coalesces the notifications) marks the rows of the hosts it touched, or all
 * of them, to be built again when SWT shows them or a sort needs them. The filter reads the
 * navigator's index of names, addresses, tags and groups, not the rows.
 */
public final class FleetTablePart {

	public static final String ID = "org.nftoffload.ui.part.fleetTable";
	static final String POPUP_ID = "org.nftoffload.ui.part.fleetTable.popup";
	/** Filter text is applied this long after the last key stroke, as in the navigator. */
	static final int FILTER_DELAY_MILLIS = FleetNavigatorPart.FILTER_DELAY_MILLIS;
	/** Enter on more selected hosts than this opens only the first: not thousands of editors. */
	static final int MAX_OPENED = 10;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
			.withZone(ZoneId.systemDefault());

	/** The columns, in their order; {@link #ordinal()} is the SWT column index. */
	enum Column {
		NAME("Name", 110, "The host's name"), //
		GROUPS("Groups", 120, "The groups the host is in, directly or through a subgroup"), //
		ADDRESS("Address", 130, "Where the console reaches the host (address:port when not 22)"), //
		KERNEL("Kernel", 120, "The kernel release the last probe found"), //
		OFFLOAD("Offload", 140, "The offload modes of the host's flowtables"), //
		HARDWARE("HW-capable NICs", 130,
				"Interfaces that can offload in hardware (the probe's dry run, else hw-tc-offload), of all the host's interfaces"), //
		PROBLEMS("Problems", 110, "What the validator finds on the host; sorted up, the worst come first"), //
		// before the probe and apply columns: a drifted host must show without scrolling the table sideways
		DRIFT("Drift", 200, "What the last drift check (Fleet > Check Drift) found, and when; sorted up, drifted come first"), //
		LAST_PROBE("Last probe", 125, "When the host was last probed; sorted up, never probed and oldest come first"), //
		LAST_APPLY("Last apply", 260, "How the last apply ended, when, and why; sorted up, failures come first");

		final String title;
		final int width;
		final String tooltip;

		Column(String title, int width, String tooltip) {
			this.title = title;
			this.width = width;
			this.tooltip = tooltip;
		}
	}

	/** One host's row: its cell texts and the keys it sorts by, rebuilt when the host changes. */
	static final class Row {
		final Host host;
		/** The host's position in the fleet: the order rows keep among equal keys. */
		int position;
		final String[] texts = new String[Column.values().length];
		int problemSeverity;
		/** Higher is worse: severity first, then how many. */
		long problemKey;
		long probeKey;
		/** Lower needs attention sooner: failed, rolled back, pending, skipped, applied, never; then the time. */
		long applyKey;
		/** Lower needs attention sooner: drifted, unreachable, not checked, not probed, not applied, in sync, never checked. */
		int driftKey;
		/**
		 * One bit per {@link Column} whose text and key are current; a change of the host clears them,
		 * and they are built again when SWT shows the row, or (that column only) when a sort needs it.
		 */
		int valid;
		static final int ALL = (1 << Column.values().length) - 1;

		Row(Host host) {
			this.host = host;
		}
	}

	@Inject
	private FleetDocument document;
	@Inject
	private FleetProblems problems;
	@Inject
	private FleetDrift drift;
	@Inject
	private ESelectionService selectionService;
	@Inject
	private ModelEditors editors;

	private Text filterText;
	private Label countLabel;
	private Table table;
	private final NavigatorFilter filter = new NavigatorFilter();
	private final Runnable applyFilter = this::applyFilter;
	private final FleetDocument.ChangeListener listener = (d, changes) -> changed(changes);
	private final FleetProblems.Listener problemsListener = p -> problemsChanged();
	private final FleetDrift.Listener driftListener = d -> driftChanged();

	/** The fleet the rows are of. */
	private Fleet shownFleet;
	/** Every host's row, by host. */
	private final Map<Host, Row> rows = new HashMap<>();
	/** The rows left by the filter, in the sort order: row {@code i} of the table is {@code shown[i]}. */
	private Row[] shown = new Row[0];
	/** Each host's groups, as the Groups column shows them. */
	private Map<Host, String> groupNames = Map.of();
	/** Errors and warnings per host, from the last validation. */
	private Map<Host, int[]> problemCounts = Map.of();
	private Column sortColumn;
	private boolean ascending = true;
	/** How many times the rows were laid out anew (tests and the benchmark read it). */
	private long reshows;
	/** How long the last refresh after a model change took, on the UI thread (the benchmark reads it). */
	private long lastRefreshNanos;

	@PostConstruct
	void createControls(Composite parent, EMenuService menuService) {
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 2).applyTo(parent);
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage("Filter: name, address, tag, group (tag:edge, group:dc1)");
		filterText.setToolTipText("Every word must match the host's name, address, a tag or a group; "
				+ "name:, address:, tag: and group: match that field only. Down or Enter goes to the table, Ctrl+F back here.");
		filterText.setData("org.nftoffload.test.id", "fleetTableFilter");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		filterText.addModifyListener(e -> {
			filterText.getDisplay().timerExec(-1, applyFilter);
			filterText.getDisplay().timerExec(FILTER_DELAY_MILLIS, applyFilter);
		});
		filterText.addListener(SWT.DefaultSelection, e -> {
			applyFilter();
			focusTable();
		});
		filterText.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				focusTable();
				e.doit = false;
			}
		});
		countLabel = new Label(parent, SWT.NONE);
		countLabel.setData("org.nftoffload.test.id", "fleetTableCount");
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(220, SWT.DEFAULT).applyTo(countLabel);

		table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setData("org.nftoffload.test.id", "fleetTable");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table);
		for (Column column : Column.values()) {
			TableColumn swtColumn = new TableColumn(table, SWT.LEFT);
			swtColumn.setText(column.title);
			swtColumn.setToolTipText(column.tooltip);
			swtColumn.setWidth(column.width);
			swtColumn.setMoveable(true);
			swtColumn.addListener(SWT.Selection, e -> sortBy(column));
		}
		table.addListener(SWT.SetData, this::fillItem);
		table.addListener(SWT.Selection, e -> publishSelection());
		table.addListener(SWT.DefaultSelection, e -> openSelected());
		table.addListener(SWT.KeyDown, e -> {
			if (e.character == 0x06 || ((e.stateMask & SWT.MOD1) != 0 && e.keyCode == 'f')) {
				filterText.setFocus(); // Ctrl+F: to the filter
				filterText.selectAll();
				e.doit = false;
			}
		});
		menuService.registerContextMenu(table, POPUP_ID);
		document.addChangeListener(listener);
		problems.addListener(problemsListener);
		drift.addListener(driftListener);
		problemCounts = countProblems();
		rebuildAll();
		reshow();
	}

	// ---- rows ----

	/** SWT asks for a row it is about to show. */
	private void fillItem(Event event) {
		TableItem item = (TableItem) event.item;
		int index = event.index;
		if (index < 0 || index >= shown.length) {
			return;
		}
		Row row = shown[index];
		fill(row);
		item.setText(row.texts);
		item.setData(row.host);
		ApplyStatus status = row.host.getLastApplyStatus();
		Color failed = status == ApplyStatus.FAILED || status == ApplyStatus.ROLLED_BACK
				? table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED)
				: null;
		item.setForeground(Column.LAST_APPLY.ordinal(), failed);
	}

	/** Every row anew: another fleet, or a change of groups or of the fleet's list of hosts. */
	private void rebuildAll() {
		Fleet fleet = document.fleet();
		shownFleet = fleet;
		groupNames = groupNames(fleet);
		Map<Host, Row> kept = new HashMap<>(rows);
		rows.clear();
		int position = 0;
		for (Host host : fleet.getHosts()) {
			Row row = kept.get(host);
			if (row == null) {
				row = new Row(host);
			}
			row.position = position++;
			// built when shown or sorted: after an edit of every host, a table in the fleet's order
			// builds only the rows on screen
			row.valid = 0;
			rows.put(host, row);
		}
	}

	/** Every cell text and sort key of {@code row} that is not current (what SWT needs to show the row). */
	private void fill(Row row) {
		if (row.valid != Row.ALL) {
			for (Column column : Column.values()) {
				fill(row, column);
			}
		}
	}

	/** The text (and sort key) of one cell of {@code row} from its host as it is now, unless it is current. */
	private void fill(Row row, Column column) {
		int bit = 1 << column.ordinal();
		if ((row.valid & bit) != 0) {
			return;
		}
		row.valid |= bit;
		Host host = row.host;
		String[] t = row.texts;
		switch (column) {
		case NAME -> t[column.ordinal()] = ModelTexts.nonEmpty(host.getName(), "(unnamed host)");
		case GROUPS -> t[column.ordinal()] = groupNames.getOrDefault(host, "");
		case ADDRESS -> {
			String address = host.getAddress() == null || host.getAddress().isBlank() ? "no address" : host.getAddress();
			t[column.ordinal()] = host.getPort() == 22 ? address : address + ":" + host.getPort();
		}
		case KERNEL -> t[column.ordinal()] = host.getKernelRelease() == null ? "" : host.getKernelRelease();
		case OFFLOAD -> t[column.ordinal()] = offloadModes(host);
		case HARDWARE -> t[column.ordinal()] = hardwareCapable(host);
		case PROBLEMS -> fillProblems(row);
		case LAST_PROBE -> {
			Date probed = host.getProbeTime();
			t[column.ordinal()] = probed == null ? "never" : WHEN.format(probed.toInstant());
			row.probeKey = probed == null ? Long.MIN_VALUE : probed.getTime();
		}
		case LAST_APPLY -> fillLastApply(row);
		case DRIFT -> fillDrift(row, drift.entry(host));
		}
	}

	private static void fillLastApply(Row row) {
		Host host = row.host;
		ApplyStatus status = host.getLastApplyStatus() == null ? ApplyStatus.NEVER : host.getLastApplyStatus();
		Date applied = host.getLastApplyTime();
		StringBuilder apply = new StringBuilder(status == ApplyStatus.ROLLED_BACK ? "rolled back" : status.getLiteral());
		if (applied != null) {
			apply.append(' ').append(WHEN.format(applied.toInstant()));
		}
		if (host.getLastApplyMessage() != null && !host.getLastApplyMessage().isBlank()) {
			apply.append(": ").append(host.getLastApplyMessage().strip());
		}
		row.texts[Column.LAST_APPLY.ordinal()] = apply.toString();
		int urgency = switch (status) {
		case FAILED -> 0;
		case ROLLED_BACK -> 1;
		case PENDING -> 2;
		case SKIPPED -> 3;
		case APPLIED -> 4;
		case NEVER -> 5;
		};
		// then the newest first within a status
		row.applyKey = ((long) urgency << 48) - (applied == null ? 0 : applied.getTime() / 1000);
	}

	private static final DateTimeFormatter CHECKED = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
			.withZone(ZoneId.systemDefault());

	private static void fillDrift(Row row, FleetDrift.Entry entry) {
		DriftCheck.State state = entry == null ? null : entry.state();
		String text;
		if (entry == null) {
			text = "";
		} else if (state == null) {
			text = "not checked: " + entry.result().reason();
		} else if (state == DriftCheck.State.DRIFTED) {
			int n = DriftCheck.differences(entry.result()).size();
			text = "\u26a0 drifted " + CHECKED.format(entry.checked()) + ": " + ModelTexts.count(n, "difference", "differences")
					+ " (" + String.join("; ", DriftCheck.differences(entry.result())) + ")";
		} else if (state == DriftCheck.State.UNREACHABLE) {
			text = "\u26a0 unreachable " + CHECKED.format(entry.checked()) + ": " + entry.result().reason();
		} else {
			text = state.label() + " " + CHECKED.format(entry.checked());
		}
		row.texts[Column.DRIFT.ordinal()] = text;
		row.driftKey = entry == null ? 6 : state == null ? 2 : switch (state) {
		case DRIFTED -> 0;
		case UNREACHABLE -> 1;
		case NOT_PROBED -> 3;
		case NOT_APPLIED -> 4;
		case IN_SYNC -> 5;
		};
	}

	private void driftChanged() {
		if (table.isDisposed()) {
			return;
		}
		int driftBit = 1 << Column.DRIFT.ordinal();
		for (Row row : rows.values()) {
			row.valid &= ~driftBit;
		}
		if (sortColumn == Column.DRIFT) {
			reshow();
		} else {
			table.clearAll();
		}
	}

	private void fillProblems(Row row) {
		int[] counts = problemCounts.getOrDefault(row.host, new int[2]);
		row.problemSeverity = counts[0] > 0 ? Diagnostic.ERROR : counts[1] > 0 ? Diagnostic.WARNING : Diagnostic.OK;
		row.problemKey = (long) counts[0] * 1_000_000 + counts[1];
		List<String> parts = new ArrayList<>(2);
		if (counts[0] > 0) {
			parts.add(ModelTexts.count(counts[0], "error", "errors"));
		}
		if (counts[1] > 0) {
			parts.add(ModelTexts.count(counts[1], "warning", "warnings"));
		}
		// marked in the text, not by an icon: a virtual GTK table drew the icons only sometimes (in the
		// screenshots, not once the table had been opened on an empty fleet), as the Apply Profile wizard found
		String mark = counts[0] > 0 ? "\u2716 " : counts[1] > 0 ? "\u26a0 " : "";
		row.texts[Column.PROBLEMS.ordinal()] = parts.isEmpty() ? "none" : mark + String.join(", ", parts);
	}

	/** {@code software}, {@code hardware, software}; {@code no flowtables} when there are none. */
	static String offloadModes(Host host) {
		if (host.getFlowtables().isEmpty()) {
			return "no flowtables";
		}
		Set<OffloadMode> modes = new TreeSet<>();
		for (AbstractFlowtable flowtable : host.getFlowtables()) {
			modes.add(flowtable.getOffloadMode() == null ? OffloadMode.NONE : flowtable.getOffloadMode());
		}
		return String.join(", ", modes.stream().map(OffloadMode::getLiteral).toList());
	}

	/** {@code 2 of 4: eth0, eth1}; empty when the host has no interfaces (never probed). */
	static String hardwareCapable(Host host) {
		if (host.getInterfaces().isEmpty()) {
			return "";
		}
		List<String> capable = new ArrayList<>();
		int present = 0;
		for (NetworkInterface device : host.getInterfaces()) {
			if (!device.isPresent()) {
				continue;
			}
			present++;
			if ("yes".equals(ModelTexts.hardwareOffload(device))) {
				capable.add(ModelTexts.nonEmpty(device.getName(), "?"));
			}
		}
		String text = capable.size() + " of " + present;
		if (capable.isEmpty()) {
			return text;
		}
		List<String> named = capable.size() <= 3 ? capable : capable.subList(0, 3);
		return text + ": " + String.join(", ", named) + (capable.size() > 3 ? ", ..." : "");
	}

	/**
	 * Each host's groups: those it is a member of first, then those it is in through a subgroup
	 * (Ansible's children), each in the fleet's order of groups.
	 */
	private static Map<Host, String> groupNames(Fleet fleet) {
		Map<Host, List<String>> names = new HashMap<>();
		for (HostGroup group : fleet.getGroups()) {
			String name = ModelTexts.nonEmpty(group.getName(), "(unnamed group)");
			for (Host host : group.getHosts()) {
				add(names, host, name);
			}
		}
		for (HostGroup group : fleet.getGroups()) {
			if (group.getSubgroups().isEmpty()) {
				continue;
			}
			String name = ModelTexts.nonEmpty(group.getName(), "(unnamed group)");
			for (HostGroup reached : HostGroups.withDescendants(group)) {
				for (Host host : reached.getHosts()) {
					add(names, host, name);
				}
			}
		}
		Map<Host, String> joined = new HashMap<>(names.size() * 2);
		names.forEach((host, list) -> joined.put(host, String.join(", ", list)));
		return joined;
	}

	private static void add(Map<Host, List<String>> names, Host host, String name) {
		List<String> list = names.computeIfAbsent(host, h -> new ArrayList<>(2));
		if (!list.contains(name)) {
			list.add(name);
		}
	}

	private Map<Host, int[]> countProblems() {
		Map<Host, int[]> counts = new HashMap<>();
		for (FleetProblems.Problem problem : problems.problems()) {
			Host host = problem.object() == null ? null : FleetCopies.hostOf(problem.object());
			if (host != null) {
				counts.computeIfAbsent(host, h -> new int[2])[problem.severity() >= Diagnostic.ERROR ? 0 : 1]++;
			}
		}
		return counts;
	}

	// ---- refresh ----

	/**
	 * Once per UI tick: rows of the hosts the notifications are about are rebuilt; a change of the
	 * fleet's lists or of a group (names and members show in every row) rebuilds all of them.
	 */
	private void changed(FleetDocument.Changes changes) {
		if (table.isDisposed()) {
			return;
		}
		long start = System.nanoTime();
		try {
			refresh(changes);
		} finally {
			lastRefreshNanos = System.nanoTime() - start;
		}
	}

	private void refresh(FleetDocument.Changes changes) {
		filter.invalidate();
		boolean all = changes.everything() || shownFleet != document.fleet();
		Set<Host> touched = new HashSet<>();
		if (!all) {
			for (Notification notification : changes.notifications()) {
				if (!(notification.getNotifier() instanceof EObject notifier)) {
					continue;
				}
				Host host = FleetCopies.hostOf(notifier);
				if (host != null && rows.containsKey(host)) {
					touched.add(host);
				} else if (host == null && notifier instanceof FlowtableProfile || host == null && inProfile(notifier)) {
					continue; // a profile's own values reach its hosts as changes of the hosts
				} else {
					all = true; // the fleet's lists, a group's members, names or settings
					break;
				}
			}
		}
		if (all) {
			rebuildAll();
		} else {
			for (Host host : touched) {
				rows.get(host).valid = 0; // built again when shown or sorted by
			}
		}
		if (all || !touched.isEmpty()) {
			reshow();
		}
	}

	private static boolean inProfile(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof FlowtableProfile) {
				return true;
			}
		}
		return false;
	}

	private void problemsChanged() {
		if (table.isDisposed()) {
			return;
		}
		problemCounts = countProblems();
		int problemsBit = 1 << Column.PROBLEMS.ordinal();
		for (Row row : rows.values()) {
			row.valid &= ~problemsBit; // built again when shown or sorted by
		}
		if (sortColumn == Column.PROBLEMS) {
			reshow();
		} else {
			table.clearAll(); // the same rows, new texts: SWT asks again for those it shows
		}
	}

	private void applyFilter() {
		if (!table.isDisposed() && filter.setText(filterText.getText())) {
			reshow(false);
		}
	}

	private void sortBy(Column column) {
		ascending = column != sortColumn || !ascending;
		sortColumn = column;
		table.setSortColumn(table.getColumn(column.ordinal()));
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		reshow(false);
	}

	/** After a change of the model: the row at the top stays at the top. */
	private void reshow() {
		reshow(true);
	}

	/**
	 * Filters and sorts the rows into {@link #shown} and gives the table its new length; SWT asks
	 * for the shown rows' texts again. The selected hosts stay selected where they are still shown.
	 * {@code keepTop}: the host at the top stays there (a model change); else (a new filter or sort)
	 * the table shows the first selected row, or its start.
	 */
	private void reshow(boolean keepTop) {
		Set<Host> selected = new LinkedHashSet<>(selectedHosts());
		Host top = table.getItemCount() > 0 && table.getTopIndex() < shown.length ? shown[table.getTopIndex()].host : null;
		Fleet fleet = document.fleet();
		List<Row> list = new ArrayList<>(rows.size());
		for (Row row : rows.values()) {
			if (!filter.active() || filter.matches(fleet, row.host)) {
				list.add(row);
			}
		}
		Comparator<Row> order = Comparator.comparingInt(r -> r.position);
		if (sortColumn != null) {
			for (Row row : list) {
				fill(row, sortColumn); // the sort key alone: the other cells wait until shown
			}
			Comparator<Row> byColumn = comparator(sortColumn);
			order = (ascending ? byColumn : byColumn.reversed()).thenComparing(order);
		}
		list.sort(order);
		shown = list.toArray(Row[]::new);
		reshows++;

		table.setRedraw(false);
		try {
			table.setItemCount(shown.length);
			table.clearAll();
			int[] indices = new int[selected.size()];
			int n = 0;
			int topIndex = -1;
			for (int i = 0; i < shown.length; i++) {
				if (selected.contains(shown[i].host)) {
					indices[n++] = i;
				}
				if (shown[i].host == top) {
					topIndex = i;
				}
			}
			table.setSelection(Arrays.copyOf(indices, n));
			if (keepTop && topIndex >= 0) {
				table.setTopIndex(topIndex);
			} else if (n > 0) {
				table.setTopIndex(Math.max(0, indices[0] - 2));
			} else {
				table.setTopIndex(0);
			}
		} finally {
			table.setRedraw(true);
		}
		updateCount();
		if (!selectedHosts().equals(new ArrayList<>(selected))) {
			publishSelection(); // hosts went away or were filtered out
		}
	}

	private static Comparator<Row> comparator(Column column) {
		return switch (column) {
		case PROBLEMS -> Comparator.comparingLong((Row r) -> -r.problemKey);
		case LAST_PROBE -> Comparator.comparingLong((Row r) -> r.probeKey);
		case LAST_APPLY -> Comparator.comparingLong((Row r) -> r.applyKey);
		case DRIFT -> Comparator.comparingInt((Row r) -> r.driftKey);
		default -> {
			int index = column.ordinal();
			yield (a, b) -> NaturalOrder.compare(a.texts[index], b.texts[index]);
		}
		};
	}

	private void updateCount() {
		NumberFormat number = NumberFormat.getIntegerInstance(Locale.ROOT);
		int selected = table.getSelectionCount();
		String text = shown.length == rows.size() ? number.format(rows.size()) + (rows.size() == 1 ? " host" : " hosts")
				: number.format(shown.length) + " of " + number.format(rows.size()) + " hosts";
		countLabel.setText(selected == 0 ? text : text + ", " + number.format(selected) + " selected");
	}

	// ---- selection and opening ----

	/** The selected hosts, in the table's order. */
	public List<Host> selectedHosts() {
		int[] indices = table.getSelectionIndices();
		Arrays.sort(indices);
		List<Host> hosts = new ArrayList<>(indices.length);
		for (int index : indices) {
			if (index < shown.length) {
				hosts.add(shown[index].host);
			}
		}
		return hosts;
	}

	/** As the navigator posts it: one host, or a list of them; the handlers read either. */
	private void publishSelection() {
		List<Host> hosts = selectedHosts();
		selectionService.setSelection(hosts.size() == 1 ? hosts.get(0) : hosts);
		updateCount();
	}

	private void openSelected() {
		List<Host> hosts = selectedHosts();
		for (Host host : hosts.size() <= MAX_OPENED ? hosts : hosts.subList(0, 1)) {
			editors.open(host);
		}
	}

	private void focusTable() {
		table.setFocus();
		if (table.getSelectionCount() == 0 && shown.length > 0) {
			table.setSelection(0);
			publishSelection();
		}
	}

	// ---- for tests and the benchmark ----

	public Table table() {
		return table;
	}

	public Text filterText() {
		return filterText;
	}

	/** The host shown in row {@code index}. */
	public Host hostAt(int index) {
		return shown[index].host;
	}

	/** The text of row {@code index}'s cell in the column titled {@code title}. */
	public String text(int index, String title) {
		for (Column column : Column.values()) {
			if (column.title.equals(title)) {
				fill(shown[index], column);
				return shown[index].texts[column.ordinal()];
			}
		}
		throw new IllegalArgumentException("no column " + title);
	}

	public long reshows() {
		return reshows;
	}

	/** How long the table's last refresh after a model change took. */
	public long lastRefreshMillis() {
		return lastRefreshNanos / 1_000_000;
	}

	@Focus
	void setFocus() {
		table.setFocus();
	}

	@PreDestroy
	void dispose() {
		document.removeChangeListener(listener);
		problems.removeListener(problemsListener);
		drift.removeListener(driftListener);
	}

	/**
	 * Text order with runs of digits compared as numbers, so that {@code edge-9} comes before
	 * {@code edge-10} and kernel {@code 6.1.0-9} before {@code 6.1.0-10}; case is ignored.
	 */
	static final class NaturalOrder {
		private NaturalOrder() {
		}

		static int compare(String a, String b) {
			int i = 0;
			int j = 0;
			while (i < a.length() && j < b.length()) {
				char x = a.charAt(i);
				char y = b.charAt(j);
				if (Character.isDigit(x) && Character.isDigit(y)) {
					int startI = i;
					int startJ = j;
					while (i < a.length() && a.charAt(i) == '0') {
						i++;
					}
					while (j < b.length() && b.charAt(j) == '0') {
						j++;
					}
					int digitsI = i;
					int digitsJ = j;
					while (i < a.length() && Character.isDigit(a.charAt(i))) {
						i++;
					}
					while (j < b.length() && Character.isDigit(b.charAt(j))) {
						j++;
					}
					int lengths = Integer.compare(i - digitsI, j - digitsJ);
					if (lengths != 0) {
						return lengths;
					}
					int digits = a.substring(digitsI, i).compareTo(b.substring(digitsJ, j));
					if (digits != 0) {
						return digits;
					}
					int zeros = Integer.compare(digitsI - startI, digitsJ - startJ);
					if (zeros != 0) {
						return zeros;
					}
				} else {
					int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
					if (c != 0) {
						return c;
					}
					i++;
					j++;
				}
			}
			return Integer.compare(a.length() - i, b.length() - j);
		}
	}
}

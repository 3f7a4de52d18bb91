package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.FleetProblems;
import org.nftoffload.ui.internal.editors.HostEditorPart;
import org.nftoffload.ui.internal.editors.ModelEditors;
import org.nftoffload.ui.internal.parts.FleetTablePart;

/**
 * The Fleet Table on a generated fleet of 10,000 hosts ({@link LargeFleets}: what each host holds
 * follows from its number, so the expected rows are worked out here, not read from the table),
 * opened from View &gt; Fleet Table and driven with real clicks and keys: a column header click
 * sorts (and again, the other way), the filter matches names, tags and groups as the navigator's
 * does, the selected rows are the workbench's selection (Properties and Edit &gt; Delete act on
 * them), Enter opens the host's editor.
 */
class FleetTableWorkbenchTest {

	static final int HOSTS = 10_000;

	static Workbench workbench;
	static UiDriver ui;
	static FleetDocument document;
	static Shell window;
	static Table table;

	@BeforeAll
	static void openATenThousandHostFleetAndTheTable() {
		workbench = Workbench.attach();
		ui = workbench.ui;
		document = workbench.document;
		window = workbench.window;
		// the table first (the menu's keys reach an idle window), then the fleet it must follow
		workbench.closeEditors();
		activateWindow();
		ui.menu("alt+v", "t"); // View > Fleet Table (Alt+W is taken by the flowtable editor's Hard&ware offload)
		table = ui.find(window, Table.class, "fleetTable");
		Fleet fleet = LargeFleets.fleet(HOSTS);
		ui.ui(() -> {
			Resource resource = FleetFiles.newResourceSet().createResource(URI.createURI("fleet-table-test.nftfleet"));
			resource.getContents().add(fleet);
			document.open(resource, null);
		});
		ui.waitUntil("a row per host", () -> table.getItemCount() == HOSTS);
	}

	@AfterAll
	static void closeTheTableAndTheLargeFleet() {
		ui.ui(() -> workbench.parts.hidePart(workbench.parts.findPart(FleetTablePart.ID)));
		ui.ui(() -> document.newFleet("New fleet")); // the next test classes start from small fleets
		ui.settle();
	}

	@BeforeEach
	void everyHostShownNoneSelected() {
		ui.ui(() -> workbench.parts.showPart(FleetTablePart.ID, org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE));
		ui.ui(() -> part().filterText().setText(""));
		ui.waitUntil("every host shown", () -> table.getItemCount() == HOSTS);
		ui.ui(() -> table.deselectAll());
	}

	static FleetTablePart part() {
		return ui.ui(() -> (FleetTablePart) workbench.parts.findPart(FleetTablePart.ID).getObject());
	}

	static int column(String title) {
		return ui.ui(() -> {
			for (int i = 0; i < table.getColumnCount(); i++) {
				if (title.equals(table.getColumn(i).getText())) {
					return i;
				}
			}
			throw new AssertionError("no column " + title);
		});
	}

	/** Where the last header click went: a second click on a header goes a few pixels beside it. */
	static Point lastHeaderClick;

	/** Clicks the header of the column titled {@code title}. */
	static void clickHeader(String title) {
		int index = column(title);
		activateWindow();
		Point point = ui.ui(() -> {
			int x = 0;
			for (int i : table.getColumnOrder()) {
				if (i == index) {
					break;
				}
				x += table.getColumn(i).getWidth();
			}
			TableColumn column = table.getColumn(index);
			// SWT on GTK 3 puts the rows' origin below the header: the header is at negative y
			return table.toDisplay(x + Math.min(column.getWidth() / 2, 40), -table.getHeaderHeight() / 2);
		});
		// xdotool's mousemove --sync waits seconds for a move to where the pointer already is
		if (point.equals(lastHeaderClick)) {
			point = new Point(point.x + 5, point.y);
		}
		lastHeaderClick = point;
		ui.clickAt(point);
	}

	/** The text the table shows in row {@code row}, column {@code title} (SWT asks the part for it, as a paint would). */
	static String cell(int row, String title) {
		int index = column(title);
		return ui.ui(() -> table.getItem(row).getText(index));
	}

	static List<String> names(int from, int to) {
		return IntStream.range(from, to).mapToObj(i -> cell(i, "Name")).toList();
	}

	/** The centre of row {@code row}'s first cell, once it is scrolled into view. */
	static Point rowCentre(int row) {
		ui.ui(() -> table.showItem(table.getItem(row)));
		ui.waitUntil("row " + row + " in view", () -> {
			Rectangle bounds = table.getItem(row).getBounds(0);
			return bounds.y >= 0 && bounds.y + bounds.height <= table.getClientArea().height;
		});
		return ui.ui(() -> {
			Rectangle bounds = table.getItem(row).getBounds(0);
			return table.toDisplay(bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2);
		});
	}

	static Host host(String name) {
		return ui.ui(() -> document.fleet().getHosts().stream().filter(h -> name.equals(h.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no host " + name)));
	}

	/**
	 * Gives the window the focus unless it has it: {@link UiDriver#activate} also moves the pointer to
	 * the window's centre, and xdotool's mousemove --sync waits seconds when the pointer is there already.
	 */
	/** Waits until the fleet's validation (FleetProblems' job) is done and its result has reached the table. */
	static void quiet() {
		ui.settle(); // the validation starts from the model change's refresh
		ui.waitUntil("the fleet's validation to finish", () -> java.util.Arrays
				.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
				.noneMatch(job -> "Validating the fleet".equals(job.getName())));
		ui.settle();
	}

	static void activateWindow() {
		if (ui.ui(() -> window.getDisplay().getActiveShell()) != window) {
			ui.activate(window);
		}
	}

	static void filter(String text) {
		Text filter = ui.find(window, Text.class, "fleetTableFilter");
		activateWindow();
		ui.focus(filter);
		ui.ui(() -> filter.selectAll());
		ui.type(text);
	}

	@Test
	void aHeaderClickSortsByItsColumnAndAgainTheOtherWay() {
		clickHeader("Address");
		ui.waitUntil("sorted up by address", () -> table.getSortColumn() == table.getColumn(column("Address"))
				&& table.getSortDirection() == SWT.UP);
		// addresses in numeric order: 198.18.0.1, .2, ... .10; text order would put .10 second
		assertEquals(IntStream.range(0, 12).mapToObj(LargeFleets::name).toList(), names(0, 12));
		assertEquals("198.18.0.10", cell(9, "Address"));
		ui.screenshot("fleet-table-sorted-by-address");

		clickHeader("Address");
		ui.waitUntil("sorted down by address", () -> table.getSortDirection() == SWT.DOWN);
		assertEquals(List.of("edge-09999", "edge-09998", "edge-09997"), names(0, 3));
		assertEquals("198.18.39.250", cell(0, "Address"));

		// Problems sorted up: the worst first, as the shared validation (FleetProblems) has them
		FleetProblems problems = ui.ui(() -> ContextInjectionFactory.make(FleetProblems.class, workbench.context));
		ui.waitUntil("the fleet validated", () -> !problems.problems().isEmpty());
		clickHeader("Problems");
		ui.waitUntil("sorted by problems", () -> table.getSortColumn() == table.getColumn(column("Problems")));
		Host worst = host(cell(0, "Name"));
		Host last = host(cell(HOSTS - 1, "Name"));
		assertEquals(Diagnostic.ERROR, ui.ui(() -> problems.severity(worst)), cell(0, "Name") + ": " + cell(0, "Problems"));
		assertTrue(cell(0, "Problems").contains("error"), cell(0, "Problems"));
		assertEquals("none", cell(HOSTS - 1, "Problems"));
		assertEquals(Diagnostic.OK, ui.ui(() -> problems.severity(last)));
		ui.screenshot("fleet-table-sorted-by-problems");
	}

	@Test
	void theFilterMatchesGroupsTagsAndNamesAsTheNavigatorDoes() {
		filter("site-07 tag:lte");
		// site-07 holds hosts 1750..1999; lte is every seventh host
		List<String> expected = IntStream.range(1750, 2000).filter(n -> n % 7 == 0).mapToObj(LargeFleets::name).toList();
		ui.waitUntil(expected.size() + " rows", () -> table.getItemCount() == expected.size());
		assertEquals(expected, names(0, expected.size()));
		Label count = ui.find(window, Label.class, "fleetTableCount");
		assertEquals(expected.size() + " of 10,000 hosts", ui.ui(count::getText));
		assertEquals("site-07, emea", cell(0, "Groups"));
		ui.screenshot("fleet-table-filtered");

		filter("emea"); // a parent group: its subgroups' hosts, site-00 to site-09
		ui.waitUntil("2,500 rows", () -> table.getItemCount() == 2_500);
		assertEquals("edge-02499", cell(2_499, "Name"));
		filter("edge-00042");
		ui.waitUntil("one row", () -> table.getItemCount() == 1);
		assertEquals("198.18.0.43", cell(0, "Address"));
	}

	@Test
	void selectedRowsAreTheSelectionThatPropertiesAndDeleteActOn() {
		workbench.showPart("org.nftoffload.ui.part.properties");
		filter("site-07 tag:lte");
		ui.waitUntil("36 rows", () -> table.getItemCount() == 36);
		activateWindow();
		ui.clickAt(rowCentre(0));
		ui.clickWith("shift", rowCentre(3));
		ui.clickWith("ctrl", rowCentre(5));
		List<Host> expected = new ArrayList<>();
		for (int row : new int[] { 0, 1, 2, 3, 5 }) {
			expected.add(host(cell(row, "Name")));
		}
		ui.waitUntil("five rows selected", () -> table.getSelectionCount() == 5);
		ESelectionService selection = ui.ui(() -> workbench.context.getActiveLeaf().get(ESelectionService.class));
		assertEquals(expected, ui.ui(() -> selection.getSelection()), "the workbench's selection, as the navigator posts it");
		Label heading = ui.find(window, Label.class, "propertiesHeading");
		ui.waitUntil("Properties of the five hosts", () -> heading.getText().startsWith("5 hosts selected"));
		Label count = ui.find(window, Label.class, "fleetTableCount");
		assertEquals("36 of 10,000 hosts, 5 selected", ui.ui(count::getText));
		ui.screenshot("fleet-table-selection");


		activateWindow();
		ui.menu("alt+e", "d"); // Edit > Delete acts on the table's selection
		ui.waitUntil("the five hosts deleted", () -> document.fleet().getHosts().size() == HOSTS - 5);
		assertTrue(ui.ui(() -> expected.stream().noneMatch(document.fleet().getHosts()::contains)));
		ui.waitUntil("their rows gone", () -> table.getItemCount() == 31);
		activateWindow();
		ui.menu("alt+e", "u"); // Edit > Undo
		ui.waitUntil("one undo brings them back", () -> document.fleet().getHosts().size() == HOSTS);
		ui.waitUntil("and their rows", () -> table.getItemCount() == 36);
		List<String> shown = names(0, 36);
		assertTrue(expected.stream().allMatch(h -> shown.contains(h.getName())), shown.toString());

		// the validation of the restored hosts re-sorts the rows when it lands (sorted by Problems
		// earlier): click only after it did, or the row may move under the pointer
		quiet();
		activateWindow();
		ui.clickAt(rowCentre(1));
		ui.waitUntil("a row selected", () -> table.getSelectionCount() >= 1);
		ui.press("Menu"); // the context menu key: the Fleet commands for the selected row
		ui.waitUntil("the rows' context menu", () -> table.getMenu() != null && table.getMenu().isVisible());
		List<String> items = ui.ui(() -> java.util.Arrays.stream(table.getMenu().getItems()).filter(i -> i.isEnabled())
				.map(i -> i.getText().replace("&", "")).filter(t -> !t.isEmpty()).toList());
		assertTrue(items.containsAll(List.of("Probe", "Apply...", "Rollback", "Watch Statistics", "Delete")), items.toString());
		ui.screenshot("fleet-table-context-menu");
		ui.press("Escape");
		ui.waitUntil("the menu closed", () -> !table.getMenu().isVisible());
	}

	/** View > Fleet Table has Ctrl+Shift+T in the application model's fragment (the tests go by the menu's mnemonics). */
	@Test
	void showFleetTableHasItsKey() throws Exception {
		java.net.URL model = org.osgi.framework.FrameworkUtil.getBundle(FleetTablePart.class).getEntry("fragment.e4xmi");
		org.w3c.dom.Document xml;
		try (java.io.InputStream in = model.openStream()) {
			xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
		String command = null;
		org.w3c.dom.NodeList elements = xml.getElementsByTagName("elements");
		for (int i = 0; i < elements.getLength(); i++) {
			org.w3c.dom.Element element = (org.w3c.dom.Element) elements.item(i);
			if ("M1+M2+T".equals(element.getAttribute("keySequence"))) {
				command = element.getAttribute("command");
			}
		}
		assertEquals("_cmd.showFleetTable", command);
	}

	@Test
	void enterOpensTheHostsEditor() {
		filter("edge-00042");
		ui.waitUntil("one row", () -> table.getItemCount() == 1);
		ui.press("Down"); // from the filter to the table, its first row selected
		ui.waitUntil("the table focused, its row selected", () -> table.isFocusControl() && table.getSelectionCount() == 1);
		ui.press("Return");
		Host host = host("edge-00042");
		ui.waitUntil("edge-00042's editor in front", () -> workbench.parts.getActivePart() != null
				&& workbench.parts.getActivePart().getObject() instanceof HostEditorPart
				&& workbench.parts.getActivePart().getTransientData().get(ModelEditors.ELEMENT_KEY) == host);
		assertNotEquals(null, ui.ui(() -> workbench.parts.getActivePart().getLabel()));
		ui.screenshot("fleet-table-host-editor");
		workbench.closeEditors();
	}
}

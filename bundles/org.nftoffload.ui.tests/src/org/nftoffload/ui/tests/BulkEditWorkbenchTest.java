package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.NavigatorNodes;
import org.nftoffload.ui.internal.parts.FleetNavigatorPart;

/**
 * Many hosts at once, with real keys and clicks: Edit Selected... on 200 hosts picked with a click
 * and a Shift+click (offload mode and a tag set, a bad port refused naming the field), then one
 * Undo; and a group and a tag as the target of Fleet &gt; Probe, whose summary names exactly their
 * hosts (their addresses do not resolve, so each probe fails at once, without any network).
 */
class BulkEditWorkbenchTest {

	static Workbench workbench;
	static UiDriver ui;
	static FleetDocument document;
	static Shell window;
	static final ModelFactory F = ModelFactory.eINSTANCE;

	@BeforeAll
	static void attachToTheRunningWorkbench() {
		workbench = Workbench.attach();
		ui = workbench.ui;
		document = workbench.document;
		window = workbench.window;
	}

	/**
	 * r000..r{n-1}, each with one flowtable (even hosts in hardware, odd ones in software), port 22;
	 * every third host tagged {@code edge}. Group dc lists r001 and r002 and has subgroup rack2 with
	 * r004; hosts r003 and r005 are in no group.
	 */
	static Fleet fleet(int hosts) {
		Fleet fleet = F.createFleet();
		fleet.setName("bulk edit test");
		for (int i = 0; i < hosts; i++) {
			Host host = F.createHost();
			host.setName(String.format("r%03d", i));
			host.setAddress(host.getName() + ".invalid");
			if (i % 3 == 0) {
				host.getTags().add("edge");
			}
			Flowtable ft = F.createFlowtable();
			ft.setName("ft");
			ft.setOffloadMode(i % 2 == 0 ? OffloadMode.HARDWARE : OffloadMode.SOFTWARE);
			host.getFlowtables().add(ft);
			fleet.getHosts().add(host);
		}
		HostGroup dc = F.createHostGroup();
		dc.setName("dc");
		HostGroup rack2 = F.createHostGroup();
		rack2.setName("rack2");
		dc.getSubgroups().add(rack2);
		fleet.getGroups().addAll(List.of(dc, rack2));
		dc.getHosts().addAll(List.of(fleet.getHosts().get(1), fleet.getHosts().get(2)));
		rack2.getHosts().add(fleet.getHosts().get(4));
		return fleet;
	}

	static void open(Fleet fleet) {
		workbench.openInMemory(fleet, "bulk-edit-test.nftfleet");
	}

	static Tree tree() {
		return workbench.navigatorTree();
	}

	static FleetNavigatorPart navigator() {
		return workbench.navigatorPart();
	}

	/** Scrolls {@code element}'s row into view and returns its centre on the screen. */
	static Point rowCentre(Object element) {
		Tree tree = tree();
		ui.ui(() -> navigator().viewer().reveal(element));
		ui.waitUntil("a row for " + element, () -> find(tree.getItems(), element) != null);
		// at the top, not half under the bottom edge where reveal may leave it; GTK scrolls later
		ui.ui(() -> tree.setTopItem(find(tree.getItems(), element)));
		ui.settle();
		ui.waitUntil("the row of " + element + " in view", () -> {
			Rectangle bounds = find(tree.getItems(), element).getBounds();
			return bounds.y >= 0 && bounds.y + bounds.height <= tree.getClientArea().height;
		});
		return ui.ui(() -> {
			TreeItem row = find(tree.getItems(), element);
			Rectangle bounds = row.getBounds();
			return tree.toDisplay(bounds.x + Math.min(bounds.width / 2, 60), bounds.y + bounds.height / 2);
		});
	}

	static TreeItem find(TreeItem[] items, Object element) {
		return Workbench.navigatorRow(items, element);
	}

	static void select(Object element) {
		ui.activate(window);
		ui.clickAt(rowCentre(element));
		Tree tree = tree();
		ui.waitUntil(element + " selected",
				() -> tree.getSelectionCount() == 1 && element.equals(tree.getSelection()[0].getData()));
	}

	/** The text of the label with this test id in {@code shell}. */
	static String label(Shell shell, String id) {
		Label label = ui.find(shell, Label.class, id);
		return ui.ui(() -> label.getText());
	}

	/** The dialog's message area (a read-only Text in JFace's title area) and labels, as one text. */
	static String said(Shell shell) {
		StringBuilder out = new StringBuilder();
		ui.ui(() -> collect(shell, out));
		return out.toString();
	}

	private static void collect(org.eclipse.swt.widgets.Composite parent, StringBuilder out) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Label l) {
				out.append(l.getText()).append('\n');
			} else if (child instanceof Text t && (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) != 0) {
				out.append(t.getText()).append('\n');
			} else if (child instanceof org.eclipse.swt.widgets.Composite c) {
				collect(c, out);
			}
		}
	}

	@Test
	void editSelectedOnTwoHundredHostsThenOneUndoRestoresThemAll() {
		Fleet fleet = fleet(205);
		open(fleet);
		Fleet before = ui.ui(() -> EcoreUtil.copy(fleet));
		List<Host> hosts = ui.ui(() -> List.copyOf(fleet.getHosts()));
		List<Host> picked = hosts.subList(0, 200);

		// a click on the first host, a Shift+click on the 200th: the 200 rows between are selected
		select(hosts.get(0));
		ui.clickWith("shift", rowCentre(hosts.get(199)));
		Tree tree = tree();
		ui.waitUntil("200 hosts selected", () -> tree.getSelectionCount() == 200);
		ui.screenshot("bulk-edit-1-200-selected");

		ui.press("ctrl+shift+e"); // Edit > Edit Selected...
		Shell dialog = ui.waitForShell("Edit Selected");
		ui.activate(dialog);
		String opened = said(dialog);
		assertTrue(opened.contains("Edit 200 hosts"), opened);
		assertEquals("now: hardware (100), software (100)", label(dialog, "editSelected.offloadMode.now"),
				"the mixed modes, with how many flowtables have each");
		assertEquals("now: edge (67)", label(dialog, "editSelected.addTags.now"));
		assertEquals("now: 22 (all)", label(dialog, "editSelected.port.now"));
		Button ok = ui.button(dialog, "OK");
		assertFalse(ui.ui(() -> ok.isEnabled()), "nothing ticked yet: nothing to do");
		ui.screenshot("bulk-edit-2-dialog");

		ui.click(ui.find(dialog, Button.class, "editSelected.offloadMode.software"));
		Button modeTicked = ui.find(dialog, Button.class, "editSelected.offloadMode.change");
		ui.waitUntil("choosing a mode ticks the field", () -> modeTicked.getSelection());
		ui.click(ui.find(dialog, Text.class, "editSelected.addTags"));
		ui.type("lab");

		// a port out of range: refused as typed, naming the field; unticking it leaves the port alone
		Text port = ui.find(dialog, Text.class, "editSelected.port");
		ui.click(port);
		ui.press("ctrl+a");
		ui.type("70000");
		ui.waitUntil("the port refused", () -> said(dialog).contains("SSH port: '70000' is not a whole number from 1 to 65535"));
		assertFalse(ui.ui(() -> ok.isEnabled()), "OK waits for a port that can be used");
		ui.screenshot("bulk-edit-3-bad-port");
		Button portTicked = ui.find(dialog, Button.class, "editSelected.port.change");
		ui.clickAt(ui.ui(() -> portTicked.toDisplay(8, portTicked.getSize().y / 2))); // on the box itself
		ui.waitUntil("unticked: the port stays as each host has it, OK again", () -> !portTicked.getSelection()
				&& ok.isEnabled() && !said(dialog).contains("SSH port:"));
		assertEquals("22", ui.ui(() -> port.getText()), "the field shows what the hosts have again");
		ui.screenshot("bulk-edit-4-ready");

		ui.click(ok);
		ui.waitUntil("the dialog to close", () -> dialog.isDisposed());
		ui.waitUntil("all 200 in software and tagged lab", () -> picked.stream().allMatch(
				h -> h.getFlowtables().get(0).getOffloadMode() == OffloadMode.SOFTWARE && h.getTags().contains("lab")));
		for (Host other : hosts.subList(200, 205)) {
			assertFalse(ui.ui(() -> other.getTags().contains("lab")), other.getName() + " was not selected");
		}
		assertEquals(OffloadMode.HARDWARE, ui.ui(() -> hosts.get(200).getFlowtables().get(0).getOffloadMode()));
		assertTrue(ui.ui(() -> picked.stream().allMatch(h -> h.getPort() == 22)), "the unticked port did not change");
		ui.screenshot("bulk-edit-5-done");

		ui.activate(window);
		ui.menu("alt+e", "u"); // Edit > Undo, once
		ui.waitUntil("one undo to restore all 200 hosts", () -> EcoreUtil.equals(before, document.fleet()));
		assertFalse(ui.ui(() -> document.isDirty()), "back at the opened state");
	}

	/**
	 * Runs Fleet > Probe on the selection and returns the host names its summary lists (one line
	 * per target host: the canary failed, the others were skipped), closing it.
	 */
	private static Set<String> probeSummaryHosts(String expectedTitle, String screenshot) {
		ui.menu("alt+l", "p"); // Fleet > Probe
		AtomicReference<Shell> found = new AtomicReference<>();
		ui.waitUntil("the probe summary", () -> {
			for (Shell shell : ui.display().getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && shell.getText().startsWith("Probe")) {
					found.set(shell);
					return true;
				}
			}
			return false;
		});
		Shell summary = found.get();
		String text = ui.labels(summary);
		String title = ui.ui(() -> summary.getText());
		ui.screenshot(screenshot);
		closeSummary();
		assertEquals(expectedTitle, title, text);
		Set<String> names = new TreeSet<>();
		for (String line : text.lines().toList()) {
			int colon = line.indexOf(": ");
			if (colon > 0 && line.matches("r\\d{3}: .*")) {
				names.add(line.substring(0, colon));
			}
		}
		return names;
	}

	private static void closeSummary() {
		List<Shell> open = new ArrayList<>();
		ui.ui(() -> {
			for (Shell shell : ui.display().getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && shell.getText().startsWith("Probe")) {
					open.add(shell);
				}
			}
		});
		for (Shell shell : open) {
			ui.activate(shell);
			ui.press("Return");
			ui.waitUntil("the summary to close", () -> shell.isDisposed());
		}
	}

	@Test
	void aGroupAndATagAreTargetsOfProbe() {
		Fleet fleet = fleet(8);
		open(fleet);
		HostGroup dc = ui.ui(() -> fleet.getGroups().get(0));

		select(dc);
		Set<String> probed = probeSummaryHosts("Probe: 1 of 3 failed", "group-target-1-probe-of-group-dc");
		assertEquals(Set.of("r001", "r002", "r004"), probed, "dc's own hosts and its subgroup rack2's, and no other");

		// the fleet's Tags row, beside the groups; a tag below it stands for the hosts that carry it
		NavigatorNodes.Tag edge = new NavigatorNodes.Tag(fleet, "edge");
		select(edge);
		Tree tree = tree();
		assertEquals("edge  (3 hosts)", ui.ui(() -> tree.getSelection()[0].getText()));
		assertEquals("Tags (1)", ui.ui(() -> tree.getSelection()[0].getParentItem().getText()));
		ui.screenshot("group-target-2-tag-selected");
		Set<String> tagged = probeSummaryHosts("Probe: 1 of 3 failed", "group-target-3-probe-of-tag-edge");
		assertEquals(Set.of("r000", "r003", "r006"), tagged, "the hosts tagged edge, and no other");
	}

	@Test
	void aSelectedTagIsTheTargetApplyProfileStartsWith() {
		Fleet fleet = fleet(8);
		org.nftoffload.model.FlowtableProfile profile = F.createFlowtableProfile();
		profile.setName("edge");
		fleet.getProfiles().add(profile);
		open(fleet);
		select(new NavigatorNodes.Tag(fleet, "edge"));
		ui.menu("alt+l", "f"); // Fleet > Apply Profile...
		Shell wizard = ui.waitForShell("Apply Profile");
		Label hosts = ui.find(wizard, Label.class, "applyProfile.hosts");
		ui.waitUntil("the tag's hosts as the target", () -> hosts.getText().equals("Hosts: r000, r003, r006"));
		ui.screenshot("group-target-4-apply-profile-to-tag");
		ui.activate(wizard);
		ui.press("Escape");
		ui.waitUntil("the wizard to close", () -> wizard.isDisposed());
	}
}

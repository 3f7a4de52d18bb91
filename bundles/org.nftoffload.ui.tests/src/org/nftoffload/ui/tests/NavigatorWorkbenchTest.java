package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Synchronizer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.model.RoleBinding;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.NavigatorNodes;
import org.nftoffload.ui.internal.parts.FleetNavigatorPart;

/**
 * The Fleet navigator as the fleet's object tree, driven with real keys and mouse: New from the
 * context menu, Copy and Paste of a host with its references fixed, a host dragged into a group,
 * Delete cleaning references, the filter, Find and Replace with its preview, Properties over several
 * hosts, and the refreshes a 1,000-host edit causes. Each test starts from its own small fleet:
 * edge1..edge3, each with lan0 (veth), wan0, a VLAN on lan0, flowtable ft over both, a rule and a
 * role binding; group dc1 holds edge1, group dc2 is empty.
 */
class NavigatorWorkbenchTest {

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

	@BeforeEach
	void openTheSampleFleet() {
		openFleet(sampleFleet(3));
	}

	static Fleet sampleFleet(int hosts) {
		Fleet fleet = F.createFleet();
		fleet.setName("navigator test");
		HostGroup dc1 = F.createHostGroup();
		dc1.setName("dc1");
		HostGroup dc2 = F.createHostGroup();
		dc2.setName("dc2");
		fleet.getGroups().addAll(List.of(dc1, dc2));
		for (int i = 1; i <= hosts; i++) {
			Host host = F.createHost();
			host.setName("edge" + i);
			host.setAddress("192.0.2." + (10 + i));
			host.getTags().add(i % 2 == 0 ? "even" : "odd");
			NetworkInterface lan = device(host, "lan0", InterfaceKind.VETH);
			NetworkInterface wan = device(host, "wan0", InterfaceKind.PHYSICAL);
			device(host, "lan0.10", InterfaceKind.VLAN).getLowerDevices().add(lan);
			Flowtable ft = F.createFlowtable();
			ft.setName("ft");
			ft.getDevices().addAll(List.of(lan, wan));
			host.getFlowtables().add(ft);
			OffloadRule rule = F.createOffloadRule();
			rule.setFlowtable(ft);
			rule.getProtocols().addAll(List.of(Protocol.TCP, Protocol.UDP));
			rule.getInputInterfaces().add(lan);
			rule.getOutputInterfaces().add(wan);
			rule.setComment("offload established lan to wan");
			host.getRules().add(rule);
			RoleBinding binding = F.createRoleBinding();
			binding.setRole("lan");
			binding.getDevices().add(lan);
			host.getRoleBindings().add(binding);
			fleet.getHosts().add(host);
		}
		if (hosts > 0) {
			dc1.getHosts().add(fleet.getHosts().get(0));
		}
		return fleet;
	}

	static NetworkInterface device(Host host, String name, InterfaceKind kind) {
		NetworkInterface device = F.createNetworkInterface();
		device.setName(name);
		device.setKind(kind);
		host.getInterfaces().add(device);
		return device;
	}

	static void openFleet(Fleet fleet) {
		workbench.openInMemory(fleet, "navigator-test.nftfleet");
	}

	static Tree tree() {
		return workbench.navigatorTree();
	}

	static FleetNavigatorPart navigator() {
		return workbench.navigatorPart();
	}

	static Fleet fleet() {
		return ui.ui(() -> document.fleet());
	}

	static Host host(String name) {
		return ui.ui(() -> document.fleet().getHosts().stream().filter(h -> name.equals(h.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no host " + name)));
	}

	static NetworkInterface device(Host host, String name) {
		return ui.ui(() -> host.getInterfaces().stream().filter(d -> name.equals(d.getName())).findFirst()
				.orElseThrow(() -> new AssertionError(host.getName() + " has no interface " + name)));
	}

	/** Shows {@code element}'s row (its parents expanded: set-up, not the behaviour under test) and returns its centre. */
	static Point rowCentre(Object element) {
		Tree tree = tree();
		ui.ui(() -> navigator().viewer().reveal(element));
		ui.waitUntil("a row for " + element, () -> find(tree.getItems(), element) != null);
		return ui.ui(() -> {
			Rectangle bounds = find(tree.getItems(), element).getBounds();
			return tree.toDisplay(bounds.x + Math.min(bounds.width / 2, 60), bounds.y + bounds.height / 2);
		});
	}

	static TreeItem find(TreeItem[] items, Object element) {
		return Workbench.navigatorRow(items, element);
	}

	/** Clicks the row of {@code element} and waits until it alone is selected. */
	static void select(Object element) {
		ui.activate(window);
		ui.clickAt(rowCentre(element));
		Tree tree = tree();
		ui.waitUntil(element + " selected", () -> tree.getSelectionCount() == 1 && element.equals(tree.getSelection()[0].getData()));
	}

	/** The elements of the fleet row's visible children (hosts and groups left by the filter). */
	static List<Object> topRows() {
		Tree tree = tree();
		return ui.ui(() -> Arrays.stream(tree.getItem(0).getItems()).map(TreeItem::getData).toList());
	}

	static String rowText(Object element) {
		Tree tree = tree();
		rowCentre(element);
		return ui.ui(() -> find(tree.getItems(), element).getText());
	}

	@Test
	void newFlowtableFromTheContextMenu() {
		Host edge1 = host("edge1");
		select(edge1);
		ui.press("Menu"); // the context menu key
		UiDriver.sleep(400);
		ui.press("n"); // New
		UiDriver.sleep(300);
		ui.screenshot("navigator-new-menu");
		ui.press("f"); // Flowtable
		ui.waitUntil("a second flowtable on edge1", () -> edge1.getFlowtables().size() == 2);
		Flowtable made = ui.ui(() -> edge1.getFlowtables().get(1));
		assertEquals("ft2", ui.ui(made::getName), "a name the host has not used yet");
		Tree tree = tree();
		ui.waitUntil("the new flowtable selected", () -> tree.getSelectionCount() == 1 && tree.getSelection()[0].getData() == made);
		assertTrue(rowText(made).startsWith("ft2 (inet, software offload, counter)"), rowText(made));
		assertTrue(rowText(new NavigatorNodes.Category(edge1, ModelPackage.Literals.HOST__FLOWTABLES)).equals("Flowtables (2)"));
		ui.screenshot("navigator-new-flowtable");

		ui.menu("alt+e", "u"); // Edit > Undo
		ui.waitUntil("undo to remove it", () -> edge1.getFlowtables().size() == 1);
	}

	@Test
	void pastedHostPointsAtItsOwnInterfaces() {
		Host edge1 = host("edge1");
		select(edge1);
		ui.menu("alt+e", "c"); // Edit > Copy
		ui.menu("alt+e", "a"); // Edit > Paste
		ui.waitUntil("a fourth host", () -> document.fleet().getHosts().size() == 4);
		Host pasted = ui.ui(() -> document.fleet().getHosts().get(1));
		assertEquals("edge1-copy", ui.ui(pasted::getName), "pasted after edge1, with a name of its own");
		List<NetworkInterface> devices = ui.ui(() -> List.copyOf(pasted.getFlowtables().get(0).getDevices()));
		assertEquals(List.of(device(pasted, "lan0"), device(pasted, "wan0")), devices);
		assertNotSame(device(edge1, "lan0"), devices.get(0), "not the original's interface");
		assertSame(ui.ui(() -> pasted.getFlowtables().get(0)), ui.ui(() -> pasted.getRules().get(0).getFlowtable()));
		Tree tree = tree();
		ui.waitUntil("the pasted host selected", () -> tree.getSelectionCount() >= 1
				&& Arrays.stream(tree.getSelection()).anyMatch(i -> i.getData() == pasted));
		ui.ui(() -> navigator().viewer().expandToLevel(pasted, 2));
		rowCentre(ui.ui(() -> pasted.getFlowtables().get(0)));
		ui.screenshot("navigator-host-pasted");

		ui.menu("alt+e", "u");
		ui.waitUntil("one undo removes the pasted host", () -> document.fleet().getHosts().size() == 3);
	}

	@Test
	void hostDraggedIntoAGroupJoinsItAndOneUndoTakesItOut() {
		Host edge3 = host("edge3");
		HostGroup dc2 = ui.ui(() -> document.fleet().getGroups().get(1));
		select(edge3);
		ui.drag(rowCentre(edge3), rowCentre(dc2));
		ui.waitUntil("edge3 a member of dc2", () -> dc2.getHosts().contains(edge3));
		assertEquals(3, ui.ui(() -> document.fleet().getHosts().size()), "the host itself stays where it was");
		ui.ui(() -> navigator().viewer().expandToLevel(dc2, 1));
		assertEquals("dc2  (group, 1 host)", rowText(dc2));
		rowCentre(new NavigatorNodes.Member(dc2, edge3));
		ui.screenshot("navigator-host-dragged-into-group");

		ui.activate(window);
		ui.menu("alt+e", "u");
		ui.waitUntil("one undo takes it out", () -> dc2.getHosts().isEmpty());
	}

	@Test
	void deletedInterfaceLeavesEveryPlaceThatNamedIt() {
		Host edge2 = host("edge2");
		NetworkInterface lan = device(edge2, "lan0");
		select(lan);
		ui.menu("alt+e", "d"); // Edit > Delete
		ui.waitUntil("lan0 deleted", () -> !edge2.getInterfaces().contains(lan));
		assertEquals(List.of("wan0"), ui.ui(() -> edge2.getFlowtables().get(0).getDevices().stream().map(NetworkInterface::getName).toList()));
		assertTrue(ui.ui(() -> edge2.getRules().get(0).getInputInterfaces().isEmpty()));
		assertTrue(ui.ui(() -> edge2.getRoleBindings().get(0).getDevices().isEmpty()));
		assertTrue(ui.ui(() -> device(edge2, "lan0.10").getLowerDevices().isEmpty()));
		Flowtable ft = ui.ui(() -> edge2.getFlowtables().get(0));
		assertTrue(rowText(ft).endsWith("devices: wan0"), rowText(ft));
		ui.screenshot("navigator-interface-deleted");

		ui.menu("alt+e", "u");
		ui.waitUntil("one undo restores it everywhere", () -> edge2.getInterfaces().contains(lan)
				&& edge2.getFlowtables().get(0).getDevices().contains(lan) && edge2.getRoleBindings().get(0).getDevices().contains(lan));
	}

	@Test
	void filterMatchesNameAddressTagAndGroup() {
		Text filter = ui.find(window, Text.class, "navigatorFilter");
		Host edge1 = host("edge1");
		Host edge2 = host("edge2");
		Host edge3 = host("edge3");
		HostGroup dc1 = ui.ui(() -> document.fleet().getGroups().get(0));
		ui.activate(window);
		ui.focus(filter);
		ui.type("edge2");
		ui.waitUntil("only edge2 left", () -> topRows().equals(List.of(edge2)));
		ui.screenshot("navigator-filter-name");

		ui.ui(() -> filter.selectAll());
		ui.type("192.0.2.13");
		ui.waitUntil("the address finds edge3", () -> topRows().equals(List.of(edge3)));
		ui.ui(() -> filter.selectAll());
		ui.type("tag:odd");
		// dc1 shows too: its member edge1 matches; and the fleet's Tags row, offering tag odd as a target
		NavigatorNodes.Tags tags = new NavigatorNodes.Tags(fleet());
		ui.waitUntil("the tag finds edge1 and edge3", () -> topRows().equals(List.of(dc1, tags, edge1, edge3)));
		ui.ui(() -> filter.selectAll());
		ui.type("dc1");
		ui.waitUntil("the group finds dc1 and its member", () -> topRows().equals(List.of(dc1, edge1)));
		ui.screenshot("navigator-filter-group");

		ui.ui(() -> filter.selectAll());
		ui.press("BackSpace");
		ui.waitUntil("everything back: two groups, the tags, three hosts", () -> topRows().size() == 6);
	}

	@Test
	void findAndReplaceRenamesOnEveryHostAfterAPreviewAndOneUndoTakesItBack() {
		Host edge1 = host("edge1");
		select(edge1);
		ui.menu("alt+e", "f"); // Edit > Find and Replace...
		Shell wizard = ui.waitForShell("Find and Replace Interface");
		ui.activate(wizard);
		Combo find = ui.find(wizard, Combo.class, "find");
		ui.focus(find);
		ui.type("lan0");
		Combo replace = ui.find(wizard, Combo.class, "replace");
		ui.focus(replace);
		ui.type("lan1");
		ui.screenshot("find-replace-names");
		ui.press("alt+n"); // Next
		Label summary = ui.find(wizard, Label.class, "renameSummary");
		ui.waitUntil("the preview's summary", () -> summary.getText().startsWith("lan0 → lan1: 15 places change on 3 hosts"));
		Tree preview = ui.find(wizard, Tree.class, "renamePreview");
		assertEquals(List.of("edge1", "edge2", "edge3"), ui.ui(() -> Arrays.stream(preview.getItems()).map(i -> i.getText(0)).toList()));
		List<String> edge1Places = ui.ui(() -> Arrays.stream(preview.getItem(0).getItems())
				.map(i -> i.getText(0) + ": " + i.getText(1) + " -> " + i.getText(2)).toList());
		assertTrue(edge1Places.contains("flowtable ft, devices: lan0, wan0 -> lan1, wan0"), edge1Places.toString());
		assertTrue(edge1Places.contains("role binding lan, devices: lan0 -> lan1"), edge1Places.toString());
		assertFalse(ui.ui(() -> edge1.getInterfaces().get(0).getName()).equals("lan1"), "nothing changes before Finish");
		ui.screenshot("find-replace-preview");
		ui.click(ui.button(wizard, "Finish"));
		ui.waitUntil("the wizard to close", () -> wizard.isDisposed());
		for (String name : List.of("edge1", "edge2", "edge3")) {
			Host host = host(name);
			assertEquals("lan1", ui.ui(() -> host.getFlowtables().get(0).getDevices().get(0).getName()));
			assertEquals("lan1", ui.ui(() -> host.getRules().get(0).getInputInterfaces().get(0).getName()));
		}
		ui.activate(window);
		ui.menu("alt+e", "u");
		ui.waitUntil("one undo renames back on all three", () -> document.fleet().getHosts().stream()
				.allMatch(h -> "lan0".equals(h.getInterfaces().get(0).getName())));
	}

	@Test
	void whereUsedListsWhatNamesAnInterface() {
		Host edge1 = host("edge1");
		select(device(edge1, "lan0"));
		ui.menu("alt+e", "w"); // Edit > Find Where Used
		Shell dialog = ui.waitForShell("Where Used");
		Table usages = ui.find(dialog, Table.class, "whereUsed");
		assertEquals(List.of("lower devices", "devices", "input interfaces", "devices"),
				ui.ui(() -> Arrays.stream(usages.getItems()).map(i -> i.getText(2)).toList()));
		ui.screenshot("where-used-interface");
		ui.activate(dialog);
		ui.press("Escape");
		ui.waitUntil("the dialog to close", () -> dialog.isDisposed());
	}

	@Test
	void propertiesEditSeveralHostsInOneCommand() {
		Host edge1 = host("edge1");
		Host edge2 = host("edge2");
		Host edge3 = host("edge3");
		ui.ui(() -> edge2.setPort(2222));
		workbench.showPart("org.nftoffload.ui.part.properties");
		select(edge1);
		ui.clickWith("ctrl", rowCentre(edge2));
		ui.clickWith("ctrl", rowCentre(edge3));
		Label heading = ui.find(window, Label.class, "propertiesHeading");
		ui.waitUntil("the three hosts in Properties", () -> heading.getText().startsWith("3 hosts selected"));
		Table properties = ui.find(window, Table.class, "properties");
		int portRow = ui.ui(() -> {
			for (int i = 0; i < properties.getItemCount(); i++) {
				if ("Port".equals(properties.getItem(i).getText(0))) {
					return i;
				}
			}
			throw new AssertionError("no Port row");
		});
		assertEquals("(mixed) 22, 2222", ui.ui(() -> properties.getItem(portRow).getText(1)));
		ui.screenshot("properties-several-hosts");
		ui.clickAt(ui.ui(() -> {
			Rectangle cell = properties.getItem(portRow).getBounds(1);
			return properties.toDisplay(cell.x + 20, cell.y + cell.height / 2);
		}));
		Text cell = ui.ui(() -> (Text) Display.getCurrent().getFocusControl());
		ui.ui(() -> cell.selectAll());
		ui.type("2200");
		ui.press("Return");
		ui.waitUntil("all three on port 2200", () -> edge1.getPort() == 2200 && edge2.getPort() == 2200 && edge3.getPort() == 2200);
		assertEquals("2200", ui.ui(() -> properties.getItem(portRow).getText(1)));

		ui.activate(window);
		ui.menu("alt+e", "u");
		ui.waitUntil("one undo restores each host's own port",
				() -> edge1.getPort() == 22 && edge2.getPort() == 2222 && edge3.getPort() == 22);
	}

	/** A Synchronizer that counts the runnables queued on the UI thread. */
	static final class CountingSynchronizer extends Synchronizer {
		final AtomicInteger queued = new AtomicInteger();

		CountingSynchronizer(Display display) {
			super(display);
		}

		@Override
		protected void asyncExec(Runnable runnable) {
			queued.incrementAndGet();
			super.asyncExec(runnable);
		}
	}

	@Test
	void aThousandHostEditQueuesABoundedNumberOfRefreshes() {
		openFleet(sampleFleet(1000));
		select(host("edge1")); // Properties, Preview and the navigator follow a selection, as in use
		ui.settle();
		CountingSynchronizer counting = ui.ui(() -> new CountingSynchronizer(Display.getCurrent()));
		Synchronizer original = ui.ui(() -> Display.getCurrent().getSynchronizer());
		long dispatchesBefore = ui.ui(() -> document.dispatches());
		try {
			ui.ui(() -> Display.getCurrent().setSynchronizer(counting));
			ui.ui(() -> {
				CompoundCommand tagAll = new CompoundCommand("tag every host");
				for (Host host : document.fleet().getHosts()) {
					tagAll.append(SetCommand.create(document.domain(), host, ModelPackage.Literals.HOST__NOTES, "rack 9"));
					tagAll.append(SetCommand.create(document.domain(), host, ModelPackage.Literals.HOST__PORT, 2022));
				}
				document.commandStack().execute(tagAll);
			});
			ui.settle();
			UiDriver.sleep(800); // the validation job's result comes back through asyncExec too
			ui.settle();
		} finally {
			ui.ui(() -> Display.getCurrent().setSynchronizer(original));
		}
		Host last = host("edge1000");
		assertEquals(2022, ui.ui(last::getPort));
		long dispatches = ui.ui(() -> document.dispatches()) - dispatchesBefore;
		int queued = counting.queued.get();
		System.out.println("1,000-host edit (2,000 notifications): " + dispatches + " dispatch(es), " + queued
				+ " runnables queued on the UI thread");
		assertEquals(1, dispatches, "one dispatch to every part for the whole edit");
		assertTrue(queued <= 20, "at most a few runnables on the UI thread, not one per notification and part: " + queued);
		assertTrue(rowText(last).startsWith("edge1000  192.0.2.1010:2022"), rowText(last));
	}

	/**
	 * The keys of the edit commands in the application model the product loads. (The tests reach
	 * the commands through the Edit menu's mnemonics: the UI harness pulls in org.eclipse.ui, whose
	 * legacy binding processor replaces the product's key bindings there.)
	 */
	@Test
	void editCommandsHaveTheirKeys() throws Exception {
		java.net.URL model = org.osgi.framework.FrameworkUtil.getBundle(FleetNavigatorPart.class).getEntry("Application.e4xmi");
		org.w3c.dom.Document xml;
		try (java.io.InputStream in = model.openStream()) {
			xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
		java.util.Map<String, String> commandIds = new java.util.HashMap<>();
		org.w3c.dom.NodeList commands = xml.getElementsByTagName("commands");
		for (int i = 0; i < commands.getLength(); i++) {
			org.w3c.dom.Element command = (org.w3c.dom.Element) commands.item(i);
			commandIds.put(command.getAttribute("xmi:id"), command.getAttribute("elementId"));
		}
		java.util.Map<String, String> keys = new java.util.TreeMap<>();
		org.w3c.dom.NodeList bindings = xml.getElementsByTagName("bindings");
		for (int i = 0; i < bindings.getLength(); i++) {
			org.w3c.dom.Element binding = (org.w3c.dom.Element) bindings.item(i);
			keys.put(binding.getAttribute("keySequence"), commandIds.get(binding.getAttribute("command")));
		}
		for (var expected : java.util.Map.of("M1+C", "org.nftoffload.ui.command.copy", "M1+V", "org.nftoffload.ui.command.paste",
				"M1+D", "org.nftoffload.ui.command.duplicate", "DEL", "org.nftoffload.ui.command.delete", "M1+H",
				"org.nftoffload.ui.command.findReplace", "M1+M2+G", "org.nftoffload.ui.command.whereUsed").entrySet()) {
			assertEquals(expected.getValue(), keys.get(expected.getKey()), expected.getKey());
		}
	}

	@Test
	void groupMembersAndHostLabelsSayWhatTheyAre() {
		HostGroup dc1 = ui.ui(() -> document.fleet().getGroups().get(0));
		Host edge1 = host("edge1");
		ui.ui(() -> navigator().viewer().expandToLevel(dc1, 1));
		assertEquals("dc1  (group, 1 host)", rowText(dc1));
		assertEquals("edge1  192.0.2.11  [odd]", rowText(new NavigatorNodes.Member(dc1, edge1)));
		assertEquals("lan0 (veth, hw offload: no)", rowText(device(edge1, "lan0")));
		assertEquals("tcp, udp → @ft  lan0 → wan0  \"offload established lan to wan\"",
				rowText(ui.ui(() -> edge1.getRules().get(0))));
		// hardware offload on a veth device: the validator's problem decorates the flowtable and what holds it
		Flowtable ft = ui.ui(() -> edge1.getFlowtables().get(0));
		ui.ui(() -> document.commandStack().execute(SetCommand.create(document.domain(), ft,
				ModelPackage.Literals.ABSTRACT_FLOWTABLE__OFFLOAD_MODE, org.nftoffload.model.OffloadMode.HARDWARE)));
		org.nftoffload.ui.internal.FleetProblems problems = ui.ui(() -> org.eclipse.e4.core.contexts.ContextInjectionFactory
				.make(org.nftoffload.ui.internal.FleetProblems.class, workbench.context)); // the one the navigator uses (@Singleton)
		ui.waitUntil("a problem on ft, and so on edge1", () -> problems.severity(ft) >= org.eclipse.emf.common.util.Diagnostic.WARNING
				&& problems.severity(edge1) >= problems.severity(ft));
		Flowtable clean = ui.ui(() -> document.fleet().getHosts().get(1).getFlowtables().get(0));
		ui.ui(() -> navigator().viewer().expandToLevel(edge1, 2));
		ui.ui(() -> navigator().viewer().reveal(clean));
		Tree tree = tree();
		ui.waitUntil("ft's row drawn with a decorated icon, unlike edge2's", () -> find(tree.getItems(), ft) != null
				&& find(tree.getItems(), clean) != null
				&& find(tree.getItems(), ft).getImage() != find(tree.getItems(), clean).getImage());
		ui.ui(() -> navigator().viewer().collapseToLevel(document.fleet().getHosts().get(1), org.eclipse.jface.viewers.AbstractTreeViewer.ALL_LEVELS));
		ui.screenshot("navigator-object-tree");
		List<String> categories = new ArrayList<>();
		for (Object row : ui.ui(() -> ((org.eclipse.jface.viewers.ITreeContentProvider) navigator().viewer()
				.getContentProvider()).getChildren(edge1))) {
			categories.add(rowText(row));
		}
		assertEquals(List.of("Interfaces (3)", "Flowtables (1)", "Rules (1)", "Role bindings (1)"), categories);
	}
}

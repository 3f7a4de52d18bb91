package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.Protocol;
import org.nftoffload.model.RoleBinding;
import org.nftoffload.model.RuleTemplate;
import org.nftoffload.ui.internal.FileChooser;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.FleetIO;
import org.nftoffload.ui.internal.editors.FlowtableEditorPart;
import org.nftoffload.ui.internal.editors.GroupEditorPart;

/**
 * Profiles as an engineer uses them, with real keys and clicks: the Apply Profile wizard on a
 * three-host group and its single undo, an unmapped role that blocks Finish with the error on its
 * row, and a group setting that shows in a member's flowtable editor with its source, then Reset.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProfilesWorkbenchTest {

	@TempDir
	static Path dir;

	static Workbench workbench;
	static UiDriver ui;
	static FleetDocument document;
	static Shell window;
	static final Workbench.ScriptedChooser chooser = new Workbench.ScriptedChooser();

	@BeforeAll
	static void openAFleetWithAProfileAndTwoGroups() throws Exception {
		workbench = Workbench.attach();
		window = workbench.window;
		ui = workbench.ui;
		document = workbench.document;
		ui.ui(() -> workbench.context.set(FileChooser.class, chooser));
		Path file = dir.resolve("profiles.nftfleet");
		FleetFiles.save(fleet(), file);
		chooser.next.set(file);
		ui.activate(window);
		ui.menu("alt+f", "n"); // a fresh fleet first, so that Open does not ask about unsaved changes
		chooser.next.set(file);
		ui.menu("alt+f", "o"); // File > Open...
		Job.getJobManager().join(FleetIO.JOB_FAMILY, null);
		ui.waitUntil("the profiles fleet open", () -> document.fleet().getHosts().size() == 5);
	}

	/**
	 * Leaves the workbench as the next test class expects it: no unsaved changes (File > Open would
	 * ask about them first). File > Save writes the test's own fleet file.
	 */
	@AfterAll
	static void saveSoNothingIsLeftUnsaved() throws Exception {
		ui.activate(window);
		ui.menu("alt+f", "s"); // File > Save
		Job.getJobManager().join(FleetIO.JOB_FAMILY, null);
		ui.waitUntil("the save to finish", () -> !document.isDirty());
	}

	/**
	 * Profile edge (roles wan, lan); group edge-eu: edge-1 and edge-3 with interfaces wan and lan0,
	 * edge-2 with eth0 bound to wan earlier and lan0, lan1; group edge-us: us-1 (wan, lan0) and us-2
	 * (eth0, eth1: nothing named like a role, never bound).
	 */
	static Fleet fleet() {
		ModelFactory f = ModelFactory.eINSTANCE;
		Fleet fleet = f.createFleet();
		fleet.setName("Profiles");
		FlowtableProfile profile = f.createFlowtableProfile();
		profile.setName("edge");
		profile.setDescription("software fast path");
		profile.getRoles().addAll(List.of("wan", "lan"));
		FlowtableTemplate ft = f.createFlowtableTemplate();
		ft.setName("ft");
		ft.setFamily(Family.INET);
		ft.setOffloadMode(OffloadMode.SOFTWARE);
		ft.getDeviceRoles().addAll(List.of("lan", "wan"));
		profile.getFlowtables().add(ft);
		RuleTemplate rule = f.createRuleTemplate();
		rule.setFlowtable(ft);
		rule.getProtocols().addAll(List.of(Protocol.TCP, Protocol.UDP));
		rule.getInputRoles().add("lan");
		rule.setComment("offload established lan flows");
		profile.getRules().add(rule);
		fleet.getProfiles().add(profile);
		HostGroup eu = f.createHostGroup();
		eu.setName("edge-eu");
		HostGroup us = f.createHostGroup();
		us.setName("edge-us");
		fleet.getGroups().addAll(List.of(eu, us));
		for (String name : List.of("edge-1", "edge-2", "edge-3")) {
			Host host = host(name, name.equals("edge-2") ? List.of("eth0", "lan0", "lan1") : List.of("wan", "lan0"));
			if (name.equals("edge-2")) {
				RoleBinding wan = f.createRoleBinding();
				wan.setRole("wan");
				wan.getDevices().add(host.getInterfaces().get(0));
				host.getRoleBindings().add(wan);
			}
			fleet.getHosts().add(host);
			eu.getHosts().add(host);
		}
		Host us1 = host("us-1", List.of("wan", "lan0"));
		Host us2 = host("us-2", List.of("eth0", "eth1"));
		fleet.getHosts().addAll(List.of(us1, us2));
		us.getHosts().addAll(List.of(us1, us2));
		return fleet;
	}

	private static Host host(String name, List<String> interfaces) {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(name);
		host.setAddress(name + ".invalid");
		host.setKernelRelease("6.1.0-28-amd64");
		for (String device : interfaces) {
			NetworkInterface i = ModelFactory.eINSTANCE.createNetworkInterface();
			i.setName(device);
			i.setKind(InterfaceKind.PHYSICAL);
			i.setDriver("mtk_soc_eth");
			i.setPresent(true);
			host.getInterfaces().add(i);
		}
		return host;
	}

	private static HostGroup group(String name) {
		return ui.ui(() -> document.fleet().getGroups().stream().filter(g -> name.equals(g.getName())).findFirst()
				.orElseThrow());
	}

	private static Host hostNamed(String name) {
		return ui.ui(() -> document.fleet().getHosts().stream().filter(h -> name.equals(h.getName())).findFirst()
				.orElseThrow());
	}

	/** Clicks the navigator row of {@code element} (a child of the fleet's row) and waits for the selection. */
	private static void clickInNavigator(EObject element) {
		Tree tree = ui.find(window, Tree.class, "navigator");
		ui.activate(window);
		ui.clickAt(ui.ui(() -> {
			TreeItem row = Arrays.stream(tree.getItem(0).getItems()).filter(i -> i.getData() == element).findFirst()
					.orElseThrow(() -> new AssertionError("no navigator row for " + element));
			tree.showItem(row);
			Rectangle bounds = row.getBounds();
			return tree.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		}));
		ui.waitUntil("the row selected in the navigator",
				() -> tree.getSelectionCount() == 1 && tree.getSelection()[0].getData() == element);
	}

	private static Shell openWizardOn(HostGroup group) {
		clickInNavigator(group);
		ui.menu("alt+l", "f"); // Fleet > Apply Profile...
		Shell wizard = ui.waitForShell("Apply Profile");
		ui.activate(wizard);
		return wizard;
	}

	/** Every label and text below {@code root}: what a page says (its message area is a read-only Text). */
	private static String texts(org.eclipse.swt.widgets.Composite root) {
		StringBuilder out = new StringBuilder();
		ui.ui(() -> collect(root, out));
		return out.toString();
	}

	private static void collect(org.eclipse.swt.widgets.Composite parent, StringBuilder out) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label) {
				out.append(label.getText()).append('\n');
			} else if (child instanceof Text text) {
				out.append(text.getText()).append('\n');
			} else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				collect(composite, out);
			}
		}
	}

	private static String cell(Table table, String host, int column) {
		return ui.ui(() -> Arrays.stream(table.getItems()).filter(i -> host.equals(i.getText(0))).findFirst()
				.map(i -> i.getText(column)).orElseThrow(() -> new AssertionError("no row for " + host)));
	}

	@Test
	@Order(1)
	void aProfileAppliedToAThreeHostGroupThroughTheWizardIsUndoneByOneUndo() {
		HostGroup eu = group("edge-eu");
		Fleet before = ui.ui(() -> EcoreUtil.copy(document.fleet()));
		Shell wizard = openWizardOn(eu);
		Combo target = ui.find(wizard, Combo.class, "applyProfile.group");
		assertTrue(ui.ui(() -> target.getText()).startsWith("edge-eu (3 hosts"), ui.ui(() -> target.getText()));
		org.eclipse.swt.widgets.Label hosts = ui.find(wizard, org.eclipse.swt.widgets.Label.class, "applyProfile.hosts");
		ui.waitUntil("the target's hosts listed", () -> hosts.getText().equals("Hosts: edge-1, edge-2, edge-3"));
		ui.screenshot("apply-profile-1-target");

		ui.press("alt+n"); // Next: the role mapping
		Table mapping = ui.find(wizard, Table.class, "applyProfile.mapping");
		ui.waitUntil("three rows", () -> mapping.getItemCount() == 3);
		assertEquals("wan", cell(mapping, "edge-1", 1), "by name");
		assertEquals("eth0", cell(mapping, "edge-2", 1), "from edge-2's earlier binding");
		assertEquals("lan0, lan1", cell(mapping, "edge-2", 2), "both interfaces named like the role");
		assertEquals("", cell(mapping, "edge-3", 3), "no problem on any row");
		assertTrue(ui.ui(() -> ui.button(wizard, "Finish").isEnabled()));
		ui.screenshot("apply-profile-2-mapping");

		ui.press("alt+n"); // Next: the preview
		StyledText diff = ui.find(wizard, StyledText.class, "applyProfile.diff");
		ui.waitUntil("edge-1's preview", () -> diff.getText().contains("+ flowtable inet ft"));
		String shown = ui.ui(() -> diff.getText());
		assertTrue(shown.contains("+++ with profile/edge-1"), shown);
		assertTrue(shown.contains("devices = { \"lan0\", \"wan\" }"), shown);
		Table previewHosts = ui.find(wizard, Table.class, "applyProfile.previewHosts");
		ui.clickAt(ui.ui(() -> {
			Rectangle r = previewHosts.getItem(1).getBounds();
			return previewHosts.toDisplay(r.x + r.width / 2, r.y + r.height / 2);
		}));
		ui.waitUntil("edge-2's preview", () -> diff.getText().contains("+++ with profile/edge-2"));
		String edge2 = ui.ui(() -> diff.getText());
		assertTrue(edge2.lines().anyMatch(l -> l.contains("devices = {") && l.contains("\"eth0\"") && l.contains("\"lan1\"")),
				"edge-2's wan is its eth0, its lan lan0 and lan1: " + edge2);
		ui.screenshot("apply-profile-3-preview");

		ui.press("alt+f"); // Finish
		ui.waitUntil("the wizard to close", () -> wizard.isDisposed());
		for (String name : List.of("edge-1", "edge-2", "edge-3")) {
			Host host = hostNamed(name);
			assertEquals("edge", ui.ui(() -> host.getAppliedProfile().getName()), name);
			Flowtable ft = ui.ui(() -> host.getFlowtables().get(0));
			assertEquals("ft", ui.ui(() -> ft.getTemplate().getName()), "the flowtable records its template");
		}
		assertEquals("edge", ui.ui(() -> eu.getAppliedProfile().getName()), "the group keeps the profile");
		assertTrue(ui.ui(() -> hostNamed("us-1").getFlowtables().isEmpty()), "hosts outside the group are untouched");
		ui.screenshot("apply-profile-4-applied");

		ui.activate(window);
		ui.menu("alt+e", "u"); // Edit > Undo, once
		ui.waitUntil("one undo to restore all three hosts", () -> EcoreUtil.equals(before, document.fleet()));
		assertFalse(ui.ui(() -> document.isDirty()), "back at the opened state");
		ui.menu("alt+e", "r"); // Edit > Redo: the profile again, for the next test
		ui.waitUntil("redo to apply it again", () -> hostNamed("edge-3").getAppliedProfile() != null);
	}

	@Test
	@Order(2)
	void anUnmappedRoleBlocksFinishWithTheErrorOnItsRow() {
		Fleet before = ui.ui(() -> EcoreUtil.copy(document.fleet()));
		Shell wizard = openWizardOn(group("edge-us"));
		ui.press("alt+n");
		Table mapping = ui.find(wizard, Table.class, "applyProfile.mapping");
		ui.waitUntil("two rows", () -> mapping.getItemCount() == 2);
		assertEquals("", cell(mapping, "us-1", 3));
		String problem = cell(mapping, "us-2", 3);
		assertEquals("\u2716 role wan is not mapped: choose us-2's wan interface(s) (eth0 physical, eth1 physical)", problem,
				"the error, marked, on us-2's row");
		assertFalse(ui.ui(() -> ui.button(wizard, "Finish").isEnabled()), "Finish is blocked");
		assertFalse(ui.ui(() -> ui.button(wizard, "Next >").isEnabled()), "and so is the preview");
		String said = texts(wizard);
		assertTrue(said.contains("us-2: role wan is not mapped"), "the page says it too: " + said);
		ui.screenshot("apply-profile-5-unmapped-role");

		typeIntoCell(mapping, "us-2", 1, "eth0");
		ui.waitUntil("the next role's error", () -> cell(mapping, "us-2", 3).startsWith("\u2716 role lan is not mapped"));
		typeIntoCell(mapping, "us-2", 2, "eth9");
		ui.waitUntil("an unknown interface named",
				() -> cell(mapping, "us-2", 3).equals("\u2716 role lan: us-2 has no interface 'eth9' (it has eth0 physical, eth1 physical)"));
		assertFalse(ui.ui(() -> ui.button(wizard, "Finish").isEnabled()));
		typeIntoCell(mapping, "us-2", 2, "eth1");
		ui.waitUntil("no problem left", () -> cell(mapping, "us-2", 3).isEmpty());
		ui.waitUntil("Finish enabled", () -> ui.button(wizard, "Finish").isEnabled());
		ui.screenshot("apply-profile-6-mapped-by-hand");

		ui.press("Escape"); // Cancel: nothing changes
		ui.waitUntil("the wizard to close", () -> wizard.isDisposed());
		assertTrue(ui.ui(() -> EcoreUtil.equals(before, document.fleet())), "Cancel changes nothing");
	}

	/** Clicks a cell (the focus cell follows), F2 opens its editor, types {@code text} over it, Return takes it. */
	private static void typeIntoCell(Table table, String host, int column, String text) {
		ui.clickAt(ui.ui(() -> {
			TableItem row = Arrays.stream(table.getItems()).filter(i -> host.equals(i.getText(0))).findFirst().orElseThrow();
			Rectangle r = row.getBounds(column);
			return table.toDisplay(r.x + r.width / 2, r.y + r.height / 2);
		}));
		ui.press("F2");
		Text editor = ui.find(table, Text.class, "applyProfile.cell");
		ui.waitUntil("the cell editor to have the focus", () -> ui.display().getFocusControl() == editor);
		ui.press("ctrl+a");
		ui.type(text);
		ui.press("Return");
		ui.waitUntil("the cell editor to close", () -> editor.isDisposed() || !editor.isVisible());
	}

	@Test
	@Order(3)
	void aGroupSettingShowsInAMembersFlowtableEditorWithItsSourceAndResetBringsItBack() {
		EditorDriver editors = new EditorDriver(workbench);
		HostGroup eu = group("edge-eu");
		clickInNavigator(eu);
		ui.press("Return"); // opens the group editor
		GroupEditorPart groupEditor = editors.active(GroupEditorPart.class, eu);
		editors.typeInto(editors.field(groupEditor, "priority"), "-10");
		ui.waitUntil("every member to take the group's priority", () -> List.of("edge-1", "edge-2", "edge-3").stream()
				.allMatch(n -> hostNamed(n).getFlowtables().get(0).getPriority() == -10));
		ui.screenshot("profile-values-1-group-priority");

		Flowtable ft = ui.ui(() -> hostNamed("edge-1").getFlowtables().get(0));
		FlowtableEditorPart editor = editors.openFlowtable(ft);
		Label source = ui.find(window, Label.class, "source.priority");
		Text priority = (Text) editors.field(editor, "priority").control();
		ui.waitUntil("the editor to say where the priority comes from",
				() -> source.getText().equals("from group edge-eu") && priority.getText().equals("-10"));
		Label mode = ui.find(window, Label.class, "source.offloadMode");
		assertEquals("from profile edge", ui.ui(() -> mode.getText()), "the group does not set the mode");
		Button reset = ui.find(window, Button.class, "reset.priority");
		assertFalse(ui.ui(() -> reset.isEnabled()), "nothing to reset yet");
		ui.screenshot("profile-values-2-from-group");

		editors.typeInto(editors.field(editor, "priority"), "5");
		ui.waitUntil("the host's own priority, recorded", () -> ft.getPriority() == 5
				&& ft.getOverriddenFeatures().contains("priority"));
		ui.waitUntil("the editor to say so", () -> source.getText().equals("set on this host (inherits -10 from group edge-eu)")
				&& reset.isEnabled());
		ui.screenshot("profile-values-3-set-on-host");

		ui.click(reset);
		ui.waitUntil("Reset to take the group's value back", () -> ft.getPriority() == -10
				&& ft.getOverriddenFeatures().isEmpty());
		ui.waitUntil("the editor to follow", () -> priority.getText().equals("-10")
				&& source.getText().equals("from group edge-eu") && !reset.isEnabled());
		ui.screenshot("profile-values-4-reset");

		editors.undo(); // the reset
		ui.waitUntil("undo brings the host's own 5 back", () -> ft.getPriority() == 5
				&& ft.getOverriddenFeatures().contains("priority"));
	}

	@Test
	@Order(4)
	void aHostThatJoinsTheGroupGetsItsProfileInOneUndoableStep() {
		EditorDriver editors = new EditorDriver(workbench);
		HostGroup eu = group("edge-eu");
		Host us1 = hostNamed("us-1");
		assertTrue(ui.ui(() -> us1.getFlowtables().isEmpty() && us1.getAppliedProfile() == null));
		clickInNavigator(eu);
		ui.press("Return");
		GroupEditorPart groupEditor = editors.active(GroupEditorPart.class, eu);
		editors.clickRow(editors.field(groupEditor, "hosts"), us1);
		ui.press("space"); // us-1 joins edge-eu
		ui.waitUntil("us-1 a member with the group's profile", () -> eu.getHosts().contains(us1)
				&& us1.getAppliedProfile() != null && us1.getFlowtables().size() == 1);
		Flowtable ft = ui.ui(() -> us1.getFlowtables().get(0));
		assertEquals(-10, (int) ui.ui(() -> ft.getPriority()), "with the group's priority");
		assertEquals(List.of("lan0", "wan"), ui.ui(() -> ft.getDevices().stream().map(NetworkInterface::getName).sorted().toList()),
				"its roles mapped from the interfaces named like them");
		ui.screenshot("profile-values-5-joined");
		editors.undo();
		ui.waitUntil("one undo: not a member, no profile, no flowtable", () -> !eu.getHosts().contains(us1)
				&& us1.getAppliedProfile() == null && us1.getFlowtables().isEmpty());
	}
}

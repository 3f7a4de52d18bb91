package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.ui.internal.FileChooser;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.editors.FlowtableEditorPart;
import org.nftoffload.ui.internal.editors.ModelEditors;
import org.nftoffload.ui.internal.editors.FormField;
import org.nftoffload.ui.internal.editors.GroupEditorPart;
import org.nftoffload.ui.internal.editors.HostEditorPart;
import org.nftoffload.ui.internal.editors.ProfileEditorPart;
import org.nftoffload.ui.internal.editors.RuleEditorPart;
import org.nftoffload.ui.internal.editors.SysctlsEditorPart;

/**
 * The form editors on the demo fleet (no machine behind it is contacted): choosing hardware offload
 * on lab1's veth ports, a Problems row opening its editor at the field, an edit in each editor taken
 * back by one Undo, and a field showing the validator's finding while it is typed. Input is real X
 * input (keys through the editors' mnemonics, clicks on rows), as in {@link FleetWorkbenchTest}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorsWorkbenchTest {

	@TempDir
	static Path dir;

	static Workbench workbench;
	static UiDriver ui;
	static FleetDocument document;
	static EditorDriver editors;

	@BeforeAll
	static void demoFleet() throws Exception {
		Path fleet = dir.resolve("demo.nftfleet");
		Files.copy(Path.of(System.getProperty("nfto.repo"), "releng", "demo", "demo.nftfleet"), fleet);
		workbench = Workbench.attach();
		ui = workbench.ui;
		document = workbench.document;
		editors = new EditorDriver(workbench);
		Workbench.ScriptedChooser chooser = new Workbench.ScriptedChooser();
		chooser.next.set(fleet);
		ui.ui(() -> workbench.context.set(FileChooser.class, chooser));
		ui.activate(workbench.window);
		ui.menu("alt+f", "o"); // File > Open...
		ui.waitUntil("the demo fleet to open", () -> fleet.equals(document.file().orElse(null))
				&& document.fleet().getHosts().size() == 3);
	}

	static Host lab1() {
		return ui.ui(() -> document.fleet().getHosts().get(0));
	}

	static void waitUntilSaved(String what) {
		ui.waitUntil(what + " (back to the saved state: the edit was one command)", () -> !document.isDirty());
	}

	/** Flowtable ft of lab1 (veth ports lan0/wan0), hardware through its mnemonic: the reason shows in the editor and in Problems. */
	@Test
	@Order(1)
	void hardwareOnAVethPortShowsTheReasonInTheEditorAndInProblems() {
		Flowtable ft = ui.ui(() -> lab1().getFlowtables().get(0));
		FlowtableEditorPart editor = editors.openFlowtable(ft);
		Label reason = ui.find(workbench.window, Label.class, FlowtableEditorPart.HARDWARE_REASON);
		ui.waitUntil("the editor to say before the choice that hardware would not work on veth",
				() -> reason.getText().contains("would not work") && reason.getText().contains("veth is a software device"));
		ui.screenshot("editor-flowtable-software");

		ui.press("alt+w"); // Hard&ware offload
		ui.waitUntil("hardware offload in the model", () -> ft.getOffloadMode() == OffloadMode.HARDWARE);
		ui.waitUntil("the reason in the editor", () -> reason.getText().startsWith("Hardware offload cannot work here")
				&& reason.getText().contains("lan0") && reason.getText().contains("veth is a software device"));
		Label qos = ui.find(workbench.window, Label.class, FlowtableEditorPart.QOS_ADVICE);
		assertTrue(ui.ui(() -> qos.getText().contains("QoS/SQM")), "the QoS advice with hardware offload");
		FormField mode = editors.field(editor, "offloadMode");
		ui.waitUntil("the mode field decorated with NFTO106",
				() -> mode.problemText() != null && mode.problemText().contains("NFTO106"));

		workbench.showPart("org.nftoffload.ui.part.problems");
		Table problems = ui.find(workbench.window, Table.class, "problems");
		ui.waitUntil("NFTO106 for lab1 in Problems", () -> Arrays.stream(problems.getItems())
				.anyMatch(i -> "NFTO106".equals(i.getText(0)) && "lab1".equals(i.getText(1))
						&& i.getText(2).contains("veth is a software device")));
		ui.screenshot("editor-flowtable-hardware-on-veth");

		editors.undo();
		ui.waitUntil("software again", () -> ft.getOffloadMode() == OffloadMode.SOFTWARE);
		waitUntilSaved("undone");
		ui.waitUntil("the NFTO106 row gone", () -> Arrays.stream(problems.getItems()).noneMatch(i -> "NFTO106".equals(i.getText(0))));
	}

	/** A Problems row, Enter: the editor of the row's object opens with the focus on the field to fix. */
	@Test
	@Order(2)
	void problemsRowOpensTheEditorAtItsField() {
		OffloadRule rule = ui.ui(() -> lab1().getRules().get(0));
		ui.ui(() -> document.commandStack().execute(SetCommand.create(document.domain(), rule,
				ModelPackage.Literals.ABSTRACT_OFFLOAD_RULE__COMMENT, "lan to \"wan\"")));
		workbench.closeEditors();
		workbench.showPart("org.nftoffload.ui.part.problems");
		Table problems = ui.find(workbench.window, Table.class, "problems");
		ui.waitUntil("the comment's NFTO114 in Problems", () -> row(problems, "NFTO114") != null);
		ui.activate(workbench.window);
		workbench.clickRow(problems, ui.ui(() -> row(problems, "NFTO114").getData()));
		ui.press("Return");

		RuleEditorPart editor = editors.active(RuleEditorPart.class, rule);
		FormField comment = editors.field(editor, "comment");
		ui.waitUntil("the focus on the comment field", () -> ui.display().getFocusControl() == comment.control());
		ui.waitUntil("the comment decorated", () -> comment.problemText() != null && comment.problemText().contains("NFTO114"));
		ui.screenshot("problems-row-opened-rule-editor-at-comment");

		editors.undo();
		waitUntilSaved("the comment undone");
	}

	private static TableItem row(Table table, String code) {
		return Arrays.stream(table.getItems()).filter(i -> code.equals(i.getText(0))).findFirst().orElse(null);
	}

	/** One edit in each kind of editor, each taken back by a single Edit > Undo. */
	@Test
	@Order(3)
	void anEditInEachEditorThenOneUndo() {
		Host lab1 = lab1();
		// host: tags
		HostEditorPart host = editors.openHost(lab1);
		editors.typeInto(editors.field(host, "tags"), "lab, debian, core");
		ui.waitUntil("the host's tags", () -> lab1.getTags().equals(List.of("lab", "debian", "core")));
		ui.screenshot("editor-host-edited");
		editors.undo();
		ui.waitUntil("the tags back", () -> lab1.getTags().equals(List.of("lab", "debian")));
		waitUntilSaved("host edit undone");

		// flowtable: priority
		Flowtable ft = ui.ui(() -> lab1.getFlowtables().get(0));
		FlowtableEditorPart flowtable = editors.openFlowtable(ft);
		editors.typeInto(editors.field(flowtable, "priority"), "10");
		ui.waitUntil("the priority", () -> ft.getPriority() == 10);
		editors.undo();
		ui.waitUntil("the priority back", () -> ft.getPriority() == 0);
		Text priority = (Text) editors.field(flowtable, "priority").control();
		ui.waitUntil("the field following the undo", () -> "0".equals(priority.getText()));
		waitUntilSaved("flowtable edit undone");

		// rule: exclusions through the check box's mnemonic
		OffloadRule rule = ui.ui(() -> lab1.getRules().get(0));
		RuleEditorPart ruleEditor = editors.openRule(rule);
		ui.focus(editors.field(ruleEditor, "comment").control());
		ui.press("alt+a"); // Exclude N&AT'ed connections
		ui.waitUntil("NAT'ed connections excluded", () -> rule.isExcludeNatted());
		ui.screenshot("editor-rule-edited");
		editors.undo();
		ui.waitUntil("the exclusion undone", () -> !rule.isExcludeNatted());
		waitUntilSaved("rule edit undone");

		// group: a member unchecked in the check list
		HostGroup edge = ui.ui(() -> document.fleet().getGroups().get(1));
		Host ams = ui.ui(() -> document.fleet().getHosts().get(2));
		workbench.clickChildOfFleetInNavigator(edge);
		ui.press("Return");
		GroupEditorPart group = editors.active(GroupEditorPart.class, edge);
		FormField membersField = editors.field(group, "hosts");
		Table members = (Table) membersField.control();
		editors.clickRow(membersField, ams);
		ui.press("space");
		ui.waitUntil("edge-ams-1 no longer a member", () -> !edge.getHosts().contains(ams) && edge.getHosts().size() == 1);
		ui.screenshot("editor-group-edited");
		editors.undo();
		ui.waitUntil("the member back", () -> edge.getHosts().contains(ams));
		ui.waitUntil("its row checked again", () -> Arrays.stream(members.getItems())
				.anyMatch(i -> i.getData() == ams && i.getChecked()));
		waitUntilSaved("group edit undone");

		// profile: roles
		FlowtableProfile fastpath = ui.ui(() -> document.fleet().getProfiles().get(0));
		workbench.clickChildOfFleetInNavigator(fastpath);
		ui.press("Return");
		ProfileEditorPart profile = editors.active(ProfileEditorPart.class, fastpath);
		editors.typeInto(editors.field(profile, "roles"), "wan, lan, dmz");
		ui.waitUntil("the profile's roles", () -> fastpath.getRoles().equals(List.of("wan", "lan", "dmz")));
		ui.screenshot("editor-profile-edited");
		editors.undo();
		ui.waitUntil("the roles back", () -> fastpath.getRoles().equals(List.of("wan", "lan")));
		waitUntilSaved("profile edit undone");

		// sysctls: a timeout on a host that had no sysctls (the container is made in the same command)
		editors.openHost(lab1);
		ui.press("alt+y"); // S&ysctls...
		SysctlsEditorPart sysctls = editors.active(SysctlsEditorPart.class, lab1);
		assertNull(ui.ui(() -> lab1.getSysctls()), "the demo's lab1 has no sysctls");
		editors.typeInto(editors.field(sysctls, "flowtableTcpTimeout"), "600");
		ui.waitUntil("the TCP timeout", () -> lab1.getSysctls() != null
				&& Integer.valueOf(600).equals(lab1.getSysctls().getFlowtableTcpTimeout()));
		ui.screenshot("editor-sysctls-edited");
		editors.undo();
		ui.waitUntil("no sysctls again", () -> lab1.getSysctls() == null);
		Text tcp = (Text) editors.field(sysctls, "flowtableTcpTimeout").control();
		ui.waitUntil("the field empty again", () -> tcp.getText().isEmpty());
		waitUntilSaved("sysctls edit undone");
	}

	/** What is typed is validated before it is committed: the field says what is wrong, the model is untouched. */
	@Test
	@Order(4)
	void fieldShowsTheValidatorsFindingWhileTyping() {
		OffloadRule rule = ui.ui(() -> lab1().getRules().get(0));
		RuleEditorPart editor = editors.openRule(rule);
		FormField prefixes = editors.field(editor, "sourcePrefixes");
		Text text = (Text) prefixes.control();
		ui.focus(text);
		ui.type("10.0.0.0/8, 192.168.1.300");
		ui.waitUntil("the typed prefix flagged as not an address (NFTO115)",
				() -> prefixes.problemText() != null && prefixes.problemText().contains("NFTO115")
						&& prefixes.problemText().contains("192.168.1.300"));
		assertTrue(ui.ui(() -> rule.getSourcePrefixes().isEmpty()), "nothing committed while typing");
		ui.screenshot("editor-rule-typing-bad-prefix");

		ui.ui(() -> text.selectAll());
		ui.type("10.0.0.0/8");
		ui.waitUntil("the finding gone with the good prefix", () -> prefixes.problemText() == null);
		ui.press("Return");
		ui.waitUntil("the prefix committed", () -> rule.getSourcePrefixes().equals(List.of("10.0.0.0/8")));
		editors.undo();
		ui.waitUntil("the prefix undone", () -> rule.getSourcePrefixes().isEmpty());
		waitUntilSaved("prefix undone");
		workbench.closeEditors();
	}

	/** Every editor's mnemonics reach one control each, and none takes a menu's (File, Edit, Fleet, Help). */
	@Test
	@Order(5)
	void everyEditorsMnemonicsAreUniqueAndLeaveTheMenusTheirs() {
		ModelEditors open = ui.ui(() -> ContextInjectionFactory.make(ModelEditors.class, workbench.context));
		Host lab1 = lab1();
		FlowtableProfile profile = ui.ui(() -> document.fleet().getProfiles().get(0));
		List<Runnable> editorsToOpen = List.of(() -> open.open(lab1), () -> open.open(lab1.getFlowtables().get(0)),
				() -> open.open(lab1.getRules().get(0)), () -> open.open(document.fleet().getGroups().get(1)),
				() -> open.open(profile), () -> open.open(profile.getFlowtables().get(0)),
				() -> open.open(profile.getRules().get(0)), () -> open.openSysctls(lab1));
		for (Runnable opening : editorsToOpen) {
			ui.ui(opening);
			ui.settle();
			String title = ui.ui(() -> workbench.parts.getActivePart().getLabel());
			List<String> texts = ui.ui(() -> {
				List<String> found = new java.util.ArrayList<>();
				collectTexts((org.eclipse.swt.widgets.Composite) workbench.parts.getActivePart().getWidget(), found);
				return found;
			});
			java.util.Map<Character, String> taken = new java.util.HashMap<>();
			for (String text : texts) {
				int amp = text.indexOf('&');
				if (amp < 0 || amp == text.length() - 1) {
					continue;
				}
				char key = Character.toLowerCase(text.charAt(amp + 1));
				assertTrue("felhv".indexOf(key) < 0, title + ": '" + text + "' takes Alt+" + key + " from the menu bar");
				String before = taken.put(key, text);
				assertNull(before, title + ": Alt+" + key + " is both '" + before + "' and '" + text + "'");
			}
			assertTrue(taken.size() >= 3, title + " has mnemonics: " + texts);
		}
		workbench.closeEditors();
	}

	private static void collectTexts(org.eclipse.swt.widgets.Composite parent, List<String> texts) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				texts.add(label.getText());
			} else if (child instanceof org.eclipse.swt.widgets.Button button) {
				texts.add(button.getText());
			} else if (child instanceof org.eclipse.swt.widgets.Group group) {
				texts.add(group.getText());
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				collectTexts(composite, texts);
			}
		}
	}
}

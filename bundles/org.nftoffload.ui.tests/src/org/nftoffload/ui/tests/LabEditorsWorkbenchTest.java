package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.tests.fixtures.LabRouter;
import org.nftoffload.ui.internal.FileChooser;
import org.nftoffload.ui.internal.editors.FlowtableEditorPart;
import org.nftoffload.ui.internal.editors.FormField;
import org.nftoffload.ui.internal.editors.HostEditorPart;
import org.nftoffload.ui.internal.editors.RuleEditorPart;

/**
 * A flowtable built in the editors from nothing on the demo fleet's lab1, pointed at a real router
 * of the QEMU lab: lab1's flowtable and rule removed in the host editor, a new flowtable named,
 * its devices picked from the probed interfaces, counter and software mode chosen, a rule added,
 * then Fleet > Apply...; the router's {@code nft list table} shows what was built.
 */
class LabEditorsWorkbenchTest {

	static final String NAME = "ed" + ProcessHandle.current().pid();

	@TempDir
	static Path dir;

	static LabRouter router;
	static Workbench workbench;
	static UiDriver ui;

	@BeforeAll
	static void routerAndFleet() throws Exception {
		router = LabRouter.start(NAME).get(0);
		String demo = Files.readString(Path.of(System.getProperty("nfto.repo"), "releng", "demo", "demo.nftfleet"));
		String fleet = demo.replace("port=\"2201\"", "port=\"" + router.info("port") + "\"")
				.replace("user=\"root\"", "user=\"" + router.info("user") + "\"")
				.replace("identityFile=\"~/.cache/nft-offload/lab/id_ed25519\"", "identityFile=\"" + router.info("key") + "\"");
		assertFalse(fleet.equals(demo), "the demo fleet has the lab1 host this test points at its router");
		Path file = dir.resolve("lab.nftfleet");
		Files.writeString(file, fleet);
		workbench = Workbench.attach();
		ui = workbench.ui;
		editors = new EditorDriver(workbench);
		Workbench.ScriptedChooser chooser = new Workbench.ScriptedChooser();
		chooser.next.set(file);
		ui.ui(() -> workbench.context.set(FileChooser.class, chooser));
		ui.activate(workbench.window);
		ui.menu("alt+f", "o"); // File > Open...
		ui.waitUntil("the lab fleet to open", () -> file.equals(workbench.document.file().orElse(null)));
	}

	@AfterAll
	static void stopRouter() throws Exception {
		if (workbench != null) {
			workbench.closeEditors();
			if (ui.ui(() -> workbench.document.isDirty())) {
				ui.activate(workbench.window);
				ui.menu("alt+f", "s"); // leave the workbench saved for the next test class
				ui.waitUntil("the fleet saved", () -> !workbench.document.isDirty());
			}
		}
		if (router != null) {
			router.close();
		}
	}

	static EditorDriver editors;

	static Host lab1() {
		return ui.ui(() -> workbench.document.fleet().getHosts().get(0));
	}

	@Test
	void flowtableBuiltFromNothingInTheEditorsIsWhatTheRouterRunsAfterApply() throws Exception {
		Host lab1 = lab1();
		// Probe first: the devices to pick are the ones the router has (and the host key is accepted).
		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "p"); // Fleet > Probe
		Shell question = ui.waitForShell("Unknown host key");
		ui.activate(question);
		ui.press("Return"); // Yes
		// the summary is "Probe finished", or "Probe: 1 of 1 failed" with what went wrong: say which
		java.util.concurrent.atomic.AtomicReference<Shell> probeSummary = new java.util.concurrent.atomic.AtomicReference<>();
		ui.waitUntil("the probe's summary", () -> {
			for (Shell shell : ui.display().getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && shell.getText().startsWith("Probe")) {
					probeSummary.set(shell);
					return true;
				}
			}
			return false;
		});
		Shell probed = probeSummary.get();
		assertEquals("Probe finished", ui.ui(() -> probed.getText()), ui.labels(probed));
		ui.activate(probed);
		ui.press("Return");
		ui.waitUntil("the probe's interfaces", () -> lab1.getProbeTime() != null
				&& lab1.getInterfaces().stream().anyMatch(i -> "eth0".equals(i.getName())));

		// From nothing: lab1's flowtable and rule removed in its editor.
		workbench.clickHostInNavigator(0);
		ui.press("Return");
		editors.active(HostEditorPart.class, lab1);
		// Each list's row selected, then its Remove button (the focus brings it into view; Space presses it)
		Table rules = ui.find(workbench.window, Table.class, "rules");
		ui.focus(rules);
		workbench.clickRow(rules, ui.ui(() -> lab1.getRules().get(0)));
		ui.screenshot("lab-editor-host-rule-selected");
		Button removeRule = ui.button(workbench.window, "Remove Rule");
		ui.focus(removeRule);
		ui.press("space");
		ui.waitUntil("lab1's rule removed", () -> lab1.getRules().isEmpty());
		Table flowtables = ui.find(workbench.window, Table.class, "flowtables");
		ui.focus(flowtables);
		workbench.clickRow(flowtables, ui.ui(() -> lab1.getFlowtables().get(0)));
		Button removeFlowtable = ui.button(workbench.window, "Remove Flowtable");
		ui.focus(removeFlowtable);
		ui.press("space");
		ui.waitUntil("lab1 without flowtables and rules", () -> lab1.getFlowtables().isEmpty() && lab1.getRules().isEmpty());

		// A new flowtable: named, devices lan0 and wan0 picked, counter on, software fast path.
		ui.press("alt+b"); // New Flowta&ble
		ui.waitUntil("a new flowtable", () -> lab1.getFlowtables().size() == 1);
		Flowtable edge = ui.ui(() -> lab1.getFlowtables().get(0));
		FlowtableEditorPart editor = editors.active(FlowtableEditorPart.class, edge);
		editors.typeInto(editors.field(editor, "name"), "edge");
		ui.waitUntil("the name", () -> "edge".equals(edge.getName()));
		FormField devices = editors.field(editor, "devices");
		for (String device : List.of("lan0", "wan0")) {
			NetworkInterface port = ui.ui(() -> lab1.getInterfaces().stream().filter(i -> device.equals(i.getName()))
					.findFirst().orElseThrow());
			editors.clickRow(devices, port);
			ui.press("space"); // checks the row
			ui.waitUntil(device + " picked", () -> edge.getDevices().contains(port));
		}
		Button counter = (Button) editors.field(editor, "counter").control();
		if (!ui.ui(() -> counter.getSelection())) {
			ui.press("alt+c");
		}
		ui.press("alt+s"); // &Software fast path
		ui.waitUntil("counter on, software mode", () -> edge.isCounter() && edge.getOffloadMode() == OffloadMode.SOFTWARE);
		ui.screenshot("lab-editor-flowtable-built");

		// A rule that adds flows to it, from the host editor.
		workbench.clickHostInNavigator(0);
		ui.press("Return");
		editors.active(HostEditorPart.class, lab1);
		ui.press("alt+u"); // New R&ule
		ui.waitUntil("a new rule", () -> lab1.getRules().size() == 1);
		OffloadRule rule = ui.ui(() -> lab1.getRules().get(0));
		RuleEditorPart ruleEditor = editors.active(RuleEditorPart.class, rule);
		assertEquals(edge, ui.ui(() -> rule.getFlowtable()), "the new rule adds flows to the host's flowtable");
		FormField comment = editors.field(ruleEditor, "comment");
		editors.typeInto(comment, "built in the editors");
		ui.waitUntil("the comment", () -> "built in the editors".equals(rule.getComment()));
		assertTrue(ui.ui(() -> ((Text) comment.control()).getText().equals("built in the editors")));

		// Fleet > Apply..., confirmed.
		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "l");
		Shell review = ui.waitForShell("Apply: review the changes");
		ui.screenshot("lab-editor-apply-review");
		ui.activate(review);
		ui.press("alt+a"); // Apply to 1 Host
		Shell confirm = ui.waitForShell("Apply: confirm the new tables");
		ui.activate(confirm);
		ui.press("alt+c"); // Confirm
		Shell summary = ui.waitForShell("Apply finished");
		String said = ui.labels(summary);
		assertTrue(said.contains("applied and confirmed"), said);
		ui.activate(summary);
		ui.press("Return");

		String listed = router.ssh("nft list table inet nftoffload");
		assertTrue(listed.contains("flowtable edge {"), listed);
		assertTrue(Pattern.compile("devices = \\{ (lan0, wan0|wan0, lan0) \\}").matcher(listed).find(), listed);
		int start = listed.indexOf("flowtable edge {");
		String flowtable = listed.substring(start, listed.indexOf("\n\t}", start)); // up to the flowtable's own closing brace
		assertTrue(flowtable.contains("counter"), "the counter: " + listed);
		assertFalse(flowtable.contains("flags offload"), "software mode, no hardware flag: " + listed);
		assertTrue(listed.contains("flow add @edge") && listed.contains("built in the editors"), listed);
		assertFalse(listed.contains("flowtable ft "), "the removed flowtable is gone: " + listed);
	}
}

package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.tests.fixtures.LabRouter;
import org.nftoffload.ui.internal.FileChooser;

/**
 * Fleet > Adopt from Host... against a real router (a lab guest) whose own firewall table has a
 * flowtable and the rule that fills it: the host is probed, the dialog lists what the router runs,
 * the rule is ticked with the keyboard (its flowtable comes with it), Adopt takes both into the model
 * as one command, and one Undo takes them out again. Real X input, as in {@link FleetWorkbenchTest}.
 */
class AdoptWorkbenchTest {

	static final String NAME = "uiadopt" + ProcessHandle.current().pid();
	static final String FIREWALL = """
			table inet fw4 {
				flowtable ft {
					hook ingress priority filter
					devices = { lan0, wan0 }
					counter
				}
				chain forward {
					type filter hook forward priority filter; policy accept;
					meta l4proto { tcp, udp } flow add @ft comment "fw4 offload"
				}
			}
			""";

	@TempDir
	static Path dir;
	static LabRouter router;
	static Workbench workbench;
	static UiDriver ui;

	@BeforeAll
	static void routerAndFleet() throws Exception {
		router = LabRouter.start(NAME).get(0);
		router.ssh("nft -f - <<'EOF'\n" + FIREWALL + "EOF");
		Path fleetFile = dir.resolve("adopt.nftfleet");
		Files.writeString(fleetFile, """
				<?xml version="1.0" encoding="UTF-8"?>
				<nfto:Fleet xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:nfto="http://nftoffload.org/model/1.0" name="adopt">
				  <hosts name="lab1" address="127.0.0.1" port="%s" user="%s" authMethod="key" identityFile="%s"/>
				</nfto:Fleet>
				""".formatted(router.info("port"), router.info("user"), router.info("key")));
		workbench = Workbench.attach();
		ui = workbench.ui;
		Workbench.ScriptedChooser chooser = new Workbench.ScriptedChooser();
		chooser.next.set(fleetFile);
		ui.ui(() -> workbench.context.set(FileChooser.class, chooser));
		ui.menu("alt+f", "o"); // File > Open...
		ui.waitUntil("the fleet to open", () -> fleetFile.equals(workbench.document.file().orElse(null)));
	}

	@AfterAll
	static void stopRouter() throws Exception {
		if (workbench != null) {
			// leave the workbench clean for the next class
			ui.activate(workbench.window);
			ui.menu("alt+f", "s");
			ui.waitUntil("the fleet saved", () -> !workbench.document.isDirty());
		}
		if (router != null) {
			router.close();
		}
	}

	static Host lab1() {
		return ui.ui(() -> workbench.document.fleet().getHosts().get(0));
	}

	private static void probe() {
		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "p"); // Fleet > Probe
		// the router's key is new on this port: the question comes first
		Shell question = ui.waitForShell("Unknown host key");
		ui.activate(question);
		ui.press("Return");
		Shell summary = ui.waitForShell("Probe finished");
		ui.activate(summary);
		ui.press("Return");
		ui.waitUntil("lab1 probed", () -> lab1().getProbeTime() != null);
	}

	@Test
	void theRoutersFlowtableAndRuleAreTickedAdoptedAndUndone() throws Exception {
		probe();
		org.eclipse.emf.common.command.Command probed = ui.ui(() -> workbench.document.commandStack().getUndoCommand());
		workbench.clickHostInNavigator(0);
		ui.menu("alt+l", "d"); // Fleet > Adopt from Host...
		Shell dialog = ui.waitForShell("Adopt from lab1");
		Table table = ui.find(dialog, Table.class, "adopt.candidates");
		List<String> rows = ui.ui(() -> java.util.Arrays.stream(table.getItems()).map(i -> i.getText(0) + " | " + i.getText(1)).toList());
		assertEquals(List.of("inet fw4 | flowtable ft: lan0, wan0; software offload, counter",
				"inet fw4 | rule tcp, udp \u2192 @ft (chain forward)  \"fw4 offload\""), rows);
		Button adopt = ui.button(dialog, "Adopt");
		assertFalse(ui.ui(adopt::isEnabled), "nothing ticked yet: Adopt is off");
		ui.activate(dialog);
		ui.press("Down"); // the rule's row
		ui.press("space"); // tick it: its flowtable comes with it
		ui.waitUntil("both rows ticked", () -> table.getItem(0).getChecked() && table.getItem(1).getChecked());
		assertTrue(ui.ui(adopt::isEnabled));
		ui.screenshot("adopt-dialog");
		ui.press("alt+a"); // Adopt
		ui.waitUntil("the dialog closed", dialog::isDisposed);
		ui.waitUntil("the flowtable in lab1's model", () -> lab1().getFlowtables().size() == 1);
		Flowtable ft = ui.ui(() -> lab1().getFlowtables().get(0));
		assertEquals(List.of("lan0", "wan0"), ui.ui(() -> ft.getDevices().stream().map(NetworkInterface::getName).toList()));
		assertTrue(ui.ui(() -> ft.getDevices().stream().allMatch(d -> d.eContainer() == lab1())),
				"the devices are lab1's probed interfaces");
		assertEquals(ft, ui.ui(() -> lab1().getRules().get(0).getFlowtable()));
		assertTrue(ui.ui(() -> lab1().getObservedTables().stream().anyMatch(t -> t.getName().equals("fw4"))),
				"fw4 stays observed");
		assertEquals("Adopt 1 flowtable and 1 rule from lab1", ui.ui(() -> workbench.document.commandStack().getUndoCommand().getLabel()),
				"one command");
		// what the console would now apply to lab1: the adopted flowtable in its own table
		workbench.showPart("org.nftoffload.ui.part.nftPreview");
		org.eclipse.swt.custom.StyledText preview = ui.find(workbench.window, org.eclipse.swt.custom.StyledText.class, "nftPreview");
		ui.waitUntil("the preview to show the adopted flowtable", () -> preview.getText().contains("flowtable ft {")
				&& preview.getText().contains("devices = { \"lan0\", \"wan0\" }") && preview.getText().contains("flow add @ft"));
		ui.screenshot("adopt-adopted");

		ui.menu("alt+e", "u"); // Edit > Undo
		ui.waitUntil("the adoption undone", () -> lab1().getFlowtables().isEmpty() && lab1().getRules().isEmpty());
		assertEquals(probed, ui.ui(() -> workbench.document.commandStack().getUndoCommand()), "the probe is next to undo");
	}
}

package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.ui.internal.ConsolePreferences;
import org.nftoffload.ui.internal.FileChooser;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.FleetIO;

/**
 * The workbench as an engineer uses it: a new fleet, two hosts added through the dialog, a property
 * edited in the host editor and undone, saved, reopened; a damaged file refused; the unsaved-changes
 * question on close. Keys and clicks are real X events under Xvfb; commands are reached through the
 * menus' keyboard mnemonics (Alt+F, Alt+E, Alt+L), as a keyboard user would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetWorkbenchTest {

	@TempDir
	static Path dir;

	static Workbench workbench;
	static UiDriver ui;
	static FleetDocument document;
	static org.eclipse.e4.ui.workbench.modeling.EPartService partService;
	static Shell window;
	static final Workbench.ScriptedChooser chooser = new Workbench.ScriptedChooser();

	@BeforeAll
	static void attachToTheRunningWorkbench() throws Exception {
		workbench = Workbench.attach();
		window = workbench.window;
		ui = workbench.ui;
		document = workbench.document;
		partService = workbench.parts;
		ui.ui(() -> workbench.context.set(FileChooser.class, chooser));
	}

	private static List<String> hostNames() {
		return ui.ui(() -> document.fleet().getHosts().stream().map(Host::getName).toList());
	}

	private static void waitForFleetJobs() throws InterruptedException {
		Job.getJobManager().join(FleetIO.JOB_FAMILY, null);
		ui.settle();
	}

	private static void addHostThroughTheDialog(String name, String address) {
		ui.activate(window);
		ui.menu("alt+l", "a"); // Fleet > Add Host...
		Shell dialog = ui.waitForShell("Add Host");
		ui.activate(dialog);
		Text nameField = ui.find(dialog, Text.class, "name");
		ui.focus(nameField);
		ui.type(name);
		ui.press("Tab");
		ui.type(address);
		ui.screenshot("add-host-dialog-" + name);
		ui.press("Return");
		ui.waitUntil("the Add Host dialog to close", () -> dialog.isDisposed());
	}

	@Test
	@Order(1)
	void newFleetThenTwoHostsThroughTheDialog() {
		ui.menu("alt+f", "n"); // File > New Fleet
		ui.waitUntil("an empty new fleet", () -> document.fleet().getHosts().isEmpty());
		assertEquals("New fleet", ui.ui(() -> document.fleet().getName()));

		addHostThroughTheDialog("edge1", "192.0.2.11");
		addHostThroughTheDialog("edge2", "192.0.2.12");

		assertEquals(List.of("edge1", "edge2"), hostNames());
		Host edge2 = ui.ui(() -> document.fleet().getHosts().get(1));
		assertEquals("192.0.2.12", ui.ui(() -> edge2.getAddress()));
		assertEquals(22, ui.ui(() -> edge2.getPort()), "the dialog's default SSH port");
		assertTrue(ui.ui(() -> document.isDirty()));
		Tree tree = ui.find(window, Tree.class, "navigator");
		ui.waitUntil("both hosts in the navigator",
				() -> tree.getItemCount() == 1 && tree.getItem(0).getItemCount() == 2);
		Label status = ui.find(window, Label.class, "statusline");
		ui.waitUntil("the status line to count the hosts", () -> status.getText().contains("2 hosts"));
		ui.screenshot("fleet-with-two-hosts");
	}

	@Test
	@Order(2)
	void addressEditedInTheHostEditorAndUndone() {
		Host edge1 = clickHostInNavigator(0);
		ui.press("Return"); // Enter opens the selected host
		Text address = ui.find(window, Text.class, "address");
		ui.waitUntil("the editor to show edge1's address", () -> "192.0.2.11".equals(address.getText()));

		ui.focus(address);
		ui.ui(() -> address.selectAll());
		ui.type("198.51.100.7");
		ui.press("Return");
		ui.waitUntil("the new address in the model", () -> "198.51.100.7".equals(edge1.getAddress()));
		ui.screenshot("host-editor-edited");

		ui.menu("alt+e", "u"); // Edit > Undo
		ui.waitUntil("undo to restore the address", () -> "192.0.2.11".equals(edge1.getAddress()));
		ui.waitUntil("the editor to follow the undo", () -> "192.0.2.11".equals(address.getText()));
		ui.screenshot("host-editor-undone");
	}

	@Test
	@Order(3)
	void savedAndReopenedFleetHasTheSameHosts() throws Exception {
		Path file = dir.resolve("edge.nftfleet");
		chooser.next.set(file);
		ui.activate(window);
		ui.menu("alt+f", "s"); // File > Save
		waitForFleetJobs();
		ui.waitUntil("the save to finish", () -> !document.isDirty());

		String xml = Files.readString(file);
		assertTrue(xml.contains("name=\"edge1\"") && xml.contains("name=\"edge2\""), xml);
		assertTrue(xml.contains("192.0.2.11") && !xml.contains("198.51.100.7"), "the undone edit must not be saved: " + xml);
		Fleet onDisk = FleetFiles.load(file);
		assertEquals(List.of("192.0.2.11", "192.0.2.12"), onDisk.getHosts().stream().map(Host::getAddress).toList());

		ui.menu("alt+f", "n"); // File > New Fleet
		ui.waitUntil("a new, empty fleet", () -> document.fleet().getHosts().isEmpty());
		chooser.next.set(file);
		ui.menu("alt+f", "o"); // File > Open...
		waitForFleetJobs();
		ui.waitUntil("the reopened fleet", () -> document.fleet().getHosts().size() == 2);
		assertEquals(List.of("edge1", "edge2"), hostNames());
		assertEquals(file, ui.ui(() -> document.file().orElseThrow()));
		assertFalse(ui.ui(() -> document.isDirty()));
		ui.screenshot("fleet-reopened");
	}

	@Test
	@Order(4)
	void damagedFileIsRefusedWithItsNameAndNothingChanges() throws Exception {
		Path damaged = Files.writeString(dir.resolve("damaged.nftfleet"), "<?xml version=\"1.0\"?>\n<nfto:Fleet name=\"x\"");
		byte[] before = Files.readAllBytes(damaged);
		Fleet open = ui.ui(() -> document.fleet());

		chooser.next.set(damaged);
		ui.activate(window);
		ui.menu("alt+f", "o"); // File > Open...
		Shell error = ui.waitForShell("Cannot open fleet");
		String message = ui.labels(error);
		assertTrue(message.contains(damaged.toString()), message);
		ui.screenshot("damaged-file-error");
		ui.activate(error);
		ui.press("Return");
		ui.waitUntil("the error dialog to close", () -> error.isDisposed());

		assertArrayEquals(before, Files.readAllBytes(damaged), "the damaged file must not be touched");
		assertTrue(ui.ui(() -> document.fleet() == open), "the open fleet stays open");
	}

	@Test
	@Order(5)
	void closingWithUnsavedChangesAsksFirst() {
		Host edge2 = ui.ui(() -> document.fleet().getHosts().get(1));
		ui.ui(() -> document.commandStack().execute(
				SetCommand.create(document.domain(), edge2, ModelPackage.Literals.HOST__NOTES, "rack 7")));
		assertTrue(ui.ui(() -> document.isDirty()));

		ui.display().asyncExec(() -> window.close());
		Shell question = ui.waitForShell("Unsaved changes");
		ui.screenshot("unsaved-changes-question");
		ui.activate(question);
		ui.press("Escape"); // Cancel: the window must stay
		ui.waitUntil("the question to close", () -> question.isDisposed());
		assertFalse(ui.ui(() -> window.isDisposed()), "Cancel keeps the window open");

		ui.activate(window);
		ui.menu("alt+e", "u"); // Edit > Undo
		ui.waitUntil("undo back to the saved state", () -> !document.isDirty());
	}

	@Test
	@Order(6)
	void removedHostComesBackWithUndoAndGoesAgainWithRedo() {
		Host edge2 = clickHostInNavigator(1);

		ui.menu("alt+l", "r"); // Fleet > Remove Host
		ui.waitUntil("edge2 removed", () -> document.fleet().getHosts().size() == 1);
		assertEquals(List.of("edge1"), hostNames());
		ui.screenshot("host-removed");

		ui.menu("alt+e", "u"); // Edit > Undo
		ui.waitUntil("edge2 back", () -> document.fleet().getHosts().size() == 2);
		assertEquals(List.of("edge1", "edge2"), hostNames());

		ui.menu("alt+e", "r"); // Edit > Redo
		ui.waitUntil("edge2 removed again", () -> document.fleet().getHosts().size() == 1);
		ui.menu("alt+e", "u");
		ui.waitUntil("edge2 back again", () -> document.fleet().getHosts().size() == 2 && !document.isDirty());
	}

	@Test
	@Order(7)
	void previewShowsTheHostsScriptAndProblemsFollowAnEdit() {
		Host edge1 = clickHostInNavigator(0);
		showPart("org.nftoffload.ui.part.nftPreview");
		org.eclipse.swt.custom.StyledText preview = ui.find(window, org.eclipse.swt.custom.StyledText.class, "nftPreview");
		ui.waitUntil("the preview to show edge1's script", () -> preview.getText().contains("table inet nftoffload"));

		showPart("org.nftoffload.ui.part.problems");
		org.eclipse.swt.widgets.Table problems = ui.find(window, org.eclipse.swt.widgets.Table.class, "problems");
		java.util.function.BooleanSupplier edge1Flagged = () -> java.util.Arrays.stream(problems.getItems())
				.anyMatch(item -> "edge1".equals(item.getText(1)) && item.getText(2).contains("'x;reboot'"));
		assertFalse(ui.ui(() -> edge1Flagged.getAsBoolean()), "no problem about the address yet");

		ui.press("Return"); // opens edge1's editor
		Text address = ui.find(window, Text.class, "address");
		ui.focus(address);
		ui.ui(() -> address.selectAll());
		ui.type("x;reboot");
		ui.press("Return");
		ui.waitUntil("the address in the model", () -> "x;reboot".equals(edge1.getAddress()));
		ui.waitUntil("the Problems view to flag edge1's address", edge1Flagged);
		ui.screenshot("problems-and-preview");

		ui.menu("alt+e", "u"); // Edit > Undo
		ui.waitUntil("the problem to go away with the undo", () -> !edge1Flagged.getAsBoolean());
		assertEquals(1, ui.ui(() -> partService.getParts().stream()
				.filter(p -> p.isToBeRendered() && "org.nftoffload.ui.partdescriptor.hostEditor".equals(p.getElementId()))
				.count()), "one editor: the editors of the fleet that was replaced by the reopen are closed");
		ui.waitUntil("back to the saved state", () -> !document.isDirty());
	}

	/** Edit > Preferences...: a changed rollout setting is kept, and Restore Defaults brings back the default. */
	@Test
	@Order(8)
	void preferencesAreKeptAndDefaultsComeBack() {
		ConsolePreferences preferences = ui.ui(() -> ContextInjectionFactory.make(ConsolePreferences.class,
				workbench.context));
		assertEquals(16, ui.ui(() -> preferences.settings().parallelism()), "the default: 16 hosts at once");
		ui.activate(window);
		ui.menu("alt+e", "p"); // Edit > Preferences...
		Shell dialog = ui.waitForShell("Preferences");
		ui.activate(dialog);
		Spinner parallelism = ui.find(dialog, Spinner.class, "parallelism");
		ui.focus(parallelism);
		ui.press("ctrl+a");
		ui.type("4");
		ui.waitUntil("the spinner to take 4", () -> parallelism.getSelection() == 4);
		ui.screenshot("preferences");
		ui.click(ui.button(dialog, "OK")); // Return stays in a GTK spin button
		ui.waitUntil("the dialog to close", () -> dialog.isDisposed());
		assertEquals(4, ui.ui(() -> preferences.settings().parallelism()));
		assertEquals(4, ui.ui(() -> preferences.settings().rollout().parallelism()), "what the fleet jobs get");

		ui.menu("alt+e", "p");
		Shell again = ui.waitForShell("Preferences");
		ui.activate(again);
		Spinner shown = ui.find(again, Spinner.class, "parallelism");
		assertEquals(4, ui.ui(() -> shown.getSelection()), "the stored value is shown");
		ui.press("alt+d"); // Restore Defaults
		ui.waitUntil("the default shown", () -> shown.getSelection() == 16);
		ui.click(ui.button(again, "OK"));
		ui.waitUntil("the dialog to close", () -> again.isDisposed());
		assertEquals(16, ui.ui(() -> preferences.settings().parallelism()));
	}

	private static Host clickHostInNavigator(int index) {
		return workbench.clickHostInNavigator(index);
	}

	private static void showPart(String id) {
		workbench.showPart(id);
	}
}

package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.ui.internal.FileChooser;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.FleetIO;

/**
 * A fleet file that another program (here: a shell, as the nftoffload command after a probe would)
 * rewrites while it is open in the workbench: File > Save asks before anything is written, and
 * Cancel, Reload and Overwrite each do what they say.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetFileChangedWorkbenchTest {

	@TempDir
	static Path dir;
	static Workbench workbench;
	static UiDriver ui;
	static FleetDocument document;
	static Shell window;
	static Path file;
	static final Workbench.ScriptedChooser chooser = new Workbench.ScriptedChooser();

	@BeforeAll
	static void openAFleetFile() throws Exception {
		workbench = Workbench.attach();
		window = workbench.window;
		ui = workbench.ui;
		document = workbench.document;
		ui.ui(() -> workbench.context.set(FileChooser.class, chooser));
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("shared");
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("edge1");
		host.setAddress("192.0.2.11");
		fleet.getHosts().add(host);
		file = dir.resolve("shared.nftfleet");
		FleetFiles.save(fleet, file);
		chooser.next.set(file);
		ui.activate(window);
		ui.menu("alt+f", "o"); // File > Open...
		waitForFleetJobs();
		ui.waitUntil("the fleet file to open", () -> document.file().map(file::equals).orElse(false));
	}

	private static void waitForFleetJobs() throws InterruptedException {
		Job.getJobManager().join(FleetIO.JOB_FAMILY, null);
		ui.settle();
	}

	/** Another process renames a host in the file, the way a probe's rewrite changes it behind the window. */
	private static byte[] changeTheFileElsewhere(String oldName, String newName) throws Exception {
		Process other = new ProcessBuilder("sed", "-i", "s/name=\"" + oldName + "\"/name=\"" + newName + "\"/", file.toString())
				.inheritIO().start();
		assertTrue(other.waitFor(30, TimeUnit.SECONDS) && other.exitValue() == 0, "sed failed");
		byte[] theirs = Files.readAllBytes(file);
		assertTrue(new String(theirs).contains(newName));
		return theirs;
	}

	private static void editNotes(String notes) {
		Host edge1 = ui.ui(() -> document.fleet().getHosts().get(0));
		ui.ui(() -> document.commandStack().execute(
				SetCommand.create(document.domain(), edge1, ModelPackage.Literals.HOST__NOTES, notes)));
	}

	private static Shell saveAndExpectTheQuestion() {
		ui.activate(window);
		ui.menu("alt+f", "s"); // File > Save
		Shell question = ui.waitForShell(FleetIO.CHANGED_TITLE);
		String text = ui.labels(question);
		assertTrue(text.contains(file.toString()) && text.contains("changed by another program"), text);
		return question;
	}

	@Test
	@Order(1)
	void cancelWritesNothing() throws Exception {
		editNotes("ours");
		byte[] theirs = changeTheFileElsewhere("edge1", "probed1");

		Shell question = saveAndExpectTheQuestion();
		ui.screenshot("fleet-file-changed-question");
		ui.click(ui.button(question, "Cancel"));
		ui.waitUntil("the question to close", () -> question.isDisposed());
		waitForFleetJobs();

		assertArrayEquals(theirs, Files.readAllBytes(file), "Cancel overwrote the other program's change");
		assertTrue(ui.ui(() -> document.isDirty()), "our change is still unsaved, not lost");
	}

	@Test
	@Order(2)
	void reloadShowsTheirChangesAndDropsOurs() throws Exception {
		Shell question = saveAndExpectTheQuestion();
		byte[] theirs = Files.readAllBytes(file);
		ui.click(ui.button(question, "Reload"));
		ui.waitUntil("the question to close", () -> question.isDisposed());
		waitForFleetJobs();
		ui.waitUntil("the file as the other program left it", () -> "probed1".equals(document.fleet().getHosts().get(0).getName()));

		assertArrayEquals(theirs, Files.readAllBytes(file));
		assertTrue(!ui.ui(() -> document.isDirty()));
	}

	@Test
	@Order(3)
	void overwriteWritesOursOverTheirs() throws Exception {
		editNotes("ours again");
		changeTheFileElsewhere("probed1", "probed2");

		Shell question = saveAndExpectTheQuestion();
		ui.click(ui.button(question, "Overwrite"));
		ui.waitUntil("the question to close", () -> question.isDisposed());
		waitForFleetJobs();
		ui.waitUntil("the save to finish", () -> !document.isDirty());

		Host saved = FleetFiles.load(file).getHosts().get(0);
		assertEquals(List.of("probed1", "ours again"), List.of(saved.getName(), saved.getNotes()));
		// a save right after our own save is no conflict
		editNotes("third");
		ui.menu("alt+f", "s");
		waitForFleetJobs();
		ui.waitUntil("the second save to finish", () -> !document.isDirty());
		assertEquals("third", FleetFiles.load(file).getHosts().get(0).getNotes());
	}
}

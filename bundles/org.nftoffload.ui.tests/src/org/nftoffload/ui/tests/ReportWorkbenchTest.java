package org.nftoffload.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.report.ReportOpener;

/**
 * File > Export Report... as an engineer uses it, by keyboard: the wizard's two pages (the whole
 * fleet; all five formats into a directory typed in), the job, the result dialog and Open Report,
 * which hands report.html to the desktop opener (a recording one here, not a browser).
 */
class ReportWorkbenchTest {

	@TempDir
	static Path dir;

	static Workbench workbench;
	static UiDriver ui;
	static final List<Path> opened = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void attach() throws Exception {
		workbench = Workbench.attach();
		ui = workbench.ui;
		ui.ui(() -> workbench.context.set(ReportOpener.class, file -> opened.add(file)));
	}

	/** The dialog the finished job opens; an error dialog fails the test with its text. */
	static Shell resultDialog() {
		java.util.concurrent.atomic.AtomicReference<Shell> found = new java.util.concurrent.atomic.AtomicReference<>();
		ui.waitUntil("the report job's result dialog", () -> {
			for (Shell shell : ui.display().getShells()) {
				if (!shell.isDisposed() && shell.isVisible()
						&& (shell.getText().equals("Report written") || shell.getText().equals("Export Report"))) {
					found.set(shell);
					return true;
				}
			}
			return false;
		});
		if (!ui.ui(() -> found.get().getText()).equals("Report written")) {
			throw new AssertionError("the report failed: " + ui.labels(found.get()));
		}
		return found.get();
	}

	@Test
	void exportReportWizardWritesEveryFormatAndOffersToOpenIt() throws Exception {
		Path fleetFile = dir.resolve("demo.nftfleet");
		Files.copy(Path.of(System.getProperty("nfto.repo"), "releng/demo/demo.nftfleet"), fleetFile);
		FleetDocument document = workbench.document;
		org.eclipse.emf.ecore.resource.Resource loaded = FleetFiles.loadResource(FleetFiles.newResourceSet(), fleetFile);
		ui.ui(() -> document.open(loaded, fleetFile));
		ui.activate(workbench.window);
		ui.menu("alt+f", "p"); // File > Export Report...
		Shell wizard = ui.waitForShell("Export Report");
		ui.activate(wizard);
		assertTrue(ui.labels(wizard).contains("Which hosts") || ui.ui(() -> wizard.getText()).equals("Export Report"));
		ui.press("alt+e"); // the whole fleet
		ui.press("alt+n"); // Next
		Text directory = ui.find(wizard, Text.class, "directory");
		assertEquals(fleetFile.resolveSibling("demo-report").toString(), ui.ui(() -> directory.getText()),
				"the default directory is beside the fleet file");
		Path out = dir.resolve("typed-report");
		ui.focus(directory);
		ui.press("ctrl+a");
		ui.type(out.toString());
		for (String key : List.of("alt+s", "alt+m", "alt+j")) { // CSV, Markdown, JSON next to HTML and PDF
			ui.press(key);
		}
		for (String format : List.of("html", "pdf", "csv", "md", "json")) {
			Button box = ui.find(wizard, Button.class, "format." + format);
			assertTrue(ui.ui(() -> box.getSelection()), format + " is checked");
		}
		ui.screenshot("report-wizard-output-page");
		ui.press("alt+f"); // Finish
		ui.waitUntil("the wizard to close", () -> wizard.isDisposed());
		// the report job writes five formats (the PDF takes a few seconds); then the result dialog opens
		org.eclipse.core.runtime.jobs.Job.getJobManager().join(null, null);
		Shell done = resultDialog();
		ui.activate(done);
		String text = ui.labels(done);
		assertTrue(text.contains(out.resolve("report.html").toString()) && text.contains("findings"), text);
		ui.screenshot("report-written-dialog");
		for (String name : List.of("report.html", "report.pdf", "hosts.csv", "flowtables.csv", "rules.csv", "findings.csv",
				"report.md", "report.json")) {
			assertTrue(Files.size(out.resolve(name)) > 0, name);
		}
		assertTrue(Files.readString(out.resolve("report.html")).contains(fleetFile.toString()),
				"the saved fleet's file is named in the header");
		ui.press("alt+o"); // Open Report
		ui.waitUntil("the report to be opened", () -> !opened.isEmpty());
		assertEquals(List.of(out.resolve("report.html")), opened);
	}
}

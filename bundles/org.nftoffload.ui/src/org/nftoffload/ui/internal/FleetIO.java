package org.nftoffload.ui.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.FleetFileException;
import org.nftoffload.fleet.FleetFiles;

/**
 * Opening and saving fleet files from the workbench: the file I/O runs in jobs, the results are
 * handed to the {@link FleetDocument} on the UI thread, and failures are shown in a dialog that
 * names the file. A failed open leaves the open fleet as it was; a failed save leaves the file as
 * it was (see {@link FleetFiles#save}).
 */
public final class FleetIO {

	/** Family of the jobs below, so that tests and the exit path can wait for them. */
	public static final Object JOB_FAMILY = FleetIO.class;

	private FleetIO() {
	}

	public static void open(FleetDocument document, Path file, Shell shell, RecentFiles recent) {
		Display display = shell.getDisplay();
		Job job = new FamilyJob("Opening " + file.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, "Reading " + file, 1);
				try {
					Resource loaded = FleetFiles.loadResource(FleetFiles.newResourceSet(), file);
					progress.worked(1);
					display.asyncExec(() -> {
						document.open(loaded, file);
						recent.add(file);
					});
				} catch (FleetFileException e) {
					Platform.getLog(FleetIO.class).warn("Opening " + file + " failed: " + e.getMessage(), e);
					display.asyncExec(() -> {
						if (!shell.isDisposed()) {
							MessageDialog.openError(shell, "Cannot open fleet", e.getMessage());
						}
					});
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
	}

	/**
	 * Saves the document to {@code file} in a job; {@code done} runs on the UI thread with
	 * {@code true} when the file is written. When another program changed the file since it was
	 * opened or last saved here, nothing is written until the engineer has chosen (see
	 * {@link #askAboutChange}).
	 */
	public static Job save(FleetDocument document, Path file, Shell shell, RecentFiles recent,
			Consumer<Boolean> done) {
		return save(document, file, FleetFiles.IfChanged.REFUSE, shell, recent, done);
	}

	private static Job save(FleetDocument document, Path file, FleetFiles.IfChanged ifChanged, Shell shell,
			RecentFiles recent, Consumer<Boolean> done) {
		FleetDocument.Snapshot snapshot = document.snapshot();
		Display display = shell.getDisplay();
		Job job = new FamilyJob("Saving " + file.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, "Writing " + file, 1);
				try {
					FleetFiles.save(snapshot.fleet(), file, ifChanged);
					progress.worked(1);
					display.asyncExec(() -> {
						document.saved(snapshot, file);
						recent.add(file);
						done.accept(true);
					});
				} catch (FleetFileException e) {
					Platform.getLog(FleetIO.class).warn("Saving " + file + " failed: " + e.getMessage(), e);
					display.asyncExec(() -> {
						if (shell.isDisposed()) {
							done.accept(false);
							return;
						}
						if (e.problem() != FleetFileException.Problem.CHANGED_ON_DISK) {
							MessageDialog.openError(shell, "Cannot save fleet", e.getMessage());
							done.accept(false);
							return;
						}
						switch (askAboutChange(shell, file)) {
						case OVERWRITE -> save(document, file, FleetFiles.IfChanged.OVERWRITE, shell, recent, done);
						case RELOAD -> {
							open(document, file, shell, recent);
							done.accept(false);
						}
						case CANCEL -> done.accept(false);
						}
					});
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** What the engineer chose for a file another program changed. */
	public enum ChangeChoice {
		OVERWRITE, RELOAD, CANCEL
	}

	/** The dialog's title, for tests that look for it. */
	public static final String CHANGED_TITLE = "Fleet file changed on disk";

	/**
	 * Asks what to do about a file another program (the CLI after a probe, an editor, a colleague's
	 * sync) changed since it was opened here: overwrite their changes with ours, reload theirs and
	 * drop ours, or cancel and decide later (Save As keeps both).
	 */
	public static ChangeChoice askAboutChange(Shell shell, Path file) {
		MessageDialog question = new MessageDialog(shell, CHANGED_TITLE, null, file
				+ " was changed by another program since it was opened here (the nftoffload command saves probe "
				+ "results into it, for example).\n\nOverwrite replaces those changes with this window's fleet. "
				+ "Reload opens the file as it is now and drops this window's unsaved changes. Cancel writes "
				+ "nothing; File > Save As... keeps both.", MessageDialog.WARNING, 2, "&Overwrite", "&Reload", "Cancel");
		return switch (question.open()) {
		case 0 -> ChangeChoice.OVERWRITE;
		case 1 -> ChangeChoice.RELOAD;
		default -> ChangeChoice.CANCEL;
		};
	}

	private abstract static class FamilyJob extends Job {
		FamilyJob(String name) {
			super(name);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JOB_FAMILY;
		}
	}
}

package org.nftoffload.ui.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
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
	 * {@code true} when the file is written.
	 */
	public static Job save(FleetDocument document, Path file, Shell shell, RecentFiles recent,
			Consumer<Boolean> done) {
		FleetDocument.Snapshot snapshot = document.snapshot();
		Display display = shell.getDisplay();
		Job job = new FamilyJob("Saving " + file.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, "Writing " + file, 1);
				try {
					FleetFiles.save(snapshot.fleet(), file);
					progress.worked(1);
					display.asyncExec(() -> {
						document.saved(snapshot, file);
						recent.add(file);
						done.accept(true);
					});
				} catch (FleetFileException e) {
					display.asyncExec(() -> {
						if (!shell.isDisposed()) {
							MessageDialog.openError(shell, "Cannot save fleet", e.getMessage());
						}
						done.accept(false);
					});
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
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

package org.nftoffload.ui.internal.handlers;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.FleetFileException;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.ui.internal.FileChooser;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.FleetIO;
import org.nftoffload.ui.internal.RecentFiles;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Save, Save As and the question about unsaved changes before the fleet is replaced or the window
 * closes. Everything that writes runs outside the UI thread.
 */
@Creatable
@Singleton
public final class SaveFlow {

	@Inject
	private FleetDocument document;
	@Inject
	private RecentFiles recent;
	@Inject
	private FileChooser chooser;

	/** File > Save: in a job; asks for a file name first when the fleet has none. */
	public void save(Shell shell) {
		Path target = document.file().orElseGet(() -> askFile(shell));
		if (target != null) {
			FleetIO.save(document, target, shell, recent, ok -> {
			});
		}
	}

	public void saveAs(Shell shell) {
		Path target = askFile(shell);
		if (target != null) {
			FleetIO.save(document, target, shell, recent, ok -> {
			});
		}
	}

	/** A file name for Save As; {@code null} when cancelled. */
	public Path askFile(Shell shell) {
		return chooser.chooseToSave(shell,
				document.file().map(p -> p.getFileName().toString()).orElse("fleet." + FleetFiles.EXTENSION));
	}

	/**
	 * Before the open fleet goes away (close, exit, New, Open): when it has unsaved changes, asks
	 * Save / Don't Save / Cancel. Returns {@code true} when it may go.
	 */
	public boolean confirmClose() {
		if (!document.isDirty()) {
			return true;
		}
		Shell shell = Display.getCurrent().getActiveShell();
		MessageDialog question = new MessageDialog(shell, "Unsaved changes", null,
				"The fleet '" + document.displayName() + "' has unsaved changes. Save them?",
				MessageDialog.QUESTION, 0, "&Save", "Do&n't Save", "Cancel");
		return switch (question.open()) {
		case 0 -> saveAndWait(shell);
		case 1 -> true;
		default -> false;
		};
	}

	/**
	 * Saves with a progress dialog whose work runs in another thread; {@code true} when written. A
	 * file another program changed meanwhile is overwritten only when the engineer says so.
	 */
	public boolean saveAndWait(Shell shell) {
		Path target = document.file().orElseGet(() -> askFile(shell));
		if (target == null) {
			return false;
		}
		FleetFiles.IfChanged ifChanged = FleetFiles.IfChanged.REFUSE;
		while (true) {
			FleetDocument.Snapshot snapshot = document.snapshot();
			FleetFiles.IfChanged mode = ifChanged;
			AtomicReference<FleetFileException> failure = new AtomicReference<>();
			try {
				new ProgressMonitorDialog(shell).run(true, false, monitor -> {
					monitor.beginTask("Saving " + target, 1);
					try {
						FleetFiles.save(snapshot.fleet(), target, mode);
					} catch (FleetFileException e) {
						failure.set(e);
					}
					monitor.done();
				});
			} catch (InvocationTargetException | InterruptedException e) {
				Platform.getLog(SaveFlow.class).error("Saving " + target + " failed", e);
				MessageDialog.openError(shell, "Cannot save fleet", target + ": " + e.getMessage());
				return false;
			}
			FleetFileException e = failure.get();
			if (e == null) {
				document.saved(snapshot, target);
				recent.add(target);
				return true;
			}
			Platform.getLog(SaveFlow.class).warn("Saving " + target + " failed: " + e.getMessage(), e);
			if (e.problem() != FleetFileException.Problem.CHANGED_ON_DISK) {
				MessageDialog.openError(shell, "Cannot save fleet", e.getMessage());
				return false;
			}
			switch (FleetIO.askAboutChange(shell, target)) {
			case OVERWRITE -> ifChanged = FleetFiles.IfChanged.OVERWRITE;
			case RELOAD -> {
				// the window goes on with the file as it is now; what was about to close stays open
				FleetIO.open(document, target, shell, recent);
				return false;
			}
			default -> {
				return false;
			}
			}
		}
	}
}

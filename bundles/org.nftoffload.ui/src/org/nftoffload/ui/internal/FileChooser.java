package org.nftoffload.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.FleetFiles;

/**
 * Asks the engineer for a fleet file. A service in the application context, so that UI tests can put
 * a chooser of their own in place of the native GTK file dialog, which SWT events cannot drive.
 */
public interface FileChooser {

	/** A fleet file to open, or {@code null} when cancelled. */
	Path chooseToOpen(Shell shell);

	/** A file to save to (with the {@code .nftfleet} extension added), or {@code null} when cancelled. */
	Path chooseToSave(Shell shell, String suggestedName);

	/** A host list to import (CSV or Ansible inventory), or {@code null} when cancelled. */
	default Path chooseToImport(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Import Hosts");
		dialog.setFilterExtensions(new String[] { "*.csv;*.ini;*.yml;*.yaml;hosts;inventory", "*" });
		dialog.setFilterNames(new String[] { "Host lists (CSV, Ansible inventories)", "All files" });
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	/** The native file dialog. */
	final class Native implements FileChooser {

		private static final String[] EXTENSIONS = { "*." + FleetFiles.EXTENSION, "*" };
		private static final String[] NAMES = { "Fleet files (*." + FleetFiles.EXTENSION + ")", "All files" };

		@Override
		public Path chooseToOpen(Shell shell) {
			FileDialog dialog = new FileDialog(shell, SWT.OPEN);
			dialog.setText("Open Fleet");
			dialog.setFilterExtensions(EXTENSIONS);
			dialog.setFilterNames(NAMES);
			String chosen = dialog.open();
			return chosen == null ? null : Path.of(chosen);
		}

		@Override
		public Path chooseToSave(Shell shell, String suggestedName) {
			FileDialog dialog = new FileDialog(shell, SWT.SAVE);
			dialog.setText("Save Fleet As");
			dialog.setFilterExtensions(EXTENSIONS);
			dialog.setFilterNames(NAMES);
			dialog.setFileName(suggestedName);
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen == null) {
				return null;
			}
			return Path.of(chosen).getFileName().toString().contains(".") ? Path.of(chosen)
					: Path.of(chosen + "." + FleetFiles.EXTENSION);
		}
	}
}

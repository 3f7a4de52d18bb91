package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.ui.internal.FileChooser;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.dialogs.ImportHostsDialog;

import jakarta.inject.Named;

/** Fleet > Import Hosts...: hosts and groups from a CSV file or an Ansible inventory, as one undoable command. */
public final class ImportHostsHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, FleetDocument document, FileChooser chooser) {
		ImportHostsDialog dialog = new ImportHostsDialog(shell, document.fleet(), chooser);
		if (dialog.open() != Window.OK) {
			return;
		}
		Command command = dialog.plan().command(document.domain());
		if (command.canExecute()) {
			document.commandStack().execute(command);
		}
	}
}

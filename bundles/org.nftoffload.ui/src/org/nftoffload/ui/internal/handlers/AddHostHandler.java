package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.dialogs.AddHostDialog;

import jakarta.inject.Named;

/** Fleet > Add Host...: asks for the connection details and adds the host as one undoable command. */
public final class AddHostHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, FleetDocument document) {
		AddHostDialog dialog = new AddHostDialog(shell, document.fleet());
		if (dialog.open() != Window.OK) {
			return;
		}
		Host host = dialog.host();
		Command add = AddCommand.create(document.domain(), document.fleet(), ModelPackage.Literals.FLEET__HOSTS, host);
		document.commandStack().execute(add);
	}
}

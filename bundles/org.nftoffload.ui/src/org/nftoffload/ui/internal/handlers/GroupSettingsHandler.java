package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.profiles.ProfileCommands;
import org.nftoffload.model.HostGroup;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.dialogs.GroupSettingsDialog;

import jakarta.inject.Named;

/** Fleet &gt; Group Settings...: the selected group's values for its hosts, one undoable command with its members. */
public final class GroupSettingsHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return group(selection) != null;
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		HostGroup group = group(selection);
		GroupSettingsDialog dialog = new GroupSettingsDialog(shell, group);
		if (dialog.open() != Window.OK || dialog.changes().isEmpty()) {
			return;
		}
		Command change = ProfileCommands.changeGroupSettings(document.domain(), group, dialog.changes());
		if (change.canExecute()) {
			document.commandStack().execute(change);
		}
	}

	private static HostGroup group(Object selection) {
		var objects = Selections.objects(selection);
		return objects.size() == 1 && objects.get(0) instanceof HostGroup group ? group : null;
	}
}

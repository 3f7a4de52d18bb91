package org.nftoffload.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.edit.BulkChanges;
import org.nftoffload.fleet.edit.CurrentValues;
import org.nftoffload.fleet.edit.FleetEdits;
import org.nftoffload.fleet.edit.ModelTexts;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.dialogs.EditSelectedDialog;

import jakarta.inject.Named;

/**
 * Edit &gt; Edit Selected... (Ctrl+Shift+E, also in the navigator's context menu): one set of
 * values for many hosts at once: the selected hosts, a group's members, a tag's hosts or the whole
 * fleet ({@link Selections#targetHosts}); or, when only flowtables are selected, for those
 * flowtables. The dialog collects the changes; {@link FleetEdits} builds them into one command on
 * the stack, so one Edit &gt; Undo restores every host.
 */
public final class EditSelectedHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		return !Selections.ownFlowtables(selection).isEmpty() || Selections.hasTargetHosts(selection, document.fleet());
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		List<Flowtable> flowtables = Selections.ownFlowtables(selection);
		Command edit;
		String what;
		if (!flowtables.isEmpty()) {
			what = ModelTexts.count(flowtables.size(), "flowtable", "flowtables");
			BulkChanges changes = ask(shell, what, CurrentValues.ofFlowtables(flowtables), false);
			if (changes == null) {
				return;
			}
			edit = FleetEdits.editFlowtables(document.domain(), flowtables, changes);
		} else {
			List<Host> hosts = Selections.targetHosts(selection, document.fleet());
			if (hosts.isEmpty()) {
				MessageDialog.openInformation(shell, "Edit Selected", "Select hosts, a group, a tag, flowtables or the fleet first.");
				return;
			}
			what = ModelTexts.count(hosts.size(), "host", "hosts");
			BulkChanges changes = ask(shell, what, CurrentValues.ofHosts(hosts), true);
			if (changes == null) {
				return;
			}
			edit = FleetEdits.editHosts(document.domain(), hosts, changes);
		}
		if (edit.canExecute()) {
			document.commandStack().execute(edit);
		} else {
			MessageDialog.openInformation(shell, "Edit Selected", "Nothing to change: each of the " + what
					+ " selected has these values already.");
		}
	}

	private static BulkChanges ask(Shell shell, String what, CurrentValues now, boolean hosts) {
		EditSelectedDialog dialog = new EditSelectedDialog(shell, what, now, hosts);
		return dialog.open() == Window.OK ? dialog.result() : null;
	}
}

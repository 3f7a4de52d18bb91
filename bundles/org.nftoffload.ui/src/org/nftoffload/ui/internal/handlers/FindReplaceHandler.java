package org.nftoffload.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.dialogs.InterfaceRenameWizard;

import jakarta.inject.Named;

/**
 * Edit > Find and Replace... (Ctrl+H): renames an interface across the fleet or the selected hosts,
 * with a preview of every place that changes; one undoable command. A selected interface is the
 * name to find.
 */
public final class FindReplaceHandler {

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		List<Host> selected = Selections.objects(selection).stream().map(org.nftoffload.fleet.edit.FleetCopies::hostOf)
				.filter(h -> h != null).distinct().toList();
		String initial = Selections.objects(selection).stream().filter(NetworkInterface.class::isInstance)
				.map(o -> ((NetworkInterface) o).getName()).findFirst().orElse(null);
		InterfaceRenameWizard wizard = new InterfaceRenameWizard(List.copyOf(document.fleet().getHosts()), selected, initial,
				document.domain(), document.commandStack());
		new WizardDialog(shell, wizard).open();
	}
}

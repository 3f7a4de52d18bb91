package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.nftoffload.fleet.edit.FleetCopies;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.TextFocus;

import jakarta.inject.Named;

/**
 * Edit > Copy (Ctrl+C): the selected hosts, flowtables and rules go to the fleet's clipboard as
 * detached copies (nothing in the fleet changes). In a text field it copies the field's text.
 */
public final class CopyHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return TextFocus.active() || Selections.objects(selection).stream().anyMatch(FleetCopies::copyable);
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		if (TextFocus.perform(TextFocus.Edit.COPY)) {
			return;
		}
		document.domain().setClipboard(new java.util.ArrayList<Object>(FleetCopies.copy(Selections.objects(selection))));
	}
}

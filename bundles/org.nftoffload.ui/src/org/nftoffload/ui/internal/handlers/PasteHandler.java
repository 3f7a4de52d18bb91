package org.nftoffload.ui.internal.handlers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.nftoffload.fleet.edit.FleetCopies;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.NavigatorNodes;
import org.nftoffload.ui.internal.TextFocus;

import jakarta.inject.Named;

/**
 * Edit > Paste (Ctrl+V): the clipboard's hosts into the fleet (after the selected host, and into a
 * selected group), its flowtables and rules into every selected host, with references fixed up
 * ({@link FleetCopies}); one undoable command. In a text field it pastes text.
 */
public final class PasteHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		return TextFocus.active() || command(selection, document).canExecute();
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			EPartService parts) {
		if (TextFocus.perform(TextFocus.Edit.PASTE)) {
			return;
		}
		Command paste = command(selection, document);
		if (paste.canExecute()) {
			document.commandStack().execute(paste);
			Navigator.reveal(parts, paste.getAffectedObjects());
		}
	}

	static Command command(Object selection, FleetDocument document) {
		Collection<Object> clipboard = document.domain().getClipboard();
		if (clipboard == null || clipboard.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		List<EObject> copies = clipboard.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
		return FleetCopies.paste(document.domain(), document.fleet(), copies, targets(selection, document));
	}

	/** Rows as paste targets: a category is its owner, a member row both its group and its host; nothing selected is the fleet. */
	static List<Object> targets(Object selection, FleetDocument document) {
		List<Object> targets = new ArrayList<>();
		for (Object element : NavigatorNodes.elements(selection)) {
			switch (element) {
			case NavigatorNodes.Member member -> {
				targets.add(member.group());
				targets.add(member.host());
			}
			case NavigatorNodes.Category category -> targets.add(category.owner());
			default -> targets.add(element);
			}
		}
		if (targets.isEmpty()) {
			targets.add(document.fleet());
		}
		return targets;
	}
}

package org.nftoffload.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.NavigatorNodes;
import org.nftoffload.ui.internal.TextFocus;

import jakarta.inject.Named;

/**
 * Edit > Delete (Delete): removes the selected objects and every reference to them (EMF's
 * {@link DeleteCommand}: a deleted interface leaves the flowtables, rules, role bindings and VLANs
 * that named it); a selected group member leaves the group, the host stays. One undoable command.
 * In a text field it deletes text.
 */
public final class DeleteHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return TextFocus.active() || !Selections.deletable(selection).isEmpty() || !members(selection).isEmpty();
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		if (TextFocus.perform(TextFocus.Edit.DELETE)) {
			return;
		}
		Command delete = command(selection, document);
		if (delete.canExecute()) {
			document.commandStack().execute(delete);
		}
	}

	static Command command(Object selection, FleetDocument document) {
		List<EObject> objects = Selections.deletable(selection);
		List<NavigatorNodes.Member> members = members(selection).stream()
				.filter(m -> !objects.contains(m.host()) && !objects.contains(m.group())).toList();
		CompoundCommand all = new CompoundCommand("Delete");
		for (NavigatorNodes.Member member : members) {
			all.append(RemoveCommand.create(document.domain(), member.group(), ModelPackage.Literals.HOST_GROUP__HOSTS,
					member.host()));
		}
		if (!objects.isEmpty()) {
			all.append(DeleteCommand.create(document.domain(), objects));
		}
		return all.isEmpty() ? org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE : all.unwrap();
	}

	private static List<NavigatorNodes.Member> members(Object selection) {
		return NavigatorNodes.elements(selection).stream().filter(NavigatorNodes.Member.class::isInstance)
				.map(NavigatorNodes.Member.class::cast).toList();
	}
}

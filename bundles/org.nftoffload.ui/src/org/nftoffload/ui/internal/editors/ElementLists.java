package org.nftoffload.ui.internal.editors;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.viewers.TableViewer;
import org.nftoffload.ui.internal.FleetDocument;

/** What the editors' element lists (a host's flowtables and rules, a profile's templates) do: new, delete, select. */
final class ElementLists {

	private ElementLists() {
	}

	/** Posts a list's selection as the part's selection, so Edit > Delete and Properties act on it. */
	static Consumer<List<?>> selector(ElementEditorPart part) {
		return selected -> part.selectionService.setSelection(selected.size() == 1 ? selected.get(0) : List.copyOf(selected));
	}

	/** {@code prefix}, or prefix2, prefix3... whichever is not taken. */
	static String freeName(String prefix, Collection<String> taken) {
		if (!taken.contains(prefix)) {
			return prefix;
		}
		for (int i = 2;; i++) {
			if (!taken.contains(prefix + i)) {
				return prefix + i;
			}
		}
	}

	/** Adds {@code value} to {@code owner.feature} as one command, then opens its editor. */
	static void add(FleetDocument document, EObject owner, EStructuralFeature feature, EObject value, ModelEditors editors) {
		Command add = AddCommand.create(document.domain(), owner, feature, value);
		if (add.canExecute()) {
			document.commandStack().execute(add);
			editors.open(value);
		}
	}

	/** Deletes what is selected in {@code viewer}, and every reference to it, as one command. */
	static void delete(FleetDocument document, TableViewer viewer) {
		List<?> selected = viewer.getStructuredSelection().toList();
		if (selected.isEmpty()) {
			return;
		}
		Command delete = DeleteCommand.create(document.domain(), selected);
		if (delete.canExecute()) {
			document.commandStack().execute(delete);
		}
	}
}

package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.emf.ecore.EObject;
import org.nftoffload.ui.internal.NavigatorNodes;
import org.nftoffload.ui.internal.editors.ModelEditors;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * "Open this element" for a navigator row (a model object, a group member row, a category): the
 * row's model object opens in the editor {@link ModelEditors} chooses for its kind; a category
 * opens nothing, so the navigator expands or collapses it instead.
 */
@Creatable
@Singleton
public final class ElementEditors {

	@Inject
	private ModelEditors editors;

	/** Whether {@code element} (a model object or a navigator row) has an editor. */
	public boolean canOpen(Object element) {
		EObject object = element instanceof NavigatorNodes.Category ? null : NavigatorNodes.modelObject(element);
		return object != null && ModelEditors.canOpen(object);
	}

	/** Opens the editor of {@code element}; false when it has none. */
	public boolean open(Object element) {
		if (!canOpen(element)) {
			return false;
		}
		editors.open(NavigatorNodes.modelObject(element));
		return true;
	}
}

package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.emf.ecore.EObject;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.NavigatorNodes;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The one place that decides what "open this element" means (double-click or Enter in the
 * navigator, a row of another view): a host opens its host editor. Editors for the other kinds
 * (flowtables, rules, groups, profiles, sysctls) are added here, as further cases.
 */
@Creatable
@Singleton
public final class ElementEditors {

	@Inject
	private HostEditors hostEditors;

	/** Whether {@code element} (a model object or a navigator row) has an editor. */
	public boolean canOpen(Object element) {
		return NavigatorNodes.modelObject(element) instanceof Host && !(element instanceof NavigatorNodes.Category);
	}

	/** Opens the editor of {@code element}; false when it has none (the navigator then expands or collapses the row). */
	public boolean open(Object element) {
		if (element instanceof NavigatorNodes.Category) {
			return false;
		}
		EObject object = NavigatorNodes.modelObject(element);
		if (object instanceof Host host) {
			hostEditors.open(host);
			return true;
		}
		return false;
	}
}

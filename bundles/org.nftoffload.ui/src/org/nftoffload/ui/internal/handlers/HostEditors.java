package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.editors.ModelEditors;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Opens host editors. Kept for the parts written against it while the editors were being built;
 * {@link ModelEditors} is the one place that decides which editor opens for any element.
 *
 * @deprecated use {@link ModelEditors#open(org.eclipse.emf.ecore.EObject)}
 */
@Deprecated(forRemoval = true)
@Creatable
@Singleton
public final class HostEditors {

	public static final String DESCRIPTOR_ID = ModelEditors.HOST_EDITOR;
	public static final String EDITOR_STACK_ID = ModelEditors.EDITOR_STACK_ID;
	/** Transient-data key of the element an editor shows. */
	public static final String HOST_KEY = ModelEditors.ELEMENT_KEY;

	@Inject
	private ModelEditors editors;

	public MPart open(Host host) {
		return editors.open(host);
	}
}

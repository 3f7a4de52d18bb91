package org.nftoffload.ui.internal.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** A form editor part, as {@link ModelEditors} talks to it once it is open. */
public interface ElementEditor {

	/** The element the editor edits. */
	EObject element();

	/** Focuses the field of {@code feature} of {@code object} (the element or something in it); false when there is none. */
	boolean reveal(EObject object, EStructuralFeature feature);
}

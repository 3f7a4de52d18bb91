package org.nftoffload.ui.internal.editors;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.databinding.Binding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * One field of a form editor, as {@link EditorForm} built it: the feature it edits (of
 * {@link #owner()}, or of the optional object in {@link #container()}), its label and control, the
 * decoration that shows the validator's findings, and {@link #extras()}: an empty composite at the
 * end of the row, for what other parts of the console show beside a value (where it comes from, a
 * reset button).
 */
public final class FormField {

	private final EObject owner;
	private final EReference container;
	private final EStructuralFeature feature;
	private final Label label;
	private final Control control;
	private final Composite extras;
	private final ControlDecoration decoration;
	private Binding binding;
	/** The typed value not yet in the model (a text field being edited), or empty. */
	private Supplier<Optional<Object>> pending = Optional::empty;
	/** What is wrong with the typed text itself (not a number, ...), or null. */
	private String typingProblem;

	FormField(EObject owner, EReference container, EStructuralFeature feature, Label label, Control control,
			Composite extras, ControlDecoration decoration) {
		this.owner = owner;
		this.container = container;
		this.feature = feature;
		this.label = label;
		this.control = control;
		this.extras = extras;
		this.decoration = decoration;
	}

	/** The object the field belongs to (for a contained value: the object that holds the container). */
	public EObject owner() {
		return owner;
	}

	/** The optional containment the value lives in ({@code Host.sysctls}, {@code HostGroup.settings}), or null. */
	public EReference container() {
		return container;
	}

	public EStructuralFeature feature() {
		return feature;
	}

	/** The object whose {@link #feature()} this field edits; null while an optional container is missing. */
	public EObject holder() {
		return ModelValues.holder(owner, container);
	}

	/** The row's label; null for a check box, whose text is its label. */
	public Label label() {
		return label;
	}

	public Control control() {
		return control;
	}

	/** The last cell of the row: empty, for what other parts of the console put beside the value. */
	public Composite extras() {
		return extras;
	}

	public ControlDecoration decoration() {
		return decoration;
	}

	/** The data binding between the control and the model, once bound. */
	public Binding binding() {
		return binding;
	}

	void bind(Binding binding) {
		this.binding = binding;
	}

	Optional<Object> pending() {
		return pending.get();
	}

	void pending(Supplier<Optional<Object>> pending) {
		this.pending = pending;
	}

	String typingProblem() {
		return typingProblem;
	}

	void typingProblem(String problem) {
		this.typingProblem = problem;
	}

	/** What the decoration says now (problems of this field), or null when it shows nothing. */
	public String problemText() {
		return decoration.isVisible() ? decoration.getDescriptionText() : null;
	}

	boolean isAbout(EObject object, EStructuralFeature about) {
		if (about != feature) {
			return false;
		}
		EObject holder = holder();
		return holder != null ? holder == object : object == owner;
	}
}

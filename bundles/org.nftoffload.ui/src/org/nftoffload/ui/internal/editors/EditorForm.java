package org.nftoffload.ui.internal.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateSetStrategy;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.set.IObservableSet;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.observable.value.SelectObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.emf.databinding.EMFDataBindingContext;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.nftoffload.ui.internal.editors.FormValidation.Finding;

/**
 * Builds the fields of a form editor, binds each to the model with EMF data binding (every change
 * one command on the fleet's command stack, so Edit > Undo takes it back, and the fields follow
 * undo, redo and edits made elsewhere), and decorates each with what the validator finds about it
 * while the engineer types.
 * <p>
 * The one place fields are made: every editor's rows have three cells, label, control and
 * {@link FormField#extras()}, and everyone told through {@link #onField} sees each field as it is
 * built (to add what they show beside values).
 * <p>
 * Text fields commit on Enter or when they lose the focus; check boxes, radio buttons, choices and
 * check lists commit at once. A text that does not parse keeps its error decoration and changes
 * nothing.
 */
public final class EditorForm {

	/** The widget data key UI tests find controls by; its value is the feature's name. */
	public static final String TEST_ID = "org.nftoffload.test.id";
	/** Validation runs this long after the last keystroke or model change of a burst. */
	static final int SETTLE_MILLIS = 120;

	/** A column of a check list: its title, width and a row's text. */
	public record Column(String title, int width, Function<Object, String> text) {
	}

	/** What a choice field shows for "not set" (a null value). */
	private static final Object NOT_SET = new Object() {
		@Override
		public String toString() {
			return "not set";
		}
	};

	private final Composite body;
	private final EditingDomain domain;
	private final Realm realm;
	private final DataBindingContext bindings = new EMFDataBindingContext();
	private final Supplier<EObject> scope;
	private final List<FormField> fields = new ArrayList<>();
	private final List<CheckboxTableViewer> checklists = new ArrayList<>();
	private final Map<CheckboxTableViewer, Supplier<List<?>>> choices = new HashMap<>();
	private final Map<CheckboxTableViewer, Binding> checklistBindings = new HashMap<>();
	/** Bindings whose model value an observable cannot always tell changed (unset features): re-read on every change. */
	private final List<Binding> reread = new ArrayList<>();
	private final List<Consumer<FormField>> fieldListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<List<Finding>>> findingListeners = new CopyOnWriteArrayList<>();
	private final Runnable validate = this::validateNow;
	private final Image errorImage = FieldDecorationRegistry.getDefault()
			.getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage();
	private final Image warningImage = FieldDecorationRegistry.getDefault()
			.getFieldDecoration(FieldDecorationRegistry.DEC_WARNING).getImage();
	private List<Finding> findings = List.of();

	/**
	 * @param body  the composite the rows go into (three columns are set on it)
	 * @param scope what to validate: the host or profile the edited element belongs to
	 */
	public EditorForm(Composite body, EditingDomain domain, Supplier<EObject> scope) {
		this.body = body;
		this.domain = domain;
		this.scope = scope;
		this.realm = DisplayRealm.getRealm(body.getDisplay());
		GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 12).spacing(10, 6).applyTo(body);
	}

	public Composite body() {
		return body;
	}

	public EditingDomain domain() {
		return domain;
	}

	/** Every field built so far, in the order of the form. */
	public List<FormField> fields() {
		return List.copyOf(fields);
	}

	/** Tells {@code listener} of every field built from now on, right after it is bound. */
	public void onField(Consumer<FormField> listener) {
		fieldListeners.add(listener);
	}

	/** Tells {@code listener} the findings of every validation (UI thread). */
	public void onFindings(Consumer<List<Finding>> listener) {
		findingListeners.add(listener);
	}

	/** The findings of the last validation. */
	public List<Finding> findings() {
		return findings;
	}

	// ---- layout ----

	/** A titled group of rows, spanning the form's width. */
	public Composite section(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(3).spacing(10, 6).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(group);
		return group;
	}

	/** A line of text spanning a row (explanations, advice); {@code id} lets tests find it. */
	public Label note(Composite parent, String id) {
		Label note = new Label(parent, SWT.WRAP);
		note.setData(TEST_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(560, SWT.DEFAULT).applyTo(note);
		return note;
	}

	/** A row of push buttons spanning the form, e.g. New / Open / Delete under a list. */
	public Composite buttonRow(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(0).equalWidth(false).applyTo(row);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(row);
		return row;
	}

	public Button button(Composite row, String text, Runnable action) {
		Button button = new Button(row, SWT.PUSH);
		button.setText(text);
		button.setData(TEST_ID, text.replace("&", "").replace("...", ""));
		((org.eclipse.swt.layout.GridLayout) row.getLayout()).numColumns++;
		GridDataFactory.swtDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private Label label(Composite section, String text, boolean top) {
		Label label = new Label(section, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, top ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
		return label;
	}

	private Composite extras(Composite section) {
		Composite extras = new Composite(section, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(0).applyTo(extras);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(extras);
		return extras;
	}

	private ControlDecoration decoration(Control control) {
		ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		decoration.setMarginWidth(2);
		decoration.hide();
		return decoration;
	}

	private FormField add(FormField field, Binding binding) {
		field.bind(binding);
		// a row of radio buttons is a plain composite: its buttons take the focus
		Control[] focusable = field.control().getClass() == Composite.class ? ((Composite) field.control()).getChildren()
				: new Control[] { field.control() };
		for (Control control : focusable) {
			control.addListener(SWT.FocusIn, e -> showHoverIfFocused(field));
			control.addListener(SWT.FocusOut, e -> field.decoration().hideHover());
		}
		field.control().setData(TEST_ID, field.feature().getName());
		fields.add(field);
		fieldListeners.forEach(l -> l.accept(field));
		return field;
	}

	// ---- fields ----

	/** A one-line text field for {@code owner.feature}. */
	public FormField text(Composite section, String label, EObject owner, EStructuralFeature feature, TextCodec codec) {
		return text(section, label, owner, null, feature, codec, false);
	}

	/** A one-line text field for {@code owner.container.feature}; the container is made on the first value. */
	public FormField text(Composite section, String label, EObject owner, EReference container,
			EStructuralFeature feature, TextCodec codec) {
		return text(section, label, owner, container, feature, codec, false);
	}

	/** A text area (notes, descriptions): commits when it loses the focus, since Enter is a new line. */
	public FormField textArea(Composite section, String label, EObject owner, EStructuralFeature feature) {
		return text(section, label, owner, null, feature, TextCodec.VERBATIM, true);
	}

	private FormField text(Composite section, String labelText, EObject owner, EReference container,
			EStructuralFeature feature, TextCodec codec, boolean multi) {
		Label label = label(section, labelText, multi);
		Text text = new Text(section, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(360, multi ? 90 : SWT.DEFAULT).applyTo(text);
		FormField field = new FormField(owner, container, feature, label, text, extras(section), decoration(text));
		IObservableValue<String> target = multi ? WidgetProperties.text(SWT.FocusOut).observe(realm, text)
				: WidgetProperties.text(SWT.FocusOut, SWT.DefaultSelection).observe(realm, text);
		IObservableValue<Object> model = ModelValues.of(realm, domain, owner, container, feature);
		Object modelType = model.getValueType();
		UpdateValueStrategy<String, Object> toModel = new UpdateValueStrategy<String, Object>()
				.setAfterGetValidator(typed -> {
					try {
						codec.parse().apply(typed);
						return ValidationStatus.ok();
					} catch (IllegalArgumentException e) {
						return ValidationStatus.error(e.getMessage());
					}
				}).setConverter(IConverter.create(String.class, modelType, typed -> codec.parse().apply(typed)));
		UpdateValueStrategy<Object, String> toText = new UpdateValueStrategy<Object, String>()
				.setConverter(IConverter.create(modelType, String.class, codec::text));
		Binding binding = bindings.bindValue(target, model, toModel, toText);
		field.pending(() -> {
			Object committed = ModelValues.current(owner, container, feature);
			String typed = text.getText();
			if (typed.equals(codec.text(committed))) {
				field.typingProblem(null);
				return Optional.empty();
			}
			try {
				Object value = codec.parse().apply(typed);
				field.typingProblem(null);
				return Optional.ofNullable(value).or(() -> Optional.of(NOT_SET));
			} catch (IllegalArgumentException e) {
				field.typingProblem(e.getMessage());
				return Optional.empty();
			}
		});
		text.addListener(SWT.Modify, e -> validateSoon());
		return add(field, binding);
	}

	/** A check box whose text is its label. */
	public FormField check(Composite section, String text, EObject owner, EStructuralFeature feature) {
		new Label(section, SWT.NONE); // the label column stays empty: the box has its own text
		Button box = new Button(section, SWT.CHECK);
		box.setText(text);
		GridDataFactory.swtDefaults().indent(8, 0).applyTo(box);
		FormField field = new FormField(owner, null, feature, null, box, extras(section), decoration(box));
		Binding binding = bindings.bindValue(WidgetProperties.buttonSelection().observe(realm, box),
				ModelValues.of(realm, domain, owner, null, feature));
		return add(field, binding);
	}

	/**
	 * A drop-down of {@code values} (for a reference or an enum); a null in {@code values} offers
	 * "not set", shown as {@code labels.apply(null)}. {@code values} is asked again whenever the
	 * model changes (the profiles of a fleet come and go).
	 */
	public FormField choice(Composite section, String labelText, EObject owner, EReference container,
			EStructuralFeature feature, Supplier<List<?>> values, Function<Object, String> labels) {
		Label label = label(section, labelText, false);
		ComboViewer viewer = new ComboViewer(section, SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(LabelProvider.createTextProvider(v -> labels.apply(v == NOT_SET ? null : v)));
		Supplier<List<?>> elements = () -> values.get().stream().map(v -> v == null ? NOT_SET : v).toList();
		viewer.setInput(elements.get());
		GridDataFactory.swtDefaults().indent(8, 0).hint(240, SWT.DEFAULT).applyTo(viewer.getControl());
		FormField field = new FormField(owner, container, feature, label, viewer.getControl(), extras(section),
				decoration(viewer.getControl()));
		IObservableValue<Object> selection = ViewerProperties.singleSelection(Object.class).observe(realm, viewer);
		UpdateValueStrategy<Object, Object> toModel = UpdateValueStrategy
				.create(IConverter.create(Object.class, Object.class, v -> v == NOT_SET ? null : v));
		UpdateValueStrategy<Object, Object> toViewer = UpdateValueStrategy
				.create(IConverter.create(Object.class, Object.class, v -> v == null ? NOT_SET : v));
		Binding binding = bindings.bindValue(selection, ModelValues.of(realm, domain, owner, container, feature), toModel,
				toViewer);
		refreshers.add(() -> {
			List<?> now = elements.get();
			if (!now.equals(viewer.getInput())) {
				viewer.setInput(now);
				binding.updateModelToTarget();
			} else {
				viewer.refresh(true);
			}
		});
		if (feature.isUnsettable() || container != null) {
			reread.add(binding);
		}
		return add(field, binding);
	}

	/** Radio buttons, one per value, in a row; each button's text carries its own mnemonic. */
	public FormField radios(Composite section, String labelText, EObject owner, EStructuralFeature feature,
			List<?> values, Function<Object, String> labels) {
		Label label = label(section, labelText, false);
		Composite row = new Composite(section, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(values.size()).spacing(14, 0).applyTo(row);
		GridDataFactory.swtDefaults().indent(8, 0).applyTo(row);
		SelectObservableValue<Object> selected = new SelectObservableValue<>(realm);
		for (Object value : values) {
			Button radio = new Button(row, SWT.RADIO);
			radio.setText(labels.apply(value));
			radio.setData(TEST_ID, feature.getName() + "." + value);
			selected.addOption(value, WidgetProperties.buttonSelection().observe(realm, radio));
		}
		FormField field = new FormField(owner, null, feature, label, row, extras(section), decoration(row));
		Binding binding = bindings.bindValue(selected, ModelValues.of(realm, domain, owner, null, feature));
		return add(field, binding);
	}

	/**
	 * A check list: one row per element of {@code elements} (asked again whenever the model
	 * changes), checked when it is in the many-valued {@code owner.feature}. Checking or unchecking
	 * a row is one add or remove command.
	 */
	public FormField checklist(Composite section, String labelText, EObject owner, EStructuralFeature feature,
			Supplier<List<?>> elements, List<Column> columns, int rows) {
		Label label = label(section, labelText, true);
		CheckboxTableViewer viewer = CheckboxTableViewer.newCheckList(section,
				SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.getTable().setHeaderVisible(columns.size() > 1);
		viewer.getTable().setLinesVisible(columns.size() > 1);
		for (Column column : columns) {
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
			c.getColumn().setText(column.title());
			c.getColumn().setWidth(column.width());
			c.setLabelProvider(ColumnLabelProvider.createTextProvider(column.text()));
		}
		viewer.setInput(elements.get());
		int rowHeight = viewer.getTable().getItemHeight();
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0)
				.hint(360, rowHeight * rows + viewer.getTable().getHeaderHeight() + 6).applyTo(viewer.getTable());
		FormField field = new FormField(owner, null, feature, label, viewer.getTable(), extras(section),
				decoration(viewer.getTable()));
		@SuppressWarnings("unchecked")
		IObservableSet<Object> model = EMFEditProperties.set(domain, feature).observe(realm, owner);
		IObservableSet<Object> checked = ViewerProperties.checkedElements(Object.class).observe(realm, viewer);
		Binding binding = bindings.bindSet(checked, model, new UpdateSetStrategy<>(), new UpdateSetStrategy<>());
		checklists.add(viewer);
		choices.put(viewer, elements);
		checklistBindings.put(viewer, binding);
		return add(field, binding);
	}

	/**
	 * A list of elements (a host's flowtables, a profile's templates): Enter or a double click calls
	 * {@code open}, and the selection is posted through {@code select} (so Edit > Delete and the
	 * Properties view act on it). {@code elements} is asked again whenever the model changes.
	 */
	public org.eclipse.jface.viewers.TableViewer list(Composite section, String labelText, String id,
			Supplier<List<?>> elements, List<Column> columns, int rows, Consumer<Object> open, Consumer<List<?>> select) {
		Label label = label(section, labelText, true);
		org.eclipse.jface.viewers.TableViewer viewer = new org.eclipse.jface.viewers.TableViewer(section,
				SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(TEST_ID, id);
		for (Column column : columns) {
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
			c.getColumn().setText(column.title());
			c.getColumn().setWidth(column.width());
			c.setLabelProvider(ColumnLabelProvider.createTextProvider(column.text()));
		}
		viewer.setInput(elements.get());
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0)
				.hint(360, viewer.getTable().getItemHeight() * rows + viewer.getTable().getHeaderHeight() + 6)
				.applyTo(viewer.getTable());
		extras(section);
		viewer.addOpenListener(e -> viewer.getStructuredSelection().toList().forEach(open));
		viewer.addSelectionChangedListener(e -> select.accept(viewer.getStructuredSelection().toList()));
		viewer.getTable().addListener(SWT.FocusIn, e -> select.accept(viewer.getStructuredSelection().toList()));
		// Delete in a text field of the same editor must not delete what the list had selected
		viewer.getTable().addListener(SWT.FocusOut, e -> select.accept(List.of()));
		refreshers.add(() -> {
			List<?> now = elements.get();
			if (!now.equals(viewer.getInput())) {
				viewer.setInput(now);
			} else {
				viewer.refresh(true);
			}
		});
		label.setData(TEST_ID, id + ".label");
		return viewer;
	}

	// ---- following the model ----

	private final List<Runnable> refreshers = new ArrayList<>();

	/**
	 * The model changed (anywhere in the fleet): check lists and choices take in new elements and
	 * labels, unset values are read again, and the form is validated again shortly.
	 */
	public void modelChanged() {
		if (body.isDisposed()) {
			return;
		}
		for (CheckboxTableViewer viewer : checklists) {
			List<?> now = choices.get(viewer).get();
			if (!now.equals(viewer.getInput())) {
				viewer.setInput(now);
				checklistBindings.get(viewer).updateModelToTarget();
			} else {
				viewer.refresh(true);
			}
		}
		refreshers.forEach(Runnable::run);
		reread.forEach(Binding::updateModelToTarget);
		validateSoon();
	}

	/** Validates shortly, once a burst of keystrokes or changes has settled. */
	public void validateSoon() {
		if (!body.isDisposed()) {
			Display display = body.getDisplay();
			display.timerExec(-1, validate);
			display.timerExec(SETTLE_MILLIS, validate);
		}
	}

	/** Validates the scope now, with what is typed but not committed, and decorates the fields. */
	public void validateNow() {
		if (body.isDisposed()) {
			return;
		}
		EObject root = scope.get();
		if (root == null || root.eResource() == null) {
			return; // removed: the editor closes
		}
		Map<FormField, Object> typed = new HashMap<>();
		for (FormField field : fields) {
			field.pending().ifPresent(value -> typed.put(field, value == NOT_SET ? null : value));
		}
		findings = FormValidation.validateCopy(root, copies -> typed.forEach((field, value) -> {
			EObject owner = copies.apply(field.owner());
			if (owner == null) {
				return;
			}
			EObject holder = field.container() == null ? owner : (EObject) owner.eGet(field.container());
			if (holder == null) {
				holder = EcoreUtil.create(field.container().getEReferenceType());
				owner.eSet(field.container(), holder);
			}
			try {
				holder.eSet(field.feature(), value);
			} catch (RuntimeException e) {
				// a value the model refuses is reported by the field's own check
			}
		}));
		for (FormField field : fields) {
			decorate(field);
		}
		findingListeners.forEach(l -> l.accept(findings));
	}

	private void decorate(FormField field) {
		ControlDecoration decoration = field.decoration();
		List<Finding> about = findings.stream().filter(f -> f.feature() != null && field.isAbout(f.object(), f.feature()))
				.toList();
		if (field.typingProblem() != null) {
			decoration.setImage(errorImage);
			decoration.setDescriptionText(field.typingProblem());
			decoration.show();
		} else if (about.isEmpty()) {
			decoration.hide();
			decoration.setDescriptionText(null);
		} else {
			decoration.setImage(about.stream().anyMatch(Finding::isError) ? errorImage : warningImage);
			decoration.setDescriptionText(String.join("\n", about.stream().map(Finding::message).toList()));
			decoration.show();
		}
		showHoverIfFocused(field);
	}

	/** The field with the focus says what is wrong with it without a mouse over its decoration. */
	private static void showHoverIfFocused(FormField field) {
		Control control = field.control();
		if (control.isDisposed()) {
			return;
		}
		Control focus = control.getDisplay().getFocusControl();
		boolean focused = focus != null && (focus == control || focus.getParent() == control);
		ControlDecoration decoration = field.decoration();
		if (focused && decoration.isVisible() && decoration.getDescriptionText() != null) {
			decoration.showHoverText(decoration.getDescriptionText());
		} else {
			decoration.hideHover();
		}
	}

	// ---- keyboard ----

	/** Puts the focus on the field for {@code feature} of {@code object} and scrolls it into view. */
	public boolean reveal(EObject object, EStructuralFeature feature) {
		FormField field = fields.stream().filter(f -> f.isAbout(object, feature)).findFirst()
				.or(() -> fields.stream().filter(f -> f.feature() == feature).findFirst()).orElse(null);
		if (field == null) {
			return false;
		}
		Control control = field.control();
		if (control.getClass() == Composite.class) {
			Composite radios = (Composite) control;
			// radio buttons: the focus goes to the selected one
			for (Control child : radios.getChildren()) {
				if (child instanceof Button b && b.getSelection()) {
					control = b;
				}
			}
		}
		control.setFocus();
		Control shown = control;
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scrolled) {
				// after the layout of a freshly opened editor, or the scroll position is computed on sizes not yet known
				scrolled.getDisplay().asyncExec(() -> {
					if (!shown.isDisposed()) {
						scrolled.showControl(shown);
					}
				});
				break;
			}
		}
		return true;
	}

	/** Focuses the first field. */
	public void focusFirst() {
		if (!fields.isEmpty() && !fields.get(0).control().isDisposed()) {
			fields.get(0).control().setFocus();
		}
	}

	/** Commits what is typed in the focused field (before a save, say). */
	public void commitTyping() {
		for (FormField field : fields) {
			if (field.control() instanceof Text text && text.isFocusControl() && field.binding() != null) {
				field.binding().updateTargetToModel();
			}
		}
	}

	public void dispose() {
		if (!body.isDisposed()) {
			body.getDisplay().timerExec(-1, validate);
		}
		bindings.dispose();
	}
}

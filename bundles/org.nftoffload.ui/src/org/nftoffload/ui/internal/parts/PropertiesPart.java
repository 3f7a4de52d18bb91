package org.nftoffload.ui.internal.parts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nftoffload.fleet.edit.ModelTexts;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.NavigatorNodes;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Properties view: the properties of the selected object, or the common properties of several
 * selected objects of one kind, from their item provider's property descriptors. A property whose
 * value differs among them says so ("mixed: 22, 2222"). Values are edited in place; an edit is one
 * command on the fleet's command stack, over every selected object at once.
 */
public final class PropertiesPart {

	/** What a property shows when the selected objects disagree. */
	static final String MIXED = "(mixed)";
	/** How many different values a mixed property lists. */
	static final int MIXED_SHOWN = 3;

	@Inject
	private FleetDocument document;

	private Label heading;
	private TableViewer viewer;
	/** The objects shown, all of one class; empty when nothing (or several kinds) is selected. */
	private List<EObject> shown = List.of();
	// once per UI tick, however many notifications it brought (FleetDocument coalesces them)
	private final FleetDocument.Listener listener = d -> refresh();

	@PostConstruct
	void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		heading = new Label(parent, SWT.NONE);
		heading.setData("org.nftoffload.test.id", "propertiesHeading");
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(heading);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData("org.nftoffload.test.id", "properties");
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn property = new TableViewerColumn(viewer, SWT.NONE);
		property.getColumn().setText("Property");
		property.getColumn().setWidth(200);
		property.setLabelProvider(ColumnLabelProvider.createTextProvider(
				d -> ((IItemPropertyDescriptor) d).getDisplayName(shown.get(0))));
		TableViewerColumn value = new TableViewerColumn(viewer, SWT.NONE);
		value.getColumn().setText("Value");
		value.getColumn().setWidth(420);
		value.setLabelProvider(ColumnLabelProvider.createTextProvider(d -> valueText((IItemPropertyDescriptor) d)));
		value.setEditingSupport(new ValueEditing(viewer));
		document.addListener(listener);
		refresh();
	}

	@Inject
	void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		// the Properties view ignores its own selection and anything that is not about model objects
		// a tag stands for its hosts: they are shown together, as a multi-selection of them would be
		List<EObject> objects = selection instanceof NavigatorNodes.Tag tag ? List.copyOf(tag.hosts())
				: NavigatorNodes.objects(selection);
		if (objects.isEmpty()) {
			return;
		}
		shown = objects;
		refresh();
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		// objects deleted, or of a fleet that another one replaced, are shown no more
		shown = shown.stream().filter(o -> EcoreUtil.getRootContainer(o) == document.fleet()).toList();
		Set<EClass> kinds = new LinkedHashSet<>();
		shown.forEach(o -> kinds.add(o.eClass()));
		if (shown.isEmpty() || kinds.size() > 1) {
			heading.setText(shown.isEmpty() ? ""
					: shown.size() + " objects of " + kinds.size() + " kinds selected: select objects of one kind to edit them together.");
			viewer.setInput(new Object[0]);
			return;
		}
		EObject first = shown.get(0);
		heading.setText(shown.size() == 1 ? ModelTexts.label(first)
				: shown.size() + " " + kindName(first) + " selected: a change applies to all of them.");
		IItemPropertySource source = (IItemPropertySource) document.adapterFactory().adapt(first, IItemPropertySource.class);
		viewer.setInput(source == null ? new Object[0] : source.getPropertyDescriptors(first).toArray());
	}

	private static String kindName(EObject object) {
		String name = object.eClass().getName();
		StringBuilder words = new StringBuilder();
		for (char c : name.toCharArray()) {
			if (Character.isUpperCase(c) && !words.isEmpty()) {
				words.append(' ');
			}
			words.append(Character.toLowerCase(c));
		}
		return words + "s";
	}

	/** The objects' common value, or the mixed marker with the first few values. */
	private String valueText(IItemPropertyDescriptor descriptor) {
		Set<String> texts = new LinkedHashSet<>();
		for (EObject object : shown) {
			Object value = descriptor.getPropertyValue(object);
			IItemLabelProvider labels = descriptor.getLabelProvider(object);
			texts.add(labels == null ? String.valueOf(value) : labels.getText(value));
			if (texts.size() > MIXED_SHOWN) {
				break;
			}
		}
		if (texts.size() <= 1) {
			return texts.isEmpty() ? "" : texts.iterator().next();
		}
		List<String> some = new ArrayList<>(texts).subList(0, Math.min(MIXED_SHOWN, texts.size()));
		return MIXED + " " + String.join(", ", some) + (texts.size() > MIXED_SHOWN ? ", …" : "");
	}

	/** Whether every shown object has the same value for {@code feature}. */
	private boolean same(EStructuralFeature feature) {
		Object first = shown.get(0).eGet(feature);
		return shown.stream().allMatch(o -> Objects.equals(first, o.eGet(feature)));
	}

	/**
	 * Editing of data-typed attributes: text for strings, numbers and lists, a choice for enums and
	 * booleans. References stay read-only here (the form editors pick them).
	 */
	private final class ValueEditing extends EditingSupport {
		private final TextCellEditor text;
		private final ComboBoxCellEditor choice;

		ValueEditing(TableViewer viewer) {
			super(viewer);
			text = new TextCellEditor(viewer.getTable());
			choice = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.READ_ONLY);
		}

		@Override
		protected boolean canEdit(Object element) {
			IItemPropertyDescriptor d = (IItemPropertyDescriptor) element;
			return !shown.isEmpty() && shown.stream().allMatch(d::canSetProperty)
					&& d.getFeature(shown.get(0)) instanceof EAttribute;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			String[] choices = choices(attribute(element));
			if (choices == null) {
				return text;
			}
			choice.setItems(choices);
			return choice;
		}

		private EAttribute attribute(Object element) {
			return (EAttribute) ((IItemPropertyDescriptor) element).getFeature(shown.get(0));
		}

		@Override
		protected Object getValue(Object element) {
			EAttribute attribute = attribute(element);
			String[] choices = choices(attribute);
			Object value = shown.get(0).eGet(attribute);
			if (choices != null) {
				if (!same(attribute)) {
					return -1; // mixed: nothing chosen yet
				}
				return Arrays.asList(choices).indexOf(value == null ? "" : convert(attribute, value));
			}
			if (!same(attribute)) {
				return "";
			}
			if (attribute.isMany()) {
				return String.join(", ", ((Collection<?>) value).stream().map(v -> convert(attribute, v)).toList());
			}
			return value == null ? "" : convert(attribute, value);
		}

		@Override
		protected void setValue(Object element, Object input) {
			EAttribute attribute = attribute(element);
			String typed;
			if (input instanceof Integer index) {
				String[] choices = choices(attribute);
				if (index < 0 || index >= choices.length) {
					return;
				}
				typed = choices[index];
			} else {
				typed = (String) input;
			}
			Object value;
			try {
				value = parse(attribute, typed);
			} catch (RuntimeException e) {
				MessageDialog.openError(viewer.getControl().getShell(), "Invalid value",
						attribute.getName() + ": '" + typed + "' is not a valid " + attribute.getEAttributeType().getName()
								+ (e.getMessage() == null ? "." : " (" + e.getMessage() + ")."));
				return;
			}
			Command set = setCommand(attribute, value);
			if (set != null && set.canExecute()) {
				document.commandStack().execute(set);
			}
		}
	}

	/** One command setting {@code value} on every shown object that does not have it yet; null when none needs it. */
	Command setCommand(EAttribute attribute, Object value) {
		CompoundCommand all = new CompoundCommand("Set " + attribute.getName()
				+ (shown.size() == 1 ? "" : " on " + shown.size() + " " + kindName(shown.get(0))));
		for (EObject object : shown) {
			if (!Objects.equals(value, object.eGet(attribute))) {
				all.append(SetCommand.create(document.domain(), object, attribute, value));
			}
		}
		return all.isEmpty() ? null : all;
	}

	/** The choices of an enum or boolean attribute ("" first for an optional one), or null for free text. */
	static String[] choices(EAttribute attribute) {
		EDataType type = attribute.getEAttributeType();
		if (attribute.isMany()) {
			return null;
		}
		if (type instanceof EEnum eEnum) {
			return eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new);
		}
		Class<?> java = type.getInstanceClass();
		if (java == boolean.class) {
			return new String[] { "true", "false" };
		}
		if (java == Boolean.class) {
			return new String[] { "", "true", "false" };
		}
		return null;
	}

	private static String convert(EAttribute attribute, Object value) {
		EDataType type = attribute.getEAttributeType();
		return EcoreUtil.convertToString(type, value);
	}

	private static Object parse(EAttribute attribute, String text) {
		EDataType type = attribute.getEAttributeType();
		if (attribute.isMany()) {
			List<Object> values = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
					.map(s -> EcoreUtil.createFromString(type, s)).toList();
			return values;
		}
		if (text.isEmpty() && !type.getInstanceClass().isPrimitive()) {
			return null;
		}
		return EcoreUtil.createFromString(type, text.trim());
	}

	/** For tests: the objects shown. */
	public List<EObject> shown() {
		return shown;
	}

	@PreDestroy
	void dispose() {
		document.removeListener(listener);
	}
}

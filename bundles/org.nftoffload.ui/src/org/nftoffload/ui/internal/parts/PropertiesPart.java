package org.nftoffload.ui.internal.parts;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.nftoffload.ui.internal.FleetDocument;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Properties view: every property of the selected object, from its item provider's property
 * descriptors. Values are edited in place; each edit is one command on the fleet's command stack.
 */
public final class PropertiesPart {

	@Inject
	private FleetDocument document;
	@Inject
	private UISynchronize sync;

	private TableViewer viewer;
	private EObject shown;
	private final FleetDocument.Listener listener = d -> sync.asyncExec(this::refresh);

	@PostConstruct
	void createControls(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData("org.nftoffload.test.id", "properties");
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn property = new TableViewerColumn(viewer, SWT.NONE);
		property.getColumn().setText("Property");
		property.getColumn().setWidth(200);
		property.setLabelProvider(ColumnLabelProvider.createTextProvider(
				d -> ((IItemPropertyDescriptor) d).getDisplayName(shown)));
		TableViewerColumn value = new TableViewerColumn(viewer, SWT.NONE);
		value.getColumn().setText("Value");
		value.getColumn().setWidth(420);
		value.setLabelProvider(ColumnLabelProvider.createTextProvider(d -> valueText((IItemPropertyDescriptor) d)));
		value.setEditingSupport(new ValueEditing(viewer));
		document.addListener(listener);
	}

	@Inject
	void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		// the Properties view ignores its own selection and anything that is not a model object
		if (selection instanceof EObject object) {
			shown = object;
			refresh();
		}
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (shown == null || shown.eResource() == null) {
			shown = null;
			viewer.setInput(new Object[0]);
			return;
		}
		IItemPropertySource source = (IItemPropertySource) document.adapterFactory().adapt(shown,
				IItemPropertySource.class);
		viewer.setInput(source == null ? new Object[0] : source.getPropertyDescriptors(shown).toArray());
	}

	private String valueText(IItemPropertyDescriptor descriptor) {
		Object value = descriptor.getPropertyValue(shown);
		IItemLabelProvider labels = descriptor.getLabelProvider(shown);
		return labels == null ? String.valueOf(value) : labels.getText(value);
	}

	/** Text editing of single and many-valued data-typed attributes; references stay read-only here. */
	private final class ValueEditing extends EditingSupport {
		private final TextCellEditor editor;

		ValueEditing(TableViewer viewer) {
			super(viewer);
			editor = new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			IItemPropertyDescriptor d = (IItemPropertyDescriptor) element;
			return d.canSetProperty(shown) && d.getFeature(shown) instanceof EAttribute;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected Object getValue(Object element) {
			EAttribute attribute = (EAttribute) ((IItemPropertyDescriptor) element).getFeature(shown);
			Object value = shown.eGet(attribute);
			if (attribute.isMany()) {
				return String.join(", ", ((Collection<?>) value).stream().map(v -> convert(attribute, v)).toList());
			}
			return value == null ? "" : convert(attribute, value);
		}

		@Override
		protected void setValue(Object element, Object text) {
			IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) element;
			EAttribute attribute = (EAttribute) descriptor.getFeature(shown);
			try {
				Object value = parse(attribute, (String) text);
				if (!java.util.Objects.equals(value, shown.eGet(attribute))) {
					descriptor.setPropertyValue(shown, value); // a SetCommand on the domain's stack
				}
			} catch (RuntimeException e) {
				MessageDialog.openError(viewer.getControl().getShell(), "Invalid value",
						attribute.getName() + ": '" + text + "' is not a valid " + attribute.getEAttributeType().getName()
								+ (e.getMessage() == null ? "." : " (" + e.getMessage() + ")."));
			}
		}
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

	@PreDestroy
	void dispose() {
		document.removeListener(listener);
	}
}

package org.nftoffload.ui.internal.parts;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.HostFields;
import org.nftoffload.ui.internal.handlers.HostEditors;
import org.nftoffload.ui.internal.handlers.SaveFlow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The host editor: connection details, tags and notes of one host. Every field is committed as a
 * {@link SetCommand} on the fleet's command stack (Enter or leaving the field), so Edit > Undo takes
 * it back; the fields follow the model, so undo, redo and the Properties view show here at once.
 */
public final class HostEditorPart {

	@Inject
	private FleetDocument document;
	@Inject
	private MPart part;
	@Inject
	private EPartService partService;

	private Host host;
	private final Map<EAttribute, Field> fields = new LinkedHashMap<>();
	// one call per UI tick, however many notifications it brought (FleetDocument coalesces them)
	private final FleetDocument.Listener listener = d -> refresh();

	/** One text field bound to one attribute: how to show the value and how to read it back. */
	private record Field(Text text, ControlDecoration error, Function<Object, String> show,
			Function<String, Object> parse) {
	}

	@PostConstruct
	void createControls(Composite parent) {
		host = (Host) part.getTransientData().get(HostEditors.HOST_KEY);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(parent);
		ModelPackage p = ModelPackage.eINSTANCE;
		text(parent, "&Name:", p.getHost_Name(), SWT.SINGLE, Objects::toString, s -> s.trim());
		text(parent, "&Address:", p.getHost_Address(), SWT.SINGLE, Objects::toString, s -> s.trim());
		text(parent, "SSH &port:", p.getHost_Port(), SWT.SINGLE, Objects::toString, HostFields::parsePort);
		text(parent, "&User:", p.getHost_User(), SWT.SINGLE, Objects::toString, s -> s.trim());
		text(parent, "&Tags:", p.getHost_Tags(), SWT.SINGLE, v -> String.join(", ", (List<String>) v),
				HostEditorPart::parseTags);
		text(parent, "N&otes:", p.getHost_Notes(), SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, Objects::toString, s -> s);
		document.addListener(listener);
		refresh();
	}

	private void text(Composite parent, String label, EAttribute attribute, int style, Function<Object, String> show,
			Function<String, Object> parse) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(label);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, (style & SWT.MULTI) != 0 ? SWT.BEGINNING : SWT.CENTER)
				.applyTo(l);
		Text text = new Text(parent, SWT.BORDER | style);
		text.setData("org.nftoffload.test.id", attribute.getName());
		GridDataFactory.fillDefaults().grab(true, (style & SWT.MULTI) != 0).indent(6, 0)
				.hint(360, (style & SWT.MULTI) != 0 ? 120 : SWT.DEFAULT).applyTo(text);
		ControlDecoration error = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
		error.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
				.getImage());
		error.hide();
		Field field = new Field(text, error, v -> v == null ? "" : show.apply(v), parse);
		fields.put(attribute, field);
		if ((style & SWT.MULTI) == 0) {
			text.addListener(SWT.DefaultSelection, e -> commit(attribute, field));
		}
		text.addFocusListener(new FocusAdapter() {
			@Override
			public void focusLost(FocusEvent e) {
				commit(attribute, field);
			}
		});
	}

	private void commit(EAttribute attribute, Field field) {
		if (host.eResource() == null) {
			return; // the host was removed; its editor is about to close
		}
		Object value;
		try {
			value = field.parse().apply(field.text().getText());
		} catch (IllegalArgumentException e) {
			field.error().setDescriptionText(e.getMessage());
			field.error().show();
			return;
		}
		field.error().hide();
		if (Objects.equals(value, host.eGet(attribute))) {
			return;
		}
		Command set = SetCommand.create(document.domain(), host, attribute, value);
		if (set.canExecute()) {
			document.commandStack().execute(set);
		}
	}

	private void refresh() {
		if (fields.isEmpty() || fields.values().iterator().next().text().isDisposed()) {
			return;
		}
		if (!EcoreUtil.isAncestor(document.fleet(), host)) {
			// removed, or another fleet was opened or created: this editor shows nothing that exists
			partService.hidePart(part, true);
			return;
		}
		part.setDirty(document.isDirty());
		if (host.getName() != null) {
			part.setLabel(host.getName());
		}
		fields.forEach((attribute, field) -> {
			String shown = field.show().apply(host.eGet(attribute));
			if (!shown.equals(field.text().getText()) && !field.error().isVisible()) {
				field.text().setText(shown);
			}
		});
	}

	static Object parseTags(String text) {
		return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
	}

	public Host host() {
		return host;
	}

	@Persist
	void save(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, SaveFlow saveFlow) {
		saveFlow.save(shell);
	}

	@Focus
	void setFocus() {
		fields.values().iterator().next().text().setFocus();
	}

	@PreDestroy
	void dispose() {
		document.removeListener(listener);
	}
}

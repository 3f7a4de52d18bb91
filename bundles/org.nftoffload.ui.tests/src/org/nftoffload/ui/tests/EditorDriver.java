package org.nftoffload.ui.tests;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.ui.internal.editors.ElementEditor;
import org.nftoffload.ui.internal.editors.ElementEditorPart;
import org.nftoffload.ui.internal.editors.FlowtableEditorPart;
import org.nftoffload.ui.internal.editors.FormField;
import org.nftoffload.ui.internal.editors.HostEditorPart;
import org.nftoffload.ui.internal.editors.RuleEditorPart;

/** How the UI tests reach and use the form editors: through the navigator, the editors' lists and real keys. */
final class EditorDriver {

	private final Workbench workbench;
	private final UiDriver ui;

	EditorDriver(Workbench workbench) {
		this.workbench = workbench;
		this.ui = workbench.ui;
	}

	/** Waits until the active part is an editor of {@code type} for {@code element}, and returns it. */
	<E extends ElementEditor> E active(Class<E> type, Object element) {
		ui.waitUntil("the " + type.getSimpleName() + " of " + element + " to be active", () -> {
			Object part = workbench.parts.getActivePart() == null ? null : workbench.parts.getActivePart().getObject();
			return type.isInstance(part) && ((ElementEditor) part).element() == element;
		});
		return type.cast(workbench.activePartObject());
	}

	/** The host's row in the navigator, then Enter. */
	HostEditorPart openHost(Host host) {
		workbench.clickHostInNavigator(ui.ui(() -> workbench.document.fleet().getHosts().indexOf(host)));
		ui.press("Return");
		return active(HostEditorPart.class, host);
	}

	/** From the open editor's list with test id {@code list}: the element's row, then Enter. */
	void openFromList(String list, Object element) {
		Table table = ui.find(workbench.window, Table.class, list);
		ui.focus(table); // the form scrolls to the focused list (as Tab or the list's mnemonic would)
		workbench.clickRow(table, element);
		ui.press("Return");
	}

	FlowtableEditorPart openFlowtable(Flowtable flowtable) {
		openHost((Host) ui.ui(() -> flowtable.eContainer()));
		openFromList("flowtables", flowtable);
		return active(FlowtableEditorPart.class, flowtable);
	}

	RuleEditorPart openRule(OffloadRule rule) {
		openHost((Host) ui.ui(() -> rule.eContainer()));
		openFromList("rules", rule);
		return active(RuleEditorPart.class, rule);
	}

	/** Clicks the row of {@code element} in a field's table (a check list), scrolled into view first. */
	void clickRow(FormField field, Object element) {
		Table table = (Table) field.control();
		ui.focus(table);
		workbench.clickRow(table, element);
	}

	/** The editor's field for the feature named {@code feature}. */
	FormField field(ElementEditor editor, String feature) {
		return ui.ui(() -> ((ElementEditorPart) editor).form().fields().stream()
				.filter(f -> f.feature().getName().equals(feature)).findFirst()
				.orElseThrow(() -> new AssertionError("no field " + feature)));
	}

	/** Replaces the text of a text field by typing, then commits it with Enter. */
	void typeInto(FormField field, String text) {
		Text control = (Text) field.control();
		ui.focus(control);
		ui.ui(() -> control.selectAll());
		ui.type(text);
		ui.press("Return");
	}

	/** Edit > Undo through the menu's mnemonics. */
	void undo() {
		ui.activate(workbench.window);
		ui.menu("alt+e", "u");
	}
}

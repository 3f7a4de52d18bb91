package org.nftoffload.ui.internal.editors;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.model.AbstractOffloadRule;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.RuleTemplate;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.ProfileValueNote;
import org.nftoffload.ui.internal.editors.FormValidation.Finding;
import org.nftoffload.ui.internal.handlers.SaveFlow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What every form editor part shares: the element from the part's transient data, a scrolled
 * {@link EditorForm}, a line that lists the validator's findings about the element, one refresh per
 * burst of model changes, closing when the element leaves the fleet, the fleet's dirty marker and
 * File > Save.
 */
public abstract class ElementEditorPart implements ElementEditor {

	@Inject
	protected FleetDocument document;
	@Inject
	protected MPart part;
	@Inject
	protected UISynchronize sync;
	@Inject
	protected EPartService partService;
	@Inject
	protected ModelEditors editors;
	@Inject
	protected ESelectionService selectionService;

	protected EObject element;
	protected EditorForm form;
	private Label findingsLine;
	// FleetDocument calls it once per UI tick, however many notifications the tick brought
	private final FleetDocument.Listener listener = d -> refresh();

	@PostConstruct
	void createControls(Composite parent) {
		element = (EObject) part.getTransientData().get(ModelEditors.ELEMENT_KEY);
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite body = new Composite(scrolled, SWT.NONE);
		scrolled.setContent(body);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		// Tab and mnemonics move through fields below the fold: the form follows the focus
		scrolled.setShowFocusedControl(true);
		form = new EditorForm(body, document.domain(), this::validationScope);
		findingsLine = form.note(body, "findings");
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(560, SWT.DEFAULT).applyTo(findingsLine);
		createFields(form, body);
		// beside each profile value (a profile flowtable's priority, mode, counter; a host's sysctls):
		// where it comes from, and Reset to the inherited value
		form.fields().forEach(f -> ProfileValueNote.forField(f.extras(), document, f.owner(), f.feature()));
		form.onFindings(findings -> showFindings(findings));
		body.addListener(SWT.Resize, e -> {
			// wrap the notes at the visible width: the minimum height follows from it
			int width = scrolled.getClientArea().width;
			scrolled.setMinSize(body.computeSize(Math.max(width, 480), SWT.DEFAULT));
		});
		scrolled.setMinSize(body.computeSize(560, SWT.DEFAULT));
		document.addListener(listener);
		refresh();
		form.validateNow();
	}

	/** Builds the editor's fields into {@code body} (three columns: label, control, extras). */
	protected abstract void createFields(EditorForm form, Composite body);

	/** Follows a model change: labels, lists, read-only facts. Called once per burst. */
	protected void modelChanged() {
	}

	/** What the form validates: the host or profile the element belongs to. */
	protected EObject validationScope() {
		for (EObject o = element; o != null; o = o.eContainer()) {
			if (o instanceof Host || o instanceof FlowtableProfile) {
				return o;
			}
		}
		return element;
	}

	private void showFindings(java.util.List<Finding> findings) {
		if (findingsLine.isDisposed()) {
			return;
		}
		java.util.List<Finding> mine = findings.stream()
				.filter(f -> f.object() != null && (f.object() == element || EcoreUtil.isAncestor(element, f.object())))
				.toList();
		long errors = mine.stream().filter(Finding::isError).count();
		String text = mine.isEmpty() ? "No problems."
				: errors + " error(s), " + (mine.size() - errors) + " warning(s):\n"
						+ String.join("\n", mine.stream().map(Finding::message).toList());
		if (!text.equals(findingsLine.getText())) {
			findingsLine.setText(text);
			findingsLine.getParent().layout(true, true);
		}
	}

	private void refresh() {
		if (form.body().isDisposed()) {
			return;
		}
		if (element.eResource() == null || !EcoreUtil.isAncestor(document.fleet(), element)) {
			// removed, or another fleet was opened: this editor shows nothing that exists
			partService.hidePart(part, true);
			return;
		}
		part.setDirty(document.isDirty());
		part.setLabel(title(part.getElementId(), element));
		modelChanged();
		form.modelChanged();
	}

	@Override
	public EObject element() {
		return element;
	}

	/** The editor's fields, for what other parts of the console add to them. */
	public EditorForm form() {
		return form;
	}

	@Override
	public boolean reveal(EObject object, EStructuralFeature feature) {
		return form.reveal(object, feature);
	}

	/** The tab title of an editor: what the element is and whose. */
	static String title(String descriptorId, EObject element) {
		String name = switch (element) {
		case Host h when ModelEditors.SYSCTLS_EDITOR.equals(descriptorId) -> "sysctls of " + h.getName();
		case Host h -> h.getName();
		case Flowtable f -> "flowtable " + f.getName() + " (" + ownerName(f) + ")";
		case FlowtableTemplate t -> "flowtable template " + t.getName() + " (" + ownerName(t) + ")";
		case OffloadRule r -> "rule " + (indexIn(r) + 1) + " (" + ownerName(r) + ")";
		case RuleTemplate r -> "rule template " + (indexIn(r) + 1) + " (" + ownerName(r) + ")";
		case HostGroup g -> "group " + g.getName();
		case FlowtableProfile p -> "profile " + p.getName();
		default -> element.eClass().getName();
		};
		return name;
	}

	private static int indexIn(AbstractOffloadRule rule) {
		return rule.eContainer() == null ? 0 : ((java.util.List<?>) rule.eContainer().eGet(rule.eContainingFeature())).indexOf(rule);
	}

	private static String ownerName(EObject object) {
		return switch (object.eContainer()) {
		case Host h -> h.getName();
		case FlowtableProfile p -> p.getName();
		case null -> "removed";
		default -> object.eContainer().eClass().getName();
		};
	}

	@Persist
	void save(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, SaveFlow saveFlow) {
		form.commitTyping();
		saveFlow.save(shell);
	}

	@Focus
	void setFocus() {
		form.focusFirst();
	}

	@PreDestroy
	void dispose() {
		document.removeListener(listener);
		form.dispose();
	}

	/** A read-only row: a label and a value that {@link #modelChanged} keeps current. */
	protected Label fact(Composite section, String label, String id) {
		Label l = new Label(section, SWT.NONE);
		l.setText(label);
		Label value = new Label(section, SWT.WRAP);
		value.setData(EditorForm.TEST_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(8, 0).hint(360, SWT.DEFAULT).applyTo(value);
		return value;
	}
}

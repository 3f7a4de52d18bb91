package org.nftoffload.ui.internal.parts;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.emf.ecore.EObject;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.editors.ModelEditors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The Fleet navigator: fleet → groups, hosts, profiles (and below). Double-click or Enter opens the selected elements' editors. */
public final class FleetNavigatorPart {

	public static final String ID = "org.nftoffload.ui.part.navigator";
	static final String POPUP_ID = "org.nftoffload.ui.part.navigator.popup";

	@Inject
	private FleetDocument document;
	@Inject
	private ESelectionService selectionService;
	@Inject
	private UISynchronize sync;
	@Inject
	private MPart part;

	private TreeViewer viewer;
	private boolean refreshQueued;
	private final FleetDocument.Listener listener = d -> queueRefresh();

	@PostConstruct
	void createControls(Composite parent, EMenuService menuService, ModelEditors editors) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setData("org.nftoffload.test.id", "navigator");
		viewer.setContentProvider(new ModelLabels.TreeContent(document.adapterFactory()));
		viewer.setLabelProvider(new ModelLabels.Labels(document.adapterFactory()));
		viewer.setInput(new Object[] { document.fleet() });
		viewer.expandToLevel(2);
		viewer.addSelectionChangedListener(event -> {
			IStructuredSelection selection = viewer.getStructuredSelection();
			selectionService.setSelection(selection.size() == 1 ? selection.getFirstElement() : selection.toList());
		});
		viewer.addOpenListener(event -> {
			for (Object element : viewer.getStructuredSelection().toList()) {
				if (element instanceof EObject object && ModelEditors.canOpen(object)) {
					editors.open(object);
				}
			}
		});
		menuService.registerContextMenu(viewer.getControl(), POPUP_ID);
		document.addListener(listener);
		updateDirty();
	}

	private void queueRefresh() {
		// changes arrive in bursts (a bulk edit sends one notification per object): refresh once
		if (refreshQueued || viewer == null) {
			return;
		}
		refreshQueued = true;
		sync.asyncExec(() -> {
			refreshQueued = false;
			if (viewer.getControl().isDisposed()) {
				return;
			}
			Object[] input = (Object[]) viewer.getInput();
			if (input.length != 1 || input[0] != document.fleet()) {
				viewer.setInput(new Object[] { document.fleet() });
				viewer.expandToLevel(2);
			} else {
				viewer.refresh(true);
				// a host added to an empty fleet must show up, not hide under a collapsed root
				viewer.setExpandedState(document.fleet(), true);
			}
			updateDirty();
		});
	}

	private void updateDirty() {
		// the navigator shows the fleet, so it carries the fleet's dirty marker
		((MDirtyable) part).setDirty(document.isDirty());
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Focus
	void setFocus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	void dispose() {
		document.removeListener(listener);
	}
}

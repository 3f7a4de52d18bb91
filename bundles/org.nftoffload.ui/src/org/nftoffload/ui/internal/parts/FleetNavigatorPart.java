package org.nftoffload.ui.internal.parts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.FleetProblems;
import org.nftoffload.ui.internal.NavigatorNodes;
import org.nftoffload.ui.internal.NavigatorNodes.Category;
import org.nftoffload.ui.internal.NavigatorNodes.Member;
import org.nftoffload.ui.internal.handlers.ElementEditors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Fleet navigator, the fleet as an object tree: groups with their members, the tags (each a
 * row to pick the hosts that carry it), hosts with their
 * interfaces, flowtables, rules, sysctls and live tables, profiles with their templates. A filter
 * box above it; multi-selection; a context menu with New (from the item providers' new-child
 * descriptors), Copy, Paste, Duplicate, Delete and Find Where Used; hosts dragged onto a group join
 * it. Double-click or Enter opens an element ({@link ElementEditors}).
 * <p>
 * Refreshes come once per UI tick from {@link FleetDocument}, and touch only the rows that changed:
 * an edit of one host refreshes that host's subtree, not 10,000 rows.
 */
public final class FleetNavigatorPart {

	public static final String ID = "org.nftoffload.ui.part.navigator";
	static final String POPUP_ID = "org.nftoffload.ui.part.navigator.popup";
	/** Filter text is applied this long after the last key stroke. */
	static final int FILTER_DELAY_MILLIS = 150;
	/** More changed rows than this in one tick: one refresh of everything is cheaper. */
	static final int MAX_TARGETED_ROWS = 400;

	private static final ModelPackage P = ModelPackage.eINSTANCE;

	@Inject
	private FleetDocument document;
	@Inject
	private FleetProblems problems;
	@Inject
	private ESelectionService selectionService;
	@Inject
	private MPart part;
	@Inject
	private ElementEditors editors;

	private Text filterText;
	private TreeViewer viewer;
	private final NavigatorFilter filter = new NavigatorFilter();
	private final Runnable applyFilter = this::applyFilter;
	private final FleetDocument.ChangeListener listener = (d, changes) -> refresh(changes);
	private final FleetProblems.Listener problemsListener = p -> decorate();

	@PostConstruct
	void createControls(Composite parent, EMenuService menuService) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage("Filter: name, address, tag, group");
		filterText.setData("org.nftoffload.test.id", "navigatorFilter");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		filterText.addModifyListener(e -> {
			filterText.getDisplay().timerExec(-1, applyFilter);
			filterText.getDisplay().timerExec(FILTER_DELAY_MILLIS, applyFilter);
		});
		// Enter or Down in the filter goes to the (filtered) tree, as in Eclipse's filtered trees
		filterText.addListener(SWT.DefaultSelection, e -> {
			applyFilter();
			viewer.getControl().setFocus();
		});
		filterText.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				viewer.getControl().setFocus();
			}
		});

		// virtual: rows get their items, labels and icons when they scroll into view, so 10,000
		// hosts cost what the visible rows cost (the filter still runs over all of them, cheaply)
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		// One column as wide as the view: without a column SWT's GTK tree re-measures every row for
		// its scroll width each time a row is drawn, which at 10,000 hosts takes seconds.
		org.eclipse.jface.viewers.TreeViewerColumn column = new org.eclipse.jface.viewers.TreeViewerColumn(viewer, SWT.LEFT);
		viewer.getTree().addListener(SWT.Resize, e -> column.getColumn()
				.setWidth(Math.max(200, viewer.getTree().getClientArea().width)));
		viewer.getTree().setData("org.nftoffload.test.id", "navigator");
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ModelLabels.TreeContent());
		// the qualifier colour is the IDE theme's; a plain e4 workbench has none until it is put there
		if (!org.eclipse.jface.resource.JFaceResources.getColorRegistry().hasValueFor(org.eclipse.jface.preference.JFacePreferences.QUALIFIER_COLOR)) {
			org.eclipse.jface.resource.JFaceResources.getColorRegistry().put(org.eclipse.jface.preference.JFacePreferences.QUALIFIER_COLOR,
					new org.eclipse.swt.graphics.RGB(110, 110, 110));
		}
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new ModelLabels.Labels(problems)));
		viewer.setFilters(filter);
		viewer.setInput(new Object[] { document.fleet() });
		viewer.expandToLevel(2);
		viewer.addSelectionChangedListener(event -> {
			IStructuredSelection selection = viewer.getStructuredSelection();
			selectionService.setSelection(selection.size() == 1 ? selection.getFirstElement() : selection.toList());
		});
		viewer.addOpenListener(event -> {
			List<?> elements = viewer.getStructuredSelection().toList();
			boolean opened = false;
			for (Object element : elements) {
				opened |= editors.open(element);
			}
			if (!opened && elements.size() == 1) {
				Object element = elements.get(0);
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		viewer.getTree().addListener(SWT.KeyDown, e -> {
			if (e.character == 0x06 || ((e.stateMask & SWT.MOD1) != 0 && e.keyCode == 'f')) {
				filterText.setFocus(); // Ctrl+F: to the filter
				filterText.selectAll();
				e.doit = false;
			}
		});
		addDragAndDrop();
		menuService.registerContextMenu(viewer.getControl(), POPUP_ID);
		document.addChangeListener(listener);
		problems.addListener(problemsListener);
		updateDirty();
	}

	// ---- refresh ----

	private void refresh(FleetDocument.Changes changes) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		filter.invalidate();
		Object[] input = (Object[]) viewer.getInput();
		if (input.length != 1 || input[0] != document.fleet()) {
			viewer.setInput(new Object[] { document.fleet() });
			viewer.expandToLevel(2);
		} else if (changes.everything() || !refreshRows(changes.notifications())) {
			if (document.fleet().getHosts().size() > MAX_TARGETED_ROWS) {
				reinput();
			} else {
				viewer.refresh(true);
				// a host added to an empty fleet must show up, not hide under a collapsed root
				viewer.setExpandedState(document.fleet(), true);
			}
		}
		updateDirty();
	}

	/**
	 * Refreshes the rows the notifications are about: a containment change its list's row, an
	 * attribute or reference change the subtree of the host it is in (labels there name each
	 * other's devices and flowtables). False when that would be more rows than a full refresh costs.
	 */
	private boolean refreshRows(List<Notification> notifications) {
		if (notifications.isEmpty()) {
			return true;
		}
		Fleet fleet = document.fleet();
		Set<Object> structural = new LinkedHashSet<>();
		Set<Object> labels = new LinkedHashSet<>();
		for (Notification notification : notifications) {
			if (!(notification.getNotifier() instanceof EObject notifier)
					|| !(notification.getFeature() instanceof org.eclipse.emf.ecore.EStructuralFeature feature)) {
				continue;
			}
			Host host = org.nftoffload.fleet.edit.FleetCopies.hostOf(notifier);
			boolean listChanged = feature instanceof EReference reference
					&& (reference.isContainment() || reference == P.getHostGroup_Hosts());
			if (notifier == fleet) {
				if (listChanged) {
					return false; // hosts, groups or profiles came or went: the fleet's long list changes
				}
				labels.add(fleet);
			} else if (listChanged && NavigatorNodes.categoriesOf(notifier).contains(feature)) {
				Category category = new Category(notifier, (EReference) feature);
				// a category shown only when not empty appears or goes: the owner's row changes
				structural.add(NavigatorNodes.shownWhenEmpty((EReference) feature) ? category : notifier);
			} else if (listChanged) {
				structural.add(notifier); // a group's members, a host's sysctls, a live table's contents
			} else if (host != null) {
				if (filter.active() && notifier == host) {
					return false; // a name, address or tag decides whether the host is shown at all
				}
				if (feature == P.getHost_Tags()) {
					// the fleet's Tags row lists the tags with their counts; it comes and goes with the first and last tag
					NavigatorNodes.Tags tags = new NavigatorNodes.Tags(fleet);
					if (NavigatorNodes.Tags.shown(fleet) != (viewer.testFindItem(tags) != null)) {
						return false;
					}
					structural.add(tags);
				}
				structural.add(host);
				labels.add(host);
				for (HostGroup group : fleet.getGroups()) {
					if (notifier == host && group.getHosts().contains(host)) {
						labels.add(new Member(group, host));
					}
				}
			} else if (notifier instanceof FlowtableProfile) {
				labels.add(notifier);
				labels.addAll(fleet.getGroups()); // groups name their applied profile
			} else {
				labels.add(notifier);
			}
			if (structural.size() + labels.size() > MAX_TARGETED_ROWS) {
				return false;
			}
		}
		for (Object element : structural) {
			viewer.refresh(element, true);
		}
		labels.removeAll(structural);
		if (!labels.isEmpty()) {
			viewer.update(labels.toArray(), null);
		}
		return true;
	}

	/** New problems: redraw the decorations whose severity changed, and their categories' and member rows'. */
	private void decorate() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (problems.changed().size() > MAX_TARGETED_ROWS) {
			viewer.refresh(true); // a first validation of a large fleet: every label at once
			return;
		}
		ModelLabels.TreeContent content = (ModelLabels.TreeContent) viewer.getContentProvider();
		Set<Object> rows = new LinkedHashSet<>();
		for (EObject object : problems.changed()) {
			rows.add(object);
			if (content.getParent(object) instanceof Category category) {
				rows.add(category);
			}
			if (object instanceof Host host) {
				for (HostGroup group : document.fleet().getGroups()) {
					if (group.getHosts().contains(host)) {
						rows.add(new Member(group, host));
					}
				}
			}
		}
		if (!rows.isEmpty()) {
			viewer.update(rows.toArray(), null);
		}
	}

	private void applyFilter() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (filter.setText(filterText.getText())) {
			reinput();
		}
	}

	/**
	 * Rebuilds the rows from scratch, keeping what was expanded and selected: for a large fleet
	 * clearing the tree at once is far cheaper than JFace's row-by-row refresh, which disposes
	 * thousands of rows one at a time (each asking GTK for the selection).
	 */
	private void reinput() {
		Object[] expanded = viewer.getExpandedElements();
		IStructuredSelection selected = viewer.getStructuredSelection();
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(new Object[] { document.fleet() });
			viewer.setExpandedState(document.fleet(), true);
			for (Object element : expanded) {
				if (element != document.fleet()) {
					viewer.setExpandedState(element, true);
				}
			}
			viewer.setSelection(selected);
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	private void updateDirty() {
		// the navigator shows the fleet, so it carries the fleet's dirty marker
		((MDirtyable) part).setDirty(document.isDirty());
	}

	// ---- drag and drop: hosts onto groups ----

	private void addDragAndDrop() {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE | DND.DROP_COPY, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection selection = viewer.getStructuredSelection();
				event.doit = !selection.isEmpty()
						&& selection.toList().stream().allMatch(e -> e instanceof Host || e instanceof Member);
				LocalSelectionTransfer.getTransfer().setSelection(selection);
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = LocalSelectionTransfer.getTransfer().getSelection();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY, transfers, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				return groupOf(target) != null && LocalSelectionTransfer.getTransfer().isSupportedType(type)
						&& joinCommand(groupOf(target), dragged(), operation).canExecute();
			}

			@Override
			public boolean performDrop(Object data) {
				HostGroup group = groupOf(getCurrentTarget());
				if (group == null) {
					return false;
				}
				Command join = joinCommand(group, dragged(), getCurrentOperation());
				if (!join.canExecute()) {
					return false;
				}
				document.commandStack().execute(join);
				return true;
			}
		});
	}

	private static List<?> dragged() {
		return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s ? s.toList()
				: List.of();
	}

	private static HostGroup groupOf(Object target) {
		return target instanceof HostGroup group ? group : target instanceof Member member ? member.group() : null;
	}

	/**
	 * One command: the dragged hosts join {@code group}; members dragged from another group leave it
	 * when the drag is a move (Ctrl makes it a copy, keeping both memberships).
	 */
	Command joinCommand(HostGroup group, List<?> dragged, int operation) {
		List<Host> joining = new ArrayList<>();
		CompoundCommand all = new CompoundCommand("Add hosts to group " + group.getName());
		for (Object element : dragged) {
			Host host = element instanceof Host h ? h : element instanceof Member m ? m.host() : null;
			if (host == null) {
				continue;
			}
			if (element instanceof Member member && member.group() != group && operation == DND.DROP_MOVE) {
				all.append(RemoveCommand.create(document.domain(), member.group(), P.getHostGroup_Hosts(), host));
			}
			if (!group.getHosts().contains(host) && !joining.contains(host)) {
				joining.add(host);
			}
		}
		if (!joining.isEmpty()) {
			all.append(AddCommand.create(document.domain(), group, P.getHostGroup_Hosts(), joining));
			all.setLabel("Add " + org.nftoffload.fleet.edit.ModelTexts.count(joining.size(), "host", "hosts")
					+ " to group " + group.getName());
		}
		return all.isEmpty() ? org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE : all;
	}

	// ---- for handlers and tests ----

	public TreeViewer viewer() {
		return viewer;
	}

	public Text filterText() {
		return filterText;
	}

	/** Selects and shows {@code objects} (what New, Paste or Duplicate just made), bringing the views up to date first. */
	public void reveal(Collection<?> objects) {
		document.flush();
		if (!objects.isEmpty() && !viewer.getControl().isDisposed()) {
			viewer.setSelection(new StructuredSelection(new ArrayList<>(objects)), true);
		}
	}

	@Focus
	void setFocus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	void dispose() {
		document.removeChangeListener(listener);
		problems.removeListener(problemsListener);
	}
}

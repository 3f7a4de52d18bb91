package org.nftoffload.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nftoffload.fleet.edit.InterfaceRename;
import org.nftoffload.fleet.edit.InterfaceRename.HostChange;
import org.nftoffload.fleet.edit.InterfaceRename.Place;
import org.nftoffload.fleet.edit.ModelTexts;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;

/**
 * Edit > Find and Replace...: renames an interface on every host of the fleet (or of the
 * selection) that has it. The first page asks for the names; the second previews every place that
 * changes, host by host (flowtable devices, rules' interfaces, role bindings, VLANs' lower devices,
 * live tables), with a tick per host; Finish is one undoable command.
 */
public final class InterfaceRenameWizard extends Wizard {

	private final List<Host> fleetHosts;
	private final List<Host> selectedHosts;
	private final EditingDomain domain;
	private final CommandStack stack;
	private final NamesPage names = new NamesPage();
	private final PreviewPage preview = new PreviewPage();
	private InterfaceRename.Plan plan;
	private Command executed;

	/**
	 * @param initialName the interface to find at first (the selected interface's name), or null
	 */
	public InterfaceRenameWizard(List<Host> fleetHosts, List<Host> selectedHosts, String initialName,
			EditingDomain domain, CommandStack stack) {
		this.fleetHosts = fleetHosts;
		this.selectedHosts = selectedHosts;
		this.domain = domain;
		this.stack = stack;
		names.initialName = initialName;
		setWindowTitle("Find and Replace Interface");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(names);
		addPage(preview);
	}

	@Override
	public boolean canFinish() {
		return plan != null && plan.error() == null && !preview.chosen().isEmpty();
	}

	@Override
	public boolean performFinish() {
		Command command = plan.command(domain, preview.chosen());
		if (!command.canExecute()) {
			return false;
		}
		stack.execute(command);
		executed = command;
		return true;
	}

	/** The command Finish executed, or null. */
	public Command executed() {
		return executed;
	}

	private List<Host> scope() {
		return names.selectedOnly != null && names.selectedOnly.getSelection() ? selectedHosts : fleetHosts;
	}

	private void replan() {
		plan = InterfaceRename.plan(scope(), names.find.getText(), names.replace.getText());
		preview.show(plan);
	}

	/** Find what, replace with what, where. */
	private final class NamesPage extends WizardPage {
		String initialName;
		Combo find;
		Combo replace;
		Button selectedOnly;

		NamesPage() {
			super("names", "Rename an interface across the fleet", null);
			setDescription("Every flowtable, rule and role binding that names it follows. Next shows each change first.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 8).applyTo(area);
			new Label(area, SWT.NONE).setText("&Find interface:");
			find = new Combo(area, SWT.DROP_DOWN);
			find.setData("org.nftoffload.test.id", "find");
			TreeSet<String> known = new TreeSet<>();
			for (Host host : fleetHosts) {
				host.getInterfaces().stream().map(NetworkInterface::getName).filter(n -> n != null).forEach(known::add);
			}
			find.setItems(known.toArray(String[]::new));
			find.setVisibleItemCount(Math.min(15, Math.max(1, known.size())));
			if (initialName != null) {
				find.setText(initialName);
			}
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(find);
			new Label(area, SWT.NONE).setText("&Replace with:");
			replace = new Combo(area, SWT.DROP_DOWN);
			replace.setData("org.nftoffload.test.id", "replace");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(replace);
			Label scope = new Label(area, SWT.NONE);
			scope.setText("Where:");
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(scope);
			Composite radios = new Composite(area, SWT.NONE);
			GridLayoutFactory.fillDefaults().applyTo(radios);
			Button all = new Button(radios, SWT.RADIO);
			all.setText("&All hosts of the fleet (" + fleetHosts.size() + ")");
			all.setSelection(true);
			selectedOnly = new Button(radios, SWT.RADIO);
			selectedOnly.setText("&Selected hosts only (" + selectedHosts.size() + ")");
			selectedOnly.setEnabled(!selectedHosts.isEmpty());
			find.addModifyListener(e -> update());
			replace.addModifyListener(e -> update());
			selectedOnly.addListener(SWT.Selection, e -> update());
			setControl(area);
			update();
		}

		private void update() {
			replan();
			if (plan.error() != null) {
				setErrorMessage(find.getText().isBlank() && replace.getText().isBlank() ? null : plan.error());
				setPageComplete(false);
			} else if (plan.applicable().isEmpty()) {
				setErrorMessage(plan.hosts().isEmpty() ? "No host " + (scope() == fleetHosts ? "of the fleet" : "selected")
						+ " has an interface " + plan.from() + "."
						: "Every host with " + plan.from() + " already has an interface " + plan.to() + ".");
				setPageComplete(false);
			} else {
				setErrorMessage(null);
				setMessage(plan.from() + " → " + plan.to() + ": " + ModelTexts.count(plan.placeCount(), "place", "places")
						+ " on " + ModelTexts.count(plan.applicable().size(), "host", "hosts") + ".");
				setPageComplete(true);
			}
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible) {
				find.setFocus();
			}
		}
	}

	/** Every place that changes, per host, with a tick per host. */
	private final class PreviewPage extends WizardPage {
		private CheckboxTreeViewer viewer;
		private Label summary;

		PreviewPage() {
			super("preview", "Preview", null);
			setDescription("Untick a host to leave it as it is. Finish renames on the ticked hosts, as one step Undo takes back.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().applyTo(area);
			summary = new Label(area, SWT.WRAP);
			summary.setData("org.nftoffload.test.id", "renameSummary");
			GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
			viewer = new CheckboxTreeViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
			viewer.getTree().setData("org.nftoffload.test.id", "renamePreview");
			viewer.getTree().setHeaderVisible(true);
			viewer.getTree().setLinesVisible(true);
			GridDataFactory.fillDefaults().grab(true, true).hint(760, 320).applyTo(viewer.getControl());
			viewer.setContentProvider(new ITreeContentProvider() {
				@Override
				public Object[] getElements(Object input) {
					return ((InterfaceRename.Plan) input).hosts().toArray();
				}

				@Override
				public Object[] getChildren(Object parent) {
					return parent instanceof HostChange change ? change.places().toArray() : new Object[0];
				}

				@Override
				public Object getParent(Object element) {
					return null;
				}

				@Override
				public boolean hasChildren(Object element) {
					return element instanceof HostChange;
				}
			});
			column("Host / where", 330, e -> e instanceof HostChange change
					? change.host().getName() + (change.applicable() ? "" : " — left out: " + change.conflict())
					: ((Place) e).what());
			column("Before", 190, e -> e instanceof Place place ? place.before() : "");
			column("After", 190, e -> e instanceof Place place ? place.after() : "");
			viewer.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
				@Override
				public boolean isChecked(Object element) {
					// a place follows its host's tick: the rename is per host, all its places at once
					HostChange change = element instanceof Place place ? changeOf(place) : (HostChange) element;
					return change != null && change.applicable() && !unticked.contains(change.host());
				}

				@Override
				public boolean isGrayed(Object element) {
					return element instanceof Place || (element instanceof HostChange change && !change.applicable());
				}
			});
			viewer.addCheckStateListener(event -> {
				if (event.getElement() instanceof HostChange change && change.applicable()) {
					if (event.getChecked()) {
						unticked.remove(change.host());
					} else {
						unticked.add(change.host());
					}
				}
				viewer.refresh();
				updateSummary();
				getContainer().updateButtons();
			});
			setControl(area);
			if (plan != null) {
				show(plan);
			}
		}

		private final java.util.Set<Host> unticked = new java.util.HashSet<>();

		private HostChange changeOf(Place place) {
			return plan.hosts().stream().filter(h -> h.host() == place.host()).findFirst().orElse(null);
		}

		private void column(String title, int width, java.util.function.Function<Object, String> text) {
			TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(title);
			column.getColumn().setWidth(width);
			column.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
		}

		void show(InterfaceRename.Plan shown) {
			unticked.retainAll(shown.hosts().stream().map(HostChange::host).toList());
			if (viewer != null && !viewer.getControl().isDisposed()) {
				viewer.setInput(shown);
				viewer.expandAll();
				updateSummary();
			}
		}

		private void updateSummary() {
			List<HostChange> chosen = chosen();
			int places = chosen.stream().mapToInt(h -> h.places().size()).sum();
			long leftOut = plan.hosts().size() - chosen.size();
			summary.setText(plan.from() + " → " + plan.to() + ": " + ModelTexts.count(places, "place changes", "places change")
					+ " on " + ModelTexts.count(chosen.size(), "host", "hosts")
					+ (leftOut == 0 ? "." : "; " + ModelTexts.count((int) leftOut, "host is", "hosts are") + " left out."));
			summary.requestLayout();
		}

		List<HostChange> chosen() {
			if (plan == null || plan.error() != null) {
				return List.of();
			}
			List<HostChange> chosen = new ArrayList<>(plan.applicable());
			chosen.removeIf(change -> unticked.contains(change.host()));
			return chosen;
		}
	}

	/** For tests and callers: the hosts the preview lists, in order. */
	public List<String> previewHosts() {
		return plan == null ? List.of() : plan.hosts().stream().map(h -> h.host().getName()).toList();
	}
}

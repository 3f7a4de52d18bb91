package org.nftoffload.ui.internal.dialogs;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.ui.internal.dialogs.ApplyProfileWizard.HostRow;

/**
 * The wizard's second page: one row per host, one column per role, each cell the host's interfaces
 * that play the role (typed as {@code lan0, lan1}). Filled in from the host's earlier role bindings,
 * else from probed interfaces named like the role. A row with a role no interface plays, or a name
 * the host does not have, shows the error in its Problem column and keeps Finish disabled. Cells are
 * edited with a double click, or F2 / Enter on the focused cell; Tab moves to the next one.
 */
final class ApplyProfileMappingPage extends WizardPage {

	/** What a row with a problem starts its Problem cell with. */
	static final String ERROR_MARK = "\u2716 ";

	private final ApplyProfileWizard wizard;
	private TableViewer viewer;
	private Label interfaces;
	private List<String> shownRoles = List.of();

	ApplyProfileMappingPage(ApplyProfileWizard wizard) {
		super("mapping");
		this.wizard = wizard;
		setTitle("Map the roles to each host's interfaces");
		setDescription("Each role of the profile becomes the interfaces you name on each host.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(6, 6).applyTo(page);
		viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData("org.nftoffload.test.id", "applyProfile.mapping");
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 260).applyTo(viewer.getTable());

		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| (event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.F2 || event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR));
			}
		};
		TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);

		interfaces = new Label(page, SWT.WRAP);
		interfaces.setData("org.nftoffload.test.id", "applyProfile.interfaces");
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(interfaces);
		viewer.addSelectionChangedListener(e -> showInterfaces());
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			rebuild();
		}
		super.setVisible(visible);
	}

	/** Columns for the current profile's roles, rows for the current target's hosts. */
	private void rebuild() {
		List<String> roles = wizard.roles();
		if (!roles.equals(shownRoles)) {
			for (TableColumn column : viewer.getTable().getColumns()) {
				column.dispose();
			}
			column("Host", 150, row -> row.host.getName(), row -> null);
			for (String role : roles) {
				TableViewerColumn column = column(role, 150, row -> row.typed.getOrDefault(role, ""), row -> null);
				column.setEditingSupport(new RoleEditing(role));
			}
			// a mark in the text, not an icon: with the focus cell's owner-drawn highlight GTK draws no
			// images in the table (the screenshots showed the space for it, empty)
			column("Problem", 420, row -> row.problem() == null ? "" : ERROR_MARK + row.problem(), row -> null);
			shownRoles = roles;
		}
		List<HostRow> rows = wizard.rows();
		viewer.setInput(rows);
		if (viewer.getStructuredSelection().isEmpty() && !rows.isEmpty()) {
			HostRow first = wizard.firstProblem();
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(first != null ? first : rows.get(0)), true);
		}
		validate();
	}

	private TableViewerColumn column(String title, int width, java.util.function.Function<HostRow, String> text,
			java.util.function.Function<HostRow, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((HostRow) element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply((HostRow) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return "Problem".equals(title) ? ((HostRow) element).problem() : null;
			}

			@Override
			public Color getForeground(Object element) {
				return "Problem".equals(title) && ((HostRow) element).problem() != null
						? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
			}
		});
		return column;
	}

	/** A role cell: what is typed is read back against the host's interfaces when the edit ends. */
	private final class RoleEditing extends EditingSupport {
		private final String role;
		private final TextCellEditor editor;

		RoleEditing(String role) {
			super(viewer);
			this.role = role;
			this.editor = new TextCellEditor(viewer.getTable());
			editor.getControl().setData("org.nftoffload.test.id", "applyProfile.cell");
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ((HostRow) element).typed.getOrDefault(role, "");
		}

		@Override
		protected void setValue(Object element, Object value) {
			wizard.type((HostRow) element, role, String.valueOf(value));
			viewer.update(element, null);
			showInterfaces();
			validate();
		}
	}

	private void showInterfaces() {
		HostRow row = (HostRow) viewer.getStructuredSelection().getFirstElement();
		if (row == null) {
			interfaces.setText("");
			return;
		}
		Host host = row.host;
		String known = host.getInterfaces().isEmpty() ? "none known (probe the host first)"
				: String.join(", ", host.getInterfaces().stream().map(ApplyProfileMappingPage::describe).toList());
		interfaces.setText(host.getName() + "'s interfaces: " + known);
		interfaces.getParent().layout(true);
	}

	/** {@code lan0 (physical, mtk_soc_eth)}, as the probe saw it. */
	static String describe(NetworkInterface device) {
		StringBuilder text = new StringBuilder(device.getName()).append(" (").append(device.getKind().getLiteral());
		if (device.getDriver() != null && !device.getDriver().isEmpty()) {
			text.append(", ").append(device.getDriver());
		}
		if (!device.isPresent()) {
			text.append(", missing");
		}
		return text.append(')').toString();
	}

	private void validate() {
		HostRow problem = wizard.firstProblem();
		setErrorMessage(problem == null ? null : problem.host.getName() + ": " + problem.problem());
		setPageComplete(problem == null);
	}
}

package org.nftoffload.ui.internal.dialogs;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.edit.WhereUsed;
import org.nftoffload.ui.internal.TableColumns;

/**
 * fwbuilder's "Find where used" for an interface, flowtable, host or profile: every object that
 * refers to it and through what. Show in Navigator (or a double-click) selects the chosen users.
 */
public final class WhereUsedDialog extends TitleAreaDialog {

	static final int SHOW = IDialogConstants.CLIENT_ID + 1;

	private final String what;
	private final List<WhereUsed.Usage> usages;
	private final Consumer<List<Object>> show;
	private TableViewer viewer;

	/** @param show selects objects in the navigator */
	public WhereUsedDialog(Shell parent, String what, List<WhereUsed.Usage> usages, Consumer<List<Object>> show) {
		super(parent);
		this.what = what;
		this.usages = usages;
		this.show = show;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Where Used");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Where " + what + " is used");
		setMessage(usages.isEmpty() ? "Nothing refers to " + what + ": deleting it changes nothing else."
				: usages.size() + (usages.size() == 1 ? " place refers" : " places refer") + " to " + what
						+ ". Deleting it removes it from each; renaming it renames it in each.");
		Composite area = (Composite) super.createDialogArea(parent);
		viewer = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setData("org.nftoffload.test.id", "whereUsed");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.add(viewer, WhereUsed.Usage.class, "Host", 120, WhereUsed.Usage::where);
		TableColumns.add(viewer, WhereUsed.Usage.class, "Used by", 430,
				u -> WhereUsed.kind(u.user()) + " " + org.nftoffload.fleet.edit.ModelTexts.label(u.user()));
		TableColumns.add(viewer, WhereUsed.Usage.class, "As", 140, u -> WhereUsed.featureName(u.feature()));
		viewer.setInput(usages.toArray());
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 260).applyTo(viewer.getControl());
		viewer.addDoubleClickListener(e -> buttonPressed(SHOW));
		if (!usages.isEmpty()) {
			viewer.getTable().setSelection(0);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, SHOW, "&Show in Navigator", !usages.isEmpty()).setEnabled(!usages.isEmpty());
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, usages.isEmpty());
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == SHOW) {
			List<Object> users = viewer.getStructuredSelection().toList().stream()
					.map(u -> (Object) ((WhereUsed.Usage) u).user()).toList();
			close();
			show.accept(users.isEmpty() ? usages.stream().map(u -> (Object) u.user()).toList() : users);
			return;
		}
		if (id == IDialogConstants.CLOSE_ID) {
			close();
			return;
		}
		super.buttonPressed(id);
	}
}

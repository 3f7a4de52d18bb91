package org.nftoffload.ui.internal.dialogs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.nftoffload.fleet.ops.AdoptFromHost;
import org.nftoffload.fleet.ops.AdoptFromHost.Candidate;
import org.nftoffload.ui.internal.TableColumns;

/**
 * Fleet > Adopt from Host...: the flowtables and offload rules a host runs, one row each with a check
 * box; the ticked ones go into the host's model as one command. Ticking a rule of another table
 * ticks its flowtable too (the rule needs it); a choice the model cannot take is said here, and the
 * dialog stays open.
 */
public final class AdoptDialog extends TitleAreaDialog {

	/** Builds the command for the ticked candidates, or says why it cannot. */
	public interface Adoption {
		Command build(Set<String> keys) throws AdoptFromHost.AdoptException;
	}

	private final AdoptFromHost.LiveTables live;
	private final Adoption adoption;
	private CheckboxTableViewer table;
	private Command command;

	public AdoptDialog(Shell parent, AdoptFromHost.LiveTables live, Adoption adoption) {
		super(parent);
		this.live = live;
		this.adoption = adoption;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	/** The command for what was ticked, once the dialog closed with Adopt. */
	public Command command() {
		return command;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Adopt from " + live.hostName());
	}

	@Override
	protected Point getInitialSize() {
		return new Point(900, 560);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Take what " + live.hostName() + " runs into its model");
		setMessage("Tick the flowtables and rules to adopt. They become the console's, in its own table; the tables "
				+ "they come from stay on the host as they are and are shown as observed.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().applyTo(body);

		Label read = new Label(body, SWT.WRAP);
		read.setText("Read from " + live.hostName() + ": " + String.join(", ", live.tables()) + ".");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(read);

		table = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData("org.nftoffload.test.id", "adopt.candidates");
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 260).applyTo(table.getTable());
		table.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.add(table, Candidate.class, "Table", 230, Candidate::tableLabel);
		TableColumns.add(table, Candidate.class, "Flowtable or rule", 600, Candidate::description);
		table.setInput(live.candidates());
		table.addCheckStateListener(event -> {
			Candidate candidate = (Candidate) event.getElement();
			if (event.getChecked() && candidate.requires() != null && !candidate.owned()) {
				Candidate needed = live.candidate(candidate.requires());
				if (needed != null) {
					table.setChecked(needed, true);
				}
			}
			if (!event.getChecked() && candidate.kind() == Candidate.Kind.FLOWTABLE) {
				for (Candidate other : live.candidates()) {
					if (!other.owned() && candidate.key().equals(other.requires())) {
						table.setChecked(other, false);
					}
				}
			}
			changed();
		});
		if (!live.candidates().isEmpty()) {
			table.getTable().setSelection(0);
		}

		if (!live.warnings().isEmpty()) {
			Label warned = new Label(body, SWT.NONE);
			warned.setText("What the import did not understand completely:");
			Text warnings = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
			warnings.setText(String.join("\n", live.warnings()));
			warnings.setData("org.nftoffload.test.id", "adopt.warnings");
			GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(warnings);
		}
		return area;
	}

	@Override
	public void create() {
		super.create();
		changed();
		table.getTable().setFocus();
	}

	/** The keys of the ticked rows, in the order the host listed them. */
	public Set<String> chosen() {
		Set<String> keys = new LinkedHashSet<>();
		for (Object checked : table.getCheckedElements()) {
			keys.add(((Candidate) checked).key());
		}
		return keys;
	}

	private void changed() {
		setErrorMessage(null);
		List<Candidate> ticked = live.candidates().stream().filter(table::getChecked).toList();
		long flowtables = ticked.stream().filter(c -> c.kind() == Candidate.Kind.FLOWTABLE).count();
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!ticked.isEmpty());
		}
		setMessage(ticked.isEmpty() ? "Tick the flowtables and rules to adopt (Space ticks the selected row)."
				: flowtables + " flowtable(s) and " + (ticked.size() - flowtables) + " rule(s) ticked; Adopt takes them "
						+ "into the model as one change (Edit > Undo takes it back).",
				IMessageProvider.INFORMATION);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Adopt", false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}

	@Override
	protected void okPressed() {
		try {
			command = adoption.build(chosen());
		} catch (AdoptFromHost.AdoptException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}
}

package org.nftoffload.ui.internal.dialogs;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.nftoffload.fleet.ops.FleetOperations.ApplyPlan;
import org.nftoffload.fleet.ops.HostResult;
import org.nftoffload.model.Host;
import org.nftoffload.ui.internal.TableColumns;

/**
 * The first half of Fleet > Apply: every host's diff against its live ruleset, before anything
 * changes. The engineer picks how long the hosts wait for the confirm (the commit-confirm deadline)
 * and applies, or cancels with nothing touched.
 */
public final class ApplyReviewDialog extends TitleAreaDialog {

	/** One row: the host, the planning result, and its plan when it has one. */
	record Row(Host host, HostResult result, ApplyPlan plan) {

		boolean changes() {
			return plan != null && !plan.upToDate();
		}

		String state() {
			if (plan != null) {
				return plan.upToDate() ? "up to date" : plan.diff().changes().size() + " change(s)";
			}
			return result.status() == HostResult.Status.SKIPPED ? "skipped" : "failed";
		}
	}

	private final List<Row> rows;
	private int confirmSeconds;
	private boolean keepAfterReboot = true;
	private Spinner confirmSpinner;
	private StyledText diff;

	public ApplyReviewDialog(Shell parent, List<Host> hosts, List<HostResult> results, Map<Host, ApplyPlan> plans,
			int confirmSeconds) {
		super(parent);
		this.rows = new java.util.ArrayList<>();
		for (int i = 0; i < hosts.size(); i++) {
			Host host = hosts.get(i);
			rows.add(new Row(host, results.get(i), plans.get(host)));
		}
		this.confirmSeconds = confirmSeconds;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	/** The hosts the engineer agreed to change: those with a plan that changes something. */
	public List<Host> hostsToApply() {
		return rows.stream().filter(Row::changes).map(Row::host).toList();
	}

	/** How long each host waits for the confirm before it restores its previous table. */
	public int confirmSeconds() {
		return confirmSeconds;
	}

	/**
	 * Whether each confirmed host loads the new table at boot (checked by default); unchecked, the
	 * host's boot copy is removed and the table is gone at its next boot.
	 */
	public boolean keepAfterReboot() {
		return keepAfterReboot;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Apply: review the changes");
	}

	@Override
	protected Point getInitialSize() {
		return new Point(900, 680);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		long changing = rows.stream().filter(Row::changes).count();
		long upToDate = rows.stream().filter(r -> r.plan() != null && r.plan().upToDate()).count();
		long untouched = rows.size() - changing - upToDate;
		setTitle(changing == 0 ? "Nothing to apply" : "Review what changes on " + changing + " host(s)");
		setMessage("Nothing has changed yet. " + changing + " host(s) change, " + upToDate + " are up to date"
				+ (untouched == 0 ? "." : ", " + untouched + " will not be touched (see why below)."),
				untouched == 0 ? IMessageProvider.NONE : IMessageProvider.WARNING);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

		SashForm sash = new SashForm(body, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(sash);
		TableViewer hosts = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		hosts.getTable().setHeaderVisible(true);
		hosts.getTable().setLinesVisible(true);
		hosts.getTable().setData("org.nftoffload.test.id", "apply.hosts");
		hosts.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.add(hosts, Row.class, "Host", 160, r -> r.host().getName());
		TableColumns.add(hosts, Row.class, "Plan", 110, Row::state);
		TableColumns.add(hosts, Row.class, "Details", 560, r -> r.plan() == null ? r.result().reason()
				: r.plan().upToDate() ? "the live table already is what the console would apply"
						: "table " + r.plan().family() + " " + r.plan().table() + " is replaced atomically");

		diff = new StyledText(sash, SWT.BORDER | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		diff.setFont(JFaceResources.getTextFont());
		diff.setData("org.nftoffload.test.id", "apply.diff");
		sash.setWeights(35, 65);
		hosts.addSelectionChangedListener(e -> showDiff((Row) ((IStructuredSelection) e.getSelection()).getFirstElement()));
		hosts.setInput(rows);
		rows.stream().filter(Row::changes).findFirst().or(() -> rows.stream().findFirst())
				.ifPresent(first -> hosts.setSelection(new StructuredSelection(first), true));

		Label before = new Label(body, SWT.NONE);
		before.setText("Each host restores its previous table by itself unless you confirm within");
		confirmSpinner = new Spinner(body, SWT.BORDER);
		confirmSpinner.setMinimum(10);
		confirmSpinner.setMaximum(600);
		confirmSpinner.setSelection(confirmSeconds);
		confirmSpinner.setData("org.nftoffload.test.id", "apply.confirmSeconds");
		confirmSpinner.addModifyListener(e -> confirmSeconds = confirmSpinner.getSelection());
		Label after = new Label(body, SWT.NONE);
		after.setText("seconds after the apply.");
		Button keep = new Button(body, SWT.CHECK);
		keep.setText("&Keep after reboot");
		keep.setToolTipText("Each host loads the confirmed table at boot (a file and a boot script of the console's own)."
				+ " Unchecked, the host's boot copy is removed: the table is gone at its next boot.");
		keep.setSelection(keepAfterReboot);
		keep.setData("org.nftoffload.test.id", "apply.keepAfterReboot");
		keep.addSelectionListener(org.eclipse.swt.events.SelectionListener.widgetSelectedAdapter(
				e -> keepAfterReboot = keep.getSelection()));
		GridDataFactory.fillDefaults().span(3, 1).applyTo(keep);
		return area;
	}

	private void showDiff(Row row) {
		if (row == null) {
			diff.setText("");
			return;
		}
		String text;
		if (row.plan() == null) {
			text = row.host().getName() + " is not touched: " + row.result().reason();
		} else if (row.plan().upToDate()) {
			text = row.host().getName() + ": no changes.";
		} else {
			text = row.plan().diff().unifiedDiff();
		}
		diff.setText(text);
		colourDiffLines(text);
	}

	/** Added lines green, removed lines red, hunk headers grey, as in any diff viewer. */
	private void colourDiffLines(String text) {
		Color added = diff.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
		Color removed = diff.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		Color hunk = diff.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		int offset = 0;
		for (String line : text.split("\n", -1)) {
			Color colour = line.startsWith("+++") || line.startsWith("---") || line.startsWith("@@") ? hunk
					: line.startsWith("+") ? added : line.startsWith("-") ? removed : null;
			if (colour != null && !line.isEmpty()) {
				diff.setStyleRange(new StyleRange(offset, line.length(), colour, null));
			}
			offset += line.length() + 1;
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		int changing = hostsToApply().size();
		// Not the default button: Enter in the review must not change routers.
		createButton(parent, IDialogConstants.OK_ID, "&Apply to " + changing + (changing == 1 ? " Host" : " Hosts"), false)
				.setEnabled(changing > 0);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}
}

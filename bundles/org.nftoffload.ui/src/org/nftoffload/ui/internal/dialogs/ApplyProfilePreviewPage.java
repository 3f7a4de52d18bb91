package org.nftoffload.ui.internal.dialogs;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nftoffload.fleet.profiles.ProfilePreview;
import org.nftoffload.ui.internal.TableColumns;
import org.nftoffload.ui.internal.dialogs.ApplyProfileWizard.HostRow;

/**
 * The wizard's last page: per host, what changes in the nft script the console would render for it
 * (the model now against the model with the profile), and the sysctls that change. Each host's
 * preview is rendered when it is first selected, so a thousand-host target opens at once.
 */
final class ApplyProfilePreviewPage extends WizardPage {

	private final ApplyProfileWizard wizard;
	private TableViewer hosts;
	private StyledText diff;
	private Label summary;

	ApplyProfilePreviewPage(ApplyProfileWizard wizard) {
		super("preview");
		this.wizard = wizard;
		setTitle("Preview: what changes in each host's nft script");
		setDescription("Finish changes the model of every host in one step (Edit > Undo takes it back). "
				+ "Nothing is sent to a host until Fleet > Apply.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(6, 6).applyTo(page);
		summary = new Label(page, SWT.WRAP);
		summary.setData("org.nftoffload.test.id", "applyProfile.summary");
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(summary);
		SashForm sash = new SashForm(page, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 300).applyTo(sash);
		hosts = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		hosts.getTable().setHeaderVisible(true);
		hosts.getTable().setData("org.nftoffload.test.id", "applyProfile.previewHosts");
		hosts.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.add(hosts, HostRow.class, "Host", 140, row -> row.host.getName());
		TableColumns.add(hosts, HostRow.class, "Changes", 110, this::changeCount);
		diff = new StyledText(sash, SWT.BORDER | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		diff.setFont(JFaceResources.getTextFont());
		diff.setData("org.nftoffload.test.id", "applyProfile.diff");
		sash.setWeights(30, 70);
		hosts.addSelectionChangedListener(e -> show((HostRow) ((IStructuredSelection) e.getSelection()).getFirstElement()));
		setControl(page);
	}

	/** The count once the host's preview was rendered (it is, when selected), "…" before. */
	private String changeCount(HostRow row) {
		if (row.preview == null) {
			return row.problem() == null ? "…" : "not mapped";
		}
		if (row.preview.error() != null) {
			return "cannot render";
		}
		return row.preview.changes().isEmpty() ? "none" : row.preview.changes().size() + " change(s)";
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			List<HostRow> rows = wizard.rows();
			hosts.setInput(rows);
			summary.setText("Profile " + wizard.profile.getName() + " to " + wizard.targetText()
					+ (wizard.kind == ApplyProfileWizard.TargetKind.GROUP ? "; the group keeps it for hosts that join later." : "."));
			if (!rows.isEmpty()) {
				hosts.setSelection(new StructuredSelection(rows.get(0)), true);
			}
		}
		super.setVisible(visible);
	}

	private void show(HostRow row) {
		if (row == null) {
			diff.setText("");
			return;
		}
		ProfilePreview preview = wizard.preview(row);
		String text;
		if (preview == null) {
			text = row.host.getName() + ": " + row.problem();
		} else if (preview.error() != null) {
			text = preview.error();
		} else if (preview.changes().isEmpty()) {
			text = row.host.getName() + ": no change; it already has this profile as it would be applied.";
		} else {
			text = String.join("\n", preview.changes()) + "\n\n" + preview.unifiedDiff();
		}
		diff.setText(text);
		colour(text);
		hosts.update(row, null);
	}

	/** Added lines green, removed red, headers grey, as in the Apply review. */
	private void colour(String text) {
		Color added = diff.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
		Color removed = diff.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		Color header = diff.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		int offset = 0;
		for (String line : text.split("\n", -1)) {
			Color colour = line.startsWith("+++") || line.startsWith("---") || line.startsWith("@@") ? header
					: line.startsWith("+") ? added : line.startsWith("-") ? removed : line.startsWith("~") ? header : null;
			if (colour != null && !line.isEmpty()) {
				diff.setStyleRange(new StyleRange(offset, line.length(), colour, null));
			}
			offset += line.length() + 1;
		}
	}
}

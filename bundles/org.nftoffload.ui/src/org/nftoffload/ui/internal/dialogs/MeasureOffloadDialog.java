package org.nftoffload.ui.internal.dialogs;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.nftoffload.fleet.ops.OffloadEffect;
import org.nftoffload.model.Host;

/**
 * Fleet &gt; Measure Offload Effect...: what is about to happen to the hosts' offload, and for how
 * long, before anything happens.
 */
public final class MeasureOffloadDialog extends TitleAreaDialog {

	private final List<Host> hosts;
	private Spinner secondsField;
	private int seconds = 10;

	public MeasureOffloadDialog(Shell parent, List<Host> hosts) {
		super(parent);
		this.hosts = hosts;
	}

	/** Each phase's length (valid after OK). */
	public int seconds() {
		return seconds;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Measure Offload Effect");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Measure what offload buys on " + (hosts.size() == 1 ? hosts.get(0).getName() : hosts.size() + " hosts"));
		setMessage("Run it while the hosts carry traffic. Each host must run what the model says.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(body);
		Label what = new Label(body, SWT.WRAP);
		what.setText("For the seconds below each host runs its table without the offload rules' flow add: its"
				+ " flows take the slow path. Then the console restores the host's own table and samples as long again"
				+ " with offload active. If the console goes away, each host restores its table by itself within"
				+ " 2 \u00d7 seconds + 60 s.");
		GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(what);
		new Label(body, SWT.NONE).setText("&Seconds of each phase:");
		secondsField = new Spinner(body, SWT.BORDER);
		secondsField.setMinimum(OffloadEffect.MIN_SECONDS);
		secondsField.setMaximum(OffloadEffect.MAX_SECONDS);
		secondsField.setSelection(seconds);
		secondsField.setData("org.nftoffload.test.id", "measure.seconds");
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(secondsField);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Measure", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		seconds = secondsField.getSelection();
		super.okPressed();
	}
}

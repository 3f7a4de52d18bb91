package org.nftoffload.ui.internal.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Fleet > Modules...: what "make sure the flow-offload modules are there" may do on the selected
 * hosts. Loading modules the distribution installed is always allowed; building needs the kernel
 * headers and a compiler on the host; persisting writes one file under /etc/modules-load.d.
 */
public final class ModulesDialog extends TitleAreaDialog {

	private final int hosts;
	private boolean build;
	private boolean persist = true;

	public ModulesDialog(Shell parent, int hosts) {
		super(parent);
		this.hosts = hosts;
	}

	public boolean build() {
		return build;
	}

	public boolean persist() {
		return persist;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Flow-offload modules");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Make the flow-offload modules present on " + hosts + (hosts == 1 ? " host" : " hosts"));
		setMessage("nf_flow_table, nf_flow_table_inet and nft_flow_offload: loaded where the kernel has them, "
				+ "built from the kmod-nft-offload package where allowed below.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(body);
		Button buildButton = new Button(body, SWT.CHECK);
		buildButton.setText("&Build them on the host when they are missing");
		buildButton.setSelection(build);
		buildButton.setData("org.nftoffload.test.id", "modules.build");
		buildButton.addListener(SWT.Selection, e -> build = buildButton.getSelection());
		hint(body, "Uploads the kmod-nft-offload package; needs the kernel headers, make and gcc on the host.");
		Button persistButton = new Button(body, SWT.CHECK);
		persistButton.setText("&Load them at boot (/etc/modules-load.d/nft-offload.conf)");
		persistButton.setSelection(persist);
		persistButton.setData("org.nftoffload.test.id", "modules.persist");
		persistButton.addListener(SWT.Selection, e -> persist = persistButton.getSelection());
		hint(body, "Without it the modules are gone after a reboot and flowtables fail to load until the next run.");
		return area;
	}

	private static void hint(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).indent(24, 0).hint(480, SWT.DEFAULT).applyTo(label);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Run", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}

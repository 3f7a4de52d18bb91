package org.nftoffload.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;

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
import org.eclipse.swt.widgets.Text;

/**
 * Fleet > Credentials...: the secrets one host's connection can use, each for exactly what the
 * connection looks it up by: the SSH password of its login ({@code user@host:port} as ~/.ssh/config
 * resolves it), the jump host's password when it goes through one, its key file's passphrase.
 * Each row says whether something is stored and can delete it; fields left empty change nothing.
 * The texts are read once on OK and the fields cleared; nothing here is logged.
 */
public final class CredentialsDialog extends TitleAreaDialog {

	/** One secret the dialog offers. */
	public interface Secret {
		/** What the field is labelled with ("Password for ops@10.0.0.1:22"). */
		String label();

		/** Test id of the field; the Delete button's is this + "-delete". */
		String id();

		boolean stored();

		/** Deletes what is stored; the error's message is shown. */
		void delete() throws Exception;
	}

	private final String host;
	private final List<Secret> secrets;
	private final List<Text> fields = new ArrayList<>();
	private final List<char[]> typed = new ArrayList<>();

	public CredentialsDialog(Shell parent, String host, List<Secret> secrets) {
		super(parent);
		this.host = host;
		this.secrets = List.copyOf(secrets);
	}

	/** What was typed for each secret, in order (empty: keep what is stored). The caller clears the arrays. */
	public List<char[]> typed() {
		return typed;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Credentials for " + host);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("SSH credentials for " + host);
		setMessage("Kept in the console's encrypted secure storage, never in the fleet file or a log. "
				+ "Leave a field empty to keep what is stored.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(4).margins(12, 12).applyTo(body);
		for (Secret secret : secrets) {
			new Label(body, SWT.NONE).setText(secret.label() + ":");
			Text text = new Text(body, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
			text.setData("org.nftoffload.test.id", secret.id());
			GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(text);
			fields.add(text);
			Label state = new Label(body, SWT.NONE);
			state.setData("org.nftoffload.test.id", secret.id() + "-state");
			state.setText(secret.stored() ? "stored" : "none stored");
			Button delete = new Button(body, SWT.PUSH);
			delete.setText("&Delete");
			delete.setData("org.nftoffload.test.id", secret.id() + "-delete");
			delete.setEnabled(secret.stored());
			delete.addListener(SWT.Selection, event -> {
				try {
					secret.delete();
					state.setText("deleted");
					delete.setEnabled(false);
					setErrorMessage(null);
				} catch (Exception e) {
					setErrorMessage("Not deleted: " + e.getMessage());
				}
				state.getParent().layout();
			});
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Store", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void okPressed() {
		for (Text field : fields) {
			typed.add(field.getTextChars());
			field.setText("");
		}
		super.okPressed();
	}
}

package org.nftoffload.ui.internal.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Fleet > Credentials...: the SSH password of one host's user and, when the host names a key file,
 * that key's passphrase, for the secure storage. Fields left empty change nothing. The texts are
 * read once on OK and the fields cleared; nothing here is logged.
 */
public final class CredentialsDialog extends TitleAreaDialog {

	private final String host;
	private final String login;
	private final String identityFile;
	private Text passwordField;
	private Text passphraseField;
	private char[] password = new char[0];
	private char[] passphrase = new char[0];

	/**
	 * @param login {@code user@host} the password is for
	 * @param identityFile the host's key file, or {@code null} when it names none
	 */
	public CredentialsDialog(Shell parent, String host, String login, String identityFile) {
		super(parent);
		this.host = host;
		this.login = login;
		this.identityFile = identityFile;
	}

	/** The password typed (empty: keep what is stored). The caller clears the array after use. */
	public char[] password() {
		return password;
	}

	/** The key passphrase typed (empty: keep what is stored). The caller clears the array after use. */
	public char[] passphrase() {
		return passphrase;
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
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(body);
		passwordField = secret(body, "&Password for " + login + ":", "password");
		if (identityFile != null) {
			passphraseField = secret(body, "P&assphrase of " + identityFile + ":", "passphrase");
		}
		return area;
	}

	private static Text secret(Composite parent, String label, String id) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
		text.setData("org.nftoffload.test.id", id);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Store", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		password = passwordField.getTextChars();
		passwordField.setText("");
		if (passphraseField != null) {
			passphrase = passphraseField.getTextChars();
			passphraseField.setText("");
		}
		super.okPressed();
	}
}

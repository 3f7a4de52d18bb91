package org.nftoffload.ui.internal.dialogs;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.nftoffload.remote.SecretStorage;

/**
 * The master password of the console's own keyring, asked for where the desktop has no Secret
 * Service: chosen (typed twice) for a new keyring, typed once to unlock an existing one. Nothing
 * typed is kept after the dialog closes except the array handed to the storage.
 */
public final class MasterPasswordDialog extends TitleAreaDialog {

	private final Path keyring;
	private final boolean creating;
	private final String retry;
	private Text passwordField;
	private Text repeatField;
	private char[] password;

	public MasterPasswordDialog(Shell parent, Path keyring, boolean creating, String retry) {
		super(parent);
		this.keyring = keyring;
		this.creating = creating;
		this.retry = retry;
	}

	/** Asks on the UI thread of {@code display}, from any thread: the storage's {@link SecretStorage.MasterPassword}. */
	public static SecretStorage.MasterPassword asker(Display display) {
		return (keyring, creating, retry) -> {
			char[][] answer = new char[1][];
			Runnable ask = () -> {
				MasterPasswordDialog dialog = new MasterPasswordDialog(display.getActiveShell(), keyring, creating, retry);
				answer[0] = dialog.open() == OK ? dialog.password : null;
			};
			if (display.isDisposed()) {
				return null;
			}
			if (Display.getCurrent() == display) {
				ask.run();
			} else {
				display.syncExec(ask);
			}
			return answer[0];
		};
	}

	/** A readable width: the message (with the keyring's path) wraps instead of widening the dialog. */
	@Override
	protected org.eclipse.swt.graphics.Point getInitialSize() {
		return getShell().computeSize(640, SWT.DEFAULT, true);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(creating ? "Choose a Master Password" : "Master Password");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(creating ? "Choose the master password of the console's keyring" : "Unlock the console's keyring");
		if (retry != null) {
			setErrorMessage(retry);
		} else {
			setMessage("No Secret Service (desktop keyring) answers, so SSH passwords are kept in " + keyring
					+ ", encrypted with this password. It is not stored anywhere.");
		}
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(body);
		passwordField = field(body, "&Master password:", "master-password");
		if (creating) {
			repeatField = field(body, "&Repeat it:", "master-password-repeat");
		}
		return area;
	}

	private static Text field(Composite parent, String label, String id) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
		text.setData("org.nftoffload.test.id", id);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, creating ? "&Create" : "&Unlock", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		char[] typed = passwordField.getTextChars();
		if (typed.length == 0) {
			setErrorMessage("Type a master password.");
			return;
		}
		if (repeatField != null) {
			char[] repeated = repeatField.getTextChars();
			boolean same = Arrays.equals(typed, repeated);
			Arrays.fill(repeated, '\0');
			if (!same) {
				Arrays.fill(typed, '\0');
				setErrorMessage("The two passwords differ; type them again.");
				passwordField.setText("");
				repeatField.setText("");
				passwordField.setFocus();
				return;
			}
			repeatField.setText("");
		}
		passwordField.setText("");
		password = typed;
		super.okPressed();
	}
}

package org.nftoffload.ui.internal.dialogs;

import java.util.regex.Pattern;

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
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.ui.internal.HostFields;

/**
 * Fleet > Add Host...: name, address, SSH port and user. OK stays disabled, with the reason in the
 * message area, until the values can be used as they are (they end up in SSH connections).
 */
public final class AddHostDialog extends TitleAreaDialog {

	/** Host names: what a DNS label or an inventory name looks like; nothing a shell would interpret. */
	static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
	/** A DNS name, an IPv4 address or an IPv6 address (with optional brackets). */
	static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}|\\[?[0-9A-Fa-f:.]{2,45}\\]?");
	static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_.-]{0,31}");

	private final Fleet fleet;
	private Text name;
	private Text address;
	private Text port;
	private Text user;
	private Host result;

	public AddHostDialog(Shell parent, Fleet fleet) {
		super(parent);
		this.fleet = fleet;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Add Host");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Add a host to the fleet");
		setMessage("The console connects to the host over SSH with these details.");
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		name = field(form, "&Name:", "", "name");
		address = field(form, "&Address:", "", "address");
		port = field(form, "SSH &port:", "22", "port");
		user = field(form, "&User:", "root", "user");
		return area;
	}

	private Text field(Composite form, String label, String initial, String testId) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER | SWT.SINGLE);
		text.setText(initial);
		text.setData("org.nftoffload.test.id", testId);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	/** The first problem with the current input, or {@code null}. */
	String problem() {
		String n = name.getText().trim();
		if (n.isEmpty()) {
			return "Enter a name for the host.";
		}
		if (!NAME.matcher(n).matches()) {
			return "Name '" + n + "': use letters, digits, '.', '_' and '-' only (at most 63).";
		}
		if (fleet.getHosts().stream().anyMatch(h -> n.equals(h.getName()))) {
			return "The fleet already has a host named '" + n + "'.";
		}
		String a = address.getText().trim();
		if (a.isEmpty()) {
			return "Enter the host's address (DNS name or IP address).";
		}
		if (!ADDRESS.matcher(a).matches()) {
			return "Address '" + a + "' is not a DNS name or an IP address.";
		}
		String portProblem = HostFields.portProblem(port.getText());
		if (portProblem != null) {
			return portProblem;
		}
		String u = user.getText().trim();
		if (!USER.matcher(u).matches()) {
			return "User '" + u + "' is not a valid login name.";
		}
		return null;
	}

	private void validate() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String problem = problem();
		setErrorMessage(problem);
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	@Override
	protected void okPressed() {
		if (problem() != null) {
			return;
		}
		result = ModelFactory.eINSTANCE.createHost();
		result.setName(name.getText().trim());
		result.setAddress(address.getText().trim());
		result.setPort(HostFields.parsePort(port.getText()));
		result.setUser(user.getText().trim());
		super.okPressed();
	}

	/** The new host, after OK. */
	public Host host() {
		return result;
	}
}

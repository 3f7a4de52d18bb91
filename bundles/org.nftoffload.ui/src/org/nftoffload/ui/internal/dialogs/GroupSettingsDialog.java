package org.nftoffload.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.nftoffload.fleet.profiles.ProfileField;
import org.nftoffload.fleet.HostGroups;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadSettings;

/**
 * Fleet &gt; Group Settings...: the values a group gives the profile flowtables and sysctls of its
 * hosts, between the profile's defaults and what a host sets itself. An empty field or
 * "(profile's)" sets nothing: the members keep what their other groups or the profile give. OK is
 * one command that also brings every member (of the group and its subgroups) to the new values.
 */
public final class GroupSettingsDialog extends TitleAreaDialog {

	private static final String NOT_SET = "(not set: the profile's or another group's)";

	private final HostGroup group;
	private Text priority;
	private Combo offloadMode;
	private Combo counter;
	private Text tcpTimeout;
	private Text udpTimeout;
	private Map<ProfileField, Object> changes;

	public GroupSettingsDialog(Shell parent, HostGroup group) {
		super(parent);
		this.group = group;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Group Settings");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		int members = group.eContainer() instanceof org.nftoffload.model.Fleet fleet ? HostGroups.members(fleet, group).size()
				: group.getHosts().size();
		setTitle("Settings of group " + group.getName() + " (" + members + (members == 1 ? " host)" : " hosts)"));
		setMessage("What this group gives its hosts' profile flowtables and sysctls. A host's own value wins;"
				+ " an empty field leaves the profile's default (or another group's).");
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(10, 8).applyTo(form);
		OffloadSettings settings = group.getSettings();
		priority = text(form, "&Priority:", "group.priority", settings == null ? null : settings.getPriority());
		offloadMode = combo(form, "&Offload mode:", "group.offloadMode",
				List.of(NOT_SET, OffloadMode.NONE.getLiteral(), OffloadMode.SOFTWARE.getLiteral(),
						OffloadMode.HARDWARE.getLiteral()),
				settings == null || !settings.isSetOffloadMode() ? NOT_SET : settings.getOffloadMode().getLiteral());
		counter = combo(form, "&Counter:", "group.counter", List.of(NOT_SET, "on", "off"),
				settings == null || settings.getCounter() == null ? NOT_SET : settings.getCounter() ? "on" : "off");
		tcpTimeout = text(form, "&TCP flow timeout (s):", "group.tcpTimeout",
				settings == null ? null : settings.getFlowtableTcpTimeout());
		udpTimeout = text(form, "&UDP flow timeout (s):", "group.udpTimeout",
				settings == null ? null : settings.getFlowtableUdpTimeout());
		return area;
	}

	private Text text(Composite form, String label, String testId, Integer value) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER | SWT.SINGLE);
		text.setText(value == null ? "" : value.toString());
		text.setMessage("not set");
		text.setData("org.nftoffload.test.id", testId);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> validate());
		return text;
	}

	private Combo combo(Composite form, String label, String testId, List<String> items, String value) {
		new Label(form, SWT.NONE).setText(label);
		Combo combo = new Combo(form, SWT.READ_ONLY);
		items.forEach(combo::add);
		combo.select(items.indexOf(value));
		combo.setData("org.nftoffload.test.id", testId);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return combo;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	/** The first problem with what is typed, or null. */
	String problem() {
		List<String> problems = new ArrayList<>();
		number(priority, "Priority", -1000, 1000, problems);
		number(tcpTimeout, "TCP flow timeout", 1, 86_400 * 7, problems);
		number(udpTimeout, "UDP flow timeout", 1, 86_400 * 7, problems);
		return problems.isEmpty() ? null : problems.get(0);
	}

	private static Integer number(Text text, String what, int min, int max, List<String> problems) {
		String typed = text.getText().trim();
		if (typed.isEmpty()) {
			return null;
		}
		try {
			int value = Integer.parseInt(typed);
			if (value < min || value > max) {
				problems.add(what + " " + value + " is out of range: " + min + " to " + max + ".");
				return null;
			}
			return value;
		} catch (NumberFormatException e) {
			problems.add(what + " '" + typed + "' is not a whole number: type one, or leave it empty to set nothing.");
			return null;
		}
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
		List<String> ignored = new ArrayList<>();
		Map<ProfileField, Object> values = new HashMap<>();
		values.put(ProfileField.PRIORITY, number(priority, "", Integer.MIN_VALUE, Integer.MAX_VALUE, ignored));
		values.put(ProfileField.OFFLOAD_MODE, offloadMode.getSelectionIndex() <= 0 ? null
				: OffloadMode.get(offloadMode.getText()));
		values.put(ProfileField.COUNTER, counter.getSelectionIndex() <= 0 ? null : "on".equals(counter.getText()));
		values.put(ProfileField.TCP_TIMEOUT, number(tcpTimeout, "", Integer.MIN_VALUE, Integer.MAX_VALUE, ignored));
		values.put(ProfileField.UDP_TIMEOUT, number(udpTimeout, "", Integer.MIN_VALUE, Integer.MAX_VALUE, ignored));
		changes = new HashMap<>();
		OffloadSettings settings = group.getSettings();
		values.forEach((field, value) -> {
			Object now = settings == null || !settings.eIsSet(field.groupAttribute()) ? null
					: settings.eGet(field.groupAttribute());
			if (!Objects.equals(now, value)) {
				changes.put(field, value);
			}
		});
		super.okPressed();
	}

	/** The fields that change (null: unset), after OK. */
	public Map<ProfileField, Object> changes() {
		return changes;
	}
}

package org.nftoffload.ui.internal.dialogs;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.ui.internal.dialogs.ApplyProfileWizard.TargetKind;

/** The wizard's first page: which profile, and to a group, the hosts with a tag, or the selected hosts. */
final class ApplyProfileTargetPage extends WizardPage {

	private final ApplyProfileWizard wizard;
	private Label hostsLine;

	ApplyProfileTargetPage(ApplyProfileWizard wizard) {
		super("target");
		this.wizard = wizard;
		setTitle("Apply a profile");
		setDescription("Choose the profile and the hosts it replaces the flowtables and rules of.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(10, 8).applyTo(page);

		new Label(page, SWT.NONE).setText("&Profile:");
		Combo profile = new Combo(page, SWT.READ_ONLY);
		profile.setData("org.nftoffload.test.id", "applyProfile.profile");
		List<FlowtableProfile> profiles = new java.util.ArrayList<>(wizard.fleet().getProfiles());
		profiles.forEach(p -> profile.add(p.getName() + (p.getDescription() == null ? "" : " — " + p.getDescription())));
		profile.select(profiles.indexOf(wizard.profile));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(profile);
		profile.addListener(SWT.Selection, e -> {
			wizard.profile = profile.getSelectionIndex() < 0 ? null : profiles.get(profile.getSelectionIndex());
			update();
		});

		Label to = new Label(page, SWT.NONE);
		to.setText("Apply to:");
		GridDataFactory.swtDefaults().span(2, 1).applyTo(to);

		List<HostGroup> groups = new java.util.ArrayList<>(wizard.fleet().getGroups());
		Button byGroup = radio(page, "&Group:", "applyProfile.target.group", TargetKind.GROUP, !groups.isEmpty());
		Combo group = new Combo(page, SWT.READ_ONLY);
		group.setData("org.nftoffload.test.id", "applyProfile.group");
		groups.forEach(g -> group.add(g.getName() + " (" + org.nftoffload.fleet.HostGroups.members(wizard.fleet(), g).size()
				+ " hosts" + (g.getAppliedProfile() == null ? "" : ", profile " + g.getAppliedProfile().getName()) + ")"));
		group.select(groups.indexOf(wizard.group));
		group.setEnabled(!groups.isEmpty());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		group.addListener(SWT.Selection, e -> {
			wizard.group = groups.get(group.getSelectionIndex());
			wizard.kind = TargetKind.GROUP;
			byGroup.setSelection(true);
			update();
		});

		List<String> tags = new java.util.ArrayList<>(wizard.tags());
		radio(page, "&Tag:", "applyProfile.target.tag", TargetKind.TAG, !tags.isEmpty());
		Combo tag = new Combo(page, SWT.READ_ONLY);
		tag.setData("org.nftoffload.test.id", "applyProfile.tag");
		tags.forEach(tag::add);
		tag.select(tags.indexOf(wizard.tag));
		tag.setEnabled(!tags.isEmpty());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(tag);
		tag.addListener(SWT.Selection, e -> {
			wizard.tag = tags.get(tag.getSelectionIndex());
			wizard.kind = TargetKind.TAG;
			update();
		});

		Button bySelection = radio(page, "&Selected hosts (" + wizard.selection.size() + ")", "applyProfile.target.selection",
				TargetKind.SELECTION, !wizard.selection.isEmpty());
		GridDataFactory.swtDefaults().span(2, 1).applyTo(bySelection);

		hostsLine = new Label(page, SWT.WRAP);
		hostsLine.setData("org.nftoffload.test.id", "applyProfile.hosts");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(600, SWT.DEFAULT).indent(0, 8).applyTo(hostsLine);

		Label note = new Label(page, SWT.WRAP);
		note.setText("The hosts' flowtables and rules are replaced by the profile's; values a host set itself on a"
				+ " profile flowtable are kept. Applied to a group, the group keeps the profile and gives it to hosts"
				+ " that join it later. Nothing is sent to a host until Fleet > Apply.");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(600, SWT.DEFAULT).applyTo(note);
		setControl(page);
		update();
	}

	private Button radio(Composite page, String text, String testId, TargetKind kind, boolean enabled) {
		Button button = new Button(page, SWT.RADIO);
		button.setText(text);
		button.setData("org.nftoffload.test.id", testId);
		button.setSelection(wizard.kind == kind);
		button.setEnabled(enabled);
		button.addListener(SWT.Selection, e -> {
			if (button.getSelection()) {
				wizard.kind = kind;
				update();
			}
		});
		return button;
	}

	private void update() {
		List<Host> hosts = wizard.hosts();
		String names = String.join(", ", hosts.stream().limit(12).map(Host::getName).toList())
				+ (hosts.size() > 12 ? ", … (" + hosts.size() + " in all)" : "");
		hostsLine.setText(hosts.isEmpty() ? "No hosts." : "Hosts: " + names);
		if (wizard.profile == null) {
			setErrorMessage(wizard.fleet().getProfiles().isEmpty() ? "The fleet has no profile: create one first."
					: "Choose a profile.");
		} else if (hosts.isEmpty()) {
			setErrorMessage("The " + wizard.targetText() + " has no hosts: choose another target.");
		} else {
			setErrorMessage(null);
		}
		setPageComplete(wizard.profile != null && !hosts.isEmpty());
		if (getContainer().getCurrentPage() != null) {
			getContainer().updateButtons();
		}
		hostsLine.getParent().layout(true);
	}
}

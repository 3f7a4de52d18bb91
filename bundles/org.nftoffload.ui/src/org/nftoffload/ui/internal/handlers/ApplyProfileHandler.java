package org.nftoffload.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.NavigatorNodes;
import org.nftoffload.ui.internal.dialogs.ApplyProfileWizard;

import jakarta.inject.Named;

/**
 * Fleet &gt; Apply Profile...: opens the wizard for what is selected: a group (its members), a tag
 * (its hosts), hosts, or a profile (to pick the hosts for). The model changes in one undoable
 * step; the routers only with Fleet &gt; Apply.
 */
public final class ApplyProfileHandler {

	@CanExecute
	boolean canExecute(FleetDocument document) {
		Fleet fleet = document.fleet();
		return !fleet.getProfiles().isEmpty() && !fleet.getHosts().isEmpty();
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document) {
		List<EObject> selected = Selections.objects(selection);
		HostGroup group = selected.stream().filter(HostGroup.class::isInstance).map(HostGroup.class::cast).findFirst()
				.orElse(null);
		FlowtableProfile profile = selected.stream().filter(FlowtableProfile.class::isInstance)
				.map(FlowtableProfile.class::cast).findFirst().orElse(null);
		List<Host> hosts = Selections.hosts(selection);
		ApplyProfileWizard wizard = new ApplyProfileWizard(document, hosts, group, profile);
		NavigatorNodes.elements(selection).stream().filter(NavigatorNodes.Tag.class::isInstance)
				.map(NavigatorNodes.Tag.class::cast).findFirst().ifPresent(tag -> wizard.targetTag(tag.name()));
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(760, 420);
		dialog.open();
	}
}

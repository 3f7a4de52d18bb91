package org.nftoffload.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Shell;
import org.nftoffload.fleet.edit.ModelTexts;
import org.nftoffload.fleet.edit.WhereUsed;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.dialogs.WhereUsedDialog;

import jakarta.inject.Named;

/** Edit > Find Where Used (Ctrl+Shift+G): what refers to the selected interface, flowtable, host or profile. */
public final class WhereUsedHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return target(selection) != null;
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, FleetDocument document,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EPartService parts) {
		EObject target = target(selection);
		if (target == null) {
			return;
		}
		Host host = org.nftoffload.fleet.edit.FleetCopies.hostOf(target);
		String what = WhereUsed.kind(target) + " " + name(target) + (host != null && host != target ? " on " + host.getName() : "");
		new WhereUsedDialog(shell, what, WhereUsed.of(target, document.fleet()), users -> Navigator.reveal(parts, users))
				.open();
	}

	private static String name(EObject target) {
		return switch (target) {
		case NetworkInterface device -> ModelTexts.nonEmpty(device.getName(), "(unnamed)");
		case Flowtable flowtable -> ModelTexts.nonEmpty(flowtable.getName(), "(unnamed)");
		case FlowtableTemplate template -> ModelTexts.nonEmpty(template.getName(), "(unnamed)");
		case Host h -> ModelTexts.nonEmpty(h.getName(), "(unnamed)");
		case FlowtableProfile profile -> ModelTexts.nonEmpty(profile.getName(), "(unnamed)");
		default -> ModelTexts.label(target);
		};
	}

	/** One interface, flowtable (or template), host or profile selected. */
	static EObject target(Object selection) {
		List<EObject> objects = Selections.objects(selection);
		if (objects.size() != 1) {
			return null;
		}
		EObject object = objects.get(0);
		return object instanceof NetworkInterface || object instanceof Flowtable || object instanceof FlowtableTemplate
				|| object instanceof Host || object instanceof FlowtableProfile ? object : null;
	}
}

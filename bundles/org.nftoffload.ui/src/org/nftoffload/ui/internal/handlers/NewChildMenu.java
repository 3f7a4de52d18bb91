package org.nftoffload.ui.internal.handlers;

import java.util.Collection;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.CommandParameter;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.ui.internal.FleetDocument;
import org.nftoffload.ui.internal.NavigatorNodes;

import jakarta.inject.Named;

/**
 * The navigator's New submenu: one item per new-child descriptor that the selected object's item
 * provider offers (EMF.Edit's {@code getNewChildDescriptors}), limited to the category when a
 * category row is selected. What only a probe or an import writes (modules, live tables) is left out.
 */
public final class NewChildMenu {

	static final String OWNER_KEY = "org.nftoffload.ui.newChild.owner";
	static final String DESCRIPTOR_KEY = "org.nftoffload.ui.newChild.descriptor";
	private static final ModelPackage P = ModelPackage.eINSTANCE;

	@AboutToShow
	void aboutToShow(List<MMenuElement> items, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			FleetDocument document) {
		List<?> elements = NavigatorNodes.elements(selection);
		Object element = elements.size() == 1 ? elements.get(0) : elements.isEmpty() ? document.fleet() : null;
		EObject owner = NavigatorNodes.modelObject(element);
		EReference only = element instanceof NavigatorNodes.Category category ? category.feature() : null;
		if (owner == null || owner instanceof ObservedTable || owner.eContainer() instanceof ObservedTable) {
			items.add(none("(select one object to add to)"));
			return;
		}
		Collection<?> descriptors = document.domain().getNewChildDescriptors(owner, null);
		for (Object descriptor : descriptors) {
			if (!(descriptor instanceof CommandParameter parameter)
					|| !(parameter.getEStructuralFeature() instanceof EReference feature)) {
				continue;
			}
			if ((only != null && feature != only)
					|| (feature == P.getHostGroup_Settings() && ((org.nftoffload.model.HostGroup) owner).getSettings() != null)
					|| (feature == P.getFlowtableProfile_Sysctls() && ((org.nftoffload.model.FlowtableProfile) owner).getSysctls() != null) || feature == P.getHost_Modules() || feature == P.getHost_ObservedTables()
					|| feature == P.getHost_ObservedSysctls()
					|| (feature == P.getHost_Sysctls() && owner instanceof Host host && host.getSysctls() != null)) {
				continue;
			}
			MDirectMenuItem item = MMenuFactory.INSTANCE.createDirectMenuItem();
			String label = labelOf(parameter.getEValue().eClass().getClassifierID());
			item.setLabel("&" + label);
			item.setElementId("org.nftoffload.ui.newChild." + parameter.getEValue().eClass().getName());
			item.setTooltip("A new " + label.toLowerCase() + " in " + org.nftoffload.fleet.edit.ModelTexts.nonEmpty(
					org.nftoffload.fleet.edit.ModelTexts.label(owner), "this object"));
			item.setIconURI("platform:/plugin/org.nftoffload.ui/icons/" + iconOf(parameter.getEValue().eClass().getClassifierID())
					+ ".png");
			item.getTransientData().put(OWNER_KEY, owner);
			item.getTransientData().put(DESCRIPTOR_KEY, parameter);
			item.setContributionURI("bundleclass://org.nftoffload.ui/" + NewChildHandler.class.getName());
			items.add(item);
		}
		if (items.isEmpty()) {
			items.add(none("(nothing can be added here)"));
		}
	}

	private static MDirectMenuItem none(String label) {
		MDirectMenuItem none = MMenuFactory.INSTANCE.createDirectMenuItem();
		none.setLabel(label);
		none.setEnabled(false);
		none.setContributionURI("bundleclass://org.nftoffload.ui/" + NewChildHandler.class.getName());
		return none;
	}

	static String labelOf(int classifier) {
		return switch (classifier) {
		case ModelPackage.HOST_GROUP -> "Group";
		case ModelPackage.HOST -> "Host";
		case ModelPackage.FLOWTABLE_PROFILE -> "Profile";
		case ModelPackage.NETWORK_INTERFACE -> "Interface";
		case ModelPackage.FLOWTABLE -> "Flowtable";
		case ModelPackage.OFFLOAD_RULE -> "Offload Rule";
		case ModelPackage.SYSCTL_SETTINGS -> "Sysctls";
		case ModelPackage.ROLE_BINDING -> "Role Binding";
		case ModelPackage.FLOWTABLE_TEMPLATE -> "Flowtable Template";
		case ModelPackage.RULE_TEMPLATE -> "Rule Template";
		case ModelPackage.OFFLOAD_SETTINGS -> "Settings";
		default -> "Object";
		};
	}

	private static String iconOf(int classifier) {
		return switch (classifier) {
		case ModelPackage.HOST_GROUP -> "group";
		case ModelPackage.HOST -> "host";
		case ModelPackage.FLOWTABLE_PROFILE -> "profile";
		case ModelPackage.NETWORK_INTERFACE -> "interface";
		case ModelPackage.FLOWTABLE -> "flowtable";
		case ModelPackage.OFFLOAD_RULE -> "rule";
		case ModelPackage.SYSCTL_SETTINGS -> "sysctl";
		case ModelPackage.ROLE_BINDING -> "role";
		case ModelPackage.FLOWTABLE_TEMPLATE -> "flowtable-template";
		case ModelPackage.RULE_TEMPLATE -> "rule-template";
		case ModelPackage.OFFLOAD_SETTINGS -> "sysctl";
		default -> "folder";
		};
	}
}

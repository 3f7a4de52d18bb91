package org.nftoffload.ui.internal.handlers;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.model.RoleBinding;
import org.nftoffload.model.RuleTemplate;
import org.nftoffload.ui.internal.FleetDocument;

/**
 * One item of the navigator's New submenu: creates the child the item provider described, with a
 * name no sibling has yet and the defaults an engineer would pick (a rule offloads tcp and udp into
 * the host's only flowtable), as one undoable {@link CreateChildCommand}, and selects it.
 */
public final class NewChildHandler {

	@CanExecute
	boolean canExecute(MDirectMenuItem item) {
		return item.getTransientData().get(NewChildMenu.DESCRIPTOR_KEY) != null;
	}

	@Execute
	void execute(MDirectMenuItem item, FleetDocument document, EPartService parts) {
		EObject owner = (EObject) item.getTransientData().get(NewChildMenu.OWNER_KEY);
		CommandParameter descriptor = (CommandParameter) item.getTransientData().get(NewChildMenu.DESCRIPTOR_KEY);
		if (owner == null || descriptor == null || owner.eResource() == null) {
			return;
		}
		EObject child = descriptor.getEValue();
		if (child.eContainer() != null) {
			return; // this item was used already: its menu is rebuilt each time it is shown
		}
		withDefaults(owner, child);
		Command create = CreateChildCommand.create(document.domain(), owner, descriptor, List.of(owner));
		if (create.canExecute()) {
			document.commandStack().execute(create);
			Navigator.reveal(parts, List.of(child));
		}
	}

	/** Names that are free among the new object's siblings, and sensible defaults. */
	static void withDefaults(EObject owner, EObject child) {
		switch (child) {
		case Host host when owner instanceof Fleet fleet -> host
				.setName(numbered("host", fleet.getHosts().stream().map(Host::getName)));
		case HostGroup group when owner instanceof Fleet fleet -> group
				.setName(numbered("group", fleet.getGroups().stream().map(HostGroup::getName)));
		case FlowtableProfile profile when owner instanceof Fleet fleet -> profile
				.setName(numbered("profile", fleet.getProfiles().stream().map(FlowtableProfile::getName)));
		case NetworkInterface device when owner instanceof Host host -> device
				.setName(numbered("eth", host.getInterfaces().stream().map(NetworkInterface::getName), 0));
		case Flowtable flowtable when owner instanceof Host host -> flowtable
				.setName(firstFree("ft", host.getFlowtables().stream().map(Flowtable::getName).toList()));
		case FlowtableTemplate template when owner instanceof FlowtableProfile profile -> template
				.setName(firstFree("ft", profile.getFlowtables().stream().map(FlowtableTemplate::getName).toList()));
		case OffloadRule rule when owner instanceof Host host -> {
			rule.getProtocols().addAll(List.of(Protocol.TCP, Protocol.UDP));
			if (host.getFlowtables().size() == 1) {
				rule.setFlowtable(host.getFlowtables().get(0));
			}
		}
		case RuleTemplate rule when owner instanceof FlowtableProfile profile -> {
			rule.getProtocols().addAll(List.of(Protocol.TCP, Protocol.UDP));
			if (profile.getFlowtables().size() == 1) {
				rule.setFlowtable(profile.getFlowtables().get(0));
			}
		}
		case RoleBinding binding when owner instanceof Host host -> binding
				.setRole(numbered("role", host.getRoleBindings().stream().map(RoleBinding::getRole)));
		default -> {
		}
		}
	}

	/** {@code base} when free, else base2, base3, ... (the nft habit: ft, ft2). */
	private static String firstFree(String base, List<String> taken) {
		return taken.contains(base) ? numbered(base, taken.stream(), 2) : base;
	}

	private static String numbered(String base, Stream<String> taken) {
		return numbered(base, taken, 1);
	}

	/** {@code base} followed by the first number from {@code first} on that no sibling has: host1, eth0. */
	private static String numbered(String base, Stream<String> taken, int first) {
		java.util.Set<String> names = taken.collect(java.util.stream.Collectors.toSet());
		int n = first;
		while (names.contains(base + n)) {
			n++;
		}
		return base + n;
	}
}

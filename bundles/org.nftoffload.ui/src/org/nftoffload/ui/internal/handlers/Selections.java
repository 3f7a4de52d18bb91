package org.nftoffload.ui.internal.handlers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nftoffload.fleet.HostGroups;
import org.nftoffload.fleet.edit.FleetCopies;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.ui.internal.NavigatorNodes;
import org.nftoffload.ui.internal.NavigatorNodes.Category;
import org.nftoffload.ui.internal.NavigatorNodes.Member;
import org.nftoffload.ui.internal.NavigatorNodes.Tag;

/**
 * The active selection as the handlers need it. A part posts one element or a list (the
 * navigator, and any other part that feeds the handlers the same way, e.g. a table of hosts), where
 * an element is a model object, a {@link NavigatorNodes} row (a group member counts as its host) or
 * a {@link Tag}.
 */
final class Selections {

	private Selections() {
	}

	static List<EObject> objects(Object selection) {
		return NavigatorNodes.objects(selection);
	}

	static List<Host> hosts(Object selection) {
		return objects(selection).stream().filter(Host.class::isInstance).map(Host.class::cast).toList();
	}

	/**
	 * The hosts an operation (Probe, Modules, Apply, Rollback, Watch Statistics, Edit Selected)
	 * targets, each once. The one place that turns a selection into hosts:
	 * <ul>
	 * <li>the fleet: every host;</li>
	 * <li>a host, or a host under a group: that host;</li>
	 * <li>a group: its members, those of its subgroups included ({@link HostGroups#members}, as the
	 * command line's {@code --group});</li>
	 * <li>a tag: the hosts that carry it (as {@code --tag});</li>
	 * <li>anything of a host (a flowtable, interface, rule, its sysctls, a folder under it): that
	 * host.</li>
	 * </ul>
	 * Hosts picked one by one come first, in the order picked (the first is a rollout's canary), then
	 * the members of groups and tags in the fleet's order, as {@code HostSelection} orders them.
	 * Hosts no longer in {@code fleet} are left out.
	 */
	static List<Host> targetHosts(Object selection, Fleet fleet) {
		Set<Host> picked = new LinkedHashSet<>();
		Set<Host> members = new java.util.HashSet<>();
		for (Object element : NavigatorNodes.elements(selection)) {
			switch (element) {
			case Fleet f when f == fleet -> {
				return List.copyOf(fleet.getHosts());
			}
			case HostGroup group -> members.addAll(HostGroups.members(fleet, group));
			case Tag tag -> members.addAll(tag.hosts());
			case Member member -> picked.add(member.host());
			case Category category -> addHostOf(picked, category.owner());
			case EObject object -> addHostOf(picked, object);
			case null, default -> {
				// a folder of tags or anything else that stands for no host
			}
			}
		}
		List<Host> hosts = new ArrayList<>(picked.size() + members.size());
		for (Host host : picked) {
			if (EcoreUtil.isAncestor(fleet, host)) {
				hosts.add(host);
			}
		}
		if (!members.isEmpty()) {
			fleet.getHosts().stream().filter(h -> members.contains(h) && !picked.contains(h)).forEach(hosts::add);
		}
		return hosts;
	}

	/**
	 * Whether {@link #targetHosts} would find any host, answered without collecting them: handlers'
	 * {@code @CanExecute} asks this on every selection change, also with the whole of a large fleet
	 * selected.
	 */
	static boolean hasTargetHosts(Object selection, Fleet fleet) {
		for (Object element : NavigatorNodes.elements(selection)) {
			boolean some = switch (element) {
			case Fleet f when f == fleet -> !fleet.getHosts().isEmpty();
			case HostGroup group -> HostGroups.withDescendants(group).stream().anyMatch(g -> !g.getHosts().isEmpty());
			case Tag tag -> fleet.getHosts().stream().anyMatch(h -> h.getTags().contains(tag.name()));
			case Member member -> true;
			case Category category -> FleetCopies.hostOf(category.owner()) != null;
			case EObject object -> FleetCopies.hostOf(object) != null;
			case null, default -> false;
			};
			if (some) {
				return true;
			}
		}
		return false;
	}

	private static void addHostOf(Set<Host> hosts, EObject object) {
		Host host = FleetCopies.hostOf(object);
		if (host != null) {
			hosts.add(host);
		}
	}

	/**
	 * The selected flowtables when the selection is flowtables of hosts and nothing else (Edit
	 * Selected... then edits those, not every flowtable of their hosts); empty otherwise. Live
	 * tables' flowtables are read only and do not count.
	 */
	static List<Flowtable> ownFlowtables(Object selection) {
		List<?> elements = NavigatorNodes.elements(selection);
		List<Flowtable> flowtables = new ArrayList<>(elements.size());
		for (Object element : elements) {
			if (!(element instanceof Flowtable flowtable) || !(flowtable.eContainer() instanceof Host)) {
				return List.of();
			}
			flowtables.add(flowtable);
		}
		return flowtables;
	}

	/** Deletable: anything in the fleet but the fleet itself (group members are handled by {@link DeleteHandler}). */
	static List<EObject> deletable(Object selection) {
		return NavigatorNodes.elements(selection).stream().filter(EObject.class::isInstance).map(EObject.class::cast)
				.filter(o -> !(o instanceof Fleet) && o.eContainer() != null).toList();
	}
}

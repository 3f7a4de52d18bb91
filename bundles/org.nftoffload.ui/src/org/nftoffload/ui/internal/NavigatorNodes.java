package org.nftoffload.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelPackage;

/**
 * The navigator's rows that are not model objects themselves: folder-like categories under a host or
 * profile ("Interfaces (3)") and a group's members (a host shown under a group it belongs to; the
 * same host is also a row under the fleet, and a tree needs one element per row). Handlers and parts
 * get these in the selection and turn them into model objects with {@link #modelObject(Object)}; the
 * fleet's tags ({@link Tags}, {@link Tag}) are rows of their own, for choosing the hosts with a tag.
 */
public final class NavigatorNodes {

	private static final ModelPackage P = ModelPackage.eINSTANCE;

	/** The objects of {@code owner}'s {@code feature}, under a folder-like row. */
	public record Category(EObject owner, EReference feature) {
		public List<?> children() {
			return (List<?>) owner.eGet(feature);
		}

		public String title() {
			return titleOf(feature);
		}
	}

	/** {@code host} as a member of {@code group}: Delete removes the membership, not the host. */
	public record Member(HostGroup group, Host host) {
	}

	/**
	 * The fleet's tags, a folder-like row under the fleet (shown when any host has a tag): selecting
	 * a tag below it makes the hosts that carry it the target of Probe, Apply and the others.
	 */
	public record Tags(Fleet fleet) {
		/** Every tag of the fleet's hosts, by name. */
		public List<Tag> children() {
			Set<String> names = new TreeSet<>();
			fleet.getHosts().forEach(h -> names.addAll(h.getTags()));
			return names.stream().map(name -> new Tag(fleet, name)).toList();
		}

		/** Whether the row is shown: some host has a tag. */
		public static boolean shown(Fleet fleet) {
			return fleet.getHosts().stream().anyMatch(h -> !h.getTags().isEmpty());
		}
	}

	/** A tag of the fleet as a row below {@link Tags}: stands for the hosts that carry it. */
	public record Tag(Fleet fleet, String name) {
		/** The hosts with this tag, in the fleet's order. */
		public List<Host> hosts() {
			return fleet.getHosts().stream().filter(h -> h.getTags().contains(name)).toList();
		}
	}

	private NavigatorNodes() {
	}

	/** The categories a host and a profile show, in the order engineers look for them. */
	public static List<EReference> categoriesOf(EObject owner) {
		if (owner instanceof Host) {
			return List.of(P.getHost_Interfaces(), P.getHost_Flowtables(), P.getHost_Rules(), P.getHost_RoleBindings(),
					P.getHost_ObservedTables(), P.getHost_ObservedSysctls(), P.getHost_Modules());
		}
		if (owner instanceof FlowtableProfile) {
			return List.of(P.getFlowtableProfile_Flowtables(), P.getFlowtableProfile_Rules());
		}
		return List.of();
	}

	/** Categories shown even when empty: where a New child goes is then visible. */
	public static boolean shownWhenEmpty(EReference feature) {
		return feature == P.getHost_Interfaces() || feature == P.getHost_Flowtables() || feature == P.getHost_Rules()
				|| feature == P.getFlowtableProfile_Flowtables() || feature == P.getFlowtableProfile_Rules();
	}

	static String titleOf(EReference feature) {
		if (feature == P.getHost_Interfaces()) {
			return "Interfaces";
		} else if (feature == P.getHost_Flowtables()) {
			return "Flowtables";
		} else if (feature == P.getHost_Rules()) {
			return "Rules";
		} else if (feature == P.getHost_RoleBindings()) {
			return "Role bindings";
		} else if (feature == P.getHost_ObservedTables()) {
			return "Live tables";
		} else if (feature == P.getHost_ObservedSysctls()) {
			return "Sysctls as probed";
		} else if (feature == P.getHost_Modules()) {
			return "Modules";
		} else if (feature == P.getFlowtableProfile_Flowtables()) {
			return "Flowtable templates";
		} else if (feature == P.getFlowtableProfile_Rules()) {
			return "Rule templates";
		}
		return feature.getName();
	}

	/** The model object a row stands for: itself, a member's host, a category's owner; null for anything else. */
	public static EObject modelObject(Object element) {
		return switch (element) {
		case EObject object -> object;
		case Member member -> member.host();
		case Category category -> category.owner();
		case null, default -> null;
		};
	}

	/**
	 * The model objects a selection (one element or a list, as the navigator posts it) stands for:
	 * members as their hosts; categories are left out (a category is not an object to act on).
	 */
	public static List<EObject> objects(Object selection) {
		List<?> elements = selection instanceof List<?> list ? list : selection == null ? List.of() : List.of(selection);
		Set<EObject> objects = new LinkedHashSet<>();
		for (Object element : elements) {
			EObject object = element instanceof Category ? null : modelObject(element);
			if (object != null) {
				objects.add(object);
			}
		}
		return new ArrayList<>(objects);
	}

	/** The selection's raw elements (a single element or a list). */
	public static List<?> elements(Object selection) {
		return selection instanceof List<?> list ? list : selection == null ? List.of() : List.of(selection);
	}
}

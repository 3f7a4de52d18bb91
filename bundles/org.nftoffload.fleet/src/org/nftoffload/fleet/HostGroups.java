package org.nftoffload.fleet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;

/**
 * Group membership as Ansible means it: a group's hosts are its own and those of its subgroups
 * (its {@code :children}), at any depth; a host belongs to the groups that list it and to every
 * group above those. Cycles (a group that is its own descendant) are cut, not followed forever.
 */
public final class HostGroups {

	private HostGroups() {
	}

	/** The group of {@code fleet} named {@code name}, or null. */
	public static HostGroup named(Fleet fleet, String name) {
		for (HostGroup group : fleet.getGroups()) {
			if (name.equals(group.getName())) {
				return group;
			}
		}
		return null;
	}

	/** The group's direct subgroups. */
	public static List<HostGroup> subgroups(HostGroup group) {
		return group.getSubgroups();
	}

	/** {@code group} and every group below it, each once, the group itself first. */
	public static Set<HostGroup> withDescendants(HostGroup group) {
		Set<HostGroup> seen = new LinkedHashSet<>();
		List<HostGroup> next = new ArrayList<>(List.of(group));
		while (!next.isEmpty()) {
			HostGroup current = next.remove(0);
			if (seen.add(current)) {
				next.addAll(subgroups(current));
			}
		}
		return seen;
	}

	/** The hosts of {@code group} and of its subgroups, each once, in the fleet's order. */
	public static List<Host> members(Fleet fleet, HostGroup group) {
		Set<Host> members = new LinkedHashSet<>();
		for (HostGroup g : withDescendants(group)) {
			members.addAll(g.getHosts());
		}
		return fleet.getHosts().stream().filter(members::contains).toList();
	}

	/**
	 * The groups {@code host} belongs to, directly or through a subgroup, in the fleet's order of
	 * groups.
	 */
	public static List<HostGroup> groupsOf(Fleet fleet, Host host) {
		List<HostGroup> groups = new ArrayList<>();
		for (HostGroup group : fleet.getGroups()) {
			if (withDescendants(group).stream().anyMatch(g -> g.getHosts().contains(host))) {
				groups.add(group);
			}
		}
		return groups;
	}
}

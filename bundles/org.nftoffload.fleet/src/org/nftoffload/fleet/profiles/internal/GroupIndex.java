package org.nftoffload.fleet.profiles.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nftoffload.fleet.HostGroups;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;

/**
 * Who belongs to which group, read once from a fleet so that resolving the values of a thousand
 * hosts costs one pass over the groups, not one per host. A group's hosts are its own and those of
 * its subgroups at any depth (Ansible's {@code :children}); cycles are cut.
 * <p>
 * A snapshot: build a new one after membership changes.
 */
public final class GroupIndex {

	/** A group a host belongs to, {@code distance} 0 when the group lists the host itself. */
	public record Membership(HostGroup group, int distance) {
	}

	private final Map<HostGroup, Integer> order = new IdentityHashMap<>();
	private final Map<Host, List<HostGroup>> direct = new IdentityHashMap<>();
	private final Map<HostGroup, List<HostGroup>> parents = new IdentityHashMap<>();

	public GroupIndex(Fleet fleet) {
		if (fleet == null) {
			return;
		}
		List<HostGroup> groups = fleet.getGroups();
		for (int i = 0; i < groups.size(); i++) {
			HostGroup group = groups.get(i);
			order.put(group, i);
			for (Host host : group.getHosts()) {
				direct.computeIfAbsent(host, h -> new ArrayList<>(2)).add(group);
			}
			for (HostGroup subgroup : group.getSubgroups()) {
				parents.computeIfAbsent(subgroup, g -> new ArrayList<>(2)).add(group);
			}
		}
	}

	/**
	 * The groups of the fleet {@code host} belongs to, nearest first: the groups that list it
	 * (distance 0), then the groups that have those as subgroups (1), and so on; at equal distance
	 * in the fleet's order of groups. Each group appears once, at its shortest distance.
	 */
	public List<Membership> groupsOf(Host host) {
		List<HostGroup> first = direct.get(host);
		if (first == null) {
			return List.of();
		}
		Map<HostGroup, Integer> distance = new HashMap<>();
		Deque<HostGroup> queue = new ArrayDeque<>();
		for (HostGroup group : first) {
			if (distance.putIfAbsent(group, 0) == null) {
				queue.add(group);
			}
		}
		while (!queue.isEmpty()) {
			HostGroup group = queue.poll();
			int d = distance.get(group);
			for (HostGroup parent : parents.getOrDefault(group, List.of())) {
				if (distance.putIfAbsent(parent, d + 1) == null) {
					queue.add(parent);
				}
			}
		}
		List<Membership> result = new ArrayList<>(distance.size());
		distance.forEach((group, d) -> result.add(new Membership(group, d)));
		result.sort((a, b) -> a.distance() != b.distance() ? Integer.compare(a.distance(), b.distance())
				: Integer.compare(position(a.group()), position(b.group())));
		return result;
	}

	private int position(HostGroup group) {
		// a group not (yet) in the fleet sorts last
		return order.getOrDefault(group, Integer.MAX_VALUE);
	}

	/** The hosts of the groups and of their subgroups, each once, in the order met. */
	public static Set<Host> members(Collection<HostGroup> groups) {
		Set<Host> hosts = new LinkedHashSet<>();
		for (HostGroup group : groups) {
			for (HostGroup g : HostGroups.withDescendants(group)) {
				hosts.addAll(g.getHosts());
			}
		}
		return hosts;
	}
}

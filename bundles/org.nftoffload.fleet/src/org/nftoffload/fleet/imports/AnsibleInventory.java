package org.nftoffload.fleet.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nftoffload.fleet.imports.Inventory.InventoryGroup;
import org.nftoffload.fleet.imports.Inventory.InventoryHost;
import org.nftoffload.fleet.imports.Inventory.Location;
import org.nftoffload.fleet.imports.Inventory.Problem;

/**
 * An Ansible inventory as the INI and YAML readers find it (groups with their vars, children and
 * hosts; hosts with their own vars), and Ansible's rules for what a host ends up with: its own vars
 * win over its groups', a child group's over its parent's, groups at the same depth in name order
 * (the later wins), {@code all} lowest. {@code all} and {@code ungrouped} are Ansible's own groups
 * and become no group of the fleet.
 */
final class AnsibleInventory {

	static final String ALL = "all";
	static final String UNGROUPED = "ungrouped";

	/** A variable and the line that set it, so that a bad value is reported where it was written. */
	record Var(String value, Location at) {
	}

	static final class Group {
		final String name;
		Location declared;
		final Map<String, Var> vars = new LinkedHashMap<>();
		final Set<String> children = new LinkedHashSet<>();
		final Set<String> hosts = new LinkedHashSet<>();

		Group(String name) {
			this.name = name;
		}
	}

	static final class HostEntry {
		final String name;
		final Location at;
		final Map<String, Var> vars = new LinkedHashMap<>();

		HostEntry(String name, Location at) {
			this.name = name;
			this.at = at;
		}
	}

	final Path file;
	final Map<String, Group> groups = new LinkedHashMap<>();
	final Map<String, HostEntry> hosts = new LinkedHashMap<>();
	final List<Problem> problems = new ArrayList<>();

	AnsibleInventory(Path file) {
		this.file = file;
		group(ALL, null);
		group(UNGROUPED, null);
	}

	Location at(int line) {
		return new Location(file, line);
	}

	void problem(int line, String message) {
		problems.add(new Problem(at(line), message));
	}

	/** The group, created (and declared at {@code at} when given) as needed. */
	Group group(String name, Location at) {
		Group group = groups.computeIfAbsent(name, Group::new);
		if (group.declared == null && at != null) {
			group.declared = at;
		}
		return group;
	}

	/** {@code name} in {@code group} with its own vars (later lines add to and override earlier ones). */
	void host(String group, String name, Map<String, Var> vars, Location at) {
		String problem = InventoryValues.checkName("host", name);
		if (problem != null) {
			problems.add(new Problem(at, problem));
			return;
		}
		HostEntry host = hosts.computeIfAbsent(name, n -> new HostEntry(n, at));
		host.vars.putAll(vars);
		group(group, null).hosts.add(name);
	}

	/** What the inventory adds up to, with every problem found on the way. */
	Inventory build() {
		List<Problem> all = new ArrayList<>(problems);
		for (Group group : groups.values()) {
			if (!isImplicit(group.name)) {
				String problem = InventoryValues.checkName("group", group.name);
				if (problem != null) {
					all.add(new Problem(group.declared == null ? at(0) : group.declared, problem));
				}
			}
		}
		Map<String, Integer> depth = depths(all);
		Map<String, List<String>> parents = new HashMap<>();
		groups.values().forEach(g -> g.children.forEach(c -> parents.computeIfAbsent(c, k -> new ArrayList<>()).add(g.name)));

		List<InventoryHost> result = new ArrayList<>();
		for (HostEntry host : hosts.values()) {
			Set<String> direct = new LinkedHashSet<>();
			groups.values().stream().filter(g -> g.hosts.contains(host.name) && !isImplicit(g.name)).forEach(g -> direct.add(g.name));
			Set<String> memberOf = new LinkedHashSet<>();
			List<String> next = new ArrayList<>(direct);
			while (!next.isEmpty()) {
				String g = next.remove(0);
				if (memberOf.add(g)) {
					next.addAll(parents.getOrDefault(g, List.of()));
				}
			}
			Map<String, Var> vars = new LinkedHashMap<>(groups.get(ALL).vars);
			memberOf.stream().filter(g -> !g.equals(ALL))
					.sorted(Comparator.comparingInt((String g) -> depth.getOrDefault(g, 1)).thenComparing(Comparator.naturalOrder()))
					.forEach(g -> vars.putAll(groups.get(g).vars));
			vars.putAll(host.vars);
			result.add(connection(host, vars, List.copyOf(direct), all));
		}
		List<InventoryGroup> groupList = groups.values().stream().filter(g -> !isImplicit(g.name))
				.map(g -> new InventoryGroup(g.name, List.copyOf(g.children), g.declared == null ? at(0) : g.declared)).toList();
		return new Inventory(file, all.isEmpty() ? result : List.of(), all.isEmpty() ? groupList : List.of(), all);
	}

	static boolean isImplicit(String group) {
		return group.equals(ALL) || group.equals(UNGROUPED);
	}

	private InventoryHost connection(HostEntry host, Map<String, Var> vars, List<String> direct, List<Problem> problems) {
		Var address = first(vars, "ansible_host", "ansible_ssh_host");
		Var port = first(vars, "ansible_port", "ansible_ssh_port");
		Var user = first(vars, "ansible_user", "ansible_ssh_user");
		String addressValue = null;
		Integer portValue = null;
		String userValue = null;
		if (address != null) {
			String problem = InventoryValues.checkAddress(address.value());
			if (problem != null) {
				problems.add(new Problem(address.at(), "host " + host.name + ": ansible_host: " + problem));
			}
			addressValue = address.value();
		}
		if (port != null) {
			String[] problem = new String[1];
			portValue = InventoryValues.port(port.value(), problem);
			if (problem[0] != null) {
				problems.add(new Problem(port.at(), "host " + host.name + ": ansible_port: " + problem[0]));
			}
		}
		if (user != null) {
			String problem = InventoryValues.checkUser(user.value());
			if (problem != null) {
				problems.add(new Problem(user.at(), "host " + host.name + ": ansible_user: " + problem));
			}
			userValue = user.value();
		}
		return new InventoryHost(host.name, addressValue, portValue, userValue, List.of(), direct, host.at);
	}

	private static Var first(Map<String, Var> vars, String name, String legacyName) {
		return vars.containsKey(name) ? vars.get(name) : vars.get(legacyName);
	}

	/** all = 0, top groups 1, a child one more than its deepest parent; a cycle is a problem. */
	private Map<String, Integer> depths(List<Problem> problems) {
		Map<String, Integer> depth = new HashMap<>();
		depth.put(ALL, 0);
		for (Group group : groups.values()) {
			walk(group.name, 1, new LinkedHashSet<>(), depth, problems);
		}
		return depth;
	}

	private boolean cycleReported;

	private void walk(String name, int level, Set<String> path, Map<String, Integer> depth, List<Problem> problems) {
		if (!path.add(name)) {
			if (!cycleReported) {
				cycleReported = true;
				Group group = groups.get(name);
				problems.add(new Problem(group.declared == null ? at(0) : group.declared, "group " + name
						+ " is its own subgroup (" + String.join(" > ", path) + " > " + name + "): remove one of those children entries"));
			}
			return;
		}
		Group group = groups.get(name);
		boolean deeper = name.equals(ALL) || depth.getOrDefault(name, 0) < level;
		if (deeper && !name.equals(ALL)) {
			depth.put(name, level);
		}
		if (group != null && !name.equals(ALL) && (deeper || level == 1)) {
			for (String child : group.children) {
				walk(child, level + 1, path, depth, problems);
			}
		}
		path.remove(name);
	}
}

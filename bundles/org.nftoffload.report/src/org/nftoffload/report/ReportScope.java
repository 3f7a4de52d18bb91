package org.nftoffload.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;

/**
 * Which hosts a report covers: the whole fleet, named hosts (the CLI's --hosts, the workbench's
 * selection), a group or a tag. {@link #select} fails with a message naming what is unknown, so a
 * typo never yields an empty report that looks clean.
 */
public record ReportScope(Kind kind, List<String> values) {

	public enum Kind {
		FLEET, HOSTS, SELECTION, GROUP, TAG
	}

	public ReportScope {
		values = List.copyOf(values);
	}

	public static ReportScope fleet() {
		return new ReportScope(Kind.FLEET, List.of());
	}

	public static ReportScope hosts(List<String> names) {
		return new ReportScope(Kind.HOSTS, names);
	}

	public static ReportScope selection(List<String> names) {
		return new ReportScope(Kind.SELECTION, names);
	}

	public static ReportScope group(String name) {
		return new ReportScope(Kind.GROUP, List.of(name));
	}

	public static ReportScope tag(String tag) {
		return new ReportScope(Kind.TAG, List.of(tag));
	}

	/** The hosts of {@code fleet} in scope, in fleet order. */
	public List<Host> select(Fleet fleet) throws ReportException {
		List<Host> selected = new ArrayList<>();
		switch (kind) {
		case FLEET -> selected.addAll(fleet.getHosts());
		case HOSTS, SELECTION -> {
			Set<String> wanted = new LinkedHashSet<>(values);
			List<String> unknown = new ArrayList<>();
			for (String name : wanted) {
				if (fleet.getHosts().stream().noneMatch(h -> name.equals(h.getName()))) {
					unknown.add(name);
				}
			}
			if (!unknown.isEmpty()) {
				throw new ReportException("no host " + String.join(", ", unknown) + " in fleet " + fleet.getName()
						+ "; hosts are: " + String.join(", ", fleet.getHosts().stream().map(Host::getName).toList()));
			}
			fleet.getHosts().stream().filter(h -> wanted.contains(h.getName())).forEach(selected::add);
		}
		case GROUP -> {
			HostGroup group = fleet.getGroups().stream().filter(g -> values.get(0).equals(g.getName())).findFirst()
					.orElseThrow(() -> new ReportException("no group " + values.get(0) + " in fleet " + fleet.getName()
							+ "; groups are: " + String.join(", ", fleet.getGroups().stream().map(HostGroup::getName).toList())));
			Set<Host> members = members(group);
			fleet.getHosts().stream().filter(members::contains).forEach(selected::add);
		}
		case TAG -> {
			fleet.getHosts().stream().filter(h -> h.getTags().contains(values.get(0))).forEach(selected::add);
			if (selected.isEmpty()) {
				throw new ReportException("no host of fleet " + fleet.getName() + " has tag " + values.get(0));
			}
		}
		}
		return selected;
	}

	/** The hosts of {@code group} and of its subgroups, to any depth (a cycle is walked once). */
	public static Set<Host> members(HostGroup group) {
		Set<Host> hosts = new java.util.LinkedHashSet<>();
		Set<HostGroup> seen = new java.util.HashSet<>();
		java.util.ArrayDeque<HostGroup> open = new java.util.ArrayDeque<>(List.of(group));
		while (!open.isEmpty()) {
			HostGroup g = open.pop();
			if (seen.add(g)) {
				hosts.addAll(g.getHosts());
				open.addAll(g.getSubgroups());
			}
		}
		return hosts;
	}

	/** The filter line of the report header. */
	public String describe(int selected, int total) {
		String of = selected + " of " + total + " host" + (total == 1 ? "" : "s");
		return switch (kind) {
		case FLEET -> "whole fleet: " + total + " host" + (total == 1 ? "" : "s");
		case HOSTS -> "hosts " + String.join(", ", values) + ": " + of;
		case SELECTION -> "selected hosts " + String.join(", ", values) + ": " + of;
		case GROUP -> "group " + values.get(0) + ": " + of;
		case TAG -> "tag " + values.get(0) + ": " + of;
		};
	}
}

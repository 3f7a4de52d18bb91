package org.nftoffload.fleet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;

/**
 * Which hosts of a fleet an operation or a report is about: every host, hosts by name, the members
 * of a group (with its subgroups), the hosts with a tag, or several of these together. Resolving
 * fails with an {@link UnknownTargetException} that names the unknown host, group or tag, the fleet
 * file and what the fleet has instead.
 */
public sealed interface HostSelection {

	/** Every host of the fleet. */
	record All() implements HostSelection {
	}

	/** These hosts, in this order (the first one is the canary of a rollout). */
	record Named(List<String> names) implements HostSelection {
		public Named {
			names = List.copyOf(names);
		}
	}

	/** The hosts of this group and of its subgroups. */
	record Group(String name) implements HostSelection {
	}

	/** The hosts that carry this tag. */
	record Tag(String name) implements HostSelection {
	}

	/** The hosts any of these select: named hosts first, in their order, then the others in the fleet's. */
	record AnyOf(List<HostSelection> parts) implements HostSelection {
		public AnyOf {
			parts = List.copyOf(parts);
		}
	}

	static HostSelection all() {
		return new All();
	}

	static HostSelection hosts(List<String> names) {
		return new Named(names);
	}

	static HostSelection group(String name) {
		return new Group(name);
	}

	static HostSelection tag(String name) {
		return new Tag(name);
	}

	/**
	 * What the command line says: {@code --hosts a,b}, {@code --group G} and {@code --tag T}, each
	 * optional and repeatable, together; none of them is the whole fleet.
	 */
	static HostSelection of(List<String> hostNames, List<String> groups, List<String> tags) {
		List<HostSelection> parts = new ArrayList<>();
		if (!hostNames.isEmpty()) {
			parts.add(new Named(hostNames));
		}
		groups.forEach(g -> parts.add(new Group(g)));
		tags.forEach(t -> parts.add(new Tag(t)));
		return parts.isEmpty() ? new All() : parts.size() == 1 ? parts.get(0) : new AnyOf(parts);
	}

	/**
	 * The selected hosts of {@code fleet}, each once.
	 *
	 * @param file the fleet's file, for the error message (null for a fleet never saved)
	 */
	default List<Host> resolve(Fleet fleet, Path file) throws UnknownTargetException {
		return switch (this) {
		case All all -> List.copyOf(fleet.getHosts());
		case Named named -> {
			Set<Host> hosts = new LinkedHashSet<>();
			for (String name : named.names()) {
				hosts.add(fleet.getHosts().stream().filter(h -> name.equals(h.getName())).findFirst()
						.orElseThrow(() -> new UnknownTargetException(file, "host", name,
								fleet.getHosts().stream().map(Host::getName).toList())));
			}
			yield List.copyOf(hosts);
		}
		case Group group -> {
			HostGroup found = HostGroups.named(fleet, group.name());
			if (found == null) {
				throw new UnknownTargetException(file, "group", group.name(),
						fleet.getGroups().stream().map(HostGroup::getName).toList());
			}
			yield HostGroups.members(fleet, found);
		}
		case Tag tag -> {
			List<Host> tagged = fleet.getHosts().stream().filter(h -> h.getTags().contains(tag.name())).toList();
			if (tagged.isEmpty()) {
				Set<String> tags = new TreeSet<>();
				fleet.getHosts().forEach(h -> tags.addAll(h.getTags()));
				throw new UnknownTargetException(file, "tag", tag.name(), List.copyOf(tags));
			}
			yield tagged;
		}
		case AnyOf anyOf -> {
			Set<Host> named = new LinkedHashSet<>();
			Set<Host> others = new LinkedHashSet<>();
			for (HostSelection part : anyOf.parts()) {
				(part instanceof Named ? named : others).addAll(part.resolve(fleet, file));
			}
			List<Host> hosts = new ArrayList<>(named);
			fleet.getHosts().stream().filter(h -> others.contains(h) && !named.contains(h)).forEach(hosts::add);
			yield List.copyOf(hosts);
		}
		};
	}

	/** In words, for job names, reports' filter lines and messages: "group edge, tag lab". */
	default String describe() {
		return switch (this) {
		case All all -> "all hosts";
		case Named named -> (named.names().size() == 1 ? "host " : "hosts ") + String.join(", ", named.names());
		case Group group -> "group " + group.name();
		case Tag tag -> "tag " + tag.name();
		case AnyOf anyOf -> String.join(", ", anyOf.parts().stream().map(HostSelection::describe).toList());
		};
	}
}

package org.nftoffload.fleet.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * What an inventory file says, before it touches a fleet: its hosts (connection details, tags and
 * the groups that list them directly), its groups (with their subgroups), and every line that could
 * not be read. An inventory with problems is never imported, not even in part.
 */
public record Inventory(Path file, List<InventoryHost> hosts, List<InventoryGroup> groups, List<Problem> problems) {

	public Inventory {
		hosts = List.copyOf(hosts);
		groups = List.copyOf(groups);
		problems = List.copyOf(problems);
	}

	/** Where something was read: {@code file:line}. */
	public record Location(Path file, int line) {
		@Override
		public String toString() {
			return file + ":" + line;
		}
	}

	/**
	 * One host as the file describes it; a null address, port or user means the file does not say
	 * (a new host then gets the model's default, an existing one keeps its value).
	 */
	public record InventoryHost(String name, String address, Integer port, String user, List<String> tags,
			List<String> groups, Location at) {
		public InventoryHost {
			tags = List.copyOf(tags);
			groups = List.copyOf(groups);
		}
	}

	/** A group and the names of its direct subgroups. */
	public record InventoryGroup(String name, List<String> subgroups, Location at) {
		public InventoryGroup {
			subgroups = List.copyOf(subgroups);
		}
	}

	/** A line that could not be read: what is wrong with it and what to do. */
	public record Problem(Location at, String message) {
		@Override
		public String toString() {
			return at + ": " + message;
		}
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}
}

package org.nftoffload.fleet.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.nftoffload.fleet.HostGroups;
import org.nftoffload.fleet.imports.Inventory.InventoryGroup;
import org.nftoffload.fleet.imports.Inventory.InventoryHost;
import org.nftoffload.fleet.imports.Inventory.Location;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage.Literals;

/**
 * What importing an inventory into a fleet would do, host by host and group by group, and the one
 * undoable command that does it. Hosts are matched by name: a new one is added; an existing one
 * takes the address, port and user the file gives (what the file leaves out is kept) and gains
 * the tags and groups it lacks. Nothing is ever removed, and an inventory with problems imports
 * nothing.
 */
public final class HostImport {

	public enum Action {
		ADD, UPDATE, UNCHANGED;

		/** "add", "update", "unchanged", as the preview shows it. */
		public String label() {
			return name().toLowerCase();
		}
	}

	/** One host of the preview: what happens to it, and each change in words. */
	public record HostChange(String host, Action action, List<String> changes, Location at) {
		public HostChange {
			changes = List.copyOf(changes);
		}
	}

	/** One group of the preview. */
	public record GroupChange(String group, Action action, List<String> changes) {
		public GroupChange {
			changes = List.copyOf(changes);
		}
	}

	private final Fleet fleet;
	private final Inventory inventory;
	private final List<HostChange> hosts = new ArrayList<>();
	private final List<GroupChange> groups = new ArrayList<>();

	private HostImport(Fleet fleet, Inventory inventory) {
		this.fleet = fleet;
		this.inventory = inventory;
	}

	/** The preview of importing {@code inventory} into {@code fleet}; the fleet is not changed. */
	public static HostImport plan(Fleet fleet, Inventory inventory) {
		HostImport plan = new HostImport(fleet, inventory);
		if (!inventory.hasProblems()) {
			plan.preview();
		}
		return plan;
	}

	public Inventory inventory() {
		return inventory;
	}

	public List<HostChange> hosts() {
		return List.copyOf(hosts);
	}

	public List<GroupChange> groups() {
		return List.copyOf(groups);
	}

	/** Whether Finish (or the CLI without --dry-run) would change the fleet. */
	public boolean changesAnything() {
		return !inventory.hasProblems() && (hosts.stream().anyMatch(h -> h.action() != Action.UNCHANGED)
				|| groups.stream().anyMatch(g -> g.action() != Action.UNCHANGED));
	}

	/** "2 hosts to add, 1 to update, 1 unchanged; 1 group to add", or the number of problems. */
	public String summary() {
		if (inventory.hasProblems()) {
			int n = inventory.problems().size();
			return n + (n == 1 ? " line" : " lines") + " to fix in " + inventory.file().getFileName() + "; nothing imported";
		}
		return count(hosts.stream().filter(h -> h.action() == Action.ADD).count(), "host", "to add") + ", "
				+ hosts.stream().filter(h -> h.action() == Action.UPDATE).count() + " to update, "
				+ hosts.stream().filter(h -> h.action() == Action.UNCHANGED).count() + " unchanged; "
				+ count(groups.stream().filter(g -> g.action() == Action.ADD).count(), "group", "to add") + ", "
				+ groups.stream().filter(g -> g.action() == Action.UPDATE).count() + " to update";
	}

	private static String count(long n, String thing, String what) {
		return n + " " + thing + (n == 1 ? "" : "s") + " " + what;
	}

	private void preview() {
		for (InventoryHost imported : inventory.hosts()) {
			Host existing = host(imported.name());
			List<String> changes = new ArrayList<>();
			if (existing == null) {
				changes.add(connection(imported.user(), address(imported), imported.port()));
				imported.tags().forEach(t -> changes.add("tag " + t));
				imported.groups().forEach(g -> changes.add("group " + g));
				hosts.add(new HostChange(imported.name(), Action.ADD, changes, imported.at()));
				continue;
			}
			if (imported.address() != null && !imported.address().equals(existing.getAddress())) {
				changes.add("address " + existing.getAddress() + " -> " + imported.address());
			}
			if (imported.port() != null && imported.port() != existing.getPort()) {
				changes.add("port " + existing.getPort() + " -> " + imported.port());
			}
			if (imported.user() != null && !imported.user().equals(existing.getUser())) {
				changes.add("user " + existing.getUser() + " -> " + imported.user());
			}
			imported.tags().stream().filter(t -> !existing.getTags().contains(t)).forEach(t -> changes.add("tag +" + t));
			for (String group : imported.groups()) {
				HostGroup g = HostGroups.named(fleet, group);
				if (g == null || !g.getHosts().contains(existing)) {
					changes.add("group +" + group);
				}
			}
			hosts.add(new HostChange(imported.name(), changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE, changes, imported.at()));
		}
		for (InventoryGroup imported : inventory.groups()) {
			HostGroup existing = HostGroups.named(fleet, imported.name());
			long members = inventory.hosts().stream().filter(h -> h.groups().contains(imported.name())).count();
			List<String> changes = new ArrayList<>();
			if (existing == null) {
				if (members > 0 || imported.subgroups().isEmpty()) {
					changes.add(members + (members == 1 ? " host" : " hosts"));
				}
				imported.subgroups().forEach(s -> changes.add("subgroup " + s));
				groups.add(new GroupChange(imported.name(), Action.ADD, changes));
				continue;
			}
			for (String subgroup : imported.subgroups()) {
				if (existing.getSubgroups().stream().noneMatch(s -> subgroup.equals(s.getName()))) {
					changes.add("subgroup +" + subgroup);
				}
			}
			long joining = inventory.hosts().stream().filter(h -> h.groups().contains(imported.name()))
					.filter(h -> host(h.name()) == null || !existing.getHosts().contains(host(h.name()))).count();
			if (joining > 0) {
				changes.add("+" + joining + (joining == 1 ? " host" : " hosts"));
			}
			groups.add(new GroupChange(imported.name(), changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE, changes));
		}
	}

	private static String address(InventoryHost host) {
		return host.address() == null ? host.name() : host.address();
	}

	private static String connection(String user, String address, Integer port) {
		return (user == null ? "" : user + "@") + address + (port == null ? "" : ":" + port);
	}

	private Host host(String name) {
		for (Host host : fleet.getHosts()) {
			if (name.equals(host.getName())) {
				return host;
			}
		}
		return null;
	}

	/**
	 * The import as one command on {@code domain}'s stack: one Undo takes back every host, group,
	 * membership and value it added or changed. Unexecutable when the inventory has problems.
	 */
	public Command command(EditingDomain domain) {
		if (inventory.hasProblems()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand all = new CompoundCommand("Import hosts from " + inventory.file().getFileName());
		Map<String, Host> byName = new LinkedHashMap<>();
		fleet.getHosts().forEach(h -> byName.putIfAbsent(h.getName(), h));
		List<Host> added = new ArrayList<>();
		for (InventoryHost imported : inventory.hosts()) {
			Host existing = byName.get(imported.name());
			if (existing == null) {
				Host host = ModelFactory.eINSTANCE.createHost();
				host.setName(imported.name());
				host.setAddress(address(imported));
				if (imported.port() != null) {
					host.setPort(imported.port());
				}
				if (imported.user() != null) {
					host.setUser(imported.user());
				}
				host.getTags().addAll(imported.tags());
				added.add(host);
				byName.put(host.getName(), host);
				continue;
			}
			if (imported.address() != null && !imported.address().equals(existing.getAddress())) {
				all.append(SetCommand.create(domain, existing, Literals.HOST__ADDRESS, imported.address()));
			}
			if (imported.port() != null && imported.port() != existing.getPort()) {
				all.append(SetCommand.create(domain, existing, Literals.HOST__PORT, imported.port()));
			}
			if (imported.user() != null && !imported.user().equals(existing.getUser())) {
				all.append(SetCommand.create(domain, existing, Literals.HOST__USER, imported.user()));
			}
			List<String> newTags = imported.tags().stream().filter(t -> !existing.getTags().contains(t)).toList();
			if (!newTags.isEmpty()) {
				all.append(AddCommand.create(domain, existing, Literals.HOST__TAGS, newTags));
			}
		}
		if (!added.isEmpty()) {
			all.append(AddCommand.create(domain, fleet, Literals.FLEET__HOSTS, added));
		}
		Map<String, HostGroup> groupsByName = new LinkedHashMap<>();
		fleet.getGroups().forEach(g -> groupsByName.putIfAbsent(g.getName(), g));
		List<HostGroup> newGroups = new ArrayList<>();
		for (InventoryGroup imported : inventory.groups()) {
			if (!groupsByName.containsKey(imported.name())) {
				HostGroup group = ModelFactory.eINSTANCE.createHostGroup();
				group.setName(imported.name());
				groupsByName.put(group.getName(), group);
				newGroups.add(group);
			}
		}
		if (!newGroups.isEmpty()) {
			all.append(AddCommand.create(domain, fleet, Literals.FLEET__GROUPS, newGroups));
		}
		for (InventoryGroup imported : inventory.groups()) {
			HostGroup group = groupsByName.get(imported.name());
			List<HostGroup> subgroups = imported.subgroups().stream().map(groupsByName::get).filter(Objects::nonNull)
					.filter(s -> !group.getSubgroups().contains(s)).distinct().toList();
			if (!subgroups.isEmpty()) {
				all.append(AddCommand.create(domain, group, Literals.HOST_GROUP__SUBGROUPS, subgroups));
			}
			List<Host> members = inventory.hosts().stream().filter(h -> h.groups().contains(imported.name()))
					.map(h -> byName.get(h.name())).filter(h -> !group.getHosts().contains(h)).distinct().toList();
			if (!members.isEmpty()) {
				all.append(AddCommand.create(domain, group, Literals.HOST_GROUP__HOSTS, members));
			}
		}
		return all.isEmpty() ? UnexecutableCommand.INSTANCE : all;
	}

	/**
	 * Runs the import on a command stack of its own (the CLI, which has no workbench editing domain);
	 * returns whether the fleet changed.
	 */
	public boolean executeDirectly() {
		EditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		Command command = command(domain);
		if (!command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}
}

package org.nftoffload.fleet.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nftoffload.fleet.HostGroups;
import org.nftoffload.fleet.profiles.ProfileApplication;
import org.nftoffload.fleet.profiles.ProfileCommands;
import org.nftoffload.fleet.profiles.ProfileEditingDomain;
import org.nftoffload.fleet.profiles.ProfileField;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelPackage.Literals;
import org.nftoffload.model.NetworkInterface;

/**
 * Fleet-wide edits, each built as one EMF command so that a single undo reverts it on every host.
 * Commands are built completely before anything changes: a mapping problem on the 37th host throws
 * before the first host is touched.
 */
public final class FleetEdits {

	private FleetEdits() {
	}

	/** A profile cannot be applied: names the host and the role and what to do. */
	public static final class MappingException extends Exception {
		private static final long serialVersionUID = 1L;

		public MappingException(String message) {
			super(message);
		}
	}

	/**
	 * Replaces the flowtables and rules of each host with the profile's, devices taken from the host's
	 * role mapping ({@code role -> interfaces of that host}); records the mapping as the host's role
	 * bindings and the profile as its applied profile. Each flowtable records its template; values
	 * the host set itself on a flowtable of the same template are kept, the others resolved host &gt;
	 * group &gt; profile default (see {@link ProfileApplication}, {@code docs/profiles.md}). Linear in
	 * the hosts: the benchmark's "profile apply to 1,000 hosts" measures this.
	 */
	public static Command applyProfile(EditingDomain domain, FlowtableProfile profile, List<Host> hosts,
			Map<Host, Map<String, List<NetworkInterface>>> mapping) throws MappingException {
		requireMapped(profile, hosts, mapping);
		return ProfileApplication.apply(domain, profile, hosts, mapping, null);
	}

	/**
	 * {@link #applyProfile} to every host of {@code group} and of its subgroups, and records the
	 * profile as the group's applied profile (hosts that join it later get it), in the same command.
	 */
	public static Command applyProfileToGroup(EditingDomain domain, FlowtableProfile profile, HostGroup group,
			Map<Host, Map<String, List<NetworkInterface>>> mapping) throws MappingException {
		List<Host> hosts = group.eContainer() instanceof Fleet fleet ? HostGroups.members(fleet, group)
				: new ArrayList<>(group.getHosts());
		requireMapped(profile, hosts, mapping);
		return ProfileApplication.apply(domain, profile, hosts, mapping, group);
	}

	/** Every host's mapping checked before anything is built: the first problem, in the fleet's words. */
	private static void requireMapped(FlowtableProfile profile, List<Host> hosts,
			Map<Host, Map<String, List<NetworkInterface>>> mapping) throws MappingException {
		for (Host host : hosts) {
			String error = ProfileApplication.mappingError(host, profile, mapping.getOrDefault(host, Map.of()));
			if (error != null) {
				throw new MappingException(error);
			}
		}
	}

	/**
	 * Edit Selected... on hosts: {@code changes} to every host, as one command (one undo restores
	 * every host). Flowtable fields go to each host's own flowtables (not to live tables it only
	 * observes); sysctl fields to its sysctls, made when it has none; user, port and tags to the host.
	 * A profile value set this way is the host's own, kept when its groups or profile change
	 * ({@link ProfileCommands#setOnHost}). Only what differs becomes a command; the command is
	 * unexecutable when nothing does. Linear in the hosts and their flowtables: a 10,000-host edit
	 * reads group membership at most once.
	 */
	public static Command editHosts(EditingDomain domain, Collection<Host> hosts, BulkChanges changes) {
		CompoundCommand all = new CompoundCommand(label(changes, hosts.size(), "host", "hosts"));
		Map<ProfileField, Object> flowtableValues = changes.values(ProfileField.Scope.FLOWTABLE);
		if (!flowtableValues.isEmpty()) {
			List<Flowtable> flowtables = new ArrayList<>();
			hosts.forEach(host -> flowtables.addAll(host.getFlowtables()));
			appendFlowtableValues(domain, all, flowtables, flowtableValues);
		}
		Map<ProfileField, Object> sysctlValues = changes.values(ProfileField.Scope.SYSCTLS);
		if (!sysctlValues.isEmpty()) {
			Command sysctls = ProfileCommands.setOnHosts(domain, hosts, sysctlValues);
			if (sysctls.canExecute()) {
				all.append(sysctls);
			}
		}
		for (Host host : hosts) {
			if (changes.user() != null && !changes.user().equals(host.getUser())) {
				all.append(new SetCommand(domain, host, Literals.HOST__USER, changes.user()));
			}
			if (changes.port() != null && changes.port() != host.getPort()) {
				all.append(new SetCommand(domain, host, Literals.HOST__PORT, changes.port()));
			}
			List<String> added = changes.tagsToAdd().stream().filter(t -> !host.getTags().contains(t)).toList();
			if (!added.isEmpty()) {
				all.append(new AddCommand(domain, host, Literals.HOST__TAGS, added));
			}
			List<String> removed = changes.tagsToRemove().stream().filter(host.getTags()::contains).toList();
			if (!removed.isEmpty()) {
				all.append(new RemoveCommand(domain, host, Literals.HOST__TAGS, removed));
			}
		}
		return all.isEmpty() ? UnexecutableCommand.INSTANCE : all;
	}

	/**
	 * Edit Selected... on flowtables: the flowtable fields of {@code changes} (priority, offload
	 * mode, counter) to each, as one command; a profile flowtable's value becomes the host's own.
	 * Throws when {@code changes} holds anything only a host has (user, port, tags, sysctls).
	 */
	public static Command editFlowtables(EditingDomain domain, Collection<Flowtable> flowtables, BulkChanges changes) {
		if (changes.changesHosts()) {
			throw new IllegalArgumentException("only priority, offload mode and counter can be set on flowtables: "
					+ changes.describe());
		}
		CompoundCommand all = new CompoundCommand(label(changes, flowtables.size(), "flowtable", "flowtables"));
		appendFlowtableValues(domain, all, flowtables, changes.values(ProfileField.Scope.FLOWTABLE));
		return all.isEmpty() ? UnexecutableCommand.INSTANCE : all;
	}

	private static void appendFlowtableValues(EditingDomain domain, CompoundCommand all, Collection<Flowtable> flowtables,
			Map<ProfileField, Object> values) {
		for (Flowtable flowtable : flowtables) {
			values.forEach((field, value) -> {
				if (flowtable.getTemplate() != null) {
					// kept as the host's own even when it equals what the profile gives today
					Command own = ProfileCommands.setOnHost(domain, flowtable, field, value);
					if (own.canExecute()) {
						all.append(own);
					}
				} else if (!Objects.equals(flowtable.eGet(field.attribute()), value)) {
					all.append(new SetCommand(domain, flowtable, field.attribute(), value));
				}
			});
		}
	}

	private static String label(BulkChanges changes, int count, String one, String many) {
		return "Edit " + ModelTexts.count(count, one, many) + ": " + changes.describe();
	}

	/** Sets a single-valued feature to {@code value} on every object (e.g. user, port, offload mode). */
	public static Command bulkSet(EditingDomain domain, Collection<? extends EObject> objects, EStructuralFeature feature,
			Object value) {
		if (feature.isMany()) {
			throw new IllegalArgumentException(feature.getName() + " holds several values: use bulkAdd or bulkRemove");
		}
		CompoundCommand all = new CompoundCommand("Set " + feature.getName() + " on " + objects.size() + " object(s)");
		for (EObject object : objects) {
			requireFeature(object, feature);
			// a profile value set this way is the host's own (kept when groups change), a group
			// setting reaches the group's members: the same rules as an edit in an editor
			Command set = ProfileEditingDomain.withProfileRules(domain, new SetCommand(domain, object, feature, value));
			if (set.canExecute()) {
				all.append(set);
			}
		}
		return all;
	}

	/** Adds {@code value} to a many-valued feature (e.g. a tag) of every object that lacks it. */
	public static Command bulkAdd(EditingDomain domain, Collection<? extends EObject> objects, EStructuralFeature feature,
			Object value) {
		CompoundCommand all = new CompoundCommand("Add " + value + " to " + feature.getName() + " of " + objects.size() + " object(s)");
		for (EObject object : objects) {
			requireFeature(object, feature);
			if (!((List<?>) object.eGet(feature)).contains(value)) {
				all.append(new AddCommand(domain, object, feature, value));
			}
		}
		return all;
	}

	/** Removes {@code value} from a many-valued feature of every object that has it. */
	public static Command bulkRemove(EditingDomain domain, Collection<? extends EObject> objects, EStructuralFeature feature,
			Object value) {
		CompoundCommand all = new CompoundCommand("Remove " + value + " from " + feature.getName() + " of " + objects.size() + " object(s)");
		for (EObject object : objects) {
			requireFeature(object, feature);
			if (((List<?>) object.eGet(feature)).contains(value)) {
				all.append(new RemoveCommand(domain, object, feature, value));
			}
		}
		return all;
	}

	private static void requireFeature(EObject object, EStructuralFeature feature) {
		if (!feature.getEContainingClass().isSuperTypeOf(object.eClass())) {
			throw new IllegalArgumentException(object.eClass().getName() + " has no " + feature.getName());
		}
	}
}

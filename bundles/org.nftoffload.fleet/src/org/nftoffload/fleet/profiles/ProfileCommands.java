package org.nftoffload.fleet.profiles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nftoffload.fleet.profiles.internal.FollowUpCommand;
import org.nftoffload.fleet.profiles.internal.GroupIndex;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage.Literals;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.OffloadSettings;
import org.nftoffload.model.SysctlSettings;

/**
 * The commands that keep profile values in their precedence (host &gt; group &gt; profile default,
 * see {@link ProfileValues}). Each is one command on the stack: one undo restores every host it
 * touched exactly. The commands write with {@code new SetCommand(...)}, not through the editing
 * domain, so {@link ProfileEditingDomain} does not take their writes for an engineer's own setting.
 */
public final class ProfileCommands {

	private ProfileCommands() {
	}

	// ---- one host

	/**
	 * "Set on this host": the flowtable takes {@code value} for {@code field} and records it as the
	 * host's own, so re-applying the profile and group changes leave it alone.
	 */
	public static Command setOnHost(EditingDomain domain, Flowtable flowtable, ProfileField field, Object value) {
		requireFlowtableField(field);
		if (value == null) {
			throw new IllegalArgumentException("a flowtable's " + field.label() + " cannot be unset");
		}
		CompoundCommand all = new CompoundCommand("Set " + field.label() + " of flowtable " + flowtable.getName()
				+ " on " + hostName(flowtable));
		if (!Objects.equals(flowtable.eGet(field.attribute()), value)) {
			all.append(new SetCommand(domain, flowtable, field.attribute(), value));
		}
		if (flowtable.getTemplate() != null && !flowtable.getOverriddenFeatures().contains(field.featureName())) {
			all.append(new AddCommand(domain, flowtable, Literals.FLOWTABLE__OVERRIDDEN_FEATURES, field.featureName()));
		}
		return executableOrNot(all);
	}

	/**
	 * "Set on this host" for a sysctl ({@code value} null: leave the host's sysctl as it is, which is
	 * the host's own choice too); creates the host's sysctls when it has none.
	 */
	public static Command setOnHost(EditingDomain domain, Host host, ProfileField field, Object value) {
		requireSysctlField(field);
		CompoundCommand all = new CompoundCommand("Set " + field.label() + " on " + host.getName());
		Map<ProfileField, Object> values = currentOrResolvedSysctls(host);
		values.put(field, value);
		List<String> overrides = sysctlOverrides(host);
		if (host.getAppliedProfile() != null && !overrides.contains(field.featureName())) {
			overrides.add(field.featureName());
		}
		ProfileApplication.appendSysctls(domain, all, host, values, overrides);
		return executableOrNot(all);
	}

	/**
	 * "Set on this host" for several sysctls of many hosts at once (Edit Selected...): each host
	 * takes {@code values} (a null value: leave the host's sysctl as it is) and, when it has a
	 * profile, records them as its own, exactly as {@link #setOnHost(EditingDomain, Host, ProfileField, Object)}
	 * does for one. Linear in the hosts: group membership is read once, and only if a host without
	 * sysctls needs its resolved values. Several fields go in one call because a host without
	 * sysctls gets one new sysctls object holding all of them.
	 */
	public static Command setOnHosts(EditingDomain domain, Collection<Host> hosts, Map<ProfileField, ?> values) {
		values.keySet().forEach(ProfileCommands::requireSysctlField);
		CompoundCommand all = new CompoundCommand("Set " + String.join(", ", values.keySet().stream()
				.map(ProfileField::label).toList()) + " on " + hosts.size() + " host(s)");
		ProfileValues resolved = null;
		for (Host host : hosts) {
			if (host.getSysctls() == null && resolved == null) {
				resolved = ProfileValues.ofFleetOf(host);
			}
			Map<ProfileField, Object> wanted = currentOrResolvedSysctls(host, resolved);
			wanted.putAll(values);
			List<String> overrides = sysctlOverrides(host);
			if (host.getAppliedProfile() != null) {
				for (ProfileField field : values.keySet()) {
					if (!overrides.contains(field.featureName())) {
						overrides.add(field.featureName());
					}
				}
			}
			ProfileApplication.appendSysctls(domain, all, host, wanted, overrides);
		}
		return executableOrNot(all);
	}

	/** "Reset to the inherited value": the field follows the host's groups and profile again. */
	public static Command resetToInherited(EditingDomain domain, Flowtable flowtable, ProfileField field) {
		requireFlowtableField(field);
		Resolution resolution = ProfileValues.ofFleetOf(flowtable).resolve(flowtable, field);
		if (!resolution.resettable()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand all = new CompoundCommand("Reset " + field.label() + " of flowtable " + flowtable.getName()
				+ " on " + hostName(flowtable) + " to " + resolution.inheritedSource().describe());
		if (resolution.overridden()) {
			all.append(new RemoveCommand(domain, flowtable, Literals.FLOWTABLE__OVERRIDDEN_FEATURES, field.featureName()));
		}
		if (!Objects.equals(resolution.current(), resolution.inherited())) {
			all.append(new SetCommand(domain, flowtable, field.attribute(), resolution.inherited()));
		}
		return executableOrNot(all);
	}

	/** "Reset to the inherited value" for a sysctl of a host with a profile. */
	public static Command resetToInherited(EditingDomain domain, Host host, ProfileField field) {
		requireSysctlField(field);
		Resolution resolution = ProfileValues.ofFleetOf(host).resolve(host, field);
		if (!resolution.resettable()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand all = new CompoundCommand("Reset " + field.label() + " on " + host.getName() + " to "
				+ resolution.inheritedSource().describe());
		Map<ProfileField, Object> values = currentOrResolvedSysctls(host);
		values.put(field, resolution.inherited());
		List<String> overrides = sysctlOverrides(host);
		overrides.remove(field.featureName());
		ProfileApplication.appendSysctls(domain, all, host, values, overrides);
		return executableOrNot(all);
	}

	// ---- many hosts

	/**
	 * Brings every value of {@code hosts} that the host does not set itself to what the precedence
	 * gives now, as one command; null when every value already is. Linear in the hosts: membership
	 * is read once.
	 */
	public static Command reresolve(EditingDomain domain, Collection<Host> hosts) {
		List<Host> attached = hosts.stream().filter(h -> h.eContainer() != null).toList();
		if (attached.isEmpty()) {
			return null;
		}
		ProfileValues values = ProfileValues.ofFleetOf(attached.get(0));
		CompoundCommand all = new CompoundCommand("Update the profile values of " + attached.size() + " host(s)");
		for (Host host : attached) {
			for (Flowtable flowtable : host.getFlowtables()) {
				if (flowtable.getTemplate() == null) {
					continue;
				}
				for (ProfileField field : ProfileField.of(ProfileField.Scope.FLOWTABLE)) {
					Resolution resolution = values.resolve(flowtable, field);
					if (!resolution.upToDate()) {
						all.append(new SetCommand(domain, flowtable, field.attribute(), resolution.value()));
					}
				}
			}
			if (host.getAppliedProfile() != null) {
				Map<ProfileField, Object> wanted = new EnumMap<>(ProfileField.class);
				boolean stale = false;
				for (ProfileField field : ProfileField.of(ProfileField.Scope.SYSCTLS)) {
					Resolution resolution = values.resolve(host, field);
					wanted.put(field, resolution.value());
					stale |= !resolution.upToDate();
				}
				if (stale) {
					ProfileApplication.appendSysctls(domain, all, host, wanted, sysctlOverrides(host));
				}
			}
		}
		return all.isEmpty() ? null : all;
	}

	/**
	 * Changes a group's settings and re-resolves every member host (of the group and its subgroups)
	 * in the same command. {@code changes} maps a field to its new value; a null value unsets it,
	 * so the members inherit the next group's value or the profile's again.
	 */
	public static Command changeGroupSettings(EditingDomain domain, HostGroup group, Map<ProfileField, ?> changes) {
		CompoundCommand change = new CompoundCommand("Change the settings of group " + group.getName());
		OffloadSettings settings = group.getSettings();
		if (settings == null) {
			OffloadSettings fresh = ModelFactory.eINSTANCE.createOffloadSettings();
			changes.forEach((field, value) -> {
				if (value != null) {
					fresh.eSet(requireGroupField(field), value);
				}
			});
			change.append(new SetCommand(domain, group, Literals.HOST_GROUP__SETTINGS, fresh));
		} else {
			changes.forEach((field, value) -> {
				requireGroupField(field);
				if (value == null) {
					if (settings.eIsSet(field.groupAttribute())) {
						change.append(new SetCommand(domain, settings, field.groupAttribute(), SetCommand.UNSET_VALUE));
					}
				} else if (!settings.eIsSet(field.groupAttribute())
						|| !Objects.equals(settings.eGet(field.groupAttribute()), value)) {
					change.append(new SetCommand(domain, settings, field.groupAttribute(), value));
				}
			});
		}
		if (change.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		return afterGroupChange(domain, change, List.of(group));
	}

	/**
	 * {@code change} (anything that changes the settings or the membership of {@code groups}), then
	 * the values of the groups' members as they are afterwards, as one command.
	 */
	public static Command afterGroupChange(EditingDomain domain, Command change, Collection<HostGroup> groups) {
		Set<Host> before = GroupIndex.members(groups);
		return new FollowUpCommand(change, () -> {
			Set<Host> affected = new LinkedHashSet<>(before);
			affected.addAll(GroupIndex.members(groups));
			return reresolve(domain, affected);
		});
	}

	/**
	 * {@code change} (anything that changes a profile's defaults), then the values of every host of
	 * the fleet that has {@code profile} applied.
	 */
	public static Command afterProfileChange(EditingDomain domain, Command change, FlowtableProfile profile) {
		return new FollowUpCommand(change, () -> {
			if (profile.eContainer() instanceof org.nftoffload.model.Fleet fleet) {
				return reresolve(domain, fleet.getHosts().stream().filter(h -> h.getAppliedProfile() == profile).toList());
			}
			return null;
		});
	}

	/**
	 * {@code command} gives a host with a profile new sysctls ({@code made}, e.g. an editor making
	 * them with their first value): the values they hold are the host's own, recorded as overridden
	 * before the rest is resolved, in the same command.
	 */
	static Command sysctlsMadeOnHost(EditingDomain domain, Command command, Host host, SysctlSettings made) {
		return new FollowUpCommand(command, () -> {
			CompoundCommand own = new CompoundCommand();
			for (ProfileField field : ProfileField.of(ProfileField.Scope.SYSCTLS)) {
				if (made.eGet(field.attribute()) != null && !made.getOverriddenFeatures().contains(field.featureName())) {
					own.append(new AddCommand(domain, made, Literals.SYSCTL_SETTINGS__OVERRIDDEN_FEATURES, field.featureName()));
				}
			}
			if (own.isEmpty()) {
				return reresolve(domain, List.of(host));
			}
			// the rest is resolved once the host's own values are recorded, so they are not resolved away
			return new FollowUpCommand(own, () -> reresolve(domain, List.of(host)));
		});
	}

	// ---- membership

	/** Hosts joining a group, with what happened to their flowtables. */
	public static final class JoinCommand extends FollowUpCommand {
		private final List<String> notApplied = new ArrayList<>();
		private final Function<List<String>, Command> build;

		JoinCommand(Command add, Function<List<String>, Command> build) {
			super(add);
			this.build = build;
		}

		@Override
		protected Command followUp() {
			notApplied.clear();
			return build.apply(notApplied);
		}

		/**
		 * The joined hosts that did not get the group's profile, each with the reason (a role the
		 * console could not map): Apply Profile... maps them.
		 */
		public List<String> notApplied() {
			return List.copyOf(notApplied);
		}
	}

	/**
	 * Hosts join a group; the group re-applies its profile to them (as OpenWISP's device groups do).
	 * A joining host that does not have the group's profile yet gets it, its roles mapped from its
	 * earlier role bindings or from probed interfaces named after the roles
	 * ({@link RoleMappings#suggest}); a host whose roles cannot all be mapped joins and keeps its
	 * flowtables ({@link JoinCommand#notApplied()} says which and why). A host that already has the
	 * profile keeps its flowtables and only takes the values its new group gives.
	 */
	public static JoinCommand joinGroup(EditingDomain domain, HostGroup group, Collection<Host> hosts) {
		List<Host> joining = hosts.stream().filter(h -> !group.getHosts().contains(h)).distinct().toList();
		Command add = joining.isEmpty() ? UnexecutableCommand.INSTANCE
				: new AddCommand(domain, group, Literals.HOST_GROUP__HOSTS, joining);
		return joined(domain, add, group, joining);
	}

	/** The follow-up of {@code add}, a command that puts {@code joining} into {@code group}. */
	static JoinCommand joined(EditingDomain domain, Command add, HostGroup group, Collection<Host> joining) {
		return new JoinCommand(add, notes -> {
			CompoundCommand follow = new CompoundCommand();
			FlowtableProfile profile = group.getAppliedProfile();
			List<Host> rest = new ArrayList<>();
			if (profile != null) {
				ProfileValues values = ProfileValues.ofFleetOf(group);
				for (Host host : joining) {
					if (host.getAppliedProfile() == profile) {
						rest.add(host);
						continue;
					}
					var mapping = RoleMappings.suggest(host, profile);
					String error = ProfileApplication.mappingError(host, profile, mapping);
					if (error != null) {
						notes.add(error + " (it joined group " + group.getName() + " and kept its flowtables)");
						rest.add(host);
						continue;
					}
					ProfileApplication.append(domain, follow, ProfileApplication.plan(values, profile, host, mapping));
				}
			} else {
				rest.addAll(joining);
			}
			Command values = reresolve(domain, rest);
			if (values != null) {
				follow.append(values);
			}
			return follow.isEmpty() ? null : follow;
		});
	}

	/**
	 * Hosts leave a group. By default ({@code removeProfile} false) they keep their flowtables and
	 * profile: only the values the group gave them fall back to their other groups or the profile.
	 * With {@code removeProfile}, hosts that have the group's profile also lose it: its flowtables,
	 * the rules that use them and the applied profile go; flowtables of their own and role bindings
	 * stay.
	 */
	public static Command leaveGroup(EditingDomain domain, HostGroup group, Collection<Host> hosts, boolean removeProfile) {
		List<Host> leaving = hosts.stream().filter(group.getHosts()::contains).distinct().toList();
		if (leaving.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Command remove = new RemoveCommand(domain, group, Literals.HOST_GROUP__HOSTS, leaving);
		return left(domain, remove, group, leaving, removeProfile);
	}

	static Command left(EditingDomain domain, Command remove, HostGroup group, Collection<Host> leaving,
			boolean removeProfile) {
		FlowtableProfile profile = group.getAppliedProfile();
		return new FollowUpCommand(remove, () -> {
			CompoundCommand follow = new CompoundCommand();
			if (removeProfile && profile != null) {
				for (Host host : leaving) {
					if (host.getAppliedProfile() == profile) {
						appendRemoveProfile(domain, follow, host, profile);
					}
				}
			}
			Command values = reresolve(domain, leaving);
			if (values != null) {
				follow.append(values);
			}
			return follow.isEmpty() ? null : follow;
		});
	}

	private static void appendRemoveProfile(EditingDomain domain, CompoundCommand all, Host host, FlowtableProfile profile) {
		List<Flowtable> flowtables = host.getFlowtables().stream()
				.filter(f -> f.getTemplate() != null && f.getTemplate().eContainer() == profile).toList();
		List<OffloadRule> rules = host.getRules().stream().filter(r -> flowtables.contains(r.getFlowtable())).toList();
		if (!rules.isEmpty()) {
			all.append(new RemoveCommand(domain, host, Literals.HOST__RULES, rules));
		}
		if (!flowtables.isEmpty()) {
			all.append(new RemoveCommand(domain, host, Literals.HOST__FLOWTABLES, flowtables));
		}
		all.append(new SetCommand(domain, host, Literals.HOST__APPLIED_PROFILE, null));
	}

	// ---- helpers

	/**
	 * The host's sysctl values; for a host without sysctls the resolved ones (only then is group
	 * membership read, so a bulk edit of hosts that have sysctls stays linear).
	 */
	private static Map<ProfileField, Object> currentOrResolvedSysctls(Host host) {
		return currentOrResolvedSysctls(host, null);
	}

	/** As above, resolving with {@code values} (read once for many hosts) when given. */
	private static Map<ProfileField, Object> currentOrResolvedSysctls(Host host, ProfileValues shared) {
		Map<ProfileField, Object> result = new EnumMap<>(ProfileField.class);
		SysctlSettings sysctls = host.getSysctls();
		ProfileValues values = sysctls != null ? null : shared != null ? shared : ProfileValues.ofFleetOf(host);
		for (ProfileField field : ProfileField.of(ProfileField.Scope.SYSCTLS)) {
			result.put(field, sysctls != null ? sysctls.eGet(field.attribute()) : values.resolve(host, field).value());
		}
		return result;
	}

	private static List<String> sysctlOverrides(Host host) {
		return host.getSysctls() == null ? new ArrayList<>() : new ArrayList<>(host.getSysctls().getOverriddenFeatures());
	}

	private static Command executableOrNot(CompoundCommand command) {
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	private static String hostName(Flowtable flowtable) {
		Host host = ProfileValues.hostOf(flowtable);
		return host == null ? "(no host)" : host.getName();
	}

	private static void requireFlowtableField(ProfileField field) {
		if (field.scope() != ProfileField.Scope.FLOWTABLE) {
			throw new IllegalArgumentException(field.label() + " is a sysctl, not a flowtable field");
		}
	}

	private static void requireSysctlField(ProfileField field) {
		if (field.scope() != ProfileField.Scope.SYSCTLS) {
			throw new IllegalArgumentException(field.label() + " is a flowtable field, not a sysctl");
		}
	}

	private static org.eclipse.emf.ecore.EAttribute requireGroupField(ProfileField field) {
		if (field.groupAttribute() == null) {
			throw new IllegalArgumentException("groups have no setting for " + field.label());
		}
		return field.groupAttribute();
	}
}

package org.nftoffload.fleet.profiles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelPackage.Literals;
import org.nftoffload.model.OffloadSettings;
import org.nftoffload.model.SysctlSettings;

/**
 * The editing domain of a fleet, which keeps profile values in their precedence however an edit is
 * made (an editor field, the Properties view, drag and drop, paste, delete), as long as the command
 * is created through the domain ({@code SetCommand.create(domain, ...)}, {@code AddCommand.create},
 * ...). It adds to such a command, in the same undoable step:
 * <ul>
 * <li>a host joining a group (added to its hosts): the group's profile re-applied to it
 * ({@link ProfileCommands#joinGroup}); a host leaving one: the values it gave fall back, the host
 * keeps its flowtables ({@link ProfileCommands#leaveGroup});</li>
 * <li>a change of a group's settings, subgroups, or of the fleet's groups: the members' values
 * re-resolved;</li>
 * <li>a change of a profile's defaults (a template's priority, offload mode, counter; its
 * sysctls): the values of the hosts with that profile re-resolved;</li>
 * <li>a host's own setting of a profile value (a profile flowtable's priority, offload mode or
 * counter; a timeout of a host with a profile): recorded as overridden, so it is kept; unsetting it
 * is a reset to the inherited value; sysctls made for such a host with their first value count
 * the same way.</li>
 * </ul>
 * Commands built with {@code new SetCommand(...)} do not pass through here, so the commands of this
 * package write concrete values without being taken for a host's own setting.
 */
public class ProfileEditingDomain extends AdapterFactoryEditingDomain {

	public ProfileEditingDomain(AdapterFactory adapterFactory, CommandStack commandStack) {
		super(adapterFactory, commandStack);
	}

	public ProfileEditingDomain(AdapterFactory adapterFactory, CommandStack commandStack, ResourceSet resourceSet) {
		super(adapterFactory, commandStack, resourceSet);
	}

	@Override
	public Command createCommand(Class<? extends Command> commandClass, CommandParameter commandParameter) {
		return withProfileRules(this, super.createCommand(commandClass, commandParameter));
	}

	/**
	 * {@code command} with what follows from it for profile values (see the class comment), or
	 * {@code command} itself when nothing does. For domains that cannot be a
	 * {@code ProfileEditingDomain}.
	 */
	public static Command withProfileRules(EditingDomain domain, Command command) {
		if (command == null || !command.canExecute()) {
			return command;
		}
		if (command instanceof AddCommand add) {
			return added(domain, add, add.getOwner(), add.getFeature(), add.getCollection());
		}
		if (command instanceof RemoveCommand remove) {
			return removed(domain, remove, remove.getOwner(), remove.getFeature(), remove.getCollection());
		}
		if (command instanceof SetCommand set) {
			return set(domain, set, set.getOwner(), set.getFeature(), set.getValue());
		}
		return command;
	}

	private static Command added(EditingDomain domain, Command command, EObject owner, EStructuralFeature feature,
			Collection<?> values) {
		if (owner instanceof HostGroup group && feature == Literals.HOST_GROUP__HOSTS) {
			return ProfileCommands.joined(domain, command, group, hosts(values));
		}
		return membershipChange(domain, command, owner, feature, values);
	}

	private static Command removed(EditingDomain domain, Command command, EObject owner, EStructuralFeature feature,
			Collection<?> values) {
		if (owner instanceof HostGroup group && feature == Literals.HOST_GROUP__HOSTS) {
			return ProfileCommands.left(domain, command, group, hosts(values), false);
		}
		return membershipChange(domain, command, owner, feature, values);
	}

	private static Command membershipChange(EditingDomain domain, Command command, EObject owner,
			EStructuralFeature feature, Collection<?> values) {
		if (owner instanceof HostGroup group && feature == Literals.HOST_GROUP__SUBGROUPS) {
			return ProfileCommands.afterGroupChange(domain, command, List.of(group));
		}
		if (owner instanceof Fleet && feature == Literals.FLEET__GROUPS) {
			List<HostGroup> groups = values.stream().filter(HostGroup.class::isInstance).map(HostGroup.class::cast)
					.toList();
			return groups.isEmpty() ? command : ProfileCommands.afterGroupChange(domain, command, groups);
		}
		return command;
	}

	private static Command set(EditingDomain domain, Command command, EObject owner, EStructuralFeature feature,
			Object value) {
		if (owner instanceof HostGroup group && (feature == Literals.HOST_GROUP__SETTINGS
				|| feature == Literals.HOST_GROUP__HOSTS || feature == Literals.HOST_GROUP__SUBGROUPS)) {
			return ProfileCommands.afterGroupChange(domain, command, List.of(group));
		}
		if (owner instanceof OffloadSettings && owner.eContainer() instanceof HostGroup group) {
			return ProfileCommands.afterGroupChange(domain, command, List.of(group));
		}
		if (owner instanceof Host host && feature == Literals.HOST__SYSCTLS && value instanceof SysctlSettings made
				&& host.getAppliedProfile() != null) {
			return ProfileCommands.sysctlsMadeOnHost(domain, command, host, made);
		}
		ProfileField field = ProfileField.forAttribute(feature);
		if (owner instanceof Flowtable flowtable && flowtable.getTemplate() != null && field != null
				&& field.scope() == ProfileField.Scope.FLOWTABLE) {
			return value == SetCommand.UNSET_VALUE ? ProfileCommands.resetToInherited(domain, flowtable, field)
					: ProfileCommands.setOnHost(domain, flowtable, field, value);
		}
		if (owner instanceof SysctlSettings && field != null && field.scope() == ProfileField.Scope.SYSCTLS) {
			if (owner.eContainer() instanceof Host host && host.getAppliedProfile() != null) {
				return value == SetCommand.UNSET_VALUE ? ProfileCommands.resetToInherited(domain, host, field)
						: ProfileCommands.setOnHost(domain, host, field, value);
			}
			if (owner.eContainer() instanceof FlowtableProfile profile) {
				return ProfileCommands.afterProfileChange(domain, command, profile);
			}
		}
		if (owner instanceof FlowtableTemplate template && field != null && field.scope() == ProfileField.Scope.FLOWTABLE
				&& template.eContainer() instanceof FlowtableProfile profile) {
			return ProfileCommands.afterProfileChange(domain, command, profile);
		}
		if (owner instanceof FlowtableProfile profile && feature == Literals.FLOWTABLE_PROFILE__SYSCTLS) {
			return ProfileCommands.afterProfileChange(domain, command, profile);
		}
		return command;
	}

	private static List<Host> hosts(Collection<?> values) {
		List<Host> hosts = new ArrayList<>();
		for (Object value : values) {
			if (value instanceof Host host) {
				hosts.add(host);
			}
		}
		return hosts;
	}
}

package org.nftoffload.fleet.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.RoleBinding;
import org.nftoffload.model.RuleTemplate;

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
	 * bindings and the profile as its applied profile.
	 */
	public static Command applyProfile(EditingDomain domain, FlowtableProfile profile, List<Host> hosts,
			Map<Host, Map<String, List<NetworkInterface>>> mapping) throws MappingException {
		Set<String> roles = new LinkedHashSet<>();
		for (FlowtableTemplate template : profile.getFlowtables()) {
			roles.addAll(template.getDeviceRoles());
		}
		for (RuleTemplate rule : profile.getRules()) {
			roles.addAll(rule.getInputRoles());
			roles.addAll(rule.getOutputRoles());
		}
		CompoundCommand all = new CompoundCommand("Apply profile " + profile.getName() + " to " + hosts.size() + " host(s)");
		for (Host host : hosts) {
			Map<String, List<NetworkInterface>> roleMap = mapping.getOrDefault(host, Map.of());
			for (String role : roles) {
				List<NetworkInterface> devices = roleMap.get(role);
				if (devices == null || devices.isEmpty()) {
					throw new MappingException("host " + host.getName() + ": role " + role + " of profile " + profile.getName()
							+ " is not mapped to any interface: choose the host's " + role + " interface(s)");
				}
				for (NetworkInterface device : devices) {
					if (device.eContainer() != host) {
						throw new MappingException("host " + host.getName() + ": role " + role + " is mapped to " + device.getName()
								+ ", which is not an interface of this host");
					}
				}
			}
			List<Flowtable> flowtables = new ArrayList<>();
			Map<FlowtableTemplate, Flowtable> made = new HashMap<>();
			for (FlowtableTemplate template : profile.getFlowtables()) {
				Flowtable flowtable = ModelFactory.eINSTANCE.createFlowtable();
				flowtable.setName(template.getName());
				flowtable.setFamily(template.getFamily());
				flowtable.setHook(template.getHook());
				flowtable.setPriority(template.getPriority());
				flowtable.setOffloadMode(template.getOffloadMode());
				flowtable.setCounter(template.isCounter());
				for (String role : template.getDeviceRoles()) {
					for (NetworkInterface device : roleMap.get(role)) {
						if (!flowtable.getDevices().contains(device)) {
							flowtable.getDevices().add(device);
						}
					}
				}
				made.put(template, flowtable);
				flowtables.add(flowtable);
			}
			List<OffloadRule> rules = new ArrayList<>();
			for (RuleTemplate template : profile.getRules()) {
				OffloadRule rule = ModelFactory.eINSTANCE.createOffloadRule();
				rule.setFlowtable(made.get(template.getFlowtable()));
				rule.getProtocols().addAll(template.getProtocols());
				rule.getSourcePrefixes().addAll(template.getSourcePrefixes());
				rule.getDestinationPrefixes().addAll(template.getDestinationPrefixes());
				for (String role : template.getInputRoles()) {
					rule.getInputInterfaces().addAll(roleMap.get(role));
				}
				for (String role : template.getOutputRoles()) {
					rule.getOutputInterfaces().addAll(roleMap.get(role));
				}
				rule.setExcludeMarked(template.isExcludeMarked());
				rule.setExcludeNatted(template.isExcludeNatted());
				rule.setComment(template.getComment());
				rules.add(rule);
			}
			List<RoleBinding> bindings = new ArrayList<>();
			for (String role : roles) {
				RoleBinding binding = ModelFactory.eINSTANCE.createRoleBinding();
				binding.setRole(role);
				binding.getDevices().addAll(roleMap.get(role));
				bindings.add(binding);
			}
			ModelPackage p = ModelPackage.eINSTANCE;
			if (!host.getRules().isEmpty()) {
				all.append(new RemoveCommand(domain, host, p.getHost_Rules(), new ArrayList<>(host.getRules())));
			}
			if (!host.getFlowtables().isEmpty()) {
				all.append(new RemoveCommand(domain, host, p.getHost_Flowtables(), new ArrayList<>(host.getFlowtables())));
			}
			if (!host.getRoleBindings().isEmpty()) {
				all.append(new RemoveCommand(domain, host, p.getHost_RoleBindings(), new ArrayList<>(host.getRoleBindings())));
			}
			if (!flowtables.isEmpty()) {
				all.append(new AddCommand(domain, host, p.getHost_Flowtables(), flowtables));
			}
			if (!rules.isEmpty()) {
				all.append(new AddCommand(domain, host, p.getHost_Rules(), rules));
			}
			if (!bindings.isEmpty()) {
				all.append(new AddCommand(domain, host, p.getHost_RoleBindings(), bindings));
			}
			all.append(new SetCommand(domain, host, p.getHost_AppliedProfile(), profile));
		}
		return all;
	}

	/**
	 * {@link #applyProfile} to every host of {@code group}, and records the profile as the group's
	 * applied profile, in the same single command.
	 */
	public static Command applyProfileToGroup(EditingDomain domain, FlowtableProfile profile, HostGroup group,
			Map<Host, Map<String, List<NetworkInterface>>> mapping) throws MappingException {
		CompoundCommand all = new CompoundCommand("Apply profile " + profile.getName() + " to group " + group.getName());
		all.append(applyProfile(domain, profile, new ArrayList<>(group.getHosts()), mapping));
		all.append(new SetCommand(domain, group, ModelPackage.eINSTANCE.getHostGroup_AppliedProfile(), profile));
		return all;
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
			all.append(new SetCommand(domain, object, feature, value));
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

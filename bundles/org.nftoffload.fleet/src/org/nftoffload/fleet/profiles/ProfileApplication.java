package org.nftoffload.fleet.profiles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage.Literals;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.RoleBinding;
import org.nftoffload.model.RuleTemplate;
import org.nftoffload.model.SysctlSettings;

/**
 * What applying a profile does to one host, worked out before anything changes ({@link HostPlan}),
 * and the one command that does it for many hosts. Building is linear in the hosts: the fleet's
 * group membership is read once ({@link ProfileValues}), and each host's plan touches only that host.
 * <ul>
 * <li>The host's flowtables and rules are replaced by the profile's, devices taken from the role
 * mapping, which is kept as the host's role bindings; the profile becomes its applied profile.</li>
 * <li>Each new flowtable records its {@code template}. Values the host set itself on a flowtable
 * of the same template are kept, with their {@code overriddenFeatures}; all others are resolved
 * host &gt; group &gt; profile default ({@link ProfileValues}).</li>
 * <li>Sysctls: a host that had a profile keeps the timeouts it set itself and takes the resolved
 * value for the others; on a host that had no profile yet, every sysctl it already sets counts as
 * set by the host (kept, recorded as overridden), so applying a profile never drops a value an
 * engineer chose. Reset takes such a value back to the inherited one.</li>
 * </ul>
 */
public final class ProfileApplication {

	private ProfileApplication() {
	}

	/**
	 * One host's part of an apply. The flowtables, rules and bindings are new, detached objects that
	 * point at the host's interfaces; {@code sysctls} holds the value of every sysctl field afterwards
	 * (null: left unset) and {@code sysctlOverrides} the names the host sets itself.
	 */
	public record HostPlan(Host host, FlowtableProfile profile, List<Flowtable> flowtables, List<OffloadRule> rules,
			List<RoleBinding> bindings, Map<ProfileField, Object> sysctls, List<String> sysctlOverrides) {
	}

	/**
	 * Why {@code roleMap} cannot be applied to {@code host}: the first role without an interface of
	 * that host, in words that say what to do; null when it can.
	 */
	public static String mappingError(Host host, FlowtableProfile profile, Map<String, List<NetworkInterface>> roleMap) {
		for (String role : RoleMappings.requiredRoles(profile)) {
			List<NetworkInterface> devices = roleMap == null ? null : roleMap.get(role);
			if (devices == null || devices.isEmpty()) {
				return "host " + host.getName() + ": role " + role + " of profile " + profile.getName()
						+ " is not mapped to any interface: choose the host's " + role + " interface(s)";
			}
			for (NetworkInterface device : devices) {
				if (device.eContainer() != host) {
					return "host " + host.getName() + ": role " + role + " is mapped to " + device.getName()
							+ ", which is not an interface of this host";
				}
			}
		}
		return null;
	}

	/** The plan for one host; {@code roleMap} must map every role ({@link #mappingError} is null). */
	public static HostPlan plan(ProfileValues values, FlowtableProfile profile, Host host,
			Map<String, List<NetworkInterface>> roleMap) {
		String error = mappingError(host, profile, roleMap);
		if (error != null) {
			throw new IllegalArgumentException(error);
		}
		Map<FlowtableTemplate, Flowtable> previous = new HashMap<>();
		for (Flowtable existing : host.getFlowtables()) {
			if (existing.getTemplate() != null) {
				previous.putIfAbsent(existing.getTemplate(), existing);
			}
		}
		List<Flowtable> flowtables = new ArrayList<>();
		Map<FlowtableTemplate, Flowtable> made = new HashMap<>();
		for (FlowtableTemplate template : profile.getFlowtables()) {
			Flowtable flowtable = ModelFactory.eINSTANCE.createFlowtable();
			flowtable.setName(template.getName());
			flowtable.setFamily(template.getFamily());
			flowtable.setHook(template.getHook());
			flowtable.setTemplate(template);
			Flowtable before = previous.get(template);
			for (ProfileField field : ProfileField.of(ProfileField.Scope.FLOWTABLE)) {
				if (before != null && before.getOverriddenFeatures().contains(field.featureName())) {
					flowtable.getOverriddenFeatures().add(field.featureName());
					flowtable.eSet(field.attribute(), before.eGet(field.attribute()));
				} else {
					flowtable.eSet(field.attribute(), values.inherited(host, template, field).value());
				}
			}
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
		for (String role : RoleMappings.requiredRoles(profile)) {
			RoleBinding binding = ModelFactory.eINSTANCE.createRoleBinding();
			binding.setRole(role);
			binding.getDevices().addAll(roleMap.get(role));
			bindings.add(binding);
		}

		SysctlSettings existing = host.getSysctls();
		Set<String> overrides = new LinkedHashSet<>();
		if (existing != null) {
			if (host.getAppliedProfile() != null) {
				overrides.addAll(existing.getOverriddenFeatures());
			} else {
				for (ProfileField field : ProfileField.of(ProfileField.Scope.SYSCTLS)) {
					if (existing.eGet(field.attribute()) != null) {
						overrides.add(field.featureName());
					}
				}
			}
		}
		Map<ProfileField, Object> sysctls = new EnumMap<>(ProfileField.class);
		for (ProfileField field : ProfileField.of(ProfileField.Scope.SYSCTLS)) {
			sysctls.put(field, overrides.contains(field.featureName()) ? existing.eGet(field.attribute())
					: values.inheritedSysctl(host, profile, field).value());
		}
		return new HostPlan(host, profile, flowtables, rules, bindings, sysctls, List.copyOf(overrides));
	}

	/** The plans of many hosts, or the first mapping error; nothing changes either way. */
	public static List<HostPlan> plans(FlowtableProfile profile, Collection<Host> hosts,
			Map<Host, Map<String, List<NetworkInterface>>> mapping) {
		ProfileValues values = hosts.isEmpty() ? ProfileValues.of(null)
				: ProfileValues.ofFleetOf(hosts.iterator().next());
		List<HostPlan> plans = new ArrayList<>(hosts.size());
		for (Host host : hosts) {
			plans.add(plan(values, profile, host, mapping.getOrDefault(host, Map.of())));
		}
		return plans;
	}

	/**
	 * The whole apply as one command: every host's plan (built first: a mapping error on any host
	 * throws {@link IllegalArgumentException} before anything changes) and, when {@code group} is
	 * given, the profile recorded as the group's applied profile. Linear in the hosts.
	 */
	public static Command apply(EditingDomain domain, FlowtableProfile profile, List<Host> hosts,
			Map<Host, Map<String, List<NetworkInterface>>> mapping, org.nftoffload.model.HostGroup group) {
		CompoundCommand all = new CompoundCommand("Apply profile " + profile.getName() + " to "
				+ (group == null ? "" : "group " + group.getName() + ", ") + hosts.size() + " host(s)");
		for (HostPlan plan : plans(profile, hosts, mapping)) {
			append(domain, all, plan);
		}
		if (group != null && group.getAppliedProfile() != profile) {
			all.append(new SetCommand(domain, group, Literals.HOST_GROUP__APPLIED_PROFILE, profile));
		}
		return all;
	}

	/** One command that carries out every plan; undone in one step. */
	public static Command command(EditingDomain domain, String label, List<HostPlan> plans) {
		CompoundCommand all = new CompoundCommand(label);
		for (HostPlan plan : plans) {
			append(domain, all, plan);
		}
		return all;
	}

	/** Appends what {@code plan} changes on its host to {@code all}. */
	public static void append(EditingDomain domain, CompoundCommand all, HostPlan plan) {
		Host host = plan.host();
		if (!host.getRules().isEmpty()) {
			all.append(new RemoveCommand(domain, host, Literals.HOST__RULES, new ArrayList<>(host.getRules())));
		}
		if (!host.getFlowtables().isEmpty()) {
			all.append(new RemoveCommand(domain, host, Literals.HOST__FLOWTABLES, new ArrayList<>(host.getFlowtables())));
		}
		if (!host.getRoleBindings().isEmpty()) {
			all.append(new RemoveCommand(domain, host, Literals.HOST__ROLE_BINDINGS, new ArrayList<>(host.getRoleBindings())));
		}
		if (!plan.flowtables().isEmpty()) {
			all.append(new AddCommand(domain, host, Literals.HOST__FLOWTABLES, plan.flowtables()));
		}
		if (!plan.rules().isEmpty()) {
			all.append(new AddCommand(domain, host, Literals.HOST__RULES, plan.rules()));
		}
		if (!plan.bindings().isEmpty()) {
			all.append(new AddCommand(domain, host, Literals.HOST__ROLE_BINDINGS, plan.bindings()));
		}
		appendSysctls(domain, all, host, plan.sysctls(), plan.sysctlOverrides());
		if (host.getAppliedProfile() != plan.profile()) {
			all.append(new SetCommand(domain, host, Literals.HOST__APPLIED_PROFILE, plan.profile()));
		}
	}

	/**
	 * Brings the host's sysctls to {@code values} and {@code overrides}: attribute by attribute when
	 * it has sysctls (editors bound to them stay bound), as a new object when it has none and
	 * something is to be set.
	 */
	static void appendSysctls(EditingDomain domain, CompoundCommand all, Host host, Map<ProfileField, Object> values,
			List<String> overrides) {
		SysctlSettings sysctls = host.getSysctls();
		if (sysctls == null) {
			if (overrides.isEmpty() && values.values().stream().allMatch(Objects::isNull)) {
				return;
			}
			SysctlSettings fresh = ModelFactory.eINSTANCE.createSysctlSettings();
			values.forEach((field, value) -> fresh.eSet(field.attribute(), value));
			fresh.getOverriddenFeatures().addAll(overrides);
			all.append(new SetCommand(domain, host, Literals.HOST__SYSCTLS, fresh));
			return;
		}
		values.forEach((field, value) -> {
			if (!Objects.equals(sysctls.eGet(field.attribute()), value)) {
				all.append(new SetCommand(domain, sysctls, field.attribute(), value));
			}
		});
		if (!sysctls.getOverriddenFeatures().equals(overrides)) {
			all.append(new SetCommand(domain, sysctls, Literals.SYSCTL_SETTINGS__OVERRIDDEN_FEATURES, overrides));
		}
	}

	/**
	 * The host as the plan would leave it, as a detached copy (flowtables and rules only; sysctls
	 * are not part of the nft script): what a preview renders. The live host is not touched.
	 */
	public static Host preview(HostPlan plan) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Host copy = (Host) copier.copy(plan.host());
		Collection<Flowtable> flowtables = copier.copyAll(plan.flowtables());
		Collection<OffloadRule> rules = copier.copyAll(plan.rules());
		copier.copyReferences();
		copy.getRules().clear();
		copy.getFlowtables().clear();
		copy.getFlowtables().addAll(flowtables);
		copy.getRules().addAll(rules);
		copy.setAppliedProfile(plan.profile());
		return copy;
	}
}

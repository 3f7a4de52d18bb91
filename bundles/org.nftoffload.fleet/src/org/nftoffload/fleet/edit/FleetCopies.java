package org.nftoffload.fleet.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadRule;

/**
 * Copy, paste and duplicate of hosts, flowtables and offload rules, with their references fixed up:
 * <ul>
 * <li>a pasted host is a whole copy: its flowtables' devices, its rules' flowtable and interfaces and
 * its role bindings point at the copy's own interfaces and flowtables, never at the original's;</li>
 * <li>a flowtable or rule pasted into another host points at that host's interfaces and flowtables of
 * the same names; a device that host lacks is added to it as an interface the last probe did not find
 * ({@code present = false}), so the validator flags it instead of the copy silently pointing into
 * another router;</li>
 * <li>names are made unique among the new siblings ({@code edge1-copy}, {@code ft-copy}).</li>
 * </ul>
 * Every paste is one command; nothing changes until it is executed. The clipboard holds detached
 * copies, so pasting twice gives two independent copies and edits after Copy do not leak in.
 */
public final class FleetCopies {

	private static final ModelPackage P = ModelPackage.eINSTANCE;

	private FleetCopies() {
	}

	/** Whether {@code object} can be copied: hosts, flowtables (of the host's own table) and offload rules. */
	public static boolean copyable(EObject object) {
		return object instanceof Host || (object instanceof Flowtable && object.eContainer() instanceof Host)
				|| (object instanceof OffloadRule && object.eContainer() instanceof Host);
	}

	/**
	 * Detached copies of the copyable objects among {@code originals}, for the clipboard. A flowtable
	 * copied with the rules that use it keeps them pointing at the copy.
	 */
	public static List<EObject> copy(Collection<? extends EObject> originals) {
		List<EObject> copyable = new ArrayList<>();
		for (EObject object : originals) {
			// a flowtable of a host that is copied as well comes along with its host
			if (copyable(object) && !containedInAny(object, originals)) {
				copyable.add(object);
			}
		}
		return copyAll(copyable);
	}

	/** Copies with references among them pointing at the copies, all others left as they were. */
	private static List<EObject> copyAll(Collection<? extends EObject> objects) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<EObject> copies = new ArrayList<>(copier.copyAll(objects));
		copier.copyReferences();
		return copies;
	}

	private static boolean containedInAny(EObject object, Collection<? extends EObject> others) {
		for (EObject o = object.eContainer(); o != null; o = o.eContainer()) {
			if (others.contains(o)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Pastes {@code clipboard} (from {@link #copy}) at {@code targets}, the selected objects: hosts go
	 * into the fleet (after the last selected host, and into the selected groups as members);
	 * flowtables and rules go into every host that is, or contains, a target. Unexecutable when
	 * nothing fits the targets.
	 */
	public static Command paste(EditingDomain domain, Fleet fleet, List<? extends EObject> clipboard,
			Collection<?> targets) {
		List<Host> hosts = new ArrayList<>();
		List<EObject> hostParts = new ArrayList<>();
		for (EObject object : clipboard) {
			if (object instanceof Host host) {
				hosts.add(host);
			} else {
				hostParts.add(object);
			}
		}
		CompoundCommand all = new CompoundCommand(pasteLabel(clipboard));
		if (!hosts.isEmpty()) {
			List<HostGroup> groups = new ArrayList<>();
			int index = -1; // after the last selected host, or at the end
			for (Object target : targets) {
				if (target instanceof HostGroup group) {
					groups.add(group);
				} else if (target instanceof Host host && host.eContainer() == fleet) {
					index = Math.max(index, fleet.getHosts().indexOf(host) + 1);
				}
			}
			if (index < 0) {
				index = fleet.getHosts().size();
			}
			appendHosts(domain, fleet, hosts, index, groups, all);
		}
		if (!hostParts.isEmpty()) {
			Set<Host> into = new LinkedHashSet<>();
			for (Object target : targets) {
				Host host = hostOf(target);
				if (host != null && host.eContainer() == fleet) {
					into.add(host);
				}
			}
			for (Host host : into) {
				appendIntoHost(domain, host, hostParts, all);
			}
		}
		return all.isEmpty() ? UnexecutableCommand.INSTANCE : all;
	}

	/**
	 * Duplicates {@code originals} in place: each host right after itself (and in its groups), each
	 * flowtable or rule in its own host. One command.
	 */
	public static Command duplicate(EditingDomain domain, Fleet fleet, Collection<? extends EObject> originals) {
		CompoundCommand all = new CompoundCommand("Duplicate " + describeCount(originals));
		List<EObject> copyable = originals.stream().filter(FleetCopies::copyable)
				.filter(o -> !containedInAny(o, originals)).map(EObject.class::cast).toList();
		if (copyable.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Map<Host, List<EObject>> partsByHost = new LinkedHashMap<>();
		List<Host> hosts = new ArrayList<>();
		for (EObject object : copyable) {
			if (object instanceof Host host) {
				hosts.add(host);
			} else {
				partsByHost.computeIfAbsent((Host) object.eContainer(), h -> new ArrayList<>()).add(object);
			}
		}
		UniqueNames hostNames = new UniqueNames(fleet.getHosts().stream().map(Host::getName).toList());
		// later positions first, so each insertion index stays right
		List<Host> byPosition = new ArrayList<>(hosts);
		byPosition.sort((a, b) -> Integer.compare(fleet.getHosts().indexOf(b), fleet.getHosts().indexOf(a)));
		for (Host original : byPosition) {
			Host copy = (Host) copyAll(List.of(original)).get(0);
			copy.setName(hostNames.copyOf(original.getName()));
			all.append(AddCommand.create(domain, fleet, P.getFleet_Hosts(), copy, fleet.getHosts().indexOf(original) + 1));
			for (HostGroup group : fleet.getGroups()) {
				if (group.getHosts().contains(original)) {
					all.append(AddCommand.create(domain, group, P.getHostGroup_Hosts(), copy));
				}
			}
		}
		partsByHost.forEach((host, parts) -> appendIntoHost(domain, host, parts, all));
		return all;
	}

	private static void appendHosts(EditingDomain domain, Fleet fleet, List<Host> clipboard, int index,
			List<HostGroup> groups, CompoundCommand all) {
		UniqueNames names = new UniqueNames(fleet.getHosts().stream().map(Host::getName).toList());
		List<Host> copies = new ArrayList<>();
		for (EObject copy : copyAll(clipboard)) {
			Host host = (Host) copy;
			host.setName(names.copyOf(host.getName()));
			copies.add(host);
		}
		all.append(AddCommand.create(domain, fleet, P.getFleet_Hosts(), copies, index));
		for (HostGroup group : groups) {
			all.append(AddCommand.create(domain, group, P.getHostGroup_Hosts(), copies));
		}
	}

	/**
	 * Adds fresh copies of {@code parts} to {@code host}, with every reference into another host
	 * replaced by {@code host}'s object of the same name (missing devices added as not present).
	 */
	private static void appendIntoHost(EditingDomain domain, Host host, List<EObject> parts, CompoundCommand all) {
		List<EObject> copies = copyAll(parts);
		UniqueNames flowtableNames = new UniqueNames(host.getFlowtables().stream().map(Flowtable::getName).toList());
		Map<String, NetworkInterface> devices = new LinkedHashMap<>();
		host.getInterfaces().forEach(d -> devices.putIfAbsent(d.getName(), d));
		Map<String, Flowtable> flowtables = new LinkedHashMap<>();
		host.getFlowtables().forEach(f -> flowtables.putIfAbsent(f.getName(), f));
		List<NetworkInterface> added = new ArrayList<>();
		List<Flowtable> newFlowtables = new ArrayList<>();
		List<OffloadRule> newRules = new ArrayList<>();
		for (EObject copy : copies) {
			if (copy instanceof Flowtable flowtable) {
				// pasted into its own host under its own name, a copy needs a new one
				flowtable.setName(flowtableNames.next(flowtable.getName(), "-copy"));
				newFlowtables.add(flowtable);
			}
		}
		for (EObject copy : copies) {
			if (copy instanceof OffloadRule rule) {
				newRules.add(rule);
			}
			for (EReference reference : copy.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isDerived() || !reference.isChangeable()) {
					continue;
				}
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					List<EObject> values = (List<EObject>) copy.eGet(reference);
					for (int i = 0; i < values.size(); i++) {
						EObject mapped = mapInto(host, values.get(i), copies, devices, flowtables, added);
						if (mapped != values.get(i)) {
							values.set(i, mapped);
						}
					}
				} else if (copy.eGet(reference) instanceof EObject value) {
					EObject mapped = mapInto(host, value, copies, devices, flowtables, added);
					if (mapped == null && copy instanceof OffloadRule rule && value instanceof Flowtable missing) {
						// as an import of a rule naming a missing flowtable: kept by name, flagged by the validator
						rule.setFlowtableName(missing.getName());
					}
					copy.eSet(reference, mapped);
				}
			}
		}
		if (!added.isEmpty()) {
			all.append(AddCommand.create(domain, host, P.getHost_Interfaces(), added));
		}
		if (!newFlowtables.isEmpty()) {
			all.append(AddCommand.create(domain, host, P.getHost_Flowtables(), newFlowtables));
		}
		if (!newRules.isEmpty()) {
			all.append(AddCommand.create(domain, host, P.getHost_Rules(), newRules));
		}
	}

	/** {@code value} as seen from {@code host}: itself when it is the host's own or one of the copies. */
	private static EObject mapInto(Host host, EObject value, List<EObject> copies, Map<String, NetworkInterface> devices,
			Map<String, Flowtable> flowtables, List<NetworkInterface> added) {
		if (hostOf(value) == host || copies.contains(value) || containedInAny(value, copies)) {
			return value;
		}
		if (value instanceof NetworkInterface device) {
			return devices.computeIfAbsent(device.getName(), name -> {
				NetworkInterface missing = ModelFactory.eINSTANCE.createNetworkInterface();
				missing.setName(name);
				missing.setKind(device.getKind());
				missing.setPresent(false);
				added.add(missing);
				return missing;
			});
		}
		if (value instanceof Flowtable flowtable) {
			return flowtables.get(flowtable.getName());
		}
		return value; // fleet-level objects (profiles) are shared by every host
	}

	/** The host a navigator target belongs to: the host itself, or the host containing it. */
	public static Host hostOf(Object target) {
		for (EObject o = target instanceof EObject object ? object : null; o != null; o = o.eContainer()) {
			if (o instanceof Host host) {
				return host;
			}
		}
		return null;
	}

	private static String pasteLabel(List<? extends EObject> clipboard) {
		return "Paste " + describeCount(clipboard);
	}

	static String describeCount(Collection<? extends EObject> objects) {
		long hosts = objects.stream().filter(Host.class::isInstance).count();
		long flowtables = objects.stream().filter(Flowtable.class::isInstance).count();
		long rules = objects.stream().filter(OffloadRule.class::isInstance).count();
		List<String> parts = new ArrayList<>();
		if (hosts > 0) {
			parts.add(ModelTexts.count((int) hosts, "host", "hosts"));
		}
		if (flowtables > 0) {
			parts.add(ModelTexts.count((int) flowtables, "flowtable", "flowtables"));
		}
		if (rules > 0) {
			parts.add(ModelTexts.count((int) rules, "rule", "rules"));
		}
		return parts.isEmpty() ? "nothing" : String.join(", ", parts);
	}
}

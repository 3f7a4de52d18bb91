package org.nftoffload.fleet.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.nft.NftNames;

/**
 * Find & Replace of an interface name across hosts (fwbuilder's replace across "all firewalls"):
 * the plan lists, per host, the interface and every place that names it (flowtable devices, rules'
 * input and output interfaces, role bindings, lower devices of VLANs and bridges, live tables), so
 * the engineer sees each change before it is made. Devices are references, so renaming the one
 * interface changes every place at once; the command is one {@link SetCommand} per host, undone
 * together.
 */
public final class InterfaceRename {

	/** One place that shows the new name after the rename: {@code before} and {@code after} as the navigator would say it. */
	public record Place(Host host, EObject object, String what, String before, String after) {
	}

	/**
	 * One host's part: the interface renamed and the places that follow it; {@code conflict} says
	 * why this host is left out (it already has an interface of the new name), or is null.
	 */
	public record HostChange(Host host, NetworkInterface device, List<Place> places, String conflict) {
		public boolean applicable() {
			return conflict == null;
		}
	}

	/** The whole plan; {@code error} is set (and nothing can be applied) when the names themselves are wrong. */
	public record Plan(String from, String to, List<HostChange> hosts, String error) {

		public List<HostChange> applicable() {
			return hosts.stream().filter(HostChange::applicable).toList();
		}

		public int placeCount() {
			return applicable().stream().mapToInt(h -> h.places().size()).sum();
		}

		/** One command over the applicable hosts, or an unexecutable one when there is nothing to do. */
		public Command command(EditingDomain domain) {
			return command(domain, applicable());
		}

		/** One command over {@code chosen}, a subset of the applicable hosts (the engineer's ticks). */
		public Command command(EditingDomain domain, Collection<HostChange> chosen) {
			if (error != null || chosen.isEmpty()) {
				return UnexecutableCommand.INSTANCE;
			}
			CompoundCommand all = new CompoundCommand("Rename interface " + from + " to " + to + " on "
					+ ModelTexts.count(chosen.size(), "host", "hosts"));
			for (HostChange change : chosen) {
				if (!change.applicable()) {
					throw new IllegalArgumentException(change.host().getName() + " cannot be renamed: " + change.conflict());
				}
				all.append(SetCommand.create(domain, change.device(), ModelPackage.Literals.NETWORK_INTERFACE__NAME, to));
			}
			return all;
		}
	}

	private InterfaceRename() {
	}

	/** The plan for renaming interface {@code from} to {@code to} on each of {@code hosts} that has it. */
	public static Plan plan(Collection<Host> hosts, String from, String to) {
		String find = from == null ? "" : from.strip();
		String replace = to == null ? "" : to.strip();
		String error = null;
		if (find.isEmpty()) {
			error = "Enter the interface name to find, e.g. eth0.";
		} else if (replace.isEmpty()) {
			error = "Enter the new interface name, e.g. lan0.";
		} else if (!NftNames.isValidDeviceName(replace)) {
			error = "'" + replace + "' is not a valid interface name: at most 15 letters, digits and _ . @ -"
					+ " (a trailing * makes a wildcard).";
		} else if (find.equals(replace)) {
			error = "The new name is the same as the old one.";
		}
		List<HostChange> changes = new ArrayList<>();
		if (!find.isEmpty()) {
			for (Host host : hosts) {
				NetworkInterface device = host.getInterfaces().stream().filter(d -> find.equals(d.getName())).findFirst()
						.orElse(null);
				if (device == null) {
					continue;
				}
				String conflict = host.getInterfaces().stream().anyMatch(d -> replace.equals(d.getName()))
						? "already has an interface " + replace + ": rename or delete that one first"
						: null;
				changes.add(new HostChange(host, device, places(host, device, replace), conflict));
			}
		}
		return new Plan(find, replace, List.copyOf(changes), error);
	}

	private static List<Place> places(Host host, NetworkInterface device, String to) {
		List<Place> places = new ArrayList<>();
		String from = device.getName();
		places.add(new Place(host, device, "interface", from, to));
		for (WhereUsed.Usage usage : WhereUsed.of(device, host)) {
			EObject user = usage.user();
			@SuppressWarnings("unchecked")
			List<NetworkInterface> names = usage.feature().isMany() ? (List<NetworkInterface>) user.eGet(usage.feature())
					: List.of(device);
			String before = ModelTexts.names(names, "");
			String after = String.join(", ", names.stream().map(d -> d == device ? to : d.getName()).toList());
			places.add(new Place(host, user, WhereUsed.kind(user) + " " + title(user) + ", "
					+ WhereUsed.featureName(usage.feature()), before, after));
		}
		return places;
	}

	/** The short name of a user: a flowtable's or interface's name, a binding's role, a rule's label. */
	private static String title(EObject user) {
		return switch (user) {
		case org.nftoffload.model.Flowtable f -> ModelTexts.nonEmpty(f.getName(), "(unnamed)");
		case NetworkInterface d -> ModelTexts.nonEmpty(d.getName(), "(unnamed)");
		case org.nftoffload.model.RoleBinding b -> ModelTexts.nonEmpty(b.getRole(), "(no role)");
		default -> ModelTexts.label(user);
		};
	}
}

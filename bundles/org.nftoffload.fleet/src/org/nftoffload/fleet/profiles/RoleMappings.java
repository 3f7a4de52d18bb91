package org.nftoffload.fleet.profiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.RoleBinding;
import org.nftoffload.model.RuleTemplate;

/**
 * Which interfaces of a host play which role of a profile: the roles a profile needs, a mapping
 * suggested from what the console already knows, and the typed form of a mapping ({@code lan0,
 * lan1}) read back with errors that name the host and what it has.
 */
public final class RoleMappings {

	private RoleMappings() {
	}

	/**
	 * The roles the profile's flowtables and rules use, each of which every host must map: in the
	 * profile's declared order, then any used but undeclared role (the validator flags those).
	 */
	public static List<String> requiredRoles(FlowtableProfile profile) {
		Set<String> used = new LinkedHashSet<>();
		for (FlowtableTemplate template : profile.getFlowtables()) {
			used.addAll(template.getDeviceRoles());
		}
		for (RuleTemplate rule : profile.getRules()) {
			used.addAll(rule.getInputRoles());
			used.addAll(rule.getOutputRoles());
		}
		List<String> ordered = new ArrayList<>();
		for (String role : profile.getRoles()) {
			if (used.remove(role)) {
				ordered.add(role);
			}
		}
		ordered.addAll(used);
		return ordered;
	}

	/**
	 * A mapping for every role the console can guess, in this order: the host's earlier binding of
	 * the role (its devices that are still interfaces of the host), else the probed interfaces named
	 * like the role ({@code wan}, or {@code lan0}, {@code lan1} for {@code lan}) that the last probe
	 * saw. A role with no guess is left out: the engineer must choose.
	 */
	public static Map<String, List<NetworkInterface>> suggest(Host host, FlowtableProfile profile) {
		Map<String, List<NetworkInterface>> mapping = new LinkedHashMap<>();
		for (String role : requiredRoles(profile)) {
			List<NetworkInterface> devices = fromBinding(host, role);
			if (devices.isEmpty()) {
				devices = byName(host, role);
			}
			if (!devices.isEmpty()) {
				mapping.put(role, devices);
			}
		}
		return mapping;
	}

	/** Whether the suggestion maps every role the profile needs. */
	public static boolean complete(Map<String, List<NetworkInterface>> mapping, FlowtableProfile profile) {
		return requiredRoles(profile).stream().allMatch(role -> !mapping.getOrDefault(role, List.of()).isEmpty());
	}

	private static List<NetworkInterface> fromBinding(Host host, String role) {
		for (RoleBinding binding : host.getRoleBindings()) {
			if (role.equals(binding.getRole())) {
				return binding.getDevices().stream().filter(d -> d.eContainer() == host).toList();
			}
		}
		return List.of();
	}

	private static List<NetworkInterface> byName(Host host, String role) {
		List<NetworkInterface> exact = new ArrayList<>();
		List<NetworkInterface> numbered = new ArrayList<>();
		Pattern numberedName = Pattern.compile(Pattern.quote(role.toLowerCase(Locale.ROOT)) + "[0-9]+");
		for (NetworkInterface device : host.getInterfaces()) {
			if (!device.isPresent() || device.getName() == null) {
				continue;
			}
			String name = device.getName().toLowerCase(Locale.ROOT);
			if (name.equals(role.toLowerCase(Locale.ROOT))) {
				exact.add(device);
			} else if (numberedName.matcher(name).matches()) {
				numbered.add(device);
			}
		}
		return exact.isEmpty() ? numbered : exact;
	}

	/** A mapping typed as text: interface names separated by commas or blanks. */
	public record Parsed(List<NetworkInterface> devices, String error) {
		public boolean ok() {
			return error == null;
		}
	}

	/**
	 * Reads {@code text} as interfaces of {@code host} for {@code role}: an empty text is an unmapped
	 * role, an unknown name an error that lists what the host has.
	 */
	public static Parsed parse(Host host, String role, String text) {
		List<NetworkInterface> devices = new ArrayList<>();
		for (String name : text == null ? new String[0] : text.trim().split("[,\\s]+")) {
			if (name.isEmpty()) {
				continue;
			}
			NetworkInterface device = host.getInterfaces().stream().filter(i -> name.equals(i.getName())).findFirst()
					.orElse(null);
			if (device == null) {
				return new Parsed(List.of(), "role " + role + ": " + host.getName() + " has no interface '" + name
						+ "' (it has " + interfaceNames(host) + ")");
			}
			if (!devices.contains(device)) {
				devices.add(device);
			}
		}
		if (devices.isEmpty()) {
			return new Parsed(List.of(), unmapped(host, role));
		}
		return new Parsed(devices, null);
	}

	/** The error of a role no interface plays. */
	public static String unmapped(Host host, String role) {
		return "role " + role + " is not mapped: choose " + host.getName() + "'s " + role + " interface(s) ("
				+ interfaceNames(host) + ")";
	}

	/** The mapping as it is typed: {@code lan0, lan1}. */
	public static String format(List<NetworkInterface> devices) {
		return String.join(", ", devices.stream().map(NetworkInterface::getName).toList());
	}

	private static String interfaceNames(Host host) {
		if (host.getInterfaces().isEmpty()) {
			return "no interfaces known: probe it first";
		}
		return String.join(", ", host.getInterfaces().stream()
				.map(i -> i.getName() + (i.getKind() == null ? "" : " " + i.getKind().getLiteral())).toList());
	}
}

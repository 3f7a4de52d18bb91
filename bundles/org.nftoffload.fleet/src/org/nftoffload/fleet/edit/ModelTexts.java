package org.nftoffload.fleet.edit;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.nftoffload.model.AbstractOffloadRule;
import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.HardwareOffloadVerdict;
import org.nftoffload.model.ObservedSysctl;
import org.nftoffload.model.OffloadSettings;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.HwTcOffloadState;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModuleState;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.RoleBinding;
import org.nftoffload.model.RuleTemplate;
import org.nftoffload.model.SysctlSettings;

/**
 * What each model object is, in the words an engineer reads in the navigator, in previews and in
 * "where used" lists: {@code lan0 (veth, hw offload: no)}, {@code tcp, udp → @ft  "offload
 * established"}. No UI here, so dialogs, the CLI and reports can say the same.
 */
public final class ModelTexts {

	/** Comments longer than this are cut with an ellipsis in one-line labels. */
	static final int COMMENT_CHARS = 32;

	private ModelTexts() {
	}

	public static String label(EObject object) {
		return switch (object) {
		case Fleet fleet -> nonEmpty(fleet.getName(), "Fleet");
		case HostGroup group -> group(group);
		case Host host -> host(host);
		case NetworkInterface device -> device(device);
		case Flowtable flowtable -> flowtable(flowtable);
		case OffloadRule rule -> rule(rule, flowtableName(rule));
		case FlowtableProfile profile -> profile(profile);
		case FlowtableTemplate template -> template(template);
		case RuleTemplate rule -> rule(rule, rule.getFlowtable() == null ? null : rule.getFlowtable().getName())
				+ roles(rule.getInputRoles(), rule.getOutputRoles());
		case SysctlSettings sysctls -> sysctls(sysctls);
		case ObservedTable table -> table(table);
		case ModuleState module -> nonEmpty(module.getName(), "(unnamed module)") + " ("
				+ (module.getStatus() == null ? "unknown" : module.getStatus().getLiteral()) + ")";
		case RoleBinding binding -> nonEmpty(binding.getRole(), "(no role)") + " → " + names(binding.getDevices(), "no device");
		case ObservedSysctl sysctl -> nonEmpty(sysctl.getName(), "?") + " = "
				+ (sysctl.getValue() == null ? "(not on this host)" : sysctl.getValue());
		case OffloadSettings settings -> settings(settings);
		default -> object.eClass().getName();
		};
	}

	/** {@code edge1  192.0.2.11  [edge, dc1]}. */
	public static String host(Host host) {
		String address = host.getAddress() == null || host.getAddress().isBlank() ? "no address" : host.getAddress();
		if (host.getPort() != 22) {
			address += ":" + host.getPort();
		}
		String tags = host.getTags().isEmpty() ? "" : "  [" + String.join(", ", host.getTags()) + "]";
		ApplyStatus applied = host.getLastApplyStatus();
		String apply = applied == null || applied == ApplyStatus.NEVER ? ""
				: "  last apply: " + switch (applied) {
				case ROLLED_BACK -> "rolled back";
				default -> applied.getLiteral();
				};
		return nonEmpty(host.getName(), "(unnamed host)") + "  " + address + tags + apply;
	}

	/** {@code core  (group, 3 hosts, profile edge)}. */
	public static String group(HostGroup group) {
		int n = group.getHosts().size();
		return nonEmpty(group.getName(), "(unnamed group)") + "  (group, " + count(n, "host", "hosts")
				+ (group.getSubgroups().isEmpty() ? "" : ", subgroups " + group.getSubgroups().stream()
						.map(g -> nonEmpty(g.getName(), "?")).collect(Collectors.joining(", ")))
				+ (group.getAppliedProfile() == null ? "" : ", profile " + group.getAppliedProfile().getName()) + ")";
	}

	/** {@code lan0 (veth, hw offload: no)}; a device the last probe did not find says so. */
	public static String device(NetworkInterface device) {
		StringBuilder text = new StringBuilder(nonEmpty(device.getName(), "(unnamed interface)")).append(" (");
		InterfaceKind kind = device.getKind();
		text.append(kind == null ? "physical" : kind.getLiteral());
		if (device.getDriver() != null && !device.getDriver().isBlank()
				&& (kind == null || !device.getDriver().equals(kind.getLiteral()))) {
			text.append(", ").append(device.getDriver());
		}
		if (!device.getLowerDevices().isEmpty()) {
			text.append(", on ").append(names(device.getLowerDevices(), ""));
		}
		text.append(", hw offload: ").append(hardwareOffload(device));
		if (!device.isPresent()) {
			text.append(", not found by the last probe");
		}
		return text.append(')').toString();
	}

	/**
	 * yes, no or unknown: what the probe's {@code hw-tc-offload} feature says ("off [fixed]" and a
	 * software device are a firm no; off can be switched on, so it is not a yes either).
	 */
	public static String hardwareOffload(NetworkInterface device) {
		// the probe's dry run (nft -c of an offload flowtable on this device) is the answer when it ran
		if (device.getHardwareOffloadVerdict() == HardwareOffloadVerdict.SUPPORTED) {
			return "yes";
		}
		if (device.getHardwareOffloadVerdict() == HardwareOffloadVerdict.NOT_SUPPORTED) {
			return "no";
		}
		if (device.getKind() == InterfaceKind.VETH) {
			return "no";
		}
		HwTcOffloadState state = device.getHwTcOffload();
		if (state == null) {
			return "unknown";
		}
		return switch (state) {
		case ON -> "yes";
		case FIXED -> "no";
		case OFF -> "off (can be turned on)";
		default -> "unknown";
		};
	}

	/** {@code ft  inet, software, counter  → lan0, wan0}. */
	public static String flowtable(Flowtable flowtable) {
		return flowtableHead(flowtable.getName(), flowtable.getFamily() == null ? null : flowtable.getFamily().getLiteral(),
				flowtable.getOffloadMode() == null ? null : flowtable.getOffloadMode().getLiteral(), flowtable.isCounter())
				+ "  devices: " + names(flowtable.getDevices(), "none")
				+ (flowtable.getTemplate() == null ? "" : "  from template " + nonEmpty(flowtable.getTemplate().getName(), "?"));
	}

	/** {@code Settings: priority 10, software offload, counter, tcp timeout 30 s} (what a group gives its hosts). */
	static String settings(OffloadSettings s) {
		List<String> parts = new java.util.ArrayList<>();
		if (s.getPriority() != null) {
			parts.add("priority " + s.getPriority());
		}
		if (s.isSetOffloadMode() && s.getOffloadMode() != null) {
			parts.add(s.getOffloadMode().getLiteral() + " offload");
		}
		if (s.getCounter() != null) {
			parts.add(s.getCounter() ? "counter" : "no counter");
		}
		if (s.getFlowtableTcpTimeout() != null) {
			parts.add("tcp timeout " + s.getFlowtableTcpTimeout() + " s");
		}
		if (s.getFlowtableUdpTimeout() != null) {
			parts.add("udp timeout " + s.getFlowtableUdpTimeout() + " s");
		}
		return "Settings: " + (parts.isEmpty() ? "as the profile has them" : String.join(", ", parts));
	}

	static String template(FlowtableTemplate template) {
		return flowtableHead(template.getName(), template.getFamily() == null ? null : template.getFamily().getLiteral(),
				template.getOffloadMode() == null ? null : template.getOffloadMode().getLiteral(), template.isCounter())
				+ "  roles: " + (template.getDeviceRoles().isEmpty() ? "none" : String.join(", ", template.getDeviceRoles()));
	}

	private static String flowtableHead(String name, String family, String mode, boolean counter) {
		return nonEmpty(name, "(unnamed flowtable)") + " (" + (family == null ? "inet" : family) + ", "
				+ (mode == null ? "software" : mode) + " offload" + (counter ? ", counter" : "") + ")";
	}

	private static String flowtableName(OffloadRule rule) {
		if (rule.getFlowtable() != null) {
			return rule.getFlowtable().getName();
		}
		return rule.getFlowtableName();
	}

	/** {@code tcp, udp → @ft  lan0 → wan0  "offload established…"}. */
	static String rule(AbstractOffloadRule rule, String flowtable) {
		StringBuilder text = new StringBuilder(rule.getProtocols().isEmpty() ? "any protocol"
				: rule.getProtocols().stream().map(p -> p.getLiteral()).collect(Collectors.joining(", ")));
		text.append(" → @").append(flowtable == null || flowtable.isBlank() ? "(no flowtable)" : flowtable);
		if (rule instanceof OffloadRule r && (!r.getInputInterfaces().isEmpty() || !r.getOutputInterfaces().isEmpty())) {
			text.append("  ").append(names(r.getInputInterfaces(), "any")).append(" → ")
					.append(names(r.getOutputInterfaces(), "any"));
		}
		if (!rule.getSourcePrefixes().isEmpty() || !rule.getDestinationPrefixes().isEmpty()) {
			text.append("  ").append(rule.getSourcePrefixes().isEmpty() ? "any" : String.join(", ", rule.getSourcePrefixes()))
					.append(" → ")
					.append(rule.getDestinationPrefixes().isEmpty() ? "any" : String.join(", ", rule.getDestinationPrefixes()));
		}
		if (rule.getComment() != null && !rule.getComment().isBlank()) {
			String comment = rule.getComment().strip();
			text.append("  \"").append(comment.length() > COMMENT_CHARS ? comment.substring(0, COMMENT_CHARS).stripTrailing() + "…" : comment)
					.append('"');
		}
		return text.toString();
	}

	private static String roles(List<String> in, List<String> out) {
		if (in.isEmpty() && out.isEmpty()) {
			return "";
		}
		return "  roles " + (in.isEmpty() ? "any" : String.join(", ", in)) + " → "
				+ (out.isEmpty() ? "any" : String.join(", ", out));
	}

	static String profile(FlowtableProfile profile) {
		return nonEmpty(profile.getName(), "(unnamed profile)") + "  (profile, "
				+ count(profile.getRoles().size(), "role", "roles") + ", "
				+ count(profile.getFlowtables().size(), "flowtable", "flowtables") + ", "
				+ count(profile.getRules().size(), "rule", "rules") + ")";
	}

	static String sysctls(SysctlSettings s) {
		String tcp = s.getFlowtableTcpTimeout() == null ? "as on host" : s.getFlowtableTcpTimeout() + " s";
		String udp = s.getFlowtableUdpTimeout() == null ? "as on host" : s.getFlowtableUdpTimeout() + " s";
		String acct = s.getConntrackAcct() == null ? "as on host" : s.getConntrackAcct() ? "on" : "off";
		return "Sysctls: tcp timeout " + tcp + ", udp timeout " + udp + ", nf_conntrack_acct " + acct;
	}

	static String table(ObservedTable table) {
		return "table " + nonEmpty(table.getFamily(), "?") + " " + nonEmpty(table.getName(), "?") + "  (live, read only: "
				+ count(table.getFlowtables().size(), "flowtable", "flowtables") + ", "
				+ count(table.getRules().size(), "rule", "rules") + ")";
	}

	public static String names(List<NetworkInterface> devices, String none) {
		return devices.isEmpty() ? none
				: devices.stream().map(d -> nonEmpty(d.getName(), "?")).collect(Collectors.joining(", "));
	}

	public static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	public static String nonEmpty(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}

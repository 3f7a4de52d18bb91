package org.nftoffload.nft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.nftoffload.model.AbstractFlowtable;
import org.nftoffload.model.AbstractOffloadRule;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.HardwareOffloadVerdict;
import org.nftoffload.model.Host;
import org.nftoffload.model.HwTcOffloadState;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.ObservedTable;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.EswitchMode;
import org.nftoffload.model.RoleBinding;
import org.nftoffload.model.RuleTemplate;

/**
 * Checks a fleet the way a network engineer would before applying it, one constraint per
 * {@link Problem}, each message saying what is wrong, where, and what to do. Diagnostics carry the
 * problem's code, the offending object and feature as data.
 * <p>
 * Use {@link #validate(EObject)} (a private registry, so nothing global changes) or register the
 * validator for {@link ModelPackage} for live validation in an editor.
 */
public class OffloadValidator extends EObjectValidator {

	public static final String DIAGNOSTIC_SOURCE = "org.nftoffload.nft";
	public static final OffloadValidator INSTANCE = new OffloadValidator();

	/** Lowest priority the console accepts without a warning; nft accepts any 32-bit value. */
	public static final int PRIORITY_WARN_LIMIT = 1000;

	/** Drivers with an ndo_setup_tc(TC_SETUP_FT) path in the kernel (plus the project's ftsim simulator). */
	static final Set<String> FT_OFFLOAD_DRIVERS = Set.of("mlx5_core", "mtk_soc_eth", "mtk_eth_soc", "mtk_wed",
			"airoha_eth", "dsa", "ftsim");
	/** Drivers known to refuse flowtable hardware offload, with the reason an engineer can act on. */
	static final Map<String, String> NO_FT_OFFLOAD = Map.ofEntries(
			Map.entry("ice", "ice offloads only TC block/mqprio, not flowtables"),
			Map.entry("i40e", "i40e has no flowtable offload callback"),
			Map.entry("nfp", "nfp offloads conntrack only through tc act_ct, not nft flowtables"),
			Map.entry("veth", "veth is a software device"),
			Map.entry("dummy", "dummy is a software device"),
			Map.entry("virtio_net", "virtio_net has no flowtable offload callback"),
			Map.entry("netdevsim", "netdevsim implements only TC_SETUP_BLOCK"),
			Map.entry("e1000e", "e1000e has no tc offload"), Map.entry("igb", "igb has no flowtable offload"),
			Map.entry("ixgbe", "ixgbe has no flowtable offload"), Map.entry("r8169", "r8169 has no tc offload"),
			Map.entry("bnxt_en", "bnxt_en offloads tc flower, not nft flowtables"));

	private static final Pattern KERNEL_VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");

	/** Validates {@code root} and everything it contains with this validator only. */
	public static Diagnostic validate(EObject root) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(ModelPackage.eINSTANCE, INSTANCE);
		return new Diagnostician(registry).validate(root);
	}

	/** Makes {@link Diagnostician#INSTANCE} use this validator for the fleet model (for editors). */
	public static void register() {
		EValidator.Registry.INSTANCE.put(ModelPackage.eINSTANCE, INSTANCE);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = super.validate(eClass, object, diagnostics, context);
		Report report = new Report(diagnostics);
		if (object instanceof Fleet fleet) {
			checkFleet(fleet, report);
		} else if (object instanceof Host host) {
			checkHost(host, report);
		} else if (object instanceof FlowtableProfile profile) {
			checkProfile(profile, report);
		}
		return ok && report.ok;
	}

	// ---- fleet ----

	private void checkFleet(Fleet fleet, Report report) {
		// Duplicate host names are checked per host (checkHost), so that validating one host, as Apply
		// does before it connects, finds them too.
	}

	// ---- host ----

	private void checkHost(Host host, Report report) {
		String h = "host " + host.getName();
		checkDuplicateName(host, report);
		checkConnection(host, h, report);
		if (!NftNames.isValidTableName(host.getTableName())) {
			report.error(Problem.INVALID_NAME, host, ModelPackage.Literals.HOST__TABLE_NAME, h + ": table name '"
					+ host.getTableName() + "' is not " + NftNames.TABLE_NAME_RULE
					+ " (what nft and the host agent both accept): rename it, e.g. to nftoffload");
		}
		int[] kernel = kernelVersion(host.getKernelRelease());
		boolean anyFlowtable = !host.getFlowtables().isEmpty();
		if (anyFlowtable && kernel != null && before(kernel, 4, 16)) {
			report.error(Problem.KERNEL_WITHOUT_FLOWTABLES, host, ModelPackage.Literals.HOST__KERNEL_RELEASE, h
					+ ": kernel " + host.getKernelRelease() + " has no flowtables (they arrived in 4.16; nft answers 'Invalid argument'): upgrade the kernel or remove the flowtables");
		}
		for (NetworkInterface device : host.getInterfaces()) {
			checkText(device.getName(), device, ModelPackage.Literals.NETWORK_INTERFACE__NAME, h + ", interface", report,
					true);
		}

		Map<String, String> deviceOwners = new HashMap<>();
		/*
		 * Devices bound by flowtables of tables the console does not own. The kernel checks duplicates
		 * only within one table (the lab's 6.1 kernel accepts the same device in fw4's and the console's
		 * flowtable), but then two ingress hooks compete for the device: a warning, not an error.
		 */
		Map<String, String> foreignOwners = new HashMap<>();
		for (ObservedTable observed : host.getObservedTables()) {
			for (Flowtable flowtable : observed.getFlowtables()) {
				for (NetworkInterface device : flowtable.getDevices()) {
					foreignOwners.putIfAbsent(flowtable.getFamily() + "/" + device.getName(), "flowtable " + flowtable.getName()
							+ " of table " + observed.getFamily() + " " + observed.getName() + " (not managed by the console)");
				}
			}
		}
		for (Flowtable flowtable : host.getFlowtables()) {
			for (NetworkInterface device : flowtable.getDevices()) {
				String foreign = foreignOwners.get(flowtable.getFamily() + "/" + device.getName());
				if (foreign != null) {
					report.warning(Problem.DEVICE_SHARED_WITH_FOREIGN_TABLE, flowtable, ModelPackage.Literals.FLOWTABLE__DEVICES, h
							+ ", flowtable " + flowtable.getName() + ": device " + device.getName() + " is also in " + foreign
							+ ": both flowtables hook its ingress and the one with the lower priority takes the flows first; remove the device from one of them (e.g. turn off flow offloading in that firewall)");
				}
			}
		}
		Set<String> flowtableNames = new HashSet<>();
		for (Flowtable flowtable : host.getFlowtables()) {
			if (flowtable.getName() != null && !flowtableNames.add(flowtable.getFamily() + " " + flowtable.getName())) {
				report.error(Problem.DUPLICATE_NAME, flowtable, ModelPackage.Literals.ABSTRACT_FLOWTABLE__NAME, h + ": two flowtables named "
						+ flowtable.getName() + " in family " + flowtable.getFamily() + " (nft answers 'File exists'): rename one");
			}
			checkFlowtable(host, flowtable, kernel, deviceOwners, report);
		}
		for (OffloadRule rule : host.getRules()) {
			checkRule(host, rule, report);
		}
		for (RoleBinding binding : host.getRoleBindings()) {
			checkText(binding.getRole(), binding, ModelPackage.Literals.ROLE_BINDING__ROLE, h + ", role", report, false);
		}
	}

	/**
	 * Another host of the fleet with the same name, named by its place and address: the CLI, reports
	 * and the results of fleet operations tell hosts apart by name, so one of them must be renamed.
	 */
	private void checkDuplicateName(Host host, Report report) {
		if (host.getName() == null || !(host.eContainer() instanceof Fleet fleet)) {
			return;
		}
		List<Host> hosts = fleet.getHosts();
		for (int i = 0; i < hosts.size(); i++) {
			Host other = hosts.get(i);
			if (other != host && host.getName().equals(other.getName())) {
				report.error(Problem.DUPLICATE_NAME, host, ModelPackage.Literals.HOST__NAME, "host " + host.getName() + " ("
						+ describe(host, hosts.indexOf(host)) + ") and host " + other.getName() + " (" + describe(other, i)
						+ ") have the same name: rename one; the CLI, reports and fleet operations tell hosts apart by name");
				return;
			}
		}
	}

	private static String describe(Host host, int index) {
		String address = host.getAddress() == null || host.getAddress().isBlank() ? "no address"
				: host.getAddress() + (host.getPort() > 0 ? ":" + host.getPort() : "");
		return "number " + (index + 1) + " in the fleet, " + address;
	}

	private void checkConnection(Host host, String h, Report report) {
		if (host.getName() == null || host.getName().isBlank()) {
			report.error(Problem.BAD_CONNECTION_SETTING, host, ModelPackage.Literals.HOST__NAME,
					"a host has no name: give it one, the CLI and reports select hosts by name");
		} else {
			checkText(host.getName(), host, ModelPackage.Literals.HOST__NAME, "host name", report, false);
		}
		if (host.getAddress() == null || host.getAddress().isBlank()) {
			report.error(Problem.BAD_CONNECTION_SETTING, host, ModelPackage.Literals.HOST__ADDRESS,
					h + ": no address: enter the host name or IP address the console connects to over SSH");
		} else {
			checkText(host.getAddress(), host, ModelPackage.Literals.HOST__ADDRESS, h + ", address", report, false);
		}
		if (host.getPort() < 1 || host.getPort() > 65535) {
			report.error(Problem.BAD_CONNECTION_SETTING, host, ModelPackage.Literals.HOST__PORT,
					h + ": SSH port " + host.getPort() + " is not between 1 and 65535 (SSH's default is 22)");
		}
		checkText(host.getUser(), host, ModelPackage.Literals.HOST__USER, h + ", user", report, false);
		checkText(host.getJumpHost(), host, ModelPackage.Literals.HOST__JUMP_HOST, h + ", jump host", report, false);
		for (String tag : host.getTags()) {
			checkText(tag, host, ModelPackage.Literals.HOST__TAGS, h + ", tag", report, false);
		}
	}

	private void checkFlowtable(Host host, Flowtable flowtable, int[] kernel, Map<String, String> deviceOwners,
			Report report) {
		String where = "host " + host.getName() + ", flowtable " + flowtable.getName();
		checkCommonFlowtable(flowtable, where, report);
		if (flowtable.getDevices().isEmpty()) {
			report.error(Problem.NO_DEVICES, flowtable, ModelPackage.Literals.FLOWTABLE__DEVICES,
					where + ": no devices: add the interfaces whose forwarded traffic should take the fast path (usually the LAN and WAN ports)");
		}
		if (!flowtable.isCounter() && flowtable.getOffloadMode() != OffloadMode.NONE) {
			report.warning(Problem.NO_COUNTER, flowtable, ModelPackage.Literals.ABSTRACT_FLOWTABLE__COUNTER, where
					+ ": no counter: byte and packet statistics of offloaded flows will not move; turn counter on (kernel 5.7 or later)");
		}
		if (flowtable.isCounter() && kernel != null && before(kernel, 5, 7) && !before(kernel, 4, 16)) {
			report.error(Problem.KERNEL_WITHOUT_FLOWTABLE_COUNTER, flowtable, ModelPackage.Literals.ABSTRACT_FLOWTABLE__COUNTER,
					where + ": kernel " + host.getKernelRelease() + " has no flowtable counter (5.7 or later): turn counter off or upgrade the kernel");
		}
		boolean probed = host.getProbeTime() != null;
		boolean lowerDiscovery = kernel != null && !before(kernel, 5, 13);
		Set<String> listed = new HashSet<>();
		for (NetworkInterface device : flowtable.getDevices()) {
			listed.add(device.getName());
		}
		for (NetworkInterface device : flowtable.getDevices()) {
			String d = device.getName();
			if (!NftNames.isValidDeviceName(d)) {
				report.error(Problem.INVALID_NAME, flowtable, ModelPackage.Literals.FLOWTABLE__DEVICES, where + ": device '" + d
						+ "' is not a valid interface name: at most 15 letters, digits, '_', '.', '@' or '-' (a trailing '*' for a wildcard)");
			}
			if (device.eContainer() != host) {
				report.error(Problem.DEVICE_MISSING, flowtable, ModelPackage.Literals.FLOWTABLE__DEVICES, where + ": device " + d
						+ " is not one of this host's interfaces (it belongs to another host): pick one of " + names(host));
			} else if (probed && !device.isPresent() && !NftNames.isWildcard(d)) {
				report.error(Problem.DEVICE_MISSING, flowtable, ModelPackage.Literals.FLOWTABLE__DEVICES, where + ": device " + d
						+ " does not exist on the host (last probe): nft would fail with 'No such file or directory'; create it or pick one of " + names(host));
			}
			String key = flowtable.getFamily() + "/" + d;
			String previous = deviceOwners.putIfAbsent(key, "flowtable " + flowtable.getName());
			if (previous != null) {
				report.error(Problem.DEVICE_IN_TWO_FLOWTABLES, flowtable, ModelPackage.Literals.FLOWTABLE__DEVICES, where + ": device "
						+ d + " is already in " + previous + " of family " + flowtable.getFamily()
						+ ": a device can be in only one flowtable of a table (nft answers 'File exists'); remove it from one of them");
			}
			if (isVirtual(device.getKind())) {
				if (lowerDiscovery) {
					report.warning(Problem.VIRTUAL_DEVICE_LISTED, flowtable, ModelPackage.Literals.FLOWTABLE__DEVICES, where + ": "
							+ device.getKind().getLiteral() + " device " + d + " listed; since kernel 5.13 the flowtable finds the real device behind "
							+ device.getKind().getLiteral() + " itself: list " + lowerNames(device) + " instead (a virtual device here is the usual cause of 'offload on, no speed-up')");
				}
				for (NetworkInterface lower : device.getLowerDevices()) {
					if (listed.contains(lower.getName())) {
						report.warning(Problem.UPPER_AND_LOWER_MIXED, flowtable, ModelPackage.Literals.FLOWTABLE__DEVICES, where + ": both "
								+ d + " and its lower device " + lower.getName() + " are listed: list only the real device " + lower.getName());
					}
				}
			}
			if (flowtable.getOffloadMode() == OffloadMode.HARDWARE) {
				checkHardware(host, flowtable, device, where, report);
			}
		}
	}

	private void checkHardware(Host host, Flowtable flowtable, NetworkInterface device, String where, Report report) {
		String d = device.getName();
		String driver = device.getDriver();
		String noOffload = driver == null ? null : NO_FT_OFFLOAD.get(driver);
		String fallback = ": use offload mode software for this flowtable, or move " + d + " to a software flowtable";
		// What the host's kernel answered to the probe's dry run outweighs what the console knows of drivers.
		if (device.getHardwareOffloadVerdict() == HardwareOffloadVerdict.SUPPORTED) {
			return;
		}
		if (device.getHardwareOffloadVerdict() == HardwareOffloadVerdict.NOT_SUPPORTED) {
			String said = device.getHardwareOffloadMessage();
			report.error(Problem.HARDWARE_OFFLOAD_UNSUPPORTED, flowtable, ModelPackage.Literals.ABSTRACT_FLOWTABLE__OFFLOAD_MODE, where
					+ ": hardware offload on " + d + (driver == null ? "" : " (driver " + driver + ")")
					+ " failed the probe's dry run (nft -c)"
					+ (said == null || said.isBlank() ? ", the kernel refused flags offload" + fallback : ": " + said));
			return;
		}
		if (noOffload != null) {
			report.error(Problem.HARDWARE_OFFLOAD_UNSUPPORTED, flowtable, ModelPackage.Literals.ABSTRACT_FLOWTABLE__OFFLOAD_MODE, where
					+ ": hardware offload on " + d + " (driver " + driver + ") will fail with 'Operation not supported': " + noOffload + fallback);
			return;
		}
		if (device.getHwTcOffload() == HwTcOffloadState.FIXED) {
			report.error(Problem.HARDWARE_OFFLOAD_UNSUPPORTED, flowtable, ModelPackage.Literals.ABSTRACT_FLOWTABLE__OFFLOAD_MODE, where
					+ ": hardware offload on " + d + (driver == null ? "" : " (driver " + driver + ")")
					+ ": ethtool reports hw-tc-offload off [fixed], the driver cannot offload" + fallback);
			return;
		}
		if (device.getHwTcOffload() == HwTcOffloadState.OFF) {
			report.error(Problem.HARDWARE_OFFLOAD_UNSUPPORTED, flowtable, ModelPackage.Literals.ABSTRACT_FLOWTABLE__OFFLOAD_MODE, where
					+ ": hardware offload on " + d + ": hw-tc-offload is off; turn it on first (ethtool -K " + d + " hw-tc-offload on)");
		}
		if ("mlx5_core".equals(driver) && device.getEswitchMode() != EswitchMode.SWITCHDEV) {
			report.error(Problem.HARDWARE_OFFLOAD_UNSUPPORTED, flowtable, ModelPackage.Literals.ABSTRACT_FLOWTABLE__OFFLOAD_MODE, where
					+ ": " + d + " (mlx5_core) offloads flowtables only on switchdev representors; eswitch mode is "
					+ device.getEswitchMode().getLiteral() + ": set it with 'devlink dev eswitch set <pci> mode switchdev'");
		}
		if (driver == null || !FT_OFFLOAD_DRIVERS.contains(driver)) {
			report.warning(Problem.HARDWARE_OFFLOAD_UNKNOWN, flowtable, ModelPackage.Literals.ABSTRACT_FLOWTABLE__OFFLOAD_MODE, where
					+ ": cannot tell whether " + d + (driver == null ? " (driver unknown: probe the host)" : " (driver " + driver + ")")
					+ " offloads flowtables; the console checks with nft -c before applying and you may need software mode");
		}
	}

	private void checkCommonFlowtable(AbstractFlowtable flowtable, String where, Report report) {
		if (!NftNames.isValidObjectName(flowtable.getName())) {
			report.error(Problem.INVALID_NAME, flowtable, ModelPackage.Literals.ABSTRACT_FLOWTABLE__NAME, where
					+ ": not a valid flowtable name: use letters, digits, '_' and '-', starting with a letter, and not an nft keyword");
		}
		if (!"ingress".equals(flowtable.getHook())) {
			report.error(Problem.HOOK_NOT_INGRESS, flowtable, ModelPackage.Literals.ABSTRACT_FLOWTABLE__HOOK, where + ": hook '"
					+ flowtable.getHook() + "': flowtables attach only to the ingress hook; set the hook to ingress");
		}
		int priority = flowtable.getPriority();
		if (priority == Integer.MIN_VALUE || priority == Integer.MAX_VALUE) {
			report.error(Problem.PRIORITY_OUT_OF_RANGE, flowtable, ModelPackage.Literals.ABSTRACT_FLOWTABLE__PRIORITY, where
					+ ": priority " + priority + " is reserved by netfilter (first/last); use filter (0) or a small offset");
		} else if (Math.abs((long) priority) > PRIORITY_WARN_LIMIT) {
			report.warning(Problem.PRIORITY_OUT_OF_RANGE, flowtable, ModelPackage.Literals.ABSTRACT_FLOWTABLE__PRIORITY, where
					+ ": priority " + priority + " is outside -" + PRIORITY_WARN_LIMIT + ".." + PRIORITY_WARN_LIMIT
					+ "; flowtables normally use filter (0) or a small offset such as 10: check for a typo");
		}
	}

	private void checkRule(Host host, OffloadRule rule, Report report) {
		Flowtable target = rule.getFlowtable();
		String where = "host " + host.getName() + ", rule " + (host.getRules().indexOf(rule) + 1);
		if (target == null || !host.getFlowtables().contains(target)) {
			String asked = target != null ? target.getName() : rule.getFlowtableName();
			report.error(Problem.RULE_WITHOUT_FLOWTABLE, rule, ModelPackage.Literals.OFFLOAD_RULE__FLOWTABLE, where
					+ (asked == null ? ": names no flowtable" : ": names flowtable " + asked + ", which this host does not have")
					+ ": pick one of " + host.getFlowtables().stream().map(Flowtable::getName).toList() + " or delete the rule");
		}
		checkRuleCommon(rule, where, target == null ? null : target.getFamily(), report);
		for (NetworkInterface device : rule.getInputInterfaces()) {
			checkDeviceName(rule, ModelPackage.Literals.OFFLOAD_RULE__INPUT_INTERFACES, device.getName(), where, report);
		}
		for (NetworkInterface device : rule.getOutputInterfaces()) {
			checkDeviceName(rule, ModelPackage.Literals.OFFLOAD_RULE__OUTPUT_INTERFACES, device.getName(), where, report);
		}
	}

	private void checkRuleCommon(AbstractOffloadRule rule, String where, Family family, Report report) {
		checkPrefixes(rule, ModelPackage.Literals.ABSTRACT_OFFLOAD_RULE__SOURCE_PREFIXES, rule.getSourcePrefixes(), where, family, report);
		checkPrefixes(rule, ModelPackage.Literals.ABSTRACT_OFFLOAD_RULE__DESTINATION_PREFIXES, rule.getDestinationPrefixes(), where, family,
				report);
		String comment = rule.getComment();
		String problem = comment == null || comment.isEmpty() ? null : NftNames.commentProblem(comment);
		if (problem != null) {
			// Comments travel inside the ruleset only; nft's rule for a quoted string is the one that counts.
			boolean tooLong = problem.startsWith("is ");
			report.error(tooLong ? Problem.INVALID_NAME : Problem.METACHARACTER, rule,
					ModelPackage.Literals.ABSTRACT_OFFLOAD_RULE__COMMENT, where + ": comment " + problem
							+ (tooLong ? ": shorten it" : ": nft takes any text in a comment except '\"' and line breaks; remove it"));
		}
	}

	private void checkPrefixes(AbstractOffloadRule rule, EStructuralFeature feature, List<String> prefixes, String where,
			Family family, Report report) {
		Set<Integer> families = new HashSet<>();
		for (String prefix : prefixes) {
			int f = NftNames.prefixFamily(prefix);
			if (f == 0) {
				report.error(NftNames.containsMetacharacter(prefix) ? Problem.METACHARACTER : Problem.BAD_PREFIX, rule, feature, where
						+ ": '" + prefix + "' is not an IPv4 or IPv6 address or prefix such as 192.168.1.0/24 or 2001:db8::/32");
				continue;
			}
			families.add(f);
			if (family == Family.IP && f == 6 || family == Family.IP6 && f == 4) {
				report.error(Problem.BAD_PREFIX, rule, feature, where + ": " + prefix + " is IPv" + f + " but the flowtable is in family "
						+ family.getLiteral() + ": use family inet or a prefix of the right version");
			}
		}
		if (families.size() > 1) {
			report.error(Problem.BAD_PREFIX, rule, feature,
					where + ": IPv4 and IPv6 prefixes mixed in one match: split the rule into an IPv4 and an IPv6 rule");
		}
	}

	private void checkDeviceName(EObject owner, EStructuralFeature feature, String name, String where, Report report) {
		if (!NftNames.isValidDeviceName(name)) {
			report.error(NftNames.containsMetacharacter(name == null ? "" : name.replace("*", "")) ? Problem.METACHARACTER : Problem.INVALID_NAME,
					owner, feature, where + ": '" + name + "' is not a valid interface name: at most 15 letters, digits, '_', '.', '@' or '-'");
		}
	}

	// ---- profile ----

	private void checkProfile(FlowtableProfile profile, Report report) {
		String p = "profile " + profile.getName();
		checkText(profile.getName(), profile, ModelPackage.Literals.FLOWTABLE_PROFILE__NAME, "profile name", report, false);
		Set<String> roles = new HashSet<>(profile.getRoles());
		for (String role : profile.getRoles()) {
			checkText(role, profile, ModelPackage.Literals.FLOWTABLE_PROFILE__ROLES, p + ", role", report, false);
		}
		for (FlowtableTemplate template : profile.getFlowtables()) {
			String where = p + ", flowtable " + template.getName();
			checkCommonFlowtable(template, where, report);
			if (template.getDeviceRoles().isEmpty()) {
				report.error(Problem.NO_DEVICES, template, ModelPackage.Literals.FLOWTABLE_TEMPLATE__DEVICE_ROLES,
						where + ": no device roles: add roles such as wan and lan; each host maps them to its interfaces");
			}
			for (String role : template.getDeviceRoles()) {
				if (!roles.contains(role)) {
					report.error(Problem.UNMAPPED_ROLE, template, ModelPackage.Literals.FLOWTABLE_TEMPLATE__DEVICE_ROLES,
							where + ": role " + role + " is not one of the profile's roles " + profile.getRoles() + ": add it to the profile");
				}
			}
		}
		for (RuleTemplate rule : profile.getRules()) {
			String where = p + ", rule " + (profile.getRules().indexOf(rule) + 1);
			if (rule.getFlowtable() == null || !profile.getFlowtables().contains(rule.getFlowtable())) {
				report.error(Problem.RULE_WITHOUT_FLOWTABLE, rule, ModelPackage.Literals.RULE_TEMPLATE__FLOWTABLE,
						where + ": names no flowtable of this profile: pick one or delete the rule");
			}
			checkRuleCommon(rule, where, rule.getFlowtable() == null ? null : rule.getFlowtable().getFamily(), report);
		}
	}

	// ---- helpers ----

	/** Reports a metacharacter in a value that reaches nft or a shell; interface names may end in '*'. */
	private void checkText(String value, EObject owner, EStructuralFeature feature, String what, Report report,
			boolean deviceName) {
		if (value == null) {
			return;
		}
		String checked = deviceName && NftNames.isWildcard(value) ? value.substring(0, value.length() - 1) : value;
		if (NftNames.containsMetacharacter(checked) || checked.contains(" ")) {
			String bad = checked.contains(" ") && NftNames.firstMetacharacter(checked) == null ? "a space"
					: "'" + NftNames.firstMetacharacter(checked) + "'";
			report.error(Problem.METACHARACTER, owner, feature, what + " '" + value + "' contains " + bad
					+ ", which a shell or nft would interpret: remove it");
		}
	}

	private static boolean isVirtual(InterfaceKind kind) {
		return kind == InterfaceKind.VLAN || kind == InterfaceKind.PPPOE || kind == InterfaceKind.BRIDGE;
	}

	private static String lowerNames(NetworkInterface device) {
		if (device.getLowerDevices().isEmpty()) {
			return "its real (lower) devices";
		}
		List<String> names = new ArrayList<>();
		for (NetworkInterface lower : device.getLowerDevices()) {
			names.add(lower.getName());
		}
		return String.join(", ", names);
	}

	private static String names(Host host) {
		List<String> names = new ArrayList<>();
		for (NetworkInterface device : host.getInterfaces()) {
			if (device.isPresent()) {
				names.add(device.getName());
			}
		}
		return names.toString();
	}

	/** [major, minor] of a kernel release such as 6.1.0-28-amd64, or null when unknown. */
	static int[] kernelVersion(String release) {
		if (release == null) {
			return null;
		}
		Matcher m = KERNEL_VERSION.matcher(release);
		if (!m.find()) {
			return null;
		}
		try {
			return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) };
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static boolean before(int[] version, int major, int minor) {
		return version[0] < major || version[0] == major && version[1] < minor;
	}

	/** Collects diagnostics with the problem's code and the object and feature as data. */
	private static final class Report {
		final DiagnosticChain chain;
		boolean ok = true;

		Report(DiagnosticChain chain) {
			this.chain = chain;
		}

		void error(Problem problem, EObject object, EStructuralFeature feature, String message) {
			add(Diagnostic.ERROR, problem, object, feature, message);
		}

		void warning(Problem problem, EObject object, EStructuralFeature feature, String message) {
			add(Diagnostic.WARNING, problem, object, feature, message);
		}

		private void add(int severity, Problem problem, EObject object, EStructuralFeature feature, String message) {
			if (severity == Diagnostic.ERROR) {
				ok = false;
			}
			if (chain != null) {
				chain.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, problem.code(), "[" + problem.id() + "] " + message,
						new Object[] { object, feature }));
			}
		}
	}
}

package org.nftoffload.fleet.ops;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nftoffload.model.EswitchMode;
import org.nftoffload.model.HardwareOffloadVerdict;
import org.nftoffload.model.Host;
import org.nftoffload.model.HwTcOffloadState;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage.Literals;
import org.nftoffload.model.ModuleState;
import org.nftoffload.model.ModuleStatus;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.ObservedSysctl;
import org.nftoffload.remote.agent.AgentData;

/**
 * Writes probe results into the model as one undoable command: distribution, kernel, modules,
 * interfaces (matched by name so that flowtables keep pointing at them; interfaces the host no
 * longer has are marked not present, not deleted) with their lower devices, eswitch mode and
 * hardware-offload dry-run verdict, the netfilter sysctls, capabilities and the probe time. The UI
 * executes it on the UI thread; the CLI executes it directly.
 */
public final class ProbeResultsCommand {

	private ProbeResultsCommand() {
	}

	public static Command create(EditingDomain domain, Map<Host, AgentData.Probe> probes) {
		CompoundCommand all = new CompoundCommand("Probe " + probes.size() + " host(s)");
		probes.forEach((host, probe) -> addHost(domain, all, host, probe));
		return all.unwrap();
	}

	/**
	 * Executes the command on a command stack of its own (the CLI, which has no workbench editing
	 * domain); returns whether anything changed.
	 */
	public static boolean executeDirectly(Map<Host, AgentData.Probe> probes) {
		EditingDomain domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
				new org.eclipse.emf.edit.provider.ComposedAdapterFactory(
						org.eclipse.emf.edit.provider.ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new org.eclipse.emf.common.command.BasicCommandStack());
		Command command = create(domain, probes);
		if (!command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	private static void addHost(EditingDomain domain, CompoundCommand all, Host host, AgentData.Probe probe) {
		all.append(SetCommand.create(domain, host, Literals.HOST__DISTRIBUTION, probe.osPrettyName()));
		all.append(SetCommand.create(domain, host, Literals.HOST__KERNEL_RELEASE, probe.kernelRelease()));
		all.append(SetCommand.create(domain, host, Literals.HOST__PROBE_TIME, new Date()));
		boolean software = probe.modules().entrySet().stream()
				.filter(e -> e.getKey().equals("nf_flow_table") || e.getKey().equals("nft_flow_offload"))
				.allMatch(e -> e.getValue() != null && !e.getValue().equals("missing"))
				&& probe.modules().containsKey("nft_flow_offload");
		all.append(SetCommand.create(domain, host, Literals.HOST__SOFTWARE_FLOWTABLE_SUPPORTED, software));
		all.append(SetCommand.create(domain, host, Literals.HOST__FLOWTABLE_COUNTER_SUPPORTED,
				atLeast(probe.kernelRelease(), 5, 7)));
		boolean anySupported = probe.interfaces().stream().anyMatch(i -> verdict(i) == HardwareOffloadVerdict.SUPPORTED);
		boolean anyRefused = probe.interfaces().stream().anyMatch(i -> verdict(i) == HardwareOffloadVerdict.NOT_SUPPORTED);
		Boolean hardware = anySupported ? Boolean.TRUE : anyRefused ? Boolean.FALSE : null;
		all.append(SetCommand.create(domain, host, Literals.HOST__HARDWARE_OFFLOAD_SUPPORTED, hardware));

		probe.modules().forEach((name, state) -> {
			ModuleStatus status = moduleStatus(state);
			ModuleState existing = host.getModules().stream().filter(m -> name.equals(m.getName())).findFirst().orElse(null);
			if (existing != null) {
				all.append(SetCommand.create(domain, existing, Literals.MODULE_STATE__STATUS, status));
			} else {
				ModuleState module = ModelFactory.eINSTANCE.createModuleState();
				module.setName(name);
				module.setStatus(status);
				all.append(AddCommand.create(domain, host, Literals.HOST__MODULES, module));
			}
		});

		addInterfaces(domain, all, host, probe);
		addSysctls(domain, all, host, probe);
	}

	/**
	 * Interfaces matched by name, so that flowtables keep pointing at them. Lower devices become
	 * references to the host's interfaces (the ones this probe creates included); a lower device the
	 * probe did not list (another network namespace) is left out rather than invented.
	 */
	private static void addInterfaces(EditingDomain domain, CompoundCommand all, Host host, AgentData.Probe probe) {
		for (NetworkInterface known : host.getInterfaces()) {
			boolean present = probe.interfaces().stream().anyMatch(i -> i.name().equals(known.getName()));
			if (known.isPresent() != present) {
				all.append(SetCommand.create(domain, known, Literals.NETWORK_INTERFACE__PRESENT, present));
			}
		}
		Map<String, NetworkInterface> byName = new LinkedHashMap<>();
		for (NetworkInterface known : host.getInterfaces()) {
			byName.putIfAbsent(known.getName(), known);
		}
		Map<AgentData.Interface, NetworkInterface> created = new LinkedHashMap<>();
		for (AgentData.Interface found : probe.interfaces()) {
			if (!found.name().equals("lo") && !byName.containsKey(found.name())) {
				NetworkInterface fresh = ModelFactory.eINSTANCE.createNetworkInterface();
				fresh.setName(found.name());
				byName.put(found.name(), fresh);
				created.put(found, fresh);
			}
		}
		for (AgentData.Interface found : probe.interfaces()) {
			if (found.name().equals("lo")) {
				continue;
			}
			List<NetworkInterface> lower = new ArrayList<>();
			for (String name : found.lower()) {
				NetworkInterface device = byName.get(name);
				if (device != null && !lower.contains(device)) {
					lower.add(device);
				}
			}
			HardwareOffloadVerdict verdict = verdict(found);
			NetworkInterface fresh = created.get(found);
			if (fresh != null) {
				fresh.setKind(kind(found.kind()));
				fresh.setDriver(found.driver());
				fresh.getLowerDevices().addAll(lower);
				fresh.setHwTcOffload(hwTc(found.hwTcOffload()));
				fresh.setEswitchMode(eswitch(found.eswitchMode(), probe.devlink()));
				fresh.setHardwareOffloadVerdict(verdict);
				fresh.setHardwareOffloadMessage(found.hwOffloadMessage());
				fresh.setMtu(found.mtu() == null ? null : found.mtu().intValue());
				fresh.setUp(up(found));
				fresh.setPresent(true);
				all.append(AddCommand.create(domain, host, Literals.HOST__INTERFACES, fresh));
				continue;
			}
			NetworkInterface existing = byName.get(found.name());
			set(domain, all, existing, Literals.NETWORK_INTERFACE__KIND, kind(found.kind()));
			set(domain, all, existing, Literals.NETWORK_INTERFACE__DRIVER, found.driver());
			if (!existing.getLowerDevices().equals(lower)) {
				all.append(SetCommand.create(domain, existing, Literals.NETWORK_INTERFACE__LOWER_DEVICES, lower));
			}
			set(domain, all, existing, Literals.NETWORK_INTERFACE__HW_TC_OFFLOAD, hwTc(found.hwTcOffload()));
			set(domain, all, existing, Literals.NETWORK_INTERFACE__ESWITCH_MODE, eswitch(found.eswitchMode(), probe.devlink()));
			set(domain, all, existing, Literals.NETWORK_INTERFACE__HARDWARE_OFFLOAD_VERDICT, verdict);
			set(domain, all, existing, Literals.NETWORK_INTERFACE__HARDWARE_OFFLOAD_MESSAGE, found.hwOffloadMessage());
			set(domain, all, existing, Literals.NETWORK_INTERFACE__MTU, found.mtu() == null ? null : found.mtu().intValue());
			set(domain, all, existing, Literals.NETWORK_INTERFACE__UP, up(found));
		}
	}

	/** The sysctls as this probe read them, in the agent's order; ones it no longer reports go. */
	private static void addSysctls(EditingDomain domain, CompoundCommand all, Host host, AgentData.Probe probe) {
		List<ObservedSysctl> gone = new ArrayList<>();
		for (ObservedSysctl known : host.getObservedSysctls()) {
			if (!probe.sysctls().containsKey(known.getName())) {
				gone.add(known);
			}
		}
		if (!gone.isEmpty()) {
			all.append(RemoveCommand.create(domain, host, Literals.HOST__OBSERVED_SYSCTLS, gone));
		}
		probe.sysctls().forEach((name, value) -> {
			ObservedSysctl existing = host.getObservedSysctls().stream().filter(o -> name.equals(o.getName())).findFirst()
					.orElse(null);
			if (existing == null) {
				ObservedSysctl fresh = ModelFactory.eINSTANCE.createObservedSysctl();
				fresh.setName(name);
				fresh.setValue(value);
				all.append(AddCommand.create(domain, host, Literals.HOST__OBSERVED_SYSCTLS, fresh));
			} else {
				set(domain, all, existing, Literals.OBSERVED_SYSCTL__VALUE, value);
			}
		});
	}

	/** A set only where the value changes: a re-probe of an unchanged host adds little to the stack. */
	private static void set(EditingDomain domain, CompoundCommand all, EObject owner, EStructuralFeature feature,
			Object value) {
		if (!Objects.equals(owner.eGet(feature), value)) {
			all.append(SetCommand.create(domain, owner, feature, value));
		}
	}

	private static boolean up(AgentData.Interface found) {
		return "up".equals(found.state()) || "unknown".equals(found.state());
	}

	/**
	 * The dry run's answer about the device. Only "Operation not supported" is the driver refusing;
	 * a dry run that failed otherwise (no flowtable modules, device gone) says nothing about the
	 * device, so the verdict stays unknown and the message tells why.
	 */
	static HardwareOffloadVerdict verdict(AgentData.Interface found) {
		if (found.hwOffloadSupported() == null) {
			return HardwareOffloadVerdict.UNKNOWN;
		}
		if (found.hwOffloadSupported()) {
			return HardwareOffloadVerdict.SUPPORTED;
		}
		boolean refusedByDriver = found.hwOffloadStderr() != null && found.hwOffloadStderr().contains("Operation not supported")
				|| found.hwOffloadMessage() != null && found.hwOffloadMessage().startsWith("hardware offload not supported");
		return refusedByDriver ? HardwareOffloadVerdict.NOT_SUPPORTED : HardwareOffloadVerdict.UNKNOWN;
	}

	/**
	 * {@code switchdev}/{@code legacy} as devlink reported; no answer from a host with devlink means
	 * the device has no embedded switch, and without devlink nobody could ask.
	 */
	static EswitchMode eswitch(String mode, boolean devlink) {
		if ("switchdev".equals(mode)) {
			return EswitchMode.SWITCHDEV;
		}
		if ("legacy".equals(mode)) {
			return EswitchMode.LEGACY;
		}
		return devlink ? EswitchMode.NONE : EswitchMode.UNKNOWN;
	}

	static ModuleStatus moduleStatus(String state) {
		if (state == null) {
			return ModuleStatus.MISSING;
		}
		return switch (state) {
		case "builtin" -> ModuleStatus.BUILT_IN;
		case "loaded" -> ModuleStatus.LOADED;
		case "available" -> ModuleStatus.AVAILABLE;
		case "built" -> ModuleStatus.BUILT_BY_CONSOLE;
		default -> ModuleStatus.MISSING;
		};
	}

	static InterfaceKind kind(String kind) {
		if (kind == null || kind.isEmpty()) {
			return InterfaceKind.PHYSICAL;
		}
		return switch (kind) {
		case "veth" -> InterfaceKind.VETH;
		case "bridge" -> InterfaceKind.BRIDGE;
		case "vlan" -> InterfaceKind.VLAN;
		case "bond" -> InterfaceKind.BOND;
		case "ppp", "pppoe" -> InterfaceKind.PPPOE;
		default -> InterfaceKind.OTHER;
		};
	}

	static HwTcOffloadState hwTc(String value) {
		if (value == null) {
			return HwTcOffloadState.UNKNOWN;
		}
		return switch (value) {
		case "on" -> HwTcOffloadState.ON;
		case "off" -> HwTcOffloadState.OFF;
		case "off [fixed]", "on [fixed]" -> HwTcOffloadState.FIXED;
		default -> HwTcOffloadState.UNKNOWN;
		};
	}

	private static boolean atLeast(String release, int major, int minor) {
		if (release == null) {
			return false;
		}
		String[] parts = release.split("[.-]");
		try {
			int ma = Integer.parseInt(parts[0]);
			int mi = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
			return ma > major || (ma == major && mi >= minor);
		} catch (NumberFormatException e) {
			return false;
		}
	}
}

package org.nftoffload.fleet.ops;

import java.util.Date;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nftoffload.model.Host;
import org.nftoffload.model.HwTcOffloadState;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage.Literals;
import org.nftoffload.model.ModuleState;
import org.nftoffload.model.ModuleStatus;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.remote.agent.AgentData;

/**
 * Writes probe results into the model as one undoable command: distribution, kernel, modules,
 * interfaces (matched by name so that flowtables keep pointing at them; interfaces the host no
 * longer has are marked not present, not deleted), capabilities and the probe time. The UI
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
		Boolean hardware = probe.interfaces().stream().anyMatch(i -> Boolean.TRUE.equals(i.hwOffloadSupported())) ? Boolean.TRUE
				: probe.interfaces().stream().anyMatch(i -> i.hwOffloadSupported() != null) ? Boolean.FALSE : null;
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

		for (NetworkInterface known : host.getInterfaces()) {
			boolean present = probe.interfaces().stream().anyMatch(i -> i.name().equals(known.getName()));
			if (known.isPresent() != present) {
				all.append(SetCommand.create(domain, known, Literals.NETWORK_INTERFACE__PRESENT, present));
			}
		}
		for (AgentData.Interface found : probe.interfaces()) {
			if (found.name().equals("lo")) {
				continue;
			}
			NetworkInterface existing = host.getInterfaces().stream().filter(i -> found.name().equals(i.getName()))
					.findFirst().orElse(null);
			if (existing == null) {
				NetworkInterface created = ModelFactory.eINSTANCE.createNetworkInterface();
				created.setName(found.name());
				created.setKind(kind(found.kind()));
				created.setDriver(found.driver());
				created.setHwTcOffload(hwTc(found.hwTcOffload()));
				created.setMtu(found.mtu() == null ? null : found.mtu().intValue());
				created.setUp("up".equals(found.state()) || "unknown".equals(found.state()));
				created.setPresent(true);
				all.append(AddCommand.create(domain, host, Literals.HOST__INTERFACES, created));
			} else {
				all.append(SetCommand.create(domain, existing, Literals.NETWORK_INTERFACE__KIND, kind(found.kind())));
				all.append(SetCommand.create(domain, existing, Literals.NETWORK_INTERFACE__DRIVER, found.driver()));
				all.append(SetCommand.create(domain, existing, Literals.NETWORK_INTERFACE__HW_TC_OFFLOAD,
						hwTc(found.hwTcOffload())));
				all.append(SetCommand.create(domain, existing, Literals.NETWORK_INTERFACE__MTU,
						found.mtu() == null ? null : found.mtu().intValue()));
				all.append(SetCommand.create(domain, existing, Literals.NETWORK_INTERFACE__UP,
						"up".equals(found.state()) || "unknown".equals(found.state())));
			}
		}
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

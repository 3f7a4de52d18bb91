package org.nftoffload.fleet.edit;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.model.RoleBinding;
import org.nftoffload.model.provider.ModelItemProviderAdapterFactory;

/** A small fleet in an editing domain, as the workbench holds it: hosts with interfaces, a flowtable, a rule, a group. */
final class SampleFleet {

	static final ModelFactory F = ModelFactory.eINSTANCE;

	final AdapterFactoryEditingDomain domain;
	final Fleet fleet;

	SampleFleet(String... hostNames) {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ModelItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), new ResourceSetImpl());
		Resource resource = new XMIResourceImpl();
		domain.getResourceSet().getResources().add(resource);
		fleet = F.createFleet();
		fleet.setName("edge");
		resource.getContents().add(fleet);
		HostGroup group = F.createHostGroup();
		group.setName("dc1");
		fleet.getGroups().add(group);
		for (String name : hostNames) {
			Host host = host(name);
			fleet.getHosts().add(host);
			group.getHosts().add(host);
		}
	}

	/** A router with lan0 (veth), wan0 and a VLAN lan0.10 on lan0; flowtable ft over lan0 and wan0, one rule, a role binding. */
	static Host host(String name) {
		Host host = F.createHost();
		host.setName(name);
		host.setAddress(name + ".invalid");
		NetworkInterface lan = device(host, "lan0", InterfaceKind.VETH);
		NetworkInterface wan = device(host, "wan0", InterfaceKind.PHYSICAL);
		NetworkInterface vlan = device(host, "lan0.10", InterfaceKind.VLAN);
		vlan.getLowerDevices().add(lan);
		Flowtable ft = F.createFlowtable();
		ft.setName("ft");
		ft.getDevices().addAll(List.of(lan, wan));
		host.getFlowtables().add(ft);
		OffloadRule rule = F.createOffloadRule();
		rule.setFlowtable(ft);
		rule.getProtocols().addAll(List.of(Protocol.TCP, Protocol.UDP));
		rule.getInputInterfaces().add(lan);
		rule.getOutputInterfaces().add(wan);
		rule.setComment("offload established lan to wan");
		host.getRules().add(rule);
		RoleBinding binding = F.createRoleBinding();
		binding.setRole("lan");
		binding.getDevices().add(lan);
		host.getRoleBindings().add(binding);
		return host;
	}

	static NetworkInterface device(Host host, String name, InterfaceKind kind) {
		NetworkInterface device = F.createNetworkInterface();
		device.setName(name);
		device.setKind(kind);
		host.getInterfaces().add(device);
		return device;
	}

	Host host(int index) {
		return fleet.getHosts().get(index);
	}

	HostGroup group() {
		return fleet.getGroups().get(0);
	}

	void execute(org.eclipse.emf.common.command.Command command) {
		if (!command.canExecute()) {
			throw new AssertionError("the command cannot execute: " + command.getLabel());
		}
		domain.getCommandStack().execute(command);
	}

	void undo() {
		domain.getCommandStack().undo();
	}
}

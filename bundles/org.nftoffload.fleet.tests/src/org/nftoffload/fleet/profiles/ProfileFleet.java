package org.nftoffload.fleet.profiles;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadSettings;
import org.nftoffload.model.Protocol;
import org.nftoffload.model.RuleTemplate;
import org.nftoffload.model.SysctlSettings;
import org.nftoffload.model.provider.ModelItemProviderAdapterFactory;

/**
 * A fleet to test profile values on: a profile {@code edge} (roles wan, lan; flowtable ft in
 * software, priority 0, counter; one rule; TCP timeout 30, UDP left unset) and hosts r0..rN, each
 * with interfaces {@code wan} and {@code lan0} that the suggestion maps by name.
 */
final class ProfileFleet {

	static final ModelFactory F = ModelFactory.eINSTANCE;

	final Fleet fleet = F.createFleet();
	final FlowtableProfile profile = F.createFlowtableProfile();
	final FlowtableTemplate template = F.createFlowtableTemplate();

	ProfileFleet(int hosts) {
		fleet.setName("test");
		profile.setName("edge");
		profile.getRoles().addAll(List.of("wan", "lan"));
		template.setName("ft");
		template.setFamily(Family.INET);
		template.setOffloadMode(OffloadMode.SOFTWARE);
		template.setPriority(0);
		template.setCounter(true);
		template.getDeviceRoles().addAll(List.of("lan", "wan"));
		profile.getFlowtables().add(template);
		RuleTemplate rule = F.createRuleTemplate();
		rule.setFlowtable(template);
		rule.getProtocols().addAll(List.of(Protocol.TCP, Protocol.UDP));
		rule.getInputRoles().add("lan");
		rule.setComment("lan to anywhere");
		profile.getRules().add(rule);
		SysctlSettings sysctls = F.createSysctlSettings();
		sysctls.setFlowtableTcpTimeout(30);
		profile.setSysctls(sysctls);
		fleet.getProfiles().add(profile);
		for (int i = 0; i < hosts; i++) {
			fleet.getHosts().add(host("r" + i));
		}
	}

	static Host host(String name) {
		Host host = F.createHost();
		host.setName(name);
		host.setAddress(name + ".invalid");
		device(host, "wan", InterfaceKind.PHYSICAL);
		device(host, "lan0", InterfaceKind.PHYSICAL);
		return host;
	}

	static NetworkInterface device(Host host, String name, InterfaceKind kind) {
		NetworkInterface device = F.createNetworkInterface();
		device.setName(name);
		device.setKind(kind);
		device.setPresent(true);
		host.getInterfaces().add(device);
		return device;
	}

	Host host(int index) {
		return fleet.getHosts().get(index);
	}

	HostGroup group(String name, Host... hosts) {
		HostGroup group = F.createHostGroup();
		group.setName(name);
		group.getHosts().addAll(List.of(hosts));
		fleet.getGroups().add(group);
		return group;
	}

	static OffloadSettings settings(HostGroup group) {
		if (group.getSettings() == null) {
			group.setSettings(F.createOffloadSettings());
		}
		return group.getSettings();
	}

	/** The editing domain the workbench uses: profile rules on, item providers of the model. */
	static EditingDomain domain() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory(new ModelItemProviderAdapterFactory());
		return new ProfileEditingDomain(factory, new BasicCommandStack());
	}
}

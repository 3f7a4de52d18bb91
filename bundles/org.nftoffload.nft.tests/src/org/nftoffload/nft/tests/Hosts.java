package org.nftoffload.nft.tests;

import java.util.Date;

import org.nftoffload.model.Family;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;

/** Small, valid hosts to start tests from. */
final class Hosts {

	private Hosts() {
	}

	/** A probed Debian router (kernel 6.1) with lan1/wan and one software flowtable plus a tcp/udp rule. */
	static Host router(String name) {
		ModelFactory f = ModelFactory.eINSTANCE;
		Host host = f.createHost();
		host.setName(name);
		host.setAddress("192.0.2.10");
		host.setKernelRelease("6.1.0-28-amd64");
		host.setProbeTime(new Date(0));
		NetworkInterface lan = device(host, "lan1", InterfaceKind.PHYSICAL, "mtk_soc_eth");
		NetworkInterface wan = device(host, "wan", InterfaceKind.PHYSICAL, "mtk_soc_eth");
		Flowtable ft = f.createFlowtable();
		ft.setName("ft");
		ft.setFamily(Family.INET);
		ft.setOffloadMode(OffloadMode.SOFTWARE);
		ft.getDevices().add(lan);
		ft.getDevices().add(wan);
		host.getFlowtables().add(ft);
		OffloadRule rule = f.createOffloadRule();
		rule.setFlowtable(ft);
		rule.getProtocols().add(Protocol.TCP);
		rule.getProtocols().add(Protocol.UDP);
		host.getRules().add(rule);
		return host;
	}

	static NetworkInterface device(Host host, String name, InterfaceKind kind, String driver) {
		NetworkInterface device = ModelFactory.eINSTANCE.createNetworkInterface();
		device.setName(name);
		device.setKind(kind);
		device.setDriver(driver);
		host.getInterfaces().add(device);
		return device;
	}

	static NetworkInterface device(Host host, String name) {
		return host.getInterfaces().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
	}
}

package org.nftoffload.nft.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.nftoffload.model.Family;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;

/** Random hosts that pass validation: for round-trip tests here and nft -c in the lab. */
public final class RandomHosts {

	private static final String[] PREFIXES4 = { "10.0.0.0/8", "192.168.1.0/24", "172.16.0.0/12", "198.51.100.7", "10.1.0.0/16",
			"10.2.0.0/16" };
	private static final String[] PREFIXES6 = { "2001:db8::/32", "fd00::/8", "2001:db8:1::/48", "2001:db8::1" };

	private RandomHosts() {
	}

	public static Host host(Random random, int round) {
		ModelFactory f = ModelFactory.eINSTANCE;
		Host host = f.createHost();
		host.setName("h" + round);
		host.setAddress("192.0.2.1");
		host.setKernelRelease("6.1.0");
		List<NetworkInterface> devices = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			NetworkInterface device = f.createNetworkInterface();
			device.setName(random.nextBoolean() ? "eth" + i : "lan-" + i + ".x");
			device.setKind(InterfaceKind.PHYSICAL);
			host.getInterfaces().add(device);
			devices.add(device);
		}
		int flowtables = 1 + random.nextInt(4);
		int nextDevice = 0;
		for (int t = 0; t < flowtables && nextDevice < devices.size(); t++) {
			Flowtable ft = f.createFlowtable();
			ft.setName("ft_" + t + (random.nextBoolean() ? "-x" : ""));
			ft.setFamily(Family.VALUES.get(random.nextInt(3)));
			ft.setPriority(random.nextInt(401) - 200);
			ft.setCounter(random.nextBoolean());
			ft.setOffloadMode(random.nextInt(4) == 0 ? OffloadMode.HARDWARE : OffloadMode.SOFTWARE);
			int count = 1 + random.nextInt(2);
			// each device in one flowtable only: no NFTO105
			for (int d = 0; d < count && nextDevice < devices.size(); d++) {
				ft.getDevices().add(devices.get(nextDevice++));
			}
			host.getFlowtables().add(ft);
			int rules = random.nextInt(3);
			for (int r = 0; r < rules; r++) {
				host.getRules().add(rule(random, ft, devices));
			}
		}
		return host;
	}

	static OffloadRule rule(Random random, Flowtable ft, List<NetworkInterface> devices) {
		OffloadRule rule = ModelFactory.eINSTANCE.createOffloadRule();
		rule.setFlowtable(ft);
		if (random.nextBoolean()) {
			rule.getProtocols().add(Protocol.TCP);
		}
		if (random.nextBoolean()) {
			rule.getProtocols().add(Protocol.UDP);
		}
		for (int i = random.nextInt(3); i > 0; i--) {
			NetworkInterface device = devices.get(random.nextInt(devices.size()));
			if (!rule.getInputInterfaces().contains(device)) {
				rule.getInputInterfaces().add(device);
			}
		}
		if (random.nextInt(3) == 0) {
			rule.getOutputInterfaces().add(devices.get(random.nextInt(devices.size())));
		}
		boolean v6 = ft.getFamily() == Family.IP6 || ft.getFamily() == Family.INET && random.nextBoolean();
		String[] pool = v6 ? PREFIXES6 : PREFIXES4;
		for (int i = random.nextInt(3); i > 0; i--) {
			String prefix = pool[random.nextInt(pool.length)];
			if (!rule.getSourcePrefixes().contains(prefix)) {
				rule.getSourcePrefixes().add(prefix);
			}
		}
		if (random.nextInt(4) == 0) {
			rule.getDestinationPrefixes().add(pool[random.nextInt(pool.length)]);
		}
		rule.setExcludeMarked(random.nextBoolean());
		rule.setExcludeNatted(random.nextBoolean());
		if (random.nextBoolean()) {
			rule.setComment("rule " + random.nextInt(100) + ", lan.to-wan");
		}
		return rule;
	}
}

package org.nftoffload.ui.tests;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.HardwareOffloadVerdict;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.HwTcOffloadState;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.model.RuleTemplate;

/**
 * A generated fleet of any size, built in memory (fast, unlike the UI paths), for the fleet table
 * test and releng/bench-fleet-ui.sh. Every value follows from the host's number {@code n} by the
 * rules below, so a test can work out what a sort or filter must show without the code under test:
 * <ul>
 * <li>name {@code edge-NNNNN} (n from 0), address {@code 198.18.(n / 250).(n % 250 + 1)} (the
 * benchmarking range, never routed); tags {@code rack(n % 20)}, and {@code lte} when n % 7 == 0;</li>
 * <li>group {@code site-(n / 250)} (two digits), sites 00 to 09 also in group {@code emea} through
 * its subgroups;</li>
 * <li>hosts with n % 10 == 9 were never probed (no kernel, interfaces or probe time); the others
 * run kernel {@code 6.1.0-(n % 30)-amd64} with eth0 (mlx5_core, hardware dry run passed when
 * n % 3 == 0, else hw-tc-offload off), eth1 (igc, off [fixed]) and, when n % 4 == 0, lan0 (veth);</li>
 * <li>flowtable ft0 (software) on eth1, with a counter except when n % 40 == 1 (a
 * warning); when n % 3 == 0 also ft1 (hardware) on eth0, or on lan0 when n % 300 == 0 (hardware
 * on a veth: an error);</li>
 * <li>last apply: failed (n % 97 == 0), applied (n % 5 == 0), else never;</li>
 * <li>one profile, {@code edge}, with roles lan and wan, a flowtable and a rule template.</li>
 * </ul>
 */
final class LargeFleets {

	static final ModelFactory F = ModelFactory.eINSTANCE;
	/** 2026-11-01 00:00 UTC: probe and apply times count up from here, a minute per host. */
	static final long EPOCH = 1_793_491_200_000L;

	private LargeFleets() {
	}

	static Fleet fleet(int hosts) {
		Fleet fleet = F.createFleet();
		fleet.setName("Generated fleet of " + hosts + " hosts");
		HostGroup emea = F.createHostGroup();
		emea.setName("emea");
		fleet.getGroups().add(emea);
		int sites = (hosts + 249) / 250;
		for (int s = 0; s < sites; s++) {
			HostGroup site = F.createHostGroup();
			site.setName(String.format(Locale.ROOT, "site-%02d", s));
			fleet.getGroups().add(site);
			if (s < 10) {
				emea.getSubgroups().add(site);
			}
		}
		for (int n = 0; n < hosts; n++) {
			Host host = host(n);
			fleet.getHosts().add(host);
			fleet.getGroups().get(1 + n / 250).getHosts().add(host);
		}
		fleet.getProfiles().add(profile());
		return fleet;
	}

	static String name(int n) {
		return String.format(Locale.ROOT, "edge-%05d", n);
	}

	static boolean probed(int n) {
		return n % 10 != 9;
	}

	static String kernel(int n) {
		return probed(n) ? "6.1.0-" + (n % 30) + "-amd64" : "";
	}

	static Host host(int n) {
		Host host = F.createHost();
		host.setName(name(n));
		host.setAddress("198.18." + (n / 250) + "." + (n % 250 + 1));
		host.getTags().add("rack" + (n % 20));
		if (n % 7 == 0) {
			host.getTags().add("lte");
		}
		if (probed(n)) {
			host.setKernelRelease(kernel(n));
			host.setDistribution("Debian GNU/Linux 12 (bookworm)");
			host.setProbeTime(new Date(EPOCH + n * 60_000L));
			host.setSoftwareFlowtableSupported(true);
			host.setFlowtableCounterSupported(true);
			NetworkInterface eth0 = device(host, "eth0", InterfaceKind.PHYSICAL, "mlx5_core", HwTcOffloadState.OFF);
			if (n % 3 == 0) {
				eth0.setHwTcOffload(HwTcOffloadState.ON);
				eth0.setHardwareOffloadVerdict(HardwareOffloadVerdict.SUPPORTED);
			}
			NetworkInterface eth1 = device(host, "eth1", InterfaceKind.PHYSICAL, "igc", HwTcOffloadState.FIXED);
			NetworkInterface lan0 = n % 4 == 0 ? device(host, "lan0", InterfaceKind.VETH, "veth", HwTcOffloadState.FIXED) : null;
			Flowtable ft0 = flowtable(host, "ft0", OffloadMode.SOFTWARE, eth1);
			ft0.setCounter(n % 40 != 1); // a warning: no counter
			rule(host, ft0, eth1, eth0);
			if (n % 3 == 0) {
				flowtable(host, "ft1", OffloadMode.HARDWARE, n % 300 == 0 ? lan0 : eth0);
			}
		}
		if (n % 97 == 0) {
			host.setLastApplyStatus(ApplyStatus.FAILED);
			host.setLastApplyTime(new Date(EPOCH + n * 60_000L + 30_000L));
			host.setLastApplyMessage("nft: Error: Could not process rule: Operation not supported");
		} else if (n % 5 == 0) {
			host.setLastApplyStatus(ApplyStatus.APPLIED);
			host.setLastApplyTime(new Date(EPOCH + n * 60_000L + 30_000L));
		}
		return host;
	}

	static NetworkInterface device(Host host, String name, InterfaceKind kind, String driver, HwTcOffloadState state) {
		NetworkInterface device = F.createNetworkInterface();
		device.setName(name);
		device.setKind(kind);
		device.setDriver(driver);
		device.setHwTcOffload(state);
		device.setUp(true);
		host.getInterfaces().add(device);
		return device;
	}

	static Flowtable flowtable(Host host, String name, OffloadMode mode, NetworkInterface... devices) {
		Flowtable flowtable = F.createFlowtable();
		flowtable.setName(name);
		flowtable.setFamily(Family.INET);
		flowtable.setOffloadMode(mode);
		flowtable.getDevices().addAll(List.of(devices));
		host.getFlowtables().add(flowtable);
		return flowtable;
	}

	static void rule(Host host, Flowtable flowtable, NetworkInterface in, NetworkInterface out) {
		OffloadRule rule = F.createOffloadRule();
		rule.setFlowtable(flowtable);
		rule.getProtocols().addAll(List.of(Protocol.TCP, Protocol.UDP));
		rule.getInputInterfaces().add(in);
		rule.getOutputInterfaces().add(out);
		rule.setComment("offload established lan to wan");
		host.getRules().add(rule);
	}

	/** Profile {@code edge}: roles lan and wan, flowtable ft (software) over both, a rule from lan. */
	static FlowtableProfile profile() {
		FlowtableProfile profile = F.createFlowtableProfile();
		profile.setName("edge");
		profile.getRoles().addAll(List.of("lan", "wan"));
		FlowtableTemplate ft = F.createFlowtableTemplate();
		ft.setName("ft");
		ft.setFamily(Family.INET);
		ft.setOffloadMode(OffloadMode.SOFTWARE);
		ft.getDeviceRoles().addAll(List.of("lan", "wan"));
		profile.getFlowtables().add(ft);
		RuleTemplate rule = F.createRuleTemplate();
		rule.setFlowtable(ft);
		rule.getProtocols().addAll(List.of(Protocol.TCP, Protocol.UDP));
		rule.getInputRoles().add("lan");
		profile.getRules().add(rule);
		return profile;
	}
}

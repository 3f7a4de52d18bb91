package org.nftoffload.fleet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.nftoffload.fleet.edit.BulkChanges;
import org.nftoffload.fleet.edit.CurrentValues;
import org.nftoffload.fleet.edit.FleetEdits;
import org.nftoffload.fleet.profiles.ProfileApplication;
import org.nftoffload.fleet.profiles.ProfileEditingDomain;
import org.nftoffload.fleet.profiles.ProfileField;
import org.nftoffload.fleet.profiles.RoleMappings;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.FlowtableProfile;
import org.nftoffload.model.FlowtableTemplate;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.provider.ModelItemProviderAdapterFactory;

/**
 * Edit Selected... over the whole fleet, at several fleet sizes side by side: reading the current
 * values (what the dialog shows), building the command, executing it and undoing it. Half the hosts
 * have a profile through their group (so flowtable values become overrides and sysctls are resolved
 * through the groups), half have a flowtable of their own and no sysctls. The per-host figure staying
 * flat from the smallest to the largest fleet is what "linear in the hosts" means. Prints figures;
 * asserts nothing. Run by releng/bench-bulk-edit.sh.
 */
public final class BulkEditBenchmark {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	public static void main(String[] args) {
		int largest = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		List<Integer> sizes = new ArrayList<>();
		for (int size = Math.max(largest / 10, 1); size < largest; size *= 10) {
			sizes.add(size);
		}
		sizes.add(largest);
		System.out.printf("Edit Selected on every host: offload mode, priority, TCP and UDP timeout, port, tag +lab, tag -old%n");
		System.out.printf("best of %d rounds (ms); per host (µs) should stay flat as the fleet grows%n", rounds);
		System.out.printf("%8s %10s %10s %10s %10s %14s%n", "hosts", "read now", "build", "execute", "undo",
				"µs/host total");
		for (int size : sizes) {
			run(size, rounds);
		}
	}

	private static void run(int size, int rounds) {
		double read = Double.MAX_VALUE;
		double build = Double.MAX_VALUE;
		double execute = Double.MAX_VALUE;
		double undo = Double.MAX_VALUE;
		for (int round = 0; round < rounds; round++) {
			EditingDomain domain = new ProfileEditingDomain(
					new ComposedAdapterFactory(new ModelItemProviderAdapterFactory()), new BasicCommandStack());
			Fleet fleet = fleet(domain, size);
			List<Host> hosts = List.copyOf(fleet.getHosts());
			BulkChanges changes = new BulkChanges().offloadMode(OffloadMode.SOFTWARE).priority(-5)
					.timeout(ProfileField.TCP_TIMEOUT, 120).timeout(ProfileField.UDP_TIMEOUT, 30).port(2222)
					.addTags(List.of("lab")).removeTags(List.of("old"));
			long t0 = System.nanoTime();
			CurrentValues.ofHosts(hosts);
			long t1 = System.nanoTime();
			Command edit = FleetEdits.editHosts(domain, hosts, changes);
			long t2 = System.nanoTime();
			domain.getCommandStack().execute(edit);
			long t3 = System.nanoTime();
			domain.getCommandStack().undo();
			long t4 = System.nanoTime();
			read = Math.min(read, (t1 - t0) / 1e6);
			build = Math.min(build, (t2 - t1) / 1e6);
			execute = Math.min(execute, (t3 - t2) / 1e6);
			undo = Math.min(undo, (t4 - t3) / 1e6);
		}
		double perHost = (read + build + execute + undo) * 1000 / size;
		System.out.printf("%8d %10.1f %10.1f %10.1f %10.1f %14.1f%n", size, read, build, execute, undo, perHost);
	}

	/**
	 * {@code size} hosts with interfaces wan and lan0; the even ones in groups eu-0..eu-9 whose
	 * parent edge has profile edge applied; the odd ones with a flowtable of their own and tag old.
	 */
	private static Fleet fleet(EditingDomain domain, int size) {
		Fleet fleet = F.createFleet();
		fleet.setName("bench");
		FlowtableProfile profile = F.createFlowtableProfile();
		profile.setName("edge");
		profile.getRoles().addAll(List.of("wan", "lan"));
		FlowtableTemplate template = F.createFlowtableTemplate();
		template.setName("ft");
		template.setFamily(Family.INET);
		template.setOffloadMode(OffloadMode.HARDWARE);
		template.getDeviceRoles().addAll(List.of("lan", "wan"));
		profile.getFlowtables().add(template);
		fleet.getProfiles().add(profile);
		HostGroup edge = F.createHostGroup();
		edge.setName("edge");
		edge.setSettings(F.createOffloadSettings());
		edge.getSettings().setFlowtableTcpTimeout(60);
		fleet.getGroups().add(edge);
		List<HostGroup> regions = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			HostGroup region = F.createHostGroup();
			region.setName("eu-" + i);
			edge.getSubgroups().add(region);
			fleet.getGroups().add(region);
			regions.add(region);
		}
		List<Host> profiled = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			Host host = F.createHost();
			host.setName("r" + i);
			host.setAddress("r" + i + ".invalid");
			for (String name : List.of("wan", "lan0")) {
				NetworkInterface device = F.createNetworkInterface();
				device.setName(name);
				device.setKind(InterfaceKind.PHYSICAL);
				device.setPresent(true);
				host.getInterfaces().add(device);
			}
			if (i % 2 == 0) {
				regions.get(i / 2 % regions.size()).getHosts().add(host);
				profiled.add(host);
			} else {
				Flowtable own = F.createFlowtable();
				own.setName("own");
				host.getFlowtables().add(own);
				host.getTags().add("old");
			}
			fleet.getHosts().add(host);
		}
		Map<Host, Map<String, List<NetworkInterface>>> mapping = new java.util.HashMap<>();
		profiled.forEach(h -> mapping.put(h, RoleMappings.suggest(h, profile)));
		domain.getCommandStack().execute(ProfileApplication.command(domain, "apply",
				ProfileApplication.plans(profile, profiled, mapping)));
		((BasicCommandStack) domain.getCommandStack()).flush();
		return fleet;
	}
}

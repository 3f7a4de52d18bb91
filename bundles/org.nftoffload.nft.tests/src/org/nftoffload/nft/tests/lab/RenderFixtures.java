package org.nftoffload.nft.tests.lab;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.EList;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftNames;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;

/**
 * For kmod/tests/engine-render-in-kernel.bats: imports every table with flowtables of every fixture as
 * if the console owned it and renders it, with the devices of hardware-offload flowtables renamed to
 * the lab's offload-capable ports (ftsim), since only those accept {@code flags offload}. Writes
 * {@code NAME.nft} (the script), {@code NAME.devices} (the other devices the lab must create, one a
 * line) and, for wildcard device names, {@code NAME.wildcard}.
 * <p>
 * With a seed it also renders 40 random valid hosts ({@code random-NN.nft}).
 * <p>
 * Usage: {@code RenderFixtures FIXTURES_DIR OUTPUT_DIR HW_PORT[,HW_PORT...] [RANDOM_SEED]}
 */
public final class RenderFixtures {

	private RenderFixtures() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3 && args.length != 4) {
			System.err.println("usage: RenderFixtures FIXTURES_DIR OUTPUT_DIR HW_PORT[,HW_PORT...] [RANDOM_SEED]");
			System.exit(2);
		}
		Path fixtures = Path.of(args[0]);
		Path out = Files.createDirectories(Path.of(args[1]));
		List<String> ports = List.of(args[2].split(","));
		List<Path> files;
		try (Stream<Path> list = Files.list(fixtures)) {
			files = list.filter(p -> p.toString().endsWith(".nft")).sorted().toList();
		}
		int rendered = 0;
		for (Path fixture : files) {
			LiveRuleset live = NftTextParser.parse(Files.readString(fixture, StandardCharsets.UTF_8), fixture.toString());
			for (LiveRuleset.Table table : live.tables()) {
				if (table.flowtables().isEmpty()) {
					continue;
				}
				LiveRuleset only = new LiveRuleset(List.of(table), List.of());
				Host host = RulesetImporter.importRuleset(only, "lab", table.name()).host();
				useLabPorts(host, ports);
				String name = fixture.getFileName().toString().replaceFirst("\\.nft$", "") + "--" + table.family() + "-" + table.name();
				Files.writeString(out.resolve(name + ".nft"), NftRenderer.render(host));
				Set<String> devices = new LinkedHashSet<>();
				boolean wildcard = false;
				for (Flowtable flowtable : host.getFlowtables()) {
					for (NetworkInterface device : flowtable.getDevices()) {
						wildcard |= NftNames.isWildcard(device.getName());
						if (!ports.contains(device.getName()) && !NftNames.isWildcard(device.getName())) {
							devices.add(device.getName());
						}
					}
				}
				Files.write(out.resolve(name + ".devices"), devices);
				if (wildcard) {
					Files.writeString(out.resolve(name + ".wildcard"), "wildcard device names need nft 1.1.4 and kernel 6.16\n");
				}
				System.out.println(name + ": " + host.getFlowtables().size() + " flowtable(s), " + host.getRules().size()
						+ " rule(s), devices to create " + devices + (wildcard ? ", wildcard" : ""));
				rendered++;
			}
		}
		System.out.println(rendered + " scripts rendered");
		if (args.length == 4) {
			// random valid hosts too: the forms the renderer writes beyond the fixtures
			java.util.Random random = new java.util.Random(Long.parseLong(args[3]));
			for (int i = 0; i < 40; i++) {
				Host host = org.nftoffload.nft.tests.RandomHosts.host(random, i);
				// the lab has one set of offload ports and a device joins one flowtable per family
				Set<Object> familiesWithHardware = new java.util.HashSet<>();
				for (Flowtable flowtable : host.getFlowtables()) {
					if (flowtable.getOffloadMode() == OffloadMode.HARDWARE && !familiesWithHardware.add(flowtable.getFamily())) {
						flowtable.setOffloadMode(OffloadMode.SOFTWARE);
					}
				}
				useLabPorts(host, ports);
				String name = String.format("random-%02d", i);
				Files.writeString(out.resolve(name + ".nft"), NftRenderer.render(host));
				Set<String> devices = new LinkedHashSet<>();
				for (Flowtable flowtable : host.getFlowtables()) {
					for (NetworkInterface device : flowtable.getDevices()) {
						if (!ports.contains(device.getName())) {
							devices.add(device.getName());
						}
					}
				}
				Files.write(out.resolve(name + ".devices"), devices);
			}
			System.out.println("40 random hosts rendered (seed " + args[3] + ")");
		}
	}

	/** Renames the devices of hardware flowtables to the lab's ports (round robin) and drops duplicates. */
	public static void useLabPorts(Host host, List<String> ports) {
		int next = 0;
		for (Flowtable flowtable : host.getFlowtables()) {
			if (flowtable.getOffloadMode() != OffloadMode.HARDWARE) {
				continue;
			}
			for (NetworkInterface device : flowtable.getDevices()) {
				if (!ports.contains(device.getName())) {
					device.setName(ports.get(next++ % ports.size()));
				}
			}
		}
		for (Flowtable flowtable : host.getFlowtables()) {
			dedupe(flowtable.getDevices());
		}
		for (OffloadRule rule : host.getRules()) {
			dedupe(rule.getInputInterfaces());
			dedupe(rule.getOutputInterfaces());
		}
	}

	private static void dedupe(EList<NetworkInterface> devices) {
		Set<String> seen = new LinkedHashSet<>();
		for (NetworkInterface device : new ArrayList<>(devices)) {
			if (!seen.add(device.getName())) {
				devices.remove(device);
			}
		}
	}
}

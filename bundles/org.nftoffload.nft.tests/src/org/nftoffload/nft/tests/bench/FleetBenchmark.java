package org.nftoffload.nft.tests.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.nft.NftRenderException;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.OffloadValidator;

/**
 * Prints timings for a fleet of N hosts (default 1,000) with 4 flowtables each: build, save, load,
 * validate, render all; XMI (the fleet file format) side by side with EMF's binary resource as the
 * baseline for load and save. Each step runs {@code rounds} times: the first (cold) run and the median
 * of the others (warm) are printed. Not a test: figures depend on the machine and its load.
 * <p>
 * Usage: {@code FleetBenchmark [hosts] [rounds] [workdir]}
 */
public final class FleetBenchmark {

	private FleetBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("nfto-bench");
		ModelPackage.eINSTANCE.eClass();

		Fleet fleet = fleet(hosts);
		System.out.printf("fleet: %d hosts, %d flowtables, %d rules, %d interfaces; %d rounds, Java %s, %d CPUs%n", hosts,
				fleet.getHosts().stream().mapToInt(h -> h.getFlowtables().size()).sum(),
				fleet.getHosts().stream().mapToInt(h -> h.getRules().size()).sum(),
				fleet.getHosts().stream().mapToInt(h -> h.getInterfaces().size()).sum(), rounds,
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

		Path xmi = work.resolve("bench.nftfleet");
		Path binary = work.resolve("bench.nftfleetbin");
		measure("save XMI", rounds, () -> save(new XMIResourceImpl(URI.createFileURI(xmi.toString())), fleet, xmi));
		measure("save XMI, tuned options", rounds,
				() -> save(new XMIResourceImpl(URI.createFileURI(xmi.toString())), fleet, xmi, TUNED_SAVE));
		measure("save binary (baseline)", rounds,
				() -> save(new BinaryResourceImpl(URI.createFileURI(binary.toString())), fleet, binary));
		System.out.printf("  file size: XMI %,d bytes, binary %,d bytes%n", Files.size(xmi), Files.size(binary));
		byte[] xmiBytes = Files.readAllBytes(xmi);
		byte[] binaryBytes = Files.readAllBytes(binary);
		measure("load XMI", rounds, () -> load(new XMIResourceImpl(URI.createFileURI(xmi.toString())), xmiBytes, hosts));
		measure("load XMI, tuned options", rounds,
				() -> load(new XMIResourceImpl(URI.createFileURI(xmi.toString())), xmiBytes, hosts, TUNED_LOAD));
		measure("load binary (baseline)", rounds,
				() -> load(new BinaryResourceImpl(URI.createFileURI(binary.toString())), binaryBytes, hosts));

		Fleet loaded = load(new XMIResourceImpl(URI.createFileURI(xmi.toString())), xmiBytes, hosts);
		measure("validate all", rounds, () -> {
			Diagnostic result = OffloadValidator.validate(loaded);
			if (result.getSeverity() >= Diagnostic.ERROR) {
				throw new IllegalStateException("benchmark fleet has errors: " + result.getChildren().get(0).getMessage());
			}
		});
		long[] bytes = new long[1];
		measure("render all", rounds, () -> {
			long total = 0;
			for (Host host : loaded.getHosts()) {
				total += NftRenderer.render(host).length();
			}
			bytes[0] = total;
		});
		System.out.printf("  rendered: %,d characters of nft script in total%n", bytes[0]);
	}

	interface Step {
		void run() throws Exception;
	}

	private static void measure(String name, int rounds, Step step) throws Exception {
		long[] millis = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			step.run();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		long[] warm = Arrays.copyOfRange(millis, Math.min(1, rounds - 1), rounds);
		Arrays.sort(warm);
		System.out.printf("%-24s cold %5d ms   warm median %5d ms   (min %d, max %d)%n", name, millis[0], warm[warm.length / 2],
				warm[0], warm[warm.length - 1]);
	}

	/** EMF's documented load accelerators: a shared parser pool, cached name lookups, deferred IDREFs. */
	static final Map<Object, Object> TUNED_LOAD = Map.of(XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl(),
			XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new java.util.HashMap<>(),
			XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE, XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
	/** ... and for saving: cached lookups and configuration, no deprecated code paths. */
	static final Map<Object, Object> TUNED_SAVE = Map.of(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE,
			XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>(), XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);

	private static void save(Resource resource, Fleet fleet, Path file) throws IOException {
		save(resource, fleet, file, Map.of());
	}

	private static void save(Resource resource, Fleet fleet, Path file, Map<Object, Object> options) throws IOException {
		new ResourceSetImpl().getResources().add(resource);
		Fleet copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(fleet);
		resource.getContents().add(copy);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, options);
		Files.write(file, out.toByteArray());
	}

	private static Fleet load(Resource resource, byte[] bytes, int hosts) throws IOException {
		return load(resource, bytes, hosts, Map.of());
	}

	private static Fleet load(Resource resource, byte[] bytes, int hosts, Map<Object, Object> options) throws IOException {
		new ResourceSetImpl().getResources().add(resource);
		resource.load(new ByteArrayInputStream(bytes), options);
		Fleet fleet = (Fleet) resource.getContents().get(0);
		if (fleet.getHosts().size() != hosts) {
			throw new IllegalStateException("loaded " + fleet.getHosts().size() + " hosts, expected " + hosts);
		}
		return fleet;
	}

	/** A realistic fleet: per host 6 ports, 4 flowtables (2 inet, ip, ip6), 4 rules. */
	static Fleet fleet(int hosts) throws NftRenderException {
		ModelFactory f = ModelFactory.eINSTANCE;
		Fleet fleet = f.createFleet();
		fleet.setName("bench");
		for (int i = 0; i < hosts; i++) {
			Host host = f.createHost();
			host.setName("router-" + i);
			host.setAddress("10." + (i / 250) + "." + (i % 250) + ".1");
			host.setKernelRelease("6.1.0-28-amd64");
			host.getTags().add(i % 2 == 0 ? "edge" : "core");
			List<NetworkInterface> ports = new ArrayList<>();
			for (int p = 0; p < 6; p++) {
				NetworkInterface port = f.createNetworkInterface();
				port.setName("eth" + p);
				port.setKind(InterfaceKind.PHYSICAL);
				port.setDriver("mtk_soc_eth");
				port.setMtu(1500);
				port.setUp(true);
				host.getInterfaces().add(port);
				ports.add(port);
			}
			Family[] families = { Family.INET, Family.INET, Family.IP, Family.IP6 };
			for (int t = 0; t < 4; t++) {
				Flowtable ft = f.createFlowtable();
				ft.setName("ft" + t);
				ft.setFamily(families[t]);
				ft.setOffloadMode(OffloadMode.SOFTWARE);
				// inet ft0/ft1 split the ports; ip and ip6 may reuse them (another family)
				if (t < 2) {
					ft.getDevices().addAll(ports.subList(t * 3, t * 3 + 3));
				} else {
					ft.getDevices().addAll(ports.subList(0, 2));
				}
				host.getFlowtables().add(ft);
				OffloadRule rule = f.createOffloadRule();
				rule.setFlowtable(ft);
				rule.getProtocols().add(Protocol.TCP);
				rule.getProtocols().add(Protocol.UDP);
				rule.getInputInterfaces().add(ft.getDevices().get(0));
				if (families[t] == Family.IP6) {
					rule.getSourcePrefixes().add("2001:db8:" + Integer.toHexString(i) + "::/48");
				} else {
					rule.getSourcePrefixes().add("192.168." + (i % 250) + ".0/24");
				}
				rule.setComment("rule " + t);
				host.getRules().add(rule);
			}
			fleet.getHosts().add(host);
		}
		return fleet;
	}
}

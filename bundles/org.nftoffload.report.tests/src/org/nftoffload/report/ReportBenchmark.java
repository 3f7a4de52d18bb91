package org.nftoffload.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Family;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.HwTcOffloadState;
import org.nftoffload.model.InterfaceKind;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;

/**
 * Not a test (the name keeps it out of the default test run): releng/bench-report.sh runs it to
 * print how long each format takes for fleets of NFTO_BENCH_HOSTS hosts (1,000 and 250) and how much
 * heap it uses at its peak, with the ratio of the peaks between the sizes. The baseline, run side by side, is saving the same fleet as its XMI file.
 * Asserts nothing; prints FIGURE lines.
 */
class ReportBenchmark {

	static Fleet fleet(int hosts) {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("Benchmark fleet of " + hosts);
		String[][] drivers = { { "mtk_soc_eth", "on" }, { "i40e", "off" }, { "mlx5_core", "on" }, { "igc", "unknown" } };
		for (int g = 0; g < (hosts + 49) / 50; g++) {
			HostGroup group = ModelFactory.eINSTANCE.createHostGroup();
			group.setName("site-" + g);
			fleet.getGroups().add(group);
		}
		for (int n = 0; n < hosts; n++) {
			Host h = ModelFactory.eINSTANCE.createHost();
			h.setName(String.format(Locale.ROOT, "edge-%04d", n));
			h.setAddress(h.getName() + ".example.invalid");
			h.setKernelRelease("6.1.0-" + (n % 30) + "-amd64");
			h.setDistribution("Debian GNU/Linux 12 (bookworm)");
			h.setProbeTime(new java.util.Date(1_700_000_000_000L + n));
			h.getTags().add(n % 2 == 0 ? "even" : "odd");
			String[] d = drivers[n % drivers.length];
			NetworkInterface[] devices = new NetworkInterface[4];
			for (int i = 0; i < 4; i++) {
				devices[i] = TestFleets.device(h, "eth" + i, InterfaceKind.PHYSICAL, d[0], HwTcOffloadState.get(d[1]));
			}
			for (int f = 0; f < 2; f++) {
				Flowtable ft = ModelFactory.eINSTANCE.createFlowtable();
				ft.setName("ft" + f);
				ft.setFamily(Family.INET);
				ft.setOffloadMode(f == 0 ? OffloadMode.SOFTWARE : (n % 3 == 0 ? OffloadMode.HARDWARE : OffloadMode.SOFTWARE));
				ft.setCounter(n % 5 != 0);
				ft.setPriority(f * 10);
				ft.getDevices().add(devices[2 * f]);
				ft.getDevices().add(devices[2 * f + 1]);
				h.getFlowtables().add(ft);
				for (int r = 0; r < 2; r++) {
					OffloadRule rule = ModelFactory.eINSTANCE.createOffloadRule();
					rule.setFlowtable(ft);
					rule.getProtocols().add(r == 0 ? Protocol.TCP : Protocol.UDP);
					rule.getSourcePrefixes().add("10." + (n % 250) + "." + r + ".0/24");
					rule.getInputInterfaces().add(devices[2 * f]);
					rule.setComment("site " + n / 50 + " rule " + r + " of " + ft.getName());
					h.getRules().add(rule);
				}
			}
			fleet.getHosts().add(h);
			fleet.getGroups().get(n / 50).getHosts().add(h);
		}
		return fleet;
	}

	/** Peak used heap while {@code work} runs, sampled every 2 ms, above what was used before it. */
	static long[] measure(ThrowingRunnable work) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(before);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(2);
				} catch (InterruptedException e) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		long start = System.nanoTime();
		long millis;
		try {
			work.run();
			millis = (System.nanoTime() - start) / 1_000_000;
		} finally {
			running.set(false);
			sampler.join(1000);
		}
		return new long[] { millis, Math.max(0, peak.get() - before) / (1024 * 1024) };
	}

	interface ThrowingRunnable {
		void run() throws Exception;
	}

	/**
	 * NFTO_BENCH_HOSTS is a comma-separated list of fleet sizes (default 1000,250): each is reported
	 * in every format, and for the largest against the smallest the ratio of the peak heaps is
	 * printed per format. A report whose memory is bounded per host shows a ratio near 1; one that
	 * holds the whole document grows with the fleet (about 4 for 1000/250). The peak is of the used
	 * heap, garbage included, so with a large heap it shows how far the heap grows before a collection
	 * as much as what is held; NFTO_BENCH_HEAP caps the heap (releng/bench-report.sh) to show what fits.
	 */
	@Test
	void reportsOfALargeFleetInEveryFormat() throws Exception {
		List<Integer> sizes = java.util.Arrays.stream(System.getenv().getOrDefault("NFTO_BENCH_HOSTS", "1000,250").split(","))
				.map(String::strip).filter(x -> !x.isEmpty()).map(Integer::valueOf).toList();
		int rounds = Integer.parseInt(System.getenv().getOrDefault("NFTO_BENCH_ROUNDS", "3"));
		System.out.println("FIGURE heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, "
				+ Runtime.getRuntime().availableProcessors() + " cores, hosts " + sizes + ", " + rounds
				+ " rounds (time: best of; peak heap: lowest of)");
		java.util.Map<Integer, java.util.Map<String, Long>> peaks = new java.util.LinkedHashMap<>();
		for (int hosts : sizes) {
			peaks.put(hosts, run(hosts, rounds));
		}
		int large = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
		int small = sizes.stream().mapToInt(Integer::intValue).min().orElseThrow();
		if (large != small) {
			for (String what : peaks.get(large).keySet()) {
				long a = peaks.get(large).get(what);
				long b = peaks.get(small).get(what);
				String figure;
				if (a == Long.MAX_VALUE || b == Long.MAX_VALUE) {
					figure = "out of memory at " + (a == Long.MAX_VALUE ? large : small) + " hosts";
				} else if (Math.max(a, b) < 32) {
					// Tens of MiB are the garbage of writing the file between two collections, not memory held.
					figure = String.format(Locale.ROOT, "%6s (+%d MiB / +%d MiB: both small, allocation noise)", "-", a, b);
				} else {
					figure = String.format(Locale.ROOT, "%6.2f (+%d MiB / +%d MiB)", a / (double) Math.max(1, b), a, b);
				}
				System.out.println(String.format(Locale.ROOT, "FIGURE peak heap ratio %d/%d hosts: %-6s %s", large, small,
						what, figure));
			}
		}
	}

	/** One fleet size, {@code rounds} times; returns the lowest peak heap (MiB) per format and for the model build. */
	private static java.util.Map<String, Long> run(int hosts, int rounds) throws Exception {
		Path dir = Files.createTempDirectory("report-bench");
		Path file = dir.resolve("bench.nftfleet");
		FleetFiles.save(fleet(hosts), file);
		Fleet loaded = FleetFiles.load(file);
		Report[] report = new Report[1];
		java.util.Map<String, Long> peaks = new java.util.LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			long[] baseline = measure(() -> FleetFiles.save(loaded, dir.resolve("copy.nftfleet")));
			report[0] = null;
			long[] build = measure(() -> report[0] = ReportBuilder.build(new ReportBuilder.Request(loaded, file,
					ReportScope.fleet(), null, null, null, "bench", TestFleets.GENERATED)));
			print(hosts, round, "baseline: save the fleet file (XMI)", baseline, baseline);
			print(hosts, round, "build the report model (validate, verdicts, findings)", build, baseline);
			peaks.merge("model", build[1], Math::min);
			for (ReportFormat format : ReportFormat.values()) {
				// Out of memory (Long.MAX_VALUE) only if every round ran out: one that did can leave the next format short.
				Path out = dir.resolve("out-" + format.id());
				long[] figure;
				try {
					figure = measure(() -> ReportWriter.write(report[0], EnumSet.of(format), out, new NullProgressMonitor()));
				} catch (OutOfMemoryError e) {
					// With a capped heap (NFTO_BENCH_HEAP) a format that holds the whole fleet runs out: that is the figure.
					System.out.println(String.format(Locale.ROOT, "FIGURE %4d hosts round %d: %-58s out of memory", hosts,
							round + 1, format.id()));
					peaks.merge(format.id(), Long.MAX_VALUE, Math::min);
					continue;
				}
				long bytes = 0;
				for (Path p : Files.list(out).toList()) {
					bytes += Files.size(p);
				}
				print(hosts, round, format.id() + " (" + bytes / 1024 + " KiB)", figure, baseline);
				peaks.merge(format.id(), figure[1], Math::min);
			}
		}
		System.out.println("FIGURE " + hosts + " hosts: findings " + report[0].allFindings().size() + ", flowtables "
				+ report[0].summary().flowtablesByMode() + ", rules " + report[0].summary().rules());
		List<Path> left = Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).toList();
		for (Path p : left) {
			Files.delete(p);
		}
		return peaks;
	}

	static void print(int hosts, int round, String what, long[] figure, long[] baseline) {
		System.out.println(String.format(Locale.ROOT, "FIGURE %4d hosts round %d: %-58s %7d ms  %5.1fx baseline  peak heap +%d MiB",
				hosts, round + 1, what, figure[0], figure[0] / (double) Math.max(1, baseline[0]), figure[1]));
	}
}

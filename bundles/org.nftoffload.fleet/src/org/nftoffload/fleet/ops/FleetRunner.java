package org.nftoffload.fleet.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.nftoffload.model.Host;
import org.nftoffload.remote.internal.ConsoleLog;

/**
 * Runs one action over many hosts: canary first (when asked), then the rest with bounded
 * parallelism; no new host starts after {@code maxFailures} failures or a cancel (hosts already
 * running finish, so no host is left half done); one {@link HostResult} per host, in the order
 * of the hosts given. Progress is reported from the calling thread only (SubMonitor is not
 * thread-safe).
 */
public final class FleetRunner {

	/** The work on one host; exceptions become FAILED results with the exception's message. */
	@FunctionalInterface
	public interface HostAction {
		HostResult run(Host host) throws Exception;
	}

	private FleetRunner() {
	}

	public static List<HostResult> run(String label, List<Host> hosts, HostAction action, RolloutOptions options,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, label, hosts.size());
		Map<Host, HostResult> results = new LinkedHashMap<>();
		hosts.forEach(h -> results.put(h, null));
		List<Host> rest = new ArrayList<>(hosts);
		AtomicInteger failures = new AtomicInteger();
		if (options.canaryFirst() && hosts.size() > 1) {
			Host canary = rest.remove(0);
			progress.subTask(label + ": " + canary.getName() + " (canary)");
			HostResult result = runOne(canary, action);
			results.put(canary, result);
			progress.worked(1);
			if (!result.succeeded()) {
				for (Host host : rest) {
					results.put(host, HostResult.skipped(host.getName(), "not started: the canary " + canary.getName()
							+ " did not succeed (" + result.status().name().toLowerCase() + ": " + result.reason() + ")"));
				}
				return List.copyOf(results.values());
			}
		}
		AtomicBoolean cancelled = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.parallelism(), rest.size())),
				r -> {
					Thread t = new Thread(r, "nft-offload fleet " + label);
					t.setDaemon(true);
					return t;
				});
		try {
			CompletionService<HostResult> done = new ExecutorCompletionService<>(pool);
			Map<Future<HostResult>, Host> running = new LinkedHashMap<>();
			for (Host host : rest) {
				running.put(done.submit(() -> {
					if (cancelled.get()) {
						return HostResult.skipped(host.getName(), "not started: cancelled");
					}
					if (failures.get() >= options.maxFailures()) {
						return HostResult.skipped(host.getName(), "not started: stopped after " + options.maxFailures()
								+ " failed host(s)");
					}
					HostResult result = runOne(host, action);
					if (result.failed()) {
						failures.incrementAndGet();
						ConsoleLog.warn(FleetRunner.class, label + " on host " + host.getName() + " failed: " + result.reason(),
								null);
					}
					return result;
				}), host);
			}
			int remaining = running.size();
			while (remaining > 0) {
				if (progress.isCanceled()) {
					cancelled.set(true);
				}
				Future<HostResult> next = done.poll(100, TimeUnit.MILLISECONDS);
				if (next == null) {
					continue;
				}
				remaining--;
				Host host = running.get(next);
				HostResult result;
				try {
					result = next.get();
				} catch (java.util.concurrent.ExecutionException e) {
					result = new HostResult(host.getName(), HostResult.Status.FAILED, String.valueOf(e.getCause()), 0, null);
				}
				results.put(host, result);
				progress.subTask(label + ": " + host.getName() + " " + result.status().name().toLowerCase());
				progress.worked(1);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled.set(true);
		} finally {
			pool.shutdown();
		}
		for (Map.Entry<Host, HostResult> entry : results.entrySet()) {
			if (entry.getValue() == null) {
				entry.setValue(HostResult.skipped(entry.getKey().getName(), "not started: interrupted"));
			}
		}
		return List.copyOf(results.values());
	}

	private static HostResult runOne(Host host, HostAction action) {
		long start = System.nanoTime();
		try {
			HostResult result = action.run(host);
			return new HostResult(result.host(), result.status(), result.reason(), (System.nanoTime() - start) / 1_000_000,
					result.details());
		} catch (Exception e) {
			return new HostResult(host.getName(), HostResult.Status.FAILED, e.getMessage() == null ? e.toString()
					: e.getMessage(), (System.nanoTime() - start) / 1_000_000, null);
		}
	}
}

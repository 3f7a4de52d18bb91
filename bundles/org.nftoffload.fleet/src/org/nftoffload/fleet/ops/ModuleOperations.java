package org.nftoffload.fleet.ops;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nftoffload.model.Host;
import org.nftoffload.remote.KmodPackage;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentMessage.Response;
import org.nftoffload.remote.agent.AgentRequest;

/**
 * "Module ensure" for {@link FleetRunner}: makes the flow-offload modules present on each host —
 * nothing when they are built in or loaded, {@code module.load} when the host has them installed,
 * upload of the kmod package and {@code module.build} first when it has none (only when asked),
 * then {@code module.persist} when asked — and probes again afterwards, so that the model can be
 * told what the host has now ({@link ProbeResultsCommand}). Talks to the host only through the
 * agent protocol and the package upload; builds no shell text.
 */
public final class ModuleOperations {

	/** The modules the agent manages, in load order (protocol: module.load). */
	public static final List<String> FLOW_MODULES = List.of("nf_flow_table", "nf_flow_table_inet", "nft_flow_offload");

	/** A module build on a small router takes minutes; the agent answers when make has finished. */
	private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);
	private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

	private ModuleOperations() {
	}

	/**
	 * Makes the modules present (see the class comment). Each host's probe afterwards goes into
	 * {@code probes} (a map from {@link FleetOperations#probeResults()}), also when the host failed,
	 * as long as its agent still answered.
	 */
	public static FleetRunner.HostAction ensure(HostAgents agents, ModuleOptions options, Map<Host, AgentData.Probe> probes) {
		ShippedPackage shipped = new ShippedPackage();
		return host -> {
			AgentClient agent = agents.agent(host);
			HostResult result;
			try {
				result = ensureOn(host, agent, agents, options, shipped);
			} catch (Exception e) {
				probeAfterwards(agent, host, probes, false);
				throw e;
			}
			AgentData.Probe after = probeAfterwards(agent, host, probes, result.status() == HostResult.Status.SUCCESS);
			if (result.status() == HostResult.Status.SUCCESS && after != null) {
				List<String> absent = notPresent(after);
				if (!absent.isEmpty()) {
					return new HostResult(host.getName(), HostResult.Status.FAILED, result.reason()
							+ "; but the probe afterwards still finds " + describe(after, absent)
							+ ": check the host's kernel log (dmesg)", 0, result.details());
				}
			}
			return result;
		};
	}

	private static HostResult ensureOn(Host host, AgentClient agent, HostAgents agents, ModuleOptions options,
			ShippedPackage shipped) throws Exception {
		// Without the hardware dry run: it is slow, and its nft -c of a flowtable could make the
		// kernel load the modules by itself, which would hide what this operation did.
		AgentData.Probe before = AgentData.Probe.of(agent.callOk(new AgentRequest.Probe(false), COMMAND_TIMEOUT));
		String kernel = before.kernelRelease();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("kernel", String.valueOf(kernel));
		details.put("before", states(before).toString());
		List<String> missing = new ArrayList<>();
		List<String> installed = new ArrayList<>();
		List<String> builtEarlier = new ArrayList<>();
		for (String module : FLOW_MODULES) {
			switch (state(before, module)) {
			case "builtin", "loaded" -> {
			}
			case "available" -> installed.add(module);
			case "built" -> builtEarlier.add(module);
			default -> missing.add(module);
			}
		}
		List<String> done = new ArrayList<>();
		if (!missing.isEmpty()) {
			if ("n".equals(before.configSymbols().get("MODULES"))) {
				return failed(host, String.join(", ", missing) + " missing, and kernel " + kernel
						+ " was built without loadable module support (CONFIG_MODULES not set): nothing can be loaded or"
						+ " built for it; boot a kernel with NF_FLOW_TABLE and NFT_FLOW_OFFLOAD built in or as modules",
						details);
			}
			if (!options.build()) {
				return failed(host, String.join(", ", missing) + " missing for kernel " + kernel
						+ ": install the distribution's package that has them (Debian, RHEL and Fedora kernels ship them;"
						+ " OpenWrt: kmod-nft-offload), or enable build to build them on the host from the kernel's own"
						+ " source", details);
			}
			KmodPackage.Uploaded uploaded = shipped.get().upload(agents.sshConnection(host));
			details.put("package", uploaded.directory());
			Response built = agent.call(new AgentRequest.ModuleBuild(null, null, uploaded.directory(), null), BUILD_TIMEOUT);
			if (!built.ok()) {
				details.put("code", built.code());
				details.put("stderr", built.stderr());
				return failed(host, "building " + String.join(", ", missing) + " for kernel " + kernel + " failed ("
						+ built.code() + "): " + built.message() + " (kmod package "
						+ (uploaded.uploaded() ? "uploaded to " : "already at ") + uploaded.directory() + ")", details);
			}
			AgentData.ModulesBuilt modules = AgentData.ModulesBuilt.of(built);
			details.put("built", modules.modules().toString());
			done.add("built " + modules.modules().size() + " modules for " + kernel + " and loaded them");
		} else if (!installed.isEmpty()) {
			done.add("loaded " + String.join(", ", installed) + (installed.size() == 1 ? " (was" : " (were") + " available)");
		} else if (!builtEarlier.isEmpty()) {
			done.add("loaded " + String.join(", ", builtEarlier) + " (built earlier by the console)");
		} else {
			done.add("nothing to load: " + describe(before, FLOW_MODULES));
		}
		if (!missing.isEmpty() || !installed.isEmpty() || !builtEarlier.isEmpty()) {
			Response loaded = agent.call(new AgentRequest.ModuleLoad(), COMMAND_TIMEOUT);
			if (!loaded.ok()) {
				details.put("code", loaded.code());
				details.put("stderr", loaded.stderr());
				String already = missing.isEmpty() ? "" : done.get(0).replace(" and loaded them", "") + ", but ";
				return failed(host, already + "loading failed (" + loaded.code() + "): " + loaded.message()
						+ (loaded.stderr().isBlank() ? "" : " — " + loaded.stderr().strip()), details);
			}
			details.put("after", AgentData.ModuleStates.of(loaded).modules().toString());
		}
		if (options.persist()) {
			Response persisted = agent.call(new AgentRequest.ModulePersist(true), COMMAND_TIMEOUT);
			if (!persisted.ok()) {
				details.put("code", persisted.code());
				details.put("stderr", persisted.stderr());
				return failed(host, String.join("; ", done) + "; but persisting failed (" + persisted.code() + "): "
						+ persisted.message() + "; the modules are loaded until the next boot", details);
			}
			AgentData.ModulesPersisted file = AgentData.ModulesPersisted.of(persisted);
			details.put("persisted", String.valueOf(file.file()));
			done.add("persisted in " + file.file() + (file.installed().isEmpty() ? ""
					: " (installed " + String.join(", ", file.installed()) + " under /lib/modules/" + kernel + "/updates)"));
		}
		return new HostResult(host.getName(), HostResult.Status.SUCCESS, String.join("; ", done), 0, details);
	}

	private static HostResult failed(Host host, String reason, Map<String, Object> details) {
		return new HostResult(host.getName(), HostResult.Status.FAILED, reason, 0, details);
	}

	/** The full probe (with the hardware dry run, which is meaningful only now) for the model. */
	private static AgentData.Probe probeAfterwards(AgentClient agent, Host host, Map<Host, AgentData.Probe> probes,
			boolean mustWork) throws Exception {
		try {
			AgentData.Probe probe = AgentData.Probe.of(agent.callOk(new AgentRequest.Probe(null), COMMAND_TIMEOUT));
			probes.put(HostSnapshots.live(host), probe);
			return probe;
		} catch (Exception e) {
			if (mustWork) {
				throw e;
			}
			// The host already failed; its own reason is the one to report.
			return null;
		}
	}

	private static String state(AgentData.Probe probe, String module) {
		String state = probe.modules().get(module);
		return state == null ? "missing" : state;
	}

	private static Map<String, String> states(AgentData.Probe probe) {
		Map<String, String> states = new LinkedHashMap<>();
		FLOW_MODULES.forEach(m -> states.put(m, state(probe, m)));
		return states;
	}

	private static List<String> notPresent(AgentData.Probe probe) {
		return FLOW_MODULES.stream().filter(m -> !List.of("builtin", "loaded").contains(state(probe, m))).toList();
	}

	private static String describe(AgentData.Probe probe, List<String> modules) {
		return String.join(", ", modules.stream().map(m -> m + " " + state(probe, m)).toList());
	}

	/** The shipped package, read from the bundle once per operation and only when a host needs it. */
	private static final class ShippedPackage {
		private KmodPackage kmod;

		synchronized KmodPackage get() throws IOException {
			if (kmod == null) {
				kmod = KmodPackage.shipped();
			}
			return kmod;
		}
	}
}

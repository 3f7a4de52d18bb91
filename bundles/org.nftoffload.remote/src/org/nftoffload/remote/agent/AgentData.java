package org.nftoffload.remote.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nftoffload.remote.agent.AgentMessage.Event;
import org.nftoffload.remote.agent.AgentMessage.Response;

/** Typed views of the {@code data} of the answers the console acts on. */
public final class AgentData {

	private AgentData() {
	}

	public record Hello(String agentVersion, int protocolVersion, List<String> capabilities, boolean root,
			String kernel, String shell) {
		public static Hello of(Response response) {
			Map<String, Object> d = response.data();
			Long protocol = AgentMessage.number(d, "protocol_version");
			List<String> capabilities = new ArrayList<>();
			for (Object c : AgentMessage.list(d, "capabilities")) {
				capabilities.add(String.valueOf(c));
			}
			return new Hello(AgentMessage.text(d, "agent_version"), protocol == null ? -1 : protocol.intValue(),
					List.copyOf(capabilities), Boolean.TRUE.equals(d.get("root")), AgentMessage.text(d, "kernel"),
					AgentMessage.text(d, "shell"));
		}
	}

	/**
	 * One interface of a probe: {@code lower} names its lower devices (a VLAN's, bridge's or bond's
	 * real devices), {@code eswitchMode} is {@code switchdev}, {@code legacy} or null (no eswitch, or
	 * no devlink to ask), and {@code hwOffload*} is the hardware-offload dry run ({@code nft -c} of a
	 * flowtable with {@code flags offload} on this device alone): {@code hwOffloadSupported} is null
	 * when it did not run (lo, {@code hw=no}, without root or nft).
	 */
	public record Interface(String name, String kind, String driver, List<String> lower, Long mtu, String state,
			String hwTcOffload, String eswitchMode, Boolean hwOffloadSupported, String hwOffloadMessage,
			String hwOffloadStderr) {
		public Interface {
			lower = lower == null ? List.of() : List.copyOf(lower);
		}
	}

	/**
	 * A probe's findings; {@code sysctls} maps each netfilter sysctl the agent reads to its value, null
	 * where the host lacks it; {@code devlink} says whether the host has the devlink tool, without
	 * which no eswitch mode can be known.
	 */
	public record Probe(String osId, String osPrettyName, String kernelRelease, String machine,
			Map<String, String> modules, Map<String, String> configSymbols, List<Interface> interfaces,
			Map<String, Long> sysctls, boolean devlink) {
		public static Probe of(Response response) {
			Map<String, Object> d = response.data();
			List<Interface> interfaces = new ArrayList<>();
			for (Object o : AgentMessage.list(d, "interfaces")) {
				if (o instanceof Map<?, ?> m) {
					@SuppressWarnings("unchecked")
					Map<String, Object> i = (Map<String, Object>) m;
					Map<?, ?> dryRun = i.get("hw_offload") instanceof Map<?, ?> hw ? hw : Map.of();
					interfaces.add(new Interface(AgentMessage.text(i, "name"), AgentMessage.text(i, "kind"),
							AgentMessage.text(i, "driver"), texts(AgentMessage.list(i, "lower")), AgentMessage.number(i, "mtu"),
							AgentMessage.text(i, "state"), AgentMessage.text(i, "hw_tc_offload"),
							AgentMessage.text(i, "eswitch_mode"),
							dryRun.get("supported") instanceof Boolean supported ? supported : null,
							dryRun.get("message") instanceof String message ? message : null,
							dryRun.get("stderr") instanceof String stderr ? stderr : null));
				}
			}
			return new Probe(AgentMessage.text(d, "os", "id"), AgentMessage.text(d, "os", "pretty_name"),
					AgentMessage.text(d, "kernel", "release"), AgentMessage.text(d, "kernel", "machine"),
					strings(AgentMessage.path(d, "modules")), strings(AgentMessage.path(d, "config", "symbols")),
					List.copyOf(interfaces), numbers(AgentMessage.path(d, "sysctl")),
					Boolean.TRUE.equals(AgentMessage.path(d, "tools", "devlink")));
		}
	}

	public record Applied(String generation, String family, String table, long timeoutSeconds, long deadline,
			boolean hadPrevious) {
		public static Applied of(Response response) {
			Map<String, Object> d = response.data();
			return new Applied(AgentMessage.text(d, "generation"), AgentMessage.text(d, "family"),
					AgentMessage.text(d, "table"), orZero(AgentMessage.number(d, "timeout")),
					orZero(AgentMessage.number(d, "deadline")), Boolean.TRUE.equals(d.get("had_previous")));
		}
	}

	/** {@code module.build}: the .ko files built, where they are, and the headers and source used. */
	public record ModulesBuilt(List<String> modules, String dir, String kdir, String ksrc) {
		public static ModulesBuilt of(Response response) {
			Map<String, Object> d = response.data();
			return new ModulesBuilt(texts(AgentMessage.list(d, "modules")), AgentMessage.text(d, "dir"),
					AgentMessage.text(d, "kdir"), AgentMessage.text(d, "ksrc"));
		}
	}

	/** {@code module.load} and {@code module.unload}: the state of each module afterwards. */
	public record ModuleStates(Map<String, String> modules) {
		public static ModuleStates of(Response response) {
			return new ModuleStates(strings(AgentMessage.path(response.data(), "modules")));
		}
	}

	/** {@code module.persist}: the modules-load.d file, and the agent-built modules installed. */
	public record ModulesPersisted(String file, boolean enabled, List<String> installed) {
		public static ModulesPersisted of(Response response) {
			Map<String, Object> d = response.data();
			return new ModulesPersisted(AgentMessage.text(d, "file"), Boolean.TRUE.equals(d.get("enabled")),
					texts(AgentMessage.list(d, "installed")));
		}
	}

	/**
	 * {@code ruleset.persist}: whether the table loads at boot, the agent's copy of it ({@code file}),
	 * how it loads ({@code boot}: {@code systemd}, {@code openwrt} or {@code sysvinit}), and the
	 * files written (enable) or removed (disable).
	 */
	public record RulesetPersisted(boolean enabled, String generation, String file, String boot, List<String> files) {
		public static RulesetPersisted of(Response response) {
			Map<String, Object> d = response.data();
			boolean enabled = Boolean.TRUE.equals(d.get("enabled"));
			return new RulesetPersisted(enabled, AgentMessage.text(d, "generation"), AgentMessage.text(d, "file"),
					AgentMessage.text(d, "boot"), texts(AgentMessage.list(d, enabled ? "files" : "removed")));
		}
	}

	/**
	 * One stats sample; {@code gap} is true for the first sample after a reconnection. {@code counted}
	 * says how the agent counted offloaded flows: {@code status_filter} (conntrack's summary of
	 * kernel-filtered dumps, cheap), {@code listing} (every entry listed: the proc source or an older
	 * conntrack, costing about a full {@code conntrack -L} per sample), or null from agents before it.
	 * {@code cpuBusy} and {@code softirqShare} are fractions of all CPU time since the previous sample
	 * (null in the first): busy is all but idle and iowait, the softirq share the part of it spent in
	 * softirqs, where packets of the slow path and the software fast path alike are forwarded.
	 */
	public record StatsSample(long seq, long time, Long conntrackTotal, long offloadedSw, long offloadedHw,
			Long newFlows, Long forwardPackets, Double cpuBusy, Map<String, Map<String, Long>> devices, boolean gap,
			String counted, Double softirqShare) {
		public StatsSample(long seq, long time, Long conntrackTotal, long offloadedSw, long offloadedHw, Long newFlows,
				Long forwardPackets, Double cpuBusy, Map<String, Map<String, Long>> devices, boolean gap) {
			this(seq, time, conntrackTotal, offloadedSw, offloadedHw, newFlows, forwardPackets, cpuBusy, devices, gap, null,
					null);
		}

		public StatsSample(long seq, long time, Long conntrackTotal, long offloadedSw, long offloadedHw, Long newFlows,
				Long forwardPackets, Double cpuBusy, Map<String, Map<String, Long>> devices, boolean gap, String counted) {
			this(seq, time, conntrackTotal, offloadedSw, offloadedHw, newFlows, forwardPackets, cpuBusy, devices, gap,
					counted, null);
		}

		public static StatsSample of(Event event, boolean gap) {
			Map<String, Object> d = event.data();
			Map<String, Map<String, Long>> devices = new LinkedHashMap<>();
			if (d.get("devices") instanceof Map<?, ?> m) {
				m.forEach((name, counters) -> devices.put(String.valueOf(name), numbers(counters)));
			}
			Object busy = AgentMessage.path(d, "cpu", "busy");
			Object softirq = AgentMessage.path(d, "cpu", "softirq_share");
			return new StatsSample(event.seq() == null ? 0 : event.seq(), orZero(AgentMessage.number(d, "time")),
					AgentMessage.number(d, "conntrack", "total"), orZero(AgentMessage.number(d, "conntrack", "offloaded_sw")),
					orZero(AgentMessage.number(d, "conntrack", "offloaded_hw")), AgentMessage.number(d, "conntrack", "new"),
					AgentMessage.number(d, "forward", "packets"),
					busy instanceof java.math.BigDecimal b ? b.doubleValue() : null, devices, gap,
					AgentMessage.path(d, "conntrack", "counted") instanceof String c ? c : null,
					softirq instanceof java.math.BigDecimal share ? share.doubleValue() : null);
		}
	}

	private static long orZero(Long value) {
		return value == null ? 0 : value;
	}

	private static List<String> texts(List<Object> values) {
		List<String> out = new ArrayList<>();
		for (Object value : values) {
			out.add(String.valueOf(value));
		}
		return List.copyOf(out);
	}

	private static Map<String, String> strings(Object value) {
		Map<String, String> out = new LinkedHashMap<>();
		if (value instanceof Map<?, ?> m) {
			m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
		}
		return out;
	}

	private static Map<String, Long> numbers(Object value) {
		Map<String, Long> out = new LinkedHashMap<>();
		if (value instanceof Map<?, ?> m) {
			m.forEach((k, v) -> out.put(String.valueOf(k), v instanceof java.math.BigDecimal n ? n.longValue() : null));
		}
		return out;
	}
}

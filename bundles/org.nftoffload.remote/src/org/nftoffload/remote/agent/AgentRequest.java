package org.nftoffload.remote.agent;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.nftoffload.nft.NftNames;

/**
 * The requests of agent protocol 1 ({@code docs/agent-protocol.md}), one record per command. Every
 * value is checked against its field's pattern when the record is made, so a request that reaches
 * the wire is one the agent accepts: callers never build request text themselves. Optional fields
 * are {@code null} and then left out (the agent applies its default).
 */
public sealed interface AgentRequest {

	/** The protocol's command word. */
	String command();

	/** Fields in the order they are sent; values already validated. */
	Map<String, String> fields();

	/** The request line without the trailing LF. */
	default String line(String id) {
		Fields.require("id", id, Fields.ID, "1-64 of [A-Za-z0-9_.:-]");
		StringBuilder line = new StringBuilder(id).append(' ').append(command());
		fields().forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
		return line.toString();
	}

	record Hello() implements AgentRequest {
		public String command() { return "hello"; }
		public Map<String, String> fields() { return Map.of(); }
	}

	/** {@code hw}: whether to run the per-device hardware-offload dry run (agent default yes). */
	record Probe(Boolean hw) implements AgentRequest {
		public String command() { return "probe"; }
		public Map<String, String> fields() { return Fields.of("hw", Fields.yesNo(hw)); }
	}

	record RulesetGet(String format, String family, String table) implements AgentRequest {
		public RulesetGet {
			Fields.oneOf("format", format, Set.of("text", "json", "both"));
			Fields.family(family);
			Fields.table(table);
		}
		public String command() { return "ruleset.get"; }
		public Map<String, String> fields() { return Fields.of("format", format, "family", family, "table", table); }
	}

	/** Commit-confirm apply of one table; {@code ruleset} is the nft text (sent as base64). */
	record Apply(String ruleset, String family, String table, Integer timeoutSeconds) implements AgentRequest {
		public Apply {
			if (ruleset == null || ruleset.isEmpty()) {
				throw new IllegalArgumentException("field 'ruleset' of apply is required");
			}
			if (ruleset.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 1024 * 1024) {
				throw new IllegalArgumentException("field 'ruleset' of apply is larger than the agent's 1 MiB");
			}
			Fields.family(family);
			Fields.table(table);
			Fields.range("timeout", timeoutSeconds, 5, 3600);
		}
		public String command() { return "apply"; }
		public Map<String, String> fields() {
			String encoded = Base64.getEncoder().encodeToString(ruleset.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return Fields.of("ruleset", encoded, "family", family, "table", table, "timeout", Fields.text(timeoutSeconds));
		}
	}

	/**
	 * Keeps the apply that answered {@code generation}; the agent refuses any other
	 * ({@code generation_mismatch}), so a late confirm never confirms another console's apply.
	 */
	record Confirm(String generation) implements AgentRequest {
		public Confirm {
			Fields.generation("confirm", generation);
		}
		public String command() { return "confirm"; }
		public Map<String, String> fields() { return Fields.of("generation", generation); }
	}

	/** Restores the table the apply that answered {@code generation} replaced; refused for any other. */
	record Rollback(String generation) implements AgentRequest {
		public Rollback {
			Fields.generation("rollback", generation);
		}
		public String command() { return "rollback"; }
		public Map<String, String> fields() { return Fields.of("generation", generation); }
	}

	record StatsStream(Integer intervalSeconds, Integer count, List<String> devices, String family, String table,
			String source) implements AgentRequest {
		public StatsStream {
			Fields.range("interval", intervalSeconds, 1, 3600);
			Fields.range("count", count, 1, 1_000_000);
			if (devices != null) {
				devices = List.copyOf(devices);
				if (devices.isEmpty()) {
					throw new IllegalArgumentException("field 'devices' of stats.stream: give at least one interface or none at all");
				}
				for (String device : devices) {
					Fields.device(device);
				}
			}
			Fields.family(family);
			Fields.table(table);
			Fields.oneOf("source", source, Set.of("auto", "netlink", "proc"));
		}
		public String command() { return "stats.stream"; }
		public Map<String, String> fields() {
			return Fields.of("interval", Fields.text(intervalSeconds), "count", Fields.text(count), "devices",
					devices == null ? null : String.join(",", devices), "family", family, "table", table, "source", source);
		}
	}

	record Stop(String target) implements AgentRequest {
		public Stop {
			if (target != null) {
				Fields.require("target", target, Fields.ID, "a request id (1-64 of [A-Za-z0-9_.:-])");
			}
		}
		public String command() { return "stop"; }
		public Map<String, String> fields() { return Fields.of("target", target); }
	}

	record SysctlSet(String name, long value, Boolean persist) implements AgentRequest {
		/** The knobs the agent allows (protocol: sysctl.set). */
		public static final Set<String> NAMES = Set.of("net.netfilter.nf_flowtable_tcp_timeout",
				"net.netfilter.nf_flowtable_udp_timeout", "net.netfilter.nf_flowtable_tcp_pickup",
				"net.netfilter.nf_conntrack_acct", "net.netfilter.nf_conntrack_max",
				"net.netfilter.nf_conntrack_buckets", "net.netfilter.nf_conntrack_timestamp", "net.ipv4.ip_forward",
				"net.ipv6.conf.all.forwarding");
		public SysctlSet {
			if (!NAMES.contains(name)) {
				throw new IllegalArgumentException("field 'name' of sysctl.set (" + name + ") is not a sysctl the agent sets; allowed: "
						+ String.join(", ", new java.util.TreeSet<>(NAMES)));
			}
			if (value < 0 || value > Integer.MAX_VALUE) {
				throw new IllegalArgumentException("field 'value' of sysctl.set must be 0-2147483647, not " + value);
			}
		}
		public String command() { return "sysctl.set"; }
		public Map<String, String> fields() { return Fields.of("name", name, "value", Long.toString(value), "persist", Fields.yesNo(persist)); }
	}

	record ModuleLoad() implements AgentRequest {
		public String command() { return "module.load"; }
		public Map<String, String> fields() { return Map.of(); }
	}

	record ModuleUnload() implements AgentRequest {
		public String command() { return "module.unload"; }
		public Map<String, String> fields() { return Map.of(); }
	}

	record ModulePersist(Boolean enable) implements AgentRequest {
		public String command() { return "module.persist"; }
		public Map<String, String> fields() { return Fields.of("enable", Fields.yesNo(enable)); }
	}

	/**
	 * {@code enable=true}: the table the confirm of {@code generation} kept is loaded at every boot
	 * (the agent writes its own copy of that committed payload and a boot hook of the host's init
	 * system); the agent refuses any generation but the last confirmed one. {@code enable=false}
	 * removes what it wrote; the generation is then not sent.
	 */
	record RulesetPersist(boolean enable, String generation) implements AgentRequest {
		public RulesetPersist {
			if (enable) {
				Fields.generation("ruleset.persist", generation);
			} else {
				generation = null;
			}
		}
		public String command() { return "ruleset.persist"; }
		public Map<String, String> fields() { return Fields.of("enable", Fields.yesNo(enable), "generation", generation); }
	}

	record ModuleBuild(String kdir, String ksrc, String pkg, String kver) implements AgentRequest {
		public ModuleBuild {
			Fields.path("kdir", kdir);
			Fields.path("ksrc", ksrc);
			Fields.path("pkg", pkg);
			if (kver != null) {
				Fields.require("kver", kver, Pattern.compile("[0-9][A-Za-z0-9._+-]{0,63}"), "a kernel release such as 6.1.0-56-amd64");
			}
		}
		public String command() { return "module.build"; }
		public Map<String, String> fields() { return Fields.of("kdir", kdir, "ksrc", ksrc, "pkg", pkg, "kver", kver); }
	}

	/** Field patterns of the protocol's table, checked on the client side too. */
	final class Fields {
		static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
		private static final Pattern GENERATION = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
		private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_.-]{1,15}");
		private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9_./+-]{0,254}");
		private static final Set<String> FAMILIES = Set.of("inet", "ip", "ip6", "bridge", "netdev", "arp");

		private Fields() {
		}

		static Map<String, String> of(String... keysAndValues) {
			Map<String, String> map = new LinkedHashMap<>();
			for (int i = 0; i < keysAndValues.length; i += 2) {
				if (keysAndValues[i + 1] != null) {
					map.put(keysAndValues[i], keysAndValues[i + 1]);
				}
			}
			return map;
		}

		static String yesNo(Boolean value) {
			return value == null ? null : value ? "yes" : "no";
		}

		static String text(Integer value) {
			return value == null ? null : value.toString();
		}

		static void require(String field, String value, Pattern pattern, String rule) {
			if (value == null || !pattern.matcher(value).matches()) {
				throw new IllegalArgumentException("field '" + field + "' (" + value + ") must be " + rule);
			}
		}

		static void oneOf(String field, String value, Set<String> allowed) {
			if (value != null && !allowed.contains(value)) {
				throw new IllegalArgumentException("field '" + field + "' (" + value + ") must be one of "
						+ String.join(", ", new java.util.TreeSet<>(allowed)));
			}
		}

		static void generation(String command, String generation) {
			if (generation == null) {
				throw new IllegalArgumentException(command + " needs the generation its apply answered");
			}
			require("generation", generation, GENERATION, "a generation as apply answered it (1-100 of [A-Za-z0-9_.:-])");
		}

		static void family(String family) {
			oneOf("family", family, FAMILIES);
		}

		static void table(String table) {
			if (table != null) {
				// The engine's rule, so that the validator refuses what the agent would refuse.
				require("table", table, NftNames.TABLE_NAME, "a letter, then letters, digits or '_' (at most 32)");
			}
		}

		/** Public for callers that check interface names before building requests (model validation). */
		public static void device(String device) {
			require("devices", device, DEVICE, "interface names of 1-15 characters from [A-Za-z0-9_.-]");
			if (device.equals(".") || device.equals("..")) {
				throw new IllegalArgumentException("field 'devices' (" + device + ") is not an interface name");
			}
		}

		static void range(String field, Integer value, int min, int max) {
			if (value != null && (value < min || value > max)) {
				throw new IllegalArgumentException("field '" + field + "' (" + value + ") must be " + min + "-" + max);
			}
		}

		static void path(String field, String path) {
			if (path == null) {
				return;
			}
			require(field, path, PATH, "an absolute path of at most 255 characters from [A-Za-z0-9_./+-]");
			if (path.contains("//") || ("/" + path + "/").contains("/../")) {
				throw new IllegalArgumentException("field '" + field + "' (" + path + ") may not contain '//' or '..'");
			}
		}
	}
}

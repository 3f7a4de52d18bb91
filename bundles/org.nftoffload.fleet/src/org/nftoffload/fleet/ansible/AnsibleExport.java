package org.nftoffload.fleet.ansible;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.nftoffload.fleet.HostGroups;
import org.nftoffload.fleet.ops.FleetOperations;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.RoleBinding;
import org.nftoffload.nft.NftNames;
import org.nftoffload.nft.NftRenderException;
import org.nftoffload.nft.NftRenderer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The fleet (or some of its hosts) as an Ansible inventory and a playbook that applies each host's
 * rendered table with commit-confirm through the console's agent, for fleets larger than one
 * console's SSH fan-out. What goes into {@code DIR}:
 * <ul>
 * <li>{@code inventory.yml}: group {@code nftoffload} with every exported host and its variables
 * (ansible_host/port/user from the model, the table, the ruleset file, flowtable devices, role
 * bindings); the fleet's groups as its children, subgroups as their {@code children}, tags as
 * groups {@code tag_T};</li>
 * <li>{@code nftoffload.yml}, {@code action_plugins/nftoffload_plan.py}, {@code ansible.cfg};</li>
 * <li>{@code files/nft-offload-agent} (the agent this console ships) and {@code files/rulesets/HOST.nft}
 * (each host's table as {@link NftRenderer#renderTables} renders it, what apply sends).</li>
 * </ul>
 * No model value reaches YAML, Jinja or a shell unchecked: each is held to a pattern that leaves
 * out quotes, braces, {@code %}, {@code #}, spaces and shell metacharacters, and a host with a value
 * outside it is not exported (its reason is in the result), nor is a host whose model has
 * validation errors. Inventory names are the model's names where those are safe, else made safe
 * (and unique); group names likewise, as Ansible wants them ({@code [A-Za-z_][A-Za-z0-9_]*}).
 */
public final class AnsibleExport {

	/** The playbook's file name in the export directory. */
	public static final String PLAYBOOK = "nftoffload.yml";
	/** The inventory's file name in the export directory. */
	public static final String INVENTORY = "inventory.yml";
	/** The group every exported host is in; the playbook's {@code hosts:}. */
	public static final String GROUP = "nftoffload";

	private static final String PLAN_PLUGIN = "nftoffload_plan.py";
	private static final String HEADER = "# nft-offload Console, written by `nftoffload export ansible`; exported again, it is replaced.\n";

	static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:%-]{0,252}");
	static final Pattern USER = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]{0,31}");
	static final Pattern PATH = Pattern.compile("~?[A-Za-z0-9_./+-]{1,255}");
	static final Pattern JUMP_HOST = Pattern.compile("([A-Za-z_][A-Za-z0-9._-]{0,31}@)?[A-Za-z0-9][A-Za-z0-9._%-]{0,252}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.%]+\\](:[0-9]{1,5})?");
	static final Pattern INVENTORY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");
	static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_.-]{1,15}");
	static final Pattern ROLE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
	static final Pattern DESCRIPTIVE = Pattern.compile("[A-Za-z0-9 _.:@/+-]{1,255}");
	private static final Set<String> RESERVED_GROUPS = Set.of("all", "ungrouped", GROUP);

	/** How the playbook applies: the confirm deadline, 5-3600 s, as {@code nftoffload apply --confirm-timeout}. */
	public record Options(int confirmTimeoutSeconds) {
		public Options {
			if (confirmTimeoutSeconds < 5 || confirmTimeoutSeconds > 3600) {
				throw new IllegalArgumentException("the confirm timeout must be 5-3600 seconds, not " + confirmTimeoutSeconds);
			}
		}

		public static Options defaults() {
			return new Options(60);
		}
	}

	/** A host that was left out, and why (what to fix). */
	public record Skipped(String host, String reason) {
	}

	/**
	 * What was written: the files, the exported hosts by their inventory names (model name → inventory
	 * name, in the fleet's order), and the hosts left out.
	 */
	public record Result(Path directory, List<Path> files, Map<String, String> inventoryNames, List<Skipped> skipped) {
		public Result {
			files = List.copyOf(files);
			inventoryNames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inventoryNames));
			skipped = List.copyOf(skipped);
		}
	}

	private AnsibleExport() {
	}

	/**
	 * Writes the inventory, playbook, agent and rulesets of {@code hosts} (of {@code fleet}) into
	 * {@code directory}, created when missing. Files of an earlier export there are replaced; rulesets
	 * of hosts no longer exported are removed. Nothing else in the directory is touched.
	 */
	public static Result write(Fleet fleet, List<Host> hosts, Path directory, byte[] agent, Options options)
			throws IOException {
		Map<Host, Exported> exported = new LinkedHashMap<>();
		List<Skipped> skipped = new ArrayList<>();
		Set<String> takenNames = new HashSet<>();
		for (Host host : hosts) {
			String problem = null;
			Exported entry = null;
			try {
				entry = exported(host, uniqueName(inventoryName(host.getName()), takenNames));
			} catch (Unexportable e) {
				problem = e.getMessage();
			}
			if (problem != null) {
				skipped.add(new Skipped(String.valueOf(host.getName()), problem));
			} else {
				takenNames.add(entry.name.toLowerCase(Locale.ROOT));
				exported.put(host, entry);
			}
		}
		Files.createDirectories(directory);
		List<Path> files = new ArrayList<>();
		Path rulesets = Files.createDirectories(directory.resolve("files").resolve("rulesets"));
		Set<Path> current = new HashSet<>();
		for (Exported entry : exported.values()) {
			Path file = rulesets.resolve(entry.name + ".nft");
			Files.writeString(file, entry.payload, StandardCharsets.UTF_8);
			current.add(file);
			files.add(file);
		}
		try (DirectoryStream<Path> old = Files.newDirectoryStream(rulesets, "*.nft")) {
			for (Path file : old) {
				if (!current.contains(file)) {
					Files.delete(file);
				}
			}
		}
		Path agentFile = directory.resolve("files").resolve("nft-offload-agent");
		Files.write(agentFile, agent);
		files.add(agentFile);
		Path plugins = Files.createDirectories(directory.resolve("action_plugins"));
		files.add(copyResource(PLAN_PLUGIN, plugins.resolve(PLAN_PLUGIN)));
		files.add(copyResource(PLAYBOOK, directory.resolve(PLAYBOOK)));
		Path config = directory.resolve("ansible.cfg");
		// 16 hosts at once, as the console's rollout
		Files.writeString(config, HEADER + "[defaults]\ninventory = " + INVENTORY + "\nforks = 16\n", StandardCharsets.UTF_8);
		files.add(config);
		Path inventory = directory.resolve(INVENTORY);
		Files.writeString(inventory, HEADER + yaml(inventory(fleet, exported, sha256(agent), options)),
				StandardCharsets.UTF_8);
		files.add(inventory);
		Map<String, String> names = new LinkedHashMap<>();
		exported.forEach((host, entry) -> names.put(host.getName(), entry.name));
		return new Result(directory, files, names, skipped);
	}

	/** One host as it is exported: its inventory name, variables and ruleset. */
	private record Exported(String name, Map<String, Object> vars, String payload) {
	}

	private static final class Unexportable extends Exception {
		private static final long serialVersionUID = 1L;

		Unexportable(String message) {
			super(message);
		}
	}

	private static Exported exported(Host host, String name) throws Unexportable {
		List<String> errors = FleetOperations.validationErrors(host);
		if (!errors.isEmpty()) {
			throw new Unexportable("not exported: the model has validation errors: " + String.join("; ", errors));
		}
		Set<String> families = new TreeSet<>();
		for (Flowtable flowtable : host.getFlowtables()) {
			families.add(flowtable.getFamily().getLiteral());
		}
		if (families.size() > 1) {
			throw new Unexportable("not exported: flowtables in several families " + families
					+ "; the agent replaces one table per apply: keep this host's flowtables in one family");
		}
		String family = families.isEmpty() ? "inet" : families.iterator().next();
		String table = host.getTableName();
		if (!NftNames.isValidTableName(table)) {
			throw new Unexportable("not exported: table name '" + table + "' is not " + NftNames.TABLE_NAME_RULE);
		}
		String payload;
		try {
			payload = NftRenderer.renderTables(host);
		} catch (NftRenderException e) {
			throw new Unexportable("not exported: " + e.getMessage());
		}
		if (payload.isBlank()) {
			payload = "table " + family + " " + table + " {\n}\n";
		}
		Map<String, Object> vars = new LinkedHashMap<>();
		String address = host.getAddress() == null || host.getAddress().isBlank() ? host.getName() : host.getAddress().strip();
		vars.put("ansible_host", checked(address, ADDRESS, "address",
				"a host name or an IP address (letters, digits, '.', '-', ':', '%')"));
		if (host.getPort() < 1 || host.getPort() > 65535) {
			throw new Unexportable("not exported: SSH port " + host.getPort() + " is not 1-65535");
		}
		vars.put("ansible_port", host.getPort());
		String user = host.getUser() == null || host.getUser().isBlank() ? "root" : host.getUser().strip();
		vars.put("ansible_user", checked(user, USER, "SSH user", "a user name (letters, digits, '.', '_', '-')"));
		if (!"root".equals(user)) {
			// the agent needs root: sudo, as the console's `sudo -n`
			vars.put("ansible_become", true);
		}
		if (host.getIdentityFile() != null && !host.getIdentityFile().isBlank()) {
			vars.put("ansible_ssh_private_key_file", checked(host.getIdentityFile().strip(), PATH, "identity file",
					"a path of letters, digits and '_ . / + -' (no spaces)"));
		}
		if (host.getJumpHost() != null && !host.getJumpHost().isBlank()) {
			vars.put("ansible_ssh_common_args", "-o ProxyJump=" + checked(host.getJumpHost().strip(), JUMP_HOST,
					"jump host", "[user@]host[:port]"));
		}
		if (host.getName() != null && DESCRIPTIVE.matcher(host.getName()).matches() && !host.getName().equals(name)) {
			vars.put("nftoffload_name", host.getName());
		}
		vars.put("nftoffload_family", family);
		vars.put("nftoffload_table", table);
		vars.put("nftoffload_ruleset", name + ".nft");
		Set<String> devices = new LinkedHashSet<>();
		for (Flowtable flowtable : host.getFlowtables()) {
			for (NetworkInterface device : flowtable.getDevices()) {
				devices.add(checked(device.getName(), DEVICE, "flowtable device", "an interface name"));
			}
		}
		vars.put("nftoffload_flowtable_devices", List.copyOf(devices));
		Map<String, Object> roles = new LinkedHashMap<>();
		for (RoleBinding binding : host.getRoleBindings()) {
			if (binding.getRole() == null || !ROLE.matcher(binding.getRole()).matches()) {
				continue; // a role name Ansible could trip over is informational only: left out
			}
			roles.put(binding.getRole(), binding.getDevices().stream().map(NetworkInterface::getName)
					.filter(d -> d != null && DEVICE.matcher(d).matches()).toList());
		}
		if (!roles.isEmpty()) {
			vars.put("nftoffload_roles", roles);
		}
		return new Exported(name, vars, payload);
	}

	private static String checked(String value, Pattern pattern, String what, String rule) throws Unexportable {
		if (value == null || !pattern.matcher(value).matches()) {
			throw new Unexportable("not exported: its " + what + " '" + value + "' is not " + rule
					+ "; nothing of it may reach Ansible or a shell otherwise: fix it in the model");
		}
		return value;
	}

	/** {@code name} as an inventory host name: the same where it is safe, else with '_' for what is not. */
	static String inventoryName(String name) {
		if (name != null && INVENTORY_NAME.matcher(name).matches()) {
			return name;
		}
		String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9_.-]", "_");
		safe = safe.replaceFirst("^[^A-Za-z0-9]+", "");
		if (safe.length() > 63) {
			safe = safe.substring(0, 63);
		}
		return safe.isEmpty() ? "host" : safe;
	}

	/** {@code name} as an Ansible group name ({@code [A-Za-z_][A-Za-z0-9_]*}). */
	static String groupName(String name) {
		String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9_]", "_");
		if (safe.isEmpty() || Character.isDigit(safe.charAt(0))) {
			safe = "g_" + safe;
		}
		return safe;
	}

	private static String uniqueName(String name, Set<String> taken) {
		String candidate = name;
		for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)) || RESERVED_GROUPS.contains(candidate); n++) {
			candidate = name + "_" + n;
		}
		return candidate;
	}

	private static Map<String, Object> inventory(Fleet fleet, Map<Host, Exported> exported, String agentSha256,
			Options options) {
		Map<String, Object> vars = new LinkedHashMap<>();
		vars.put("nftoffload_agent_sha256", agentSha256);
		vars.put("nftoffload_confirm_timeout", options.confirmTimeoutSeconds());
		Map<String, Object> hosts = new LinkedHashMap<>();
		exported.values().forEach(entry -> hosts.put(entry.name, entry.vars));
		Map<String, Object> group = new LinkedHashMap<>();
		group.put("vars", vars);
		group.put("hosts", hosts);
		Map<String, Object> children = children(fleet, exported);
		if (!children.isEmpty()) {
			group.put("children", children);
		}
		return Map.of("all", Map.of("children", Map.of(GROUP, group)));
	}

	/**
	 * The fleet's groups that hold an exported host (themselves or below), each with its exported
	 * hosts and its subgroups as {@code children}; then the tags as {@code tag_T}. An edge that would
	 * close a cycle of subgroups is left out (Ansible refuses those).
	 */
	private static Map<String, Object> children(Fleet fleet, Map<Host, Exported> exported) {
		Set<String> taken = new HashSet<>();
		exported.values().forEach(e -> taken.add(e.name.toLowerCase(Locale.ROOT)));
		Map<HostGroup, String> names = new LinkedHashMap<>();
		for (HostGroup group : fleet.getGroups()) {
			if (HostGroups.members(fleet, group).stream().anyMatch(exported::containsKey)) {
				String name = uniqueName(groupName(group.getName()), taken);
				taken.add(name.toLowerCase(Locale.ROOT));
				names.put(group, name);
			}
		}
		Map<HostGroup, List<HostGroup>> edges = new HashMap<>();
		for (HostGroup group : names.keySet()) {
			List<HostGroup> kept = new ArrayList<>();
			edges.put(group, kept);
			for (HostGroup sub : group.getSubgroups()) {
				if (names.containsKey(sub) && !kept.contains(sub) && !reaches(sub, group, edges)) {
					kept.add(sub);
				}
			}
		}
		Map<String, Object> children = new LinkedHashMap<>();
		for (Map.Entry<HostGroup, String> named : names.entrySet()) {
			Map<String, Object> body = new LinkedHashMap<>();
			Map<String, Object> members = new LinkedHashMap<>();
			for (Host host : named.getKey().getHosts()) {
				if (exported.containsKey(host)) {
					members.put(exported.get(host).name, Map.of());
				}
			}
			if (!members.isEmpty()) {
				body.put("hosts", members);
			}
			Map<String, Object> subgroups = new LinkedHashMap<>();
			edges.get(named.getKey()).forEach(sub -> subgroups.put(names.get(sub), Map.of()));
			if (!subgroups.isEmpty()) {
				body.put("children", subgroups);
			}
			children.put(named.getValue(), body);
		}
		Map<String, Map<String, Object>> tags = new LinkedHashMap<>();
		Map<String, String> tagNames = new HashMap<>();
		for (Map.Entry<Host, Exported> entry : exported.entrySet()) {
			for (String tag : entry.getKey().getTags()) {
				String name = tagNames.computeIfAbsent(tag, t -> {
					String unique = uniqueName("tag_" + groupName(t).replaceFirst("^g_", ""), taken);
					taken.add(unique.toLowerCase(Locale.ROOT));
					return unique;
				});
				tags.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(entry.getValue().name, Map.of());
			}
		}
		tags.forEach((name, members) -> children.put(name, Map.of("hosts", members)));
		return children;
	}

	/** Whether {@code to} can be reached from {@code from} over the subgroup edges kept so far. */
	private static boolean reaches(HostGroup from, HostGroup to, Map<HostGroup, List<HostGroup>> edges) {
		Set<HostGroup> seen = new HashSet<>();
		List<HostGroup> next = new ArrayList<>(List.of(from));
		while (!next.isEmpty()) {
			HostGroup current = next.remove(next.size() - 1);
			if (current == to) {
				return true;
			}
			if (seen.add(current)) {
				next.addAll(edges.getOrDefault(current, List.of()));
			}
		}
		return false;
	}

	/** Maps, lists, strings, numbers and booleans as YAML; every string quoted. */
	static String yaml(Object value) {
		StringWriter out = new StringWriter();
		YAMLFactory factory = YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
				.enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).build();
		try (JsonGenerator generator = factory.createGenerator(out)) {
			write(generator, value);
		} catch (IOException e) {
			throw new IllegalStateException("YAML into a string cannot fail", e);
		}
		return out.toString();
	}

	private static void write(JsonGenerator generator, Object value) throws IOException {
		if (value instanceof Map<?, ?> map) {
			generator.writeStartObject();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				generator.writeFieldName(String.valueOf(entry.getKey()));
				write(generator, entry.getValue());
			}
			generator.writeEndObject();
		} else if (value instanceof List<?> list) {
			generator.writeStartArray();
			for (Object item : list) {
				write(generator, item);
			}
			generator.writeEndArray();
		} else if (value instanceof Integer number) {
			generator.writeNumber(number);
		} else if (value instanceof Boolean bool) {
			generator.writeBoolean(bool);
		} else {
			generator.writeString(String.valueOf(value));
		}
	}

	private static Path copyResource(String name, Path target) throws IOException {
		try (InputStream in = AnsibleExport.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException("the product has no " + name + " beside " + AnsibleExport.class.getName()
						+ " (broken build)");
			}
			Files.write(target, in.readAllBytes());
		}
		return target;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

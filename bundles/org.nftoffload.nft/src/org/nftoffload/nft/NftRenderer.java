package org.nftoffload.nft;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.nftoffload.model.AbstractOffloadRule;
import org.nftoffload.model.Family;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.model.OffloadMode;
import org.nftoffload.model.OffloadRule;
import org.nftoffload.model.Protocol;
import org.nftoffload.nft.internal.Prefixes;

/**
 * Writes a host's desired flowtables and offload rules as one nft script for {@code nft -f}.
 * <p>
 * The script touches only the console's own table ({@link Host#getTableName()}, default
 * {@code nftoffload}) in each family: for every family it declares the table, deletes it and (when the
 * host has flowtables of that family) recreates it, all in one file, so {@code nft -f} swaps it
 * atomically and leaves every other table on the host (fw4, firewalld, hand-written) untouched.
 * Declaring before deleting makes the delete succeed on a host that never had the table. Output is
 * deterministic: the same model always gives the same bytes.
 */
public final class NftRenderer {

	/** The name of the base chain the console's rules live in. */
	public static final String CHAIN = "forward";

	private NftRenderer() {
	}

	/** The whole script for {@code host}. */
	public static String render(Host host) throws NftRenderException {
		String table = host.getTableName();
		if (!NftNames.isValidTableName(table)) {
			throw new NftRenderException("host " + host.getName() + ": table name '" + table + "' is not "
					+ NftNames.TABLE_NAME_RULE);
		}
		StringBuilder out = new StringBuilder();
		out.append("# nft-offload Console: replaces only table ").append(table)
				.append(" (each family); other tables are left untouched.\n");
		for (Family family : Family.VALUES) {
			out.append("table ").append(family.getLiteral()).append(' ').append(table).append(" {}\n");
			out.append("delete table ").append(family.getLiteral()).append(' ').append(table).append('\n');
		}
		out.append(renderTables(host));
		return out.toString();
	}

	/**
	 * Only the table blocks (no declare/delete preamble): what {@code nft list table} shows for the
	 * console's tables, used for diffs.
	 */
	public static String renderTables(Host host) throws NftRenderException {
		String table = host.getTableName();
		if (!NftNames.isValidTableName(table)) {
			throw new NftRenderException("host " + host.getName() + ": table name '" + table + "' is not "
					+ NftNames.TABLE_NAME_RULE);
		}
		StringBuilder out = new StringBuilder();
		for (Family family : Family.VALUES) {
			List<Flowtable> flowtables = host.getFlowtables().stream().filter(f -> f.getFamily() == family).toList();
			if (flowtables.isEmpty()) {
				continue;
			}
			List<OffloadRule> rules = new ArrayList<>();
			for (OffloadRule rule : host.getRules()) {
				Flowtable target = rule.getFlowtable();
				if (target == null) {
					throw new NftRenderException("host " + host.getName() + ": an offload rule names no flowtable"
							+ (rule.getFlowtableName() != null ? " (it asked for '" + rule.getFlowtableName() + "')" : "")
							+ ": pick one of the host's flowtables or delete the rule");
				}
				if (!host.getFlowtables().contains(target)) {
					throw new NftRenderException("host " + host.getName() + ": an offload rule names flowtable '"
							+ target.getName() + "' that is not one of this host's flowtables");
				}
				if (target.getFamily() == family && target.getOffloadMode() != OffloadMode.NONE) {
					rules.add(rule);
				}
			}
			out.append("table ").append(family.getLiteral()).append(' ').append(table).append(" {\n");
			for (Flowtable flowtable : flowtables) {
				renderFlowtable(host, flowtable, out);
			}
			out.append("\tchain ").append(CHAIN).append(" {\n");
			out.append("\t\ttype filter hook forward priority filter; policy accept;\n");
			for (OffloadRule rule : rules) {
				out.append("\t\t").append(renderRule(host, rule, rule.getFlowtable().getName(),
						rule.getInputInterfaces().stream().map(NetworkInterface::getName).toList(),
						rule.getOutputInterfaces().stream().map(NetworkInterface::getName).toList())).append('\n');
			}
			out.append("\t}\n");
			out.append("}\n");
		}
		return out.toString();
	}

	private static void renderFlowtable(Host host, Flowtable flowtable, StringBuilder out) throws NftRenderException {
		String where = "host " + host.getName() + ", flowtable " + flowtable.getName();
		if (!NftNames.isValidObjectName(flowtable.getName())) {
			throw new NftRenderException(where + ": not a valid nft name (letters, digits, '_' and '-', starting with a letter, not a keyword)");
		}
		if (!"ingress".equals(flowtable.getHook())) {
			throw new NftRenderException(where + ": hook '" + flowtable.getHook() + "': flowtables only attach to the ingress hook");
		}
		if (flowtable.getDevices().isEmpty()) {
			throw new NftRenderException(where + ": no devices: add the devices whose traffic should be offloaded");
		}
		out.append("\tflowtable ").append(flowtable.getName()).append(" {\n");
		out.append("\t\thook ingress priority ").append(flowtable.getPriority()).append('\n');
		out.append("\t\tdevices = { ");
		// a flowtable's devices are a set: sorted names make the script the same whatever order the
		// model (or an import from text or JSON) holds them in, and the diff against the live one clean
		List<String> devices = flowtable.getDevices().stream().map(NetworkInterface::getName).distinct()
				.sorted(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).toList();
		appendJoined(out, devices, name -> quoteDevice(where, name));
		out.append(" }\n");
		if (flowtable.getOffloadMode() == OffloadMode.HARDWARE) {
			out.append("\t\tflags offload\n");
		}
		if (flowtable.isCounter()) {
			out.append("\t\tcounter\n");
		}
		out.append("\t}\n");
	}

	/**
	 * One rule in the form {@code nft list} prints it back (single values without braces, interface
	 * names sorted, address sets as their minimal list of prefixes), so that what a host lists imports
	 * and renders to the same text.
	 */
	static String renderRule(Host host, AbstractOffloadRule rule, String flowtableName, List<String> inputs,
			List<String> outputs) throws NftRenderException {
		String where = "host " + host.getName() + ", rule for flowtable " + flowtableName;
		StringBuilder line = new StringBuilder();
		// sets are unordered in the kernel: sorted names make the output canonical and diffable
		inputs = inputs.stream().distinct().sorted().toList();
		outputs = outputs.stream().distinct().sorted().toList();
		if (!inputs.isEmpty()) {
			line.append("iifname ");
			appendSet(line, inputs, name -> quoteDevice(where, name));
			line.append(' ');
		}
		if (!outputs.isEmpty()) {
			line.append("oifname ");
			appendSet(line, outputs, name -> quoteDevice(where, name));
			line.append(' ');
		}
		appendPrefixes(where, line, "saddr", rule.getSourcePrefixes());
		appendPrefixes(where, line, "daddr", rule.getDestinationPrefixes());
		if (rule.isExcludeMarked()) {
			line.append("meta mark 0x00000000 ");
		}
		if (rule.isExcludeNatted()) {
			line.append("ct status ! snat,dnat ");
		}
		if (!rule.getProtocols().isEmpty()) {
			line.append("meta l4proto ");
			List<String> protocols = rule.getProtocols().stream().sorted().map(Protocol::getLiteral).toList();
			appendSet(line, protocols, p -> p);
			line.append(' ');
		}
		// The counter sees the packets the rule matches on the slow path, which stop once their flow is
		// offloaded: the agent's forward.packets, the statistics' slow path, is the sum of these.
		line.append("counter flow add @").append(flowtableName);
		String comment = rule.getComment();
		if (comment != null && !comment.isEmpty()) {
			String problem = NftNames.commentProblem(comment);
			if (problem != null) {
				throw new NftRenderException(where + ": comment " + problem);
			}
			line.append(" comment \"").append(comment).append('"');
		}
		return line.toString();
	}

	private static void appendPrefixes(String where, StringBuilder line, String field, List<String> prefixes)
			throws NftRenderException {
		if (prefixes.isEmpty()) {
			return;
		}
		int family = 0;
		for (String prefix : prefixes) {
			int f = NftNames.prefixFamily(prefix);
			if (f == 0) {
				throw new NftRenderException(where + ": '" + prefix + "' is not an IPv4 or IPv6 address or prefix");
			}
			if (family != 0 && f != family) {
				throw new NftRenderException(where + ": IPv4 and IPv6 " + field + " prefixes mixed in one rule: split it into two rules");
			}
			family = f;
		}
		List<String> canonical = Prefixes.normalize(prefixes);
		if (canonical == null) {
			throw new NftRenderException(where + ": " + prefixes + " is not a list of addresses or prefixes of one family");
		}
		line.append(family == 4 ? "ip " : "ip6 ").append(field).append(' ');
		appendSet(line, canonical, p -> p);
		line.append(' ');
	}

	private static String quoteDevice(String where, String name) {
		if (!NftNames.isValidDeviceName(name)) {
			throw new InvalidName(where + ": device name '" + name
					+ "' is not a valid interface name (at most 15 letters, digits, '_', '.', '@' or '-')");
		}
		return NftNames.quoteDevice(name);
	}

	private static <T> void appendSet(StringBuilder out, List<T> values, Function<T, String> format)
			throws NftRenderException {
		if (values.size() == 1) {
			out.append(apply(format, values.get(0)));
			return;
		}
		out.append("{ ");
		appendJoined(out, values, format);
		out.append(" }");
	}

	private static <T> void appendJoined(StringBuilder out, List<T> values, Function<T, String> format)
			throws NftRenderException {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.append(", ");
			}
			out.append(apply(format, values.get(i)));
		}
	}

	private static <T> String apply(Function<T, String> format, T value) throws NftRenderException {
		try {
			return format.apply(value);
		} catch (InvalidName e) {
			throw new NftRenderException(e.getMessage());
		}
	}

	/** Carries a name problem out of a formatting lambda; always turned into {@link NftRenderException}. */
	private static final class InvalidName extends RuntimeException {
		private static final long serialVersionUID = 1L;

		InvalidName(String message) {
			super(message, null, false, false);
		}
	}
}

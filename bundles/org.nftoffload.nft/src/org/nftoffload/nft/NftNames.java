package org.nftoffload.nft;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the console accepts as nft names, device names, comments and address prefixes. Names are
 * stricter than nft itself on purpose: they are written unquoted into nft scripts and travel as
 * agent protocol fields, so no accepted name can change the meaning of what the console sends to a
 * host. Comments only ever travel inside the ruleset (base64 to the agent, never through a shell),
 * so they follow nft's own rule for a quoted string.
 */
public final class NftNames {

	/** Characters that mean something to a shell or to nft's scanner; none may appear in any value. */
	public static final String METACHARACTERS = "\"'`$;|&<>\\{}()[]#!*?~";

	private static final Pattern OBJECT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");
	/**
	 * The console's own table: the agent protocol's {@code table} field (docs/agent-protocol.md), the
	 * one rule the validator, the renderer and the protocol client share.
	 */
	public static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
	/** {@link #TABLE_NAME} in words, for messages. */
	public static final String TABLE_NAME_RULE = "a letter, then letters, digits or '_', at most 32 characters, not an nft keyword";
	private static final Pattern DEVICE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.@-]{0,14}");
	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	/**
	 * nft keywords that the scanner would not read as a name where the console writes names (a chain
	 * named {@code fwd} is a syntax error for nft 1.0.6): refused for table and flowtable names.
	 */
	public static final Set<String> RESERVED = Set.of("table", "chain", "flowtable", "hook", "priority", "devices",
			"device", "flags", "counter", "offload", "type", "policy", "add", "delete", "flush", "ruleset", "set",
			"map", "element", "comment", "ip", "ip6", "inet", "arp", "bridge", "netdev", "ingress", "egress",
			"filter", "accept", "drop", "return", "jump", "goto", "meta", "ct", "flow", "handle", "include",
			"define", "list", "reset", "create", "insert", "replace", "rule", "describe", "monitor", "export",
			"import", "fwd", "dup", "log", "limit", "queue", "quota", "mark", "snat", "dnat", "masquerade",
			"redirect", "reject", "notrack", "synproxy", "tcp", "udp", "icmp", "icmpv6", "th", "ether", "vlan",
			"continue", "dormant", "timeout", "stateful");

	/** The longest comment nft stores, in bytes of UTF-8 (NFTNL_UDATA_COMMENT_MAXLEN). */
	public static final int MAX_COMMENT = 128;

	private NftNames() {
	}

	/** A chain or flowtable name: a letter or '_', then letters, digits, '_' or '-'; not a keyword. */
	public static boolean isValidObjectName(String name) {
		return name != null && OBJECT_NAME.matcher(name).matches() && !RESERVED.contains(name);
	}

	/**
	 * The console's own table ({@link #TABLE_NAME_RULE}): what nft, the agent and the console's
	 * script all accept, so a host is refused in validation, before anything connects.
	 */
	public static boolean isValidTableName(String name) {
		return name != null && TABLE_NAME.matcher(name).matches() && !RESERVED.contains(name);
	}

	/**
	 * A network device name as Linux allows it (at most 15 characters), limited to letters, digits and
	 * {@code _ . @ -}; a trailing {@code *} makes it a wildcard (nft 1.1.4 and kernel 6.16 or later).
	 */
	public static boolean isValidDeviceName(String name) {
		if (name == null || name.equals(".") || name.equals("..")) {
			return false;
		}
		String stem = isWildcard(name) ? name.substring(0, name.length() - 1) : name;
		return !stem.isEmpty() && name.length() <= 15 && DEVICE_NAME.matcher(stem).matches();
	}

	public static boolean isWildcard(String deviceName) {
		return deviceName != null && deviceName.endsWith("*");
	}

	/**
	 * A rule comment as nft takes it in a quoted string: any text but {@code "}, line breaks and other
	 * control characters (a tab is allowed), at most {@link #MAX_COMMENT} bytes of UTF-8. Brackets,
	 * {@code #}, {@code ;}, {@code $} and quotes of other kinds are fine: the comment stays inside
	 * nft's quotes and the ruleset never passes through a shell.
	 */
	public static boolean isValidComment(String comment) {
		return comment != null && commentProblem(comment) == null;
	}

	/**
	 * What is wrong with {@code comment} in words ("contains '\"'", "contains a line break",
	 * "is 140 bytes long, nft stores at most 128"), or null when nft takes it.
	 */
	public static String commentProblem(String comment) {
		for (int i = 0; i < comment.length(); i++) {
			char c = comment.charAt(i);
			if (c == '"') {
				return "contains '\"', which would end nft's quoted string";
			}
			if (c == '\n' || c == '\r') {
				return "contains a line break";
			}
			if (c < 0x20 && c != '\t' || c == 0x7f) {
				return String.format("contains the control character U+%04X", (int) c);
			}
		}
		int bytes = comment.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		if (bytes > MAX_COMMENT) {
			return "is " + bytes + " bytes long (UTF-8), nft stores at most " + MAX_COMMENT;
		}
		return null;
	}

	/** True when {@code value} has a control character or one of {@link #METACHARACTERS}. */
	public static boolean containsMetacharacter(String value) {
		if (value == null) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c == 0x7f || METACHARACTERS.indexOf(c) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** The first metacharacter in {@code value}, printable, or null. */
	public static String firstMetacharacter(String value) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				return String.format("U+%04X", (int) c);
			}
			if (METACHARACTERS.indexOf(c) >= 0) {
				return String.valueOf(c);
			}
		}
		return null;
	}

	/** A device name in double quotes, as the renderer writes it (valid names only). */
	public static String quoteDevice(String name) {
		if (!isValidDeviceName(name)) {
			throw new IllegalArgumentException("not a valid device name: " + name);
		}
		return '"' + name + '"';
	}

	/**
	 * 4 for an IPv4 address or prefix ({@code 10.0.0.0/8}), 6 for IPv6 ({@code 2001:db8::/32}), 0 when
	 * {@code text} is neither. Literal addresses only: no name is ever resolved.
	 */
	public static int prefixFamily(String text) {
		if (text == null || text.isEmpty() || text.length() > 49) {
			return 0;
		}
		String address = text;
		int maxLength;
		int slash = text.indexOf('/');
		String length = null;
		if (slash >= 0) {
			address = text.substring(0, slash);
			length = text.substring(slash + 1);
			if (!length.matches("\\d{1,3}")) {
				return 0;
			}
		}
		if (isIpv4(address)) {
			maxLength = 32;
		} else if (isIpv6(address)) {
			maxLength = 128;
		} else {
			return 0;
		}
		if (length != null && Integer.parseInt(length) > maxLength) {
			return 0;
		}
		return maxLength == 32 ? 4 : 6;
	}

	private static boolean isIpv4(String address) {
		var m = IPV4.matcher(address);
		if (!m.matches()) {
			return false;
		}
		for (int i = 1; i <= 4; i++) {
			if (Integer.parseInt(m.group(i)) > 255) {
				return false;
			}
		}
		return true;
	}

	private static boolean isIpv6(String address) {
		if (!address.matches("[0-9A-Fa-f:.]{2,45}") || !address.contains(":")) {
			return false;
		}
		int doubleColon = address.indexOf("::");
		if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
			return false;
		}
		// a colon at either end belongs to a '::' (":db8::" has an empty first group that is not one)
		if (address.startsWith(":") && !address.startsWith("::") || address.endsWith(":") && !address.endsWith("::")) {
			return false;
		}
		String[] groups = address.split(":", -1);
		int count = 0;
		for (int i = 0; i < groups.length; i++) {
			String g = groups[i];
			if (g.isEmpty()) {
				continue;
			}
			if (i == groups.length - 1 && g.contains(".")) {
				if (!isIpv4(g)) {
					return false;
				}
				count += 2;
			} else if (g.length() > 4 || g.contains(".")) {
				return false;
			} else {
				count++;
			}
		}
		if (doubleColon >= 0) {
			return count <= 7;
		}
		// without '::' there are exactly 8 groups and no empty one
		for (String g : groups) {
			if (g.isEmpty()) {
				return false;
			}
		}
		return count == 8;
	}
}

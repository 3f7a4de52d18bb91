package org.nftoffload.nft;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the console accepts as nft names, device names, comments and address prefixes. Stricter than
 * nft itself on purpose: every accepted value is safe inside an nft script, in a double-quoted nft
 * string and inside single quotes of a POSIX shell, so no value can change the meaning of what the
 * console sends to a host.
 */
public final class NftNames {

	/** Characters that mean something to a shell or to nft's scanner; none may appear in any value. */
	public static final String METACHARACTERS = "\"'`$;|&<>\\{}()[]#!*?~";

	private static final Pattern OBJECT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");
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

	/** The longest comment nft stores (NFT_USERDATA_MAXLEN leaves 128 characters for it). */
	public static final int MAX_COMMENT = 128;

	private NftNames() {
	}

	/** A table, chain or flowtable name: a letter or '_', then letters, digits, '_' or '-'; not a keyword. */
	public static boolean isValidObjectName(String name) {
		return name != null && OBJECT_NAME.matcher(name).matches() && !RESERVED.contains(name);
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

	/** A rule comment: printable, at most 128 characters, no metacharacter. */
	public static boolean isValidComment(String comment) {
		return comment != null && comment.length() <= MAX_COMMENT && !containsMetacharacter(comment);
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

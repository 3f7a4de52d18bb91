package org.nftoffload.fleet.imports;

import java.util.regex.Pattern;

/**
 * What an imported name, address, user, port or tag may be. Imported values end up in SSH targets
 * and in the names engineers read, so anything outside these shapes is refused with the line,
 * never cleaned up silently. Edits of many hosts at once (Edit Selected...) hold users and tags to
 * the same shapes.
 */
public final class InventoryValues {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,252}");
	/** A DNS name, an IPv4 address or an IPv6 address (with an optional zone). */
	private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[A-Za-z0-9_.-]+)?");
	/** POSIX portable user names (and the '$' of machine accounts excluded). */
	private static final Pattern USER = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]{0,31}");
	private static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

	private InventoryValues() {
	}

	/** Null when fine, else what is wrong and what to do. */
	static String checkName(String what, String name) {
		return NAME.matcher(name).matches() ? null
				: what + " '" + name + "' is not a valid name: use letters, digits, '.', '_' and '-' (starting with a letter or digit)";
	}

	static String checkAddress(String address) {
		return ADDRESS.matcher(address).matches() ? null
				: "address '" + address + "' is neither a host name nor an IP address: give a DNS name, an IPv4 or an IPv6 address";
	}

	public static String checkUser(String user) {
		return USER.matcher(user).matches() ? null
				: "user '" + user + "' is not a valid login name: use letters, digits, '.', '_' and '-' (up to 32)";
	}

	public static String checkTag(String tag) {
		return TAG.matcher(tag).matches() ? null
				: "tag '" + tag + "' is not valid: use letters, digits and . _ : / - (up to 64, no spaces)";
	}

	/** The port, or null with {@code problem[0]} set. */
	static Integer port(String text, String[] problem) {
		try {
			int port = Integer.parseInt(text.strip());
			if (port >= 1 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		problem[0] = "port '" + text + "' is not a TCP port: give a number from 1 to 65535";
		return null;
	}
}

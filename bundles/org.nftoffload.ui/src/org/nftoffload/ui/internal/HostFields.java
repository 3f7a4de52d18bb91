package org.nftoffload.ui.internal;

/**
 * Rules for host fields that more than one place reads from text: Fleet > Add Host... and the host
 * editor must accept and refuse the same input with the same words.
 */
public final class HostFields {

	private static final String PORT_PROBLEM = "SSH port must be a number from 1 to 65535.";

	private HostFields() {
	}

	/** The SSH port written in {@code text} (blanks around it ignored). */
	public static int parsePort(String text) {
		try {
			int port = Integer.parseInt(text.trim());
			if (port >= 1 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// reported below, with the range
		}
		throw new IllegalArgumentException(PORT_PROBLEM);
	}

	/** What is wrong with {@code text} as an SSH port, in words for the user; null when nothing is. */
	public static String portProblem(String text) {
		try {
			parsePort(text);
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}
}

package org.nftoffload.fleet.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Ansible's host ranges: {@code edge-[01:03]} is edge-01, edge-02, edge-03 (leading zeros keep the
 * width), {@code rack[a:c]} is racka..rackc, {@code [1:9:2]} takes a step, an empty start is 0, and
 * several ranges in one name multiply.
 */
final class HostRanges {

	/** A range that cannot be expanded; the message says why. */
	static final class BadRange extends Exception {
		private static final long serialVersionUID = 1L;

		BadRange(String message) {
			super(message);
		}
	}

	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
	/** More would be a typo, not a fleet: the preview would be unusable. */
	static final int MAX_HOSTS = 100_000;

	private HostRanges() {
	}

	/**
	 * Where {@code name:port} puts its colon: the only colon outside a range's brackets, or -1 (also
	 * for IPv6 addresses, which have several).
	 */
	static int portColon(String pattern) {
		int depth = 0;
		int found = -1;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '[') {
				depth++;
			} else if (c == ']') {
				depth--;
			} else if (c == ':' && depth == 0) {
				if (found >= 0) {
					return -1;
				}
				found = i;
			}
		}
		return found;
	}

	static List<String> expand(String pattern) throws BadRange {
		int open = pattern.indexOf('[');
		if (open < 0) {
			if (pattern.indexOf(']') >= 0) {
				throw new BadRange("'" + pattern + "' has a ']' without '['");
			}
			return List.of(pattern);
		}
		int close = pattern.indexOf(']', open);
		if (close < 0) {
			throw new BadRange("'" + pattern + "' opens a range with '[' but never closes it with ']'");
		}
		String head = pattern.substring(0, open);
		String[] bounds = pattern.substring(open + 1, close).split(":", -1);
		if (bounds.length != 2 && bounds.length != 3) {
			throw new BadRange("the range [" + pattern.substring(open + 1, close) + "] must be [begin:end] or [begin:end:step]");
		}
		String begin = bounds[0].isEmpty() ? "0" : bounds[0];
		String end = bounds[1];
		if (end.isEmpty()) {
			throw new BadRange("the range [" + pattern.substring(open + 1, close) + "] has no end: write e.g. [01:03]");
		}
		int step;
		try {
			step = bounds.length == 3 ? Integer.parseInt(bounds[2]) : 1;
		} catch (NumberFormatException e) {
			throw new BadRange("the step of [" + pattern.substring(open + 1, close) + "] must be a whole number");
		}
		if (step < 1) {
			throw new BadRange("the step of [" + pattern.substring(open + 1, close) + "] must be 1 or more");
		}
		List<String> middles = new ArrayList<>();
		if (isNumber(begin) && isNumber(end)) {
			int width = begin.length() > 1 && begin.charAt(0) == '0' ? begin.length() : 0;
			if (width > 0 && end.length() != width) {
				throw new BadRange("the range [" + begin + ":" + end + "] pads with zeros, so begin and end need the same width");
			}
			long from = Long.parseLong(begin);
			long to = Long.parseLong(end);
			if (to < from) {
				throw new BadRange("the range [" + begin + ":" + end + "] counts down; write the smaller number first");
			}
			if ((to - from) / step + 1 > MAX_HOSTS) {
				throw new BadRange("the range [" + begin + ":" + end + "] makes more than " + MAX_HOSTS + " hosts");
			}
			for (long i = from; i <= to; i += step) {
				middles.add(width > 0 ? String.format("%0" + width + "d", i) : Long.toString(i));
			}
		} else if (begin.length() == 1 && end.length() == 1 && LETTERS.indexOf(begin) >= 0 && LETTERS.indexOf(end) >= 0) {
			int from = LETTERS.indexOf(begin);
			int to = LETTERS.indexOf(end);
			if (to < from) {
				throw new BadRange("the range [" + begin + ":" + end + "] goes backwards; write the earlier letter first");
			}
			for (int i = from; i <= to; i += step) {
				middles.add(String.valueOf(LETTERS.charAt(i)));
			}
		} else {
			throw new BadRange("the range [" + pattern.substring(open + 1, close)
					+ "] must be numbers (e.g. [01:10]) or single letters (e.g. [a:f]), not a mix");
		}
		List<String> tails = expand(pattern.substring(close + 1));
		if ((long) middles.size() * tails.size() > MAX_HOSTS) {
			throw new BadRange("'" + pattern + "' makes more than " + MAX_HOSTS + " hosts");
		}
		List<String> names = new ArrayList<>();
		for (String middle : middles) {
			for (String tail : tails) {
				names.add(head + middle + tail);
			}
		}
		return names;
	}

	private static boolean isNumber(String text) {
		return !text.isEmpty() && text.length() <= 18 && text.chars().allMatch(Character::isDigit);
	}
}

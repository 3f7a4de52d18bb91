package org.nftoffload.nft.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nftoffload.nft.NftNames;

/**
 * Address sets in their canonical form: the kernel merges adjacent and overlapping intervals of an
 * anonymous set and {@code nft list} prints them as ranges ({@code 10.1.0.0-10.2.255.255}) or bare
 * addresses, so the same set can be written many ways. {@link #normalize(List)} turns any mix of
 * addresses, prefixes and ranges into the minimal sorted list of prefixes (IPv4 first), written as
 * nft lists them (no /32 or /128). Addresses are parsed as literals only; nothing is resolved.
 */
public final class Prefixes {

	private Prefixes() {
	}

	/** The canonical form, or null when a value is not an address, prefix or range of one family. */
	public static List<String> normalize(List<String> values) {
		List<BigInteger[]> v4 = new ArrayList<>();
		List<BigInteger[]> v6 = new ArrayList<>();
		for (String value : values) {
			int dash = value.indexOf('-');
			BigInteger[] interval;
			int family;
			if (dash > 0) {
				String low = value.substring(0, dash);
				String high = value.substring(dash + 1);
				family = NftNames.prefixFamily(low);
				if (family == 0 || family != NftNames.prefixFamily(high) || low.contains("/") || high.contains("/")) {
					return null;
				}
				interval = new BigInteger[] { address(low, family), address(high, family) };
				if (interval[0].compareTo(interval[1]) > 0) {
					return null;
				}
			} else {
				family = NftNames.prefixFamily(value);
				if (family == 0) {
					return null;
				}
				int bits = family == 4 ? 32 : 128;
				int slash = value.indexOf('/');
				int length = slash < 0 ? bits : Integer.parseInt(value.substring(slash + 1));
				BigInteger start = address(slash < 0 ? value : value.substring(0, slash), family);
				BigInteger size = BigInteger.ONE.shiftLeft(bits - length);
				// host bits set (10.0.0.1/8) mean the network: nft does the same
				start = start.subtract(start.mod(size));
				interval = new BigInteger[] { start, start.add(size).subtract(BigInteger.ONE) };
			}
			(family == 4 ? v4 : v6).add(interval);
		}
		List<String> out = new ArrayList<>();
		for (BigInteger[] interval : merge(v4)) {
			cidrs(interval[0], interval[1], 32, out);
		}
		for (BigInteger[] interval : merge(v6)) {
			cidrs(interval[0], interval[1], 128, out);
		}
		return out;
	}

	private static List<BigInteger[]> merge(List<BigInteger[]> intervals) {
		intervals.sort(Comparator.comparing((BigInteger[] i) -> i[0]));
		List<BigInteger[]> merged = new ArrayList<>();
		for (BigInteger[] next : intervals) {
			BigInteger[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && next[0].compareTo(last[1].add(BigInteger.ONE)) <= 0) {
				last[1] = last[1].max(next[1]);
			} else {
				merged.add(new BigInteger[] { next[0], next[1] });
			}
		}
		return merged;
	}

	/** The fewest prefixes covering [start, end] exactly. */
	private static void cidrs(BigInteger start, BigInteger end, int bits, List<String> out) {
		BigInteger current = start;
		while (current.compareTo(end) <= 0) {
			int length = bits;
			// grow the block while it stays aligned and inside the interval
			while (length > 0) {
				BigInteger size = BigInteger.ONE.shiftLeft(bits - length + 1);
				if (!current.mod(size).equals(BigInteger.ZERO) || current.add(size).subtract(BigInteger.ONE).compareTo(end) > 0) {
					break;
				}
				length--;
			}
			String text = bits == 32 ? formatV4(current) : formatV6(current);
			out.add(length == bits ? text : text + "/" + length);
			current = current.add(BigInteger.ONE.shiftLeft(bits - length));
		}
	}

	private static BigInteger address(String text, int family) {
		if (family == 4) {
			return v4(text);
		}
		String s = text;
		int[] groups = new int[8];
		String tail4 = null;
		int lastColon = s.lastIndexOf(':');
		if (s.indexOf('.', lastColon) > 0) {
			tail4 = s.substring(lastColon + 1);
			s = s.substring(0, lastColon + 1) + "0:0";
		}
		String[] halves = s.split("::", -1);
		String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
		String[] tail = halves.length < 2 || halves[1].isEmpty() ? new String[0] : halves[1].split(":");
		for (int i = 0; i < head.length; i++) {
			groups[i] = Integer.parseInt(head[i], 16);
		}
		for (int i = 0; i < tail.length; i++) {
			groups[8 - tail.length + i] = Integer.parseInt(tail[i], 16);
		}
		BigInteger value = BigInteger.ZERO;
		for (int g : groups) {
			value = value.shiftLeft(16).or(BigInteger.valueOf(g));
		}
		if (tail4 != null) {
			value = value.shiftRight(32).shiftLeft(32).or(v4(tail4));
		}
		return value;
	}

	private static BigInteger v4(String text) {
		String[] parts = text.split("\\.");
		long value = 0;
		for (String part : parts) {
			value = value << 8 | Integer.parseInt(part);
		}
		return BigInteger.valueOf(value);
	}

	private static String formatV4(BigInteger value) {
		long v = value.longValue();
		return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
	}

	/** RFC 5952: lower case, leading zeros dropped, the longest run of two or more zero groups as "::". */
	private static String formatV6(BigInteger value) {
		int[] groups = new int[8];
		for (int i = 7; i >= 0; i--) {
			groups[i] = value.mod(BigInteger.valueOf(65536)).intValue();
			value = value.shiftRight(16);
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8;) {
			if (groups[i] != 0) {
				i++;
				continue;
			}
			int j = i;
			while (j < 8 && groups[j] == 0) {
				j++;
			}
			if (j - i > bestLength) {
				bestStart = i;
				bestLength = j - i;
			}
			i = j;
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				out.append("::");
				i += bestLength - 1;
				continue;
			}
			if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
				out.append(':');
			}
			out.append(Integer.toHexString(groups[i]));
		}
		return out.toString();
	}
}

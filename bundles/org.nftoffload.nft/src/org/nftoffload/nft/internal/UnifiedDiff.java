package org.nftoffload.nft.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines (longest common subsequence), in the format of {@code diff -u}
 * without timestamps. Meant for rulesets of a few hundred lines: time and memory are
 * O(lines(a) × lines(b)).
 */
public final class UnifiedDiff {

	private UnifiedDiff() {
	}

	/** The diff, or the empty string when both texts are equal. */
	public static String diff(String nameA, String a, String nameB, String b, int context) {
		List<String> x = lines(a);
		List<String> y = lines(b);
		int n = x.size();
		int m = y.size();
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		// edit script: ' ' keep, '-' delete from a, '+' insert from b; with positions in a and b
		List<char[]> ops = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		List<int[]> positions = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && x.get(i).equals(y.get(j))) {
				ops.add(new char[] { ' ' });
				texts.add(x.get(i));
				positions.add(new int[] { i++, j++ });
			} else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
				// deletions before insertions, as diff -u prints them
				ops.add(new char[] { '-' });
				texts.add(x.get(i));
				positions.add(new int[] { i++, j });
			} else {
				ops.add(new char[] { '+' });
				texts.add(y.get(j));
				positions.add(new int[] { i, j++ });
			}
		}
		StringBuilder out = new StringBuilder();
		int k = 0;
		int total = ops.size();
		while (k < total) {
			if (ops.get(k)[0] == ' ') {
				k++;
				continue;
			}
			int start = Math.max(0, k - context);
			int end = k;
			// extend the hunk while changes are closer than 2*context apart
			int lastChange = k;
			while (end < total) {
				if (ops.get(end)[0] != ' ') {
					lastChange = end;
				} else if (end - lastChange > 2 * context) {
					break;
				}
				end++;
			}
			end = Math.min(total, lastChange + context + 1);
			int aStart = positions.get(start)[0];
			int bStart = positions.get(start)[1];
			int aCount = 0;
			int bCount = 0;
			for (int h = start; h < end; h++) {
				char op = ops.get(h)[0];
				if (op != '+') {
					aCount++;
				}
				if (op != '-') {
					bCount++;
				}
			}
			if (out.length() == 0) {
				out.append("--- ").append(nameA).append('\n').append("+++ ").append(nameB).append('\n');
			}
			out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
			for (int h = start; h < end; h++) {
				out.append(ops.get(h)[0]).append(texts.get(h)).append('\n');
			}
			k = end;
		}
		return out.toString();
	}

	private static String range(int start, int count) {
		// diff -u: an empty range is shown at the line before it
		return count == 0 ? start + ",0" : (start + 1) + (count == 1 ? "" : "," + count);
	}

	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}
}

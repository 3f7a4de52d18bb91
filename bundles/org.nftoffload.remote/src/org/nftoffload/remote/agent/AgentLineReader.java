package org.nftoffload.remote.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the agent's output as LF-terminated lines, none longer than a limit. A host's output is
 * not trusted to be short: a broken agent, a login banner or a shell profile printing without end
 * would otherwise grow one line until the console runs out of memory. Past the limit the reader
 * stops with {@link LineTooLongException} without buffering the rest.
 */
public final class AgentLineReader {

	/**
	 * The longest response or event line the console accepts (16 MiB): far above the largest probe or
	 * ruleset a router sends (rulesets sent to the agent are at most 1 MiB), small enough that a
	 * fleet of parallel sessions cannot exhaust the console's memory.
	 */
	public static final int DEFAULT_MAX_LINE = 16 * 1024 * 1024;

	/** A line longer than the limit; the stream is left unread after it. */
	public static final class LineTooLongException extends IOException {
		private static final long serialVersionUID = 1L;
		private final int limit;

		LineTooLongException(int limit) {
			super("a line is longer than " + limit + " bytes");
			this.limit = limit;
		}

		public int limit() {
			return limit;
		}
	}

	private final InputStream in;
	private final int maxLine;
	private final byte[] buffer = new byte[8192];
	private int position;
	private int filled;
	private byte[] line = new byte[256];
	private int length;

	/** @param maxLine the longest line accepted, in bytes, without its LF (a CR before it counts) */
	public AgentLineReader(InputStream in, int maxLine) {
		if (maxLine < 1) {
			throw new IllegalArgumentException("maxLine must be positive: " + maxLine);
		}
		this.in = in;
		this.maxLine = maxLine;
	}

	public int maxLine() {
		return maxLine;
	}

	/**
	 * The next line without its LF (and without a CR before it), decoded as UTF-8; the unterminated
	 * rest at the end of the stream is a last line; {@code null} at the end.
	 *
	 * @throws LineTooLongException when a line has more than {@link #maxLine()} bytes
	 */
	public String readLine() throws IOException {
		length = 0;
		boolean any = false;
		while (true) {
			if (position == filled) {
				int n = in.read(buffer);
				if (n < 0) {
					return any ? text() : null;
				}
				position = 0;
				filled = n;
				continue;
			}
			any = true;
			int end = position;
			while (end < filled && buffer[end] != '\n') {
				end++;
			}
			append(position, end);
			boolean complete = end < filled;
			position = complete ? end + 1 : end;
			if (complete) {
				return text();
			}
		}
	}

	private void append(int from, int to) throws LineTooLongException {
		int count = to - from;
		if ((long) length + count > maxLine) {
			throw new LineTooLongException(maxLine);
		}
		if (length + count > line.length) {
			line = Arrays.copyOf(line, (int) Math.min(Math.max(line.length * 2L, length + count), maxLine));
		}
		System.arraycopy(buffer, from, line, length, count);
		length += count;
	}

	private String text() {
		int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
		return new String(line, 0, end, StandardCharsets.UTF_8);
	}
}

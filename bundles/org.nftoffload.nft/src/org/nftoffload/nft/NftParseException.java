package org.nftoffload.nft;

/**
 * The one exception the ruleset parsers throw: what is wrong, in which input, at which line and
 * column (both 1-based). Any other failure inside a parser is a bug.
 */
public final class NftParseException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String source;
	private final int line;
	private final int column;
	private final String problem;

	public NftParseException(String source, int line, int column, String problem) {
		super(source + ":" + line + ":" + column + ": " + problem);
		this.source = source;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	/** The file name or label of the input, as given to the parser. */
	public String source() {
		return source;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}

	/** The message without the location prefix. */
	public String problem() {
		return problem;
	}
}

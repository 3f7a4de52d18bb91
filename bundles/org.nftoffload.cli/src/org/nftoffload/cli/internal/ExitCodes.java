package org.nftoffload.cli.internal;

/**
 * Exit codes of {@code nftoffload}, the same for every command so that scripts can rely on them.
 */
public final class ExitCodes {

	/** Done; for {@code validate}: no errors. */
	public static final int OK = 0;
	/** Ran, and found problems (validation errors) or some hosts failed (partial failure). */
	public static final int PROBLEMS = 1;
	/** Wrong usage, or input that could not be read at all. Nothing was done. */
	public static final int USAGE_OR_INPUT = 2;

	private ExitCodes() {
	}
}

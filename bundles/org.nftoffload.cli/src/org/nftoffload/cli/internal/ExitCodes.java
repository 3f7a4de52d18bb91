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
	/**
	 * {@code drift} only (as Terraform's {@code plan -detailed-exitcode}): some host drifted. Its
	 * usage and input errors exit {@link #PROBLEMS} instead, so that 2 means one thing there.
	 */
	public static final int DRIFTED = 2;

	private ExitCodes() {
	}
}

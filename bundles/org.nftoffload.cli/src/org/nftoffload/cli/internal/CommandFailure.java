package org.nftoffload.cli.internal;

/**
 * A command that could not do its work for a reason the user can act on (an unreadable file, an
 * unknown host): the message says what and what to do; {@link Cli} prints it after the command's
 * name and exits with {@link #exitCode()}.
 */
public final class CommandFailure extends Exception {

	private static final long serialVersionUID = 1L;
	private final int exitCode;

	public CommandFailure(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return exitCode;
	}
}

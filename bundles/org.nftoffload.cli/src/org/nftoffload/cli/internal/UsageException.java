package org.nftoffload.cli.internal;

/** Wrong arguments: the message says what is wrong; the CLI adds the command's usage and exits 2. */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
